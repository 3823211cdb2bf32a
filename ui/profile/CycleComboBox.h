#pragma once

#include "domain/Types.h"

#include <QComboBox>

#include <optional>

class QLabel;

namespace peerradar {

class Database;

// The periods a viewer may read profiles over (readablePeriods in domain/Rules.h), newest first.
// HR: "Whole history" followed by every cycle. Anyone else: the cycles that overlap no other cycle,
// and "Whole history" only when the file has no cycles; the list may then be empty (hasPeriod).
// Starts on the first entry: the whole history for HR, the newest readable cycle for anyone else.
class CycleComboBox final : public QComboBox
{
    Q_OBJECT

public:
    CycleComboBox(Database& db, bool viewerIsHr, QWidget* parent = nullptr);

    void reload();
    // False when this viewer may read no period at all: show no figures then (noPeriodLabel).
    bool hasPeriod() const { return count() > 0; }
    std::optional<Id> cycleId() const; // none: whole history (only meaningful when hasPeriod())

    // A hidden label that says plainly why no figures are shown; the views show it instead of their
    // figures while !hasPeriod().
    static QLabel* makeNoPeriodLabel(const QString& objectName, QWidget* parent);

private:
    Database& m_db;
    bool m_viewerIsHr;
};

} // namespace peerradar
