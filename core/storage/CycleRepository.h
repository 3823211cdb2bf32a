#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

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
    Status remove(Id id); // refused once released (domain/Rules.h validateCycleDeletion)
    Status restore(const Cycle& cycle); // with its id and uuid (undo of a delete, redo of an add)

    // The latest release of each released cycle (domain/Types.h CycleRelease), by cycle start.
    Result<QList<CycleRelease>> releases() const;
    Result<std::optional<CycleRelease>> latestRelease(Id cycleId) const;
    // HR releases `cycleId`: its observations, people's teams and managers and the anonymity
    // thresholds are kept as they are now, and everyone but HR reads the cycle's anonymous groups from
    // that (domain/Rules.h anonymousGroupsFor). A cycle released before is released again only with
    // `again` (after HR was told what a second release reveals, releaseAgainWarning). Refused when
    // the cycle's dates share days with another cycle or another release (validateRelease). Not
    // undoable: readers may have seen the released figures. On a server, HR releases through
    // peerradar_api.pr_release_cycle. Returns the release.
    // `at` and `uuid` (a file only; default: now, a new one) let the demo organisation stay the same for one seed.
    Result<CycleRelease> release(Id cycleId, Id releasedBy, bool again, const QDateTime& at = {}, const QString& uuid = {});
    // What changed in the cycle since its latest release (none: never released).
    Result<std::optional<ReleaseChanges>> changesSinceRelease(Id cycleId) const;
    // What a second release could reveal, for HR's confirmation (translated).
    static QString releaseAgainWarning(const ReleaseChanges& changes);
    // The statements that keep a cycle's observations and people at release (:cycle, :from, :to).
    static QStringList releaseStatements();

private:
    // The rules every saved cycle keeps: valid dates, a name of its own, no overlap with another.
    Status checkSavable(const Cycle& cycle) const;
    Status checkUniqueName(const Cycle& cycle) const;
    Status checkNoOverlap(const Cycle& cycle) const; // see readablePeriods (domain/Rules.h)

    Database& m_db;
};

} // namespace peerradar
