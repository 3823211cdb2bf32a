#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

class QSqlQuery;

namespace peerradar {

class Database;

// An observation's columns in the order observationFromRow reads them, each prefixed with `alias.`.
QString observationColumns(const QString& alias);
// Reads columns 0–12 of the current row, as selected with observationColumns().
Observation observationFromRow(const QSqlQuery& query);

// Observations: logging (with the rater group derived from the org structure at that moment),
// editing and deleting by their author or HR, and restoring a deleted one (undo).
class ObservationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::ObservationRepository)

public:
    explicit ObservationRepository(Database& db) : m_db(db) { }

    // Validates, derives and stores the rater group, assigns id and uuid. `observation.observerId`
    // is who logs it. The behavior must belong to the active framework and not be retired.
    Result<Id> log(Observation& observation);
    Result<Observation> byId(Id id) const;
    // The author or HR may change what was seen; the rater group is derived again when the subject changes.
    Status update(const Observation& observation, const Person& actor);
    // The author or HR may delete. Returns what was deleted, so that it can be restored exactly.
    Result<Observation> remove(Id id, const Person& actor);
    // Puts a deleted observation back with its id, uuid and rater group (undo of remove).
    Status restore(const Observation& observation);
    Result<qint64> count() const;

    // The error a user sees when `actor` may not change `observation`.
    static Status checkMayChange(const Observation& observation, const Person& actor);

private:
    Status checkBehaviorUsable(Id behaviorId, Id previousBehaviorId) const;

    Database& m_db;
};

} // namespace peerradar
