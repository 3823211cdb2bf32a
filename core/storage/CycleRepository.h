#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace peerradar {

class Database;

// Cycles: named date ranges ("2026 H1") that profiles are read over and compared between.
class CycleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::CycleRepository)

public:
    explicit CycleRepository(Database& db) : m_db(db) { }

    Result<QList<Cycle>> all() const; // by start date
    Result<Cycle> byId(Id id) const;
    Result<Cycle> byName(const QString& name) const;
    // The cycle that ended last before `cycle` started, if any.
    Result<std::optional<Cycle>> previous(const Cycle& cycle) const;

    // Both refuse a cycle that shares a day with another one; files that already hold overlapping
    // cycles (made before this rule) keep them, and readablePeriods hides those from non-HR viewers.
    Result<Id> add(Cycle& cycle);
    Status update(const Cycle& cycle);
    Status remove(Id id);
    Status restore(const Cycle& cycle); // with its id and uuid (undo of a delete, redo of an add)

private:
    // The rules every saved cycle keeps: valid dates, a name of its own, no overlap with another.
    Status checkSavable(const Cycle& cycle) const;
    Status checkUniqueName(const Cycle& cycle) const;
    Status checkNoOverlap(const Cycle& cycle) const; // see readablePeriods (domain/Rules.h)

    Database& m_db;
};

} // namespace peerradar
