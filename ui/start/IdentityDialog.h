#pragma once

#include "domain/Types.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace peerradar {

class Database;
class PersonPicker;

// "Who are you?": the person using the program picks themself from the file. What they see
// follows from their role. Asked once per file; the answer is remembered.
class IdentityDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityDialog(Database& db, QWidget* parent = nullptr);

    std::optional<Person> person() const { return m_person; }
    void accept() override;

private:
    PersonPicker* m_picker = nullptr;
    QLabel* m_problem = nullptr;
    std::optional<Person> m_person;
};

} // namespace peerradar
