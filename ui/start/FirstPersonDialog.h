#pragma once

#include "domain/Types.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace peerradar {

class Database;
class MessageBar;

// A new file has nobody in it yet: this asks for the first person (who gets the HR role, so they
// can add everyone else) and their team, and stores both.
class FirstPersonDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstPersonDialog(Database& db, QWidget* parent = nullptr);

    std::optional<Person> person() const { return m_person; }
    void accept() override;

private:
    Database& m_db;
    MessageBar* m_messageBar = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_team = nullptr;
    std::optional<Person> m_person;
};

} // namespace peerradar
