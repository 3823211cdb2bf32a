#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QSqlQuery>

#include <array>
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
// its C API when it can be reached, see storage/SqliteApi.h; on a server, when `batched`, many rows
// per statement, sent once serverRowsPerStatement rows are waiting and by finish()). The caller has
// validated the rows and derived their rater groups, and wraps the whole batch in one transaction
// (see loadObservations, which also calls finish()).
class ObservationBulkWriter final
{
    Q_DISABLE_COPY_MOVE(ObservationBulkWriter)

public:
    static constexpr int serverRowsPerStatement = 250;

    explicit ObservationBulkWriter(Database& db, bool batched = false);
    ~ObservationBulkWriter();
    // Assigns a uuid and creation time when they are empty.
    Status insert(const Observation& observation);
    // With a new time-ordered uuid (so that the unique index on uuid grows at its end) and the
    // load's creation time.
    Status insert(const BulkObservation& observation);
    // Sends the rows still waiting to the server; nothing to do on SQLite or when not batched.
    Status finish();

private:
    static constexpr int columnCount = 12;
    // The values of one row in the order of the insert statement's columns.
    using RowValues = std::array<QVariant, columnCount>;
    Status insertRow(const RowValues& row);
    Status sendWaitingRows();

    Database& m_db;
    QSqlQuery m_query; // one row
    QSqlQuery m_batchQuery; // serverRowsPerStatement rows
    QString m_now;
    bool m_prepared = false;
    bool m_batched = false;
    QVariantList m_waiting; // server: values of rows not sent yet, columnCount per row
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
// twice: the caller vouches for the references of every row; on a server: many rows per statement).
Status loadObservations(
    Database& db, qint64 expectedRows, const std::function<Status(ObservationBulkWriter& writer)>& fill);

} // namespace peerradar
