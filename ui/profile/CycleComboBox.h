#pragma once

#include "domain/Types.h"

#include <QComboBox>

#include <optional>

namespace peerradar {

class Database;

// "Whole history" followed by the file's cycles, newest first.
class CycleComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit CycleComboBox(Database& db, QWidget* parent = nullptr);

    void reload();
    std::optional<Id> cycleId() const; // none: whole history

private:
    Database& m_db;
};

} // namespace peerradar
