#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace peerradar {

class Database;

namespace sqlite {
class Statement;
}

// One observation as a bulk load takes it: checked by the caller (observer, subject and behavior
// exist, read inside the load's transaction; the date is a day the rules accept), its text already
// in UTF-8 as it will be stored.
struct BulkObservation
{
    Id observerId = 0;
    Id subjectId = 0;
    Id behaviorId = 0;
    QByteArray date; // YYYY-MM-DD
    int impact = 0; // the writer refuses one outside minImpact…maxImpact
    RaterGroup group = RaterGroup::Other;
    QByteArray situation;
    QByteArray action;
    QByteArray result;
};

// Inserts many observations fast: one prepared statement reused for every row (on SQLite through
// its C API when it can be reached, see storage/SqliteApi.h). The caller has validated the rows and
// derived their rater groups, and wraps the whole batch in one transaction (see loadObservations).
class ObservationBulkWriter final
{
    Q_DISABLE_COPY_MOVE(ObservationBulkWriter)

public:
    explicit ObservationBulkWriter(Database& db);
    ~ObservationBulkWriter();
    // Assigns a uuid and creation time when they are empty.
    Status insert(const Observation& observation);
    // With a new time-ordered uuid (so that the unique index on uuid grows at its end) and the
    // load's creation time.
    Status insert(const BulkObservation& observation);

private:
    Status prepareQt();

    Database& m_db;
    QSqlQuery m_query;
    QString m_now;
    bool m_prepared = false;
    std::unique_ptr<sqlite::Statement> m_native;
    bool m_nativeTried = false;
    QByteArray m_nowUtf8;
    QByteArray m_groupKeys[5]; // by RaterGroup
    struct OrderedUuids;
    std::unique_ptr<OrderedUuids> m_uuids;
};

// Loads observations into the file in one transaction, all or nothing: `fill` runs inside the
// transaction and gives the rows to the writer; an error from it or from the database leaves the
// file exactly as it was. `expectedRows` (an estimate is fine) says whether the load is big: then
// the database may take shortcuts that only pay off for many rows, each keeping the all-or-nothing
// guarantee (on SQLite: the secondary indexes are dropped and built again at the end when the load
// outnumbers the rows already there, and constraints the writer or the caller check are not checked
// twice: the caller vouches for the references of every row). A future PostgreSQL backend would use
// COPY here.
Status loadObservations(
    Database& db, qint64 expectedRows, const std::function<Status(ObservationBulkWriter& writer)>& fill);

} // namespace peerradar
