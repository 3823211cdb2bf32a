#include "storage/ObservationBulkWriter.h"

#include "domain/Rules.h"
#include "storage/Database.h"
#include "storage/SqliteApi.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>

namespace peerradar {

namespace {

const QString insertColumns = QStringLiteral(
    "INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
    "situation, action, result, note_hidden, created_at) VALUES ");
const QString rowMarks = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString insertSql = insertColumns + rowMarks;

// One INSERT of `rows` rows.
QString multiRowInsertSql(qsizetype rows)
{
    QStringList marks(rows, rowMarks);
    return insertColumns + marks.join(QStringLiteral(", "));
}

} // namespace

// Time-ordered uuids (RFC 9562 version 7: milliseconds, then a counter that starts at a random
// point, then random bits). Rows of one load get increasing uuids, so the unique index on uuid
// grows at its end instead of at a random place for every row: far faster for big loads.
struct ObservationBulkWriter::OrderedUuids
{
    quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFull;
    quint64 counter = QRandomGenerator::system()->generate64() & 0xFF'FFFF'FFFFull; // 40 of 42 bits
    QRandomGenerator random { QRandomGenerator::system()->generate() };
    char text[36] = {};

    QByteArrayView next()
    {
        const quint64 count = counter++ & 0x3FF'FFFF'FFFFull; // 42 bits
        const quint64 high = (millis << 16) | 0x7000u | (count >> 30); // 48 ms, version 7, 12 counter bits
        const quint64 low = (0x2ull << 62) | ((count & 0x3FFF'FFFFull) << 32) | random.generate(); // variant 10
        int at = 0;
        const auto hex = [&](quint64 value, int digits) {
            for (int i = digits - 1; i >= 0; --i)
                text[at++] = "0123456789abcdef"[(value >> (4 * i)) & 0xF];
        };
        hex(high >> 32, 8);
        text[at++] = '-';
        hex((high >> 16) & 0xFFFF, 4);
        text[at++] = '-';
        hex(high & 0xFFFF, 4);
        text[at++] = '-';
        hex(low >> 48, 4);
        text[at++] = '-';
        hex(low & 0xFFFF'FFFF'FFFFull, 12);
        return QByteArrayView(text, sizeof text);
    }
};

ObservationBulkWriter::ObservationBulkWriter(Database& db, bool batched)
    : m_db(db)
    , m_query(db.connection())
    , m_batchQuery(db.connection())
    , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    , m_batched(batched && db.isServer())
    , m_nowUtf8(m_now.toUtf8())
    , m_uuids(std::make_unique<OrderedUuids>())
{
    for (RaterGroup g : allRaterGroups)
        m_groupKeys[int(g)] = raterGroupKey(g).toUtf8();
}

ObservationBulkWriter::~ObservationBulkWriter() = default;

Status ObservationBulkWriter::insert(const Observation& o)
{
    return insertRow({ o.uuid.isEmpty() ? newUuid() : o.uuid, o.observerId, o.subjectId, o.behaviorId,
        o.date.toString(Qt::ISODate), o.impact, raterGroupKey(o.raterGroup), o.note.situation, o.note.action,
        o.note.result, o.noteHidden ? 1 : 0,
        o.createdAt.isValid() ? o.createdAt.toString(Qt::ISODateWithMs) : m_now });
}

Status ObservationBulkWriter::insert(const BulkObservation& o)
{
    // The schema's CHECK on impact, enforced here too: loadObservations may switch SQLite's off.
    if (o.impact < minImpact || o.impact > maxImpact)
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("peerradar::ObservationBulkWriter", "The impact must be from %1 to %2, not %3.")
                .arg(minImpact)
                .arg(maxImpact)
                .arg(o.impact));
    if (!m_nativeTried) {
        m_nativeTried = true;
        auto native = sqlite::Statement::prepare(m_db, insertSql.toUtf8());
        if (!native)
            return native.error();
        m_native = std::move(*native);
    }
    const QByteArrayView uuid = m_uuids->next();
    if (m_native) {
        sqlite::Statement& s = *m_native;
        s.bindText(1, uuid);
        s.bind(2, o.observerId);
        s.bind(3, o.subjectId);
        s.bind(4, o.behaviorId);
        s.bindText(5, o.date);
        s.bind(6, o.impact);
        s.bindText(7, m_groupKeys[int(o.group)]);
        s.bindText(8, o.situation);
        s.bindText(9, o.action);
        s.bindText(10, o.result);
        s.bind(11, 0);
        s.bindText(12, m_nowUtf8);
        return s.run();
    }
    return insertRow({ QString::fromLatin1(uuid), o.observerId, o.subjectId, o.behaviorId,
        QString::fromLatin1(o.date), o.impact, raterGroupKey(o.group), QString::fromUtf8(o.situation),
        QString::fromUtf8(o.action), QString::fromUtf8(o.result), 0, m_now });
}

Status ObservationBulkWriter::insertRow(const RowValues& row)
{
    if (m_batched) {
        for (const QVariant& value : row)
            m_waiting << bindable(value);
        return m_waiting.size() >= serverRowsPerStatement * columnCount ? sendWaitingRows() : Status {};
    }
    if (!m_prepared)
        m_prepared = m_query.prepare(insertSql);
    if (!m_prepared)
        return m_db.errorFrom(m_query.lastError());
    for (int i = 0; i < columnCount; ++i)
        m_query.bindValue(i, bindable(row[i]));
    if (!m_query.exec())
        return m_db.errorFrom(m_query.lastError());
    return {};
}

Status ObservationBulkWriter::sendWaitingRows()
{
    const qsizetype rows = m_waiting.size() / columnCount;
    if (rows == 0)
        return {};
    // The full batch reuses one prepared statement; the rest at the end gets its own.
    QSqlQuery rest(m_db.connection());
    QSqlQuery& query = rows == serverRowsPerStatement ? m_batchQuery : rest;
    if (&query == &rest || query.lastQuery().isEmpty()) {
        if (!query.prepare(multiRowInsertSql(rows)))
            return m_db.errorFrom(query.lastError());
    }
    for (qsizetype i = 0; i < m_waiting.size(); ++i)
        query.bindValue(int(i), m_waiting.at(i));
    m_waiting.clear();
    if (!query.exec())
        return m_db.errorFrom(query.lastError());
    return {};
}

Status ObservationBulkWriter::finish()
{
    return sendWaitingRows();
}

namespace {

constexpr qint64 bulkRows = 10'000;

// Connection settings for a big load on SQLite, made before its transaction (SQLite ignores most of
// them inside one) and put back afterwards:
// - ignore_check_constraints: the CHECKs of rater_group and impact are the writer's own (the enum,
//   the range check above); SQLite evaluates the IN (…) list of rater_group by building a temporary
//   b-tree for every single row (a third of the insert's time);
// - foreign_keys off: the caller vouches that every observer, subject and behavior exists, read
//   inside the same transaction (a third of the remaining insert time: three lookups per row);
// - temp_store FILE: the sorter that builds the indexes again spills to a temporary file (deleted
//   at once, readable by its owner only) instead of growing memory blocks: half its CPU time.
class BulkSettings final
{
    Q_DISABLE_COPY_MOVE(BulkSettings)

public:
    BulkSettings(Database& db, bool bulk) : m_db(db)
    {
        if (!bulk || db.isServer() || db.inTransaction())
            return;
        m_touched = true; // even when a later pragma fails, the earlier ones are put back
        m_active = db.execStatement(QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok()
            && db.execStatement(QStringLiteral("PRAGMA temp_store = FILE")).ok()
            && db.execStatement(QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
    }
    ~BulkSettings()
    {
        if (!m_touched)
            return;
        (void)m_db.execStatement(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        (void)m_db.execStatement(QStringLiteral("PRAGMA temp_store = MEMORY"));
        (void)m_db.execStatement(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    bool active() const { return m_active; }

private:
    Database& m_db;
    bool m_touched = false;
    bool m_active = false;
};

// What a big load takes away from the observations and puts back afterwards: their secondary
// indexes and the note search index's insert trigger (see resources/sql/005_note_search.sql).
struct SuspendedIndexes
{
    QStringList indexDefinitions;
    QString searchTrigger;  // its CREATE TRIGGER statement, empty when the file has none
    qint64 lastIdBefore = 0; // the notes of the rows after this one are indexed in one statement
};

// For a load that at least doubles the table, dropping the observations' secondary indexes and
// building them again afterwards is faster than updating them row by row (measured: a third less
// CPU time for 1,000,000 rows). The same holds for the note search index: fed row by row through
// its trigger, 1,000,000 rows took three times the CPU time of the load without it; fed in one
// statement afterwards, a few seconds. Runs inside the load's transaction, so a failure or a cancel
// brings indexes and trigger back with everything else.
Result<SuspendedIndexes> suspendIndexes(Database& db, qint64 expectedRows)
{
    SuspendedIndexes suspended;
    if (expectedRows < bulkRows || db.isServer())
        return suspended;
    QStringList names;
    {
        // The queries end before the DROPs: SQLite refuses to drop what an open statement reads.
        auto count = db.exec(QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM observations"));
        if (!count)
            return count.error();
        if (!count->next() || count->value(0).toLongLong() > expectedRows)
            return suspended;
        suspended.lastIdBefore = count->value(1).toLongLong();
        count->finish();
        auto indexes = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                              "tbl_name = 'observations' AND sql IS NOT NULL ORDER BY name"));
        if (!indexes)
            return indexes.error();
        while (indexes->next()) {
            names << indexes->value(0).toString();
            suspended.indexDefinitions << indexes->value(1).toString();
        }
        indexes->finish();
        auto trigger = db.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                              "name = 'observations_note_search_insert'"));
        if (!trigger)
            return trigger.error();
        if (trigger->next())
            suspended.searchTrigger = trigger->value(0).toString();
    }
    for (const QString& name : std::as_const(names)) {
        // An identifier cannot be bound; the name comes from the schema, quoted as an identifier.
        if (auto s = db.execStatement(QStringLiteral("DROP INDEX ")
                + db.connection().driver()->escapeIdentifier(name, QSqlDriver::TableName));
            !s)
            return s.error();
    }
    if (!suspended.searchTrigger.isEmpty()) {
        if (auto s = db.execStatement(QStringLiteral("DROP TRIGGER observations_note_search_insert")); !s)
            return s.error();
    }
    return suspended;
}

// Builds the dropped indexes again. SQLite's sorter sorts runs as large as the page cache in memory
// and merges them: with the house cache of 32 MB its runs outgrow the CPU caches, and the three
// builds of 1,000,000 rows took a quarter more CPU time than with SQLite's default of 2 MB.
Status rebuildIndexes(Database& db, const QStringList& definitions)
{
    if (definitions.isEmpty())
        return {};
    auto cache = db.exec(QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return cache.error();
    const qint64 cacheSize = cache->next() ? cache->value(0).toLongLong() : 0;
    cache->finish();
    if (auto s = db.execStatement(QStringLiteral("PRAGMA cache_size = -2000")); !s)
        return s;
    Status status;
    for (const QString& sql : definitions) {
        status = db.execStatement(sql);
        if (!status)
            break;
    }
    if (cacheSize != 0) // an integer from SQLite itself, not user text
        (void)db.execStatement(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    return status;
}

// Puts back what suspendIndexes took away; the loaded rows' notes go into the search index at once.
Status restoreIndexes(Database& db, const SuspendedIndexes& suspended)
{
    if (!suspended.searchTrigger.isEmpty()) {
        if (auto s = db.execStatement(suspended.searchTrigger); !s)
            return s;
        if (auto s = db.execStatement(QStringLiteral(
                    "INSERT INTO note_search (rowid, situation, action, result) "
                    "SELECT id, situation, action, result FROM observations WHERE id > ? "
                    "AND (situation <> '' OR action <> '' OR result <> '')"),
                {suspended.lastIdBefore});
            !s)
            return s;
    }
    return rebuildIndexes(db, suspended.indexDefinitions);
}

} // namespace

Status loadObservations(
    Database& db, qint64 expectedRows, const std::function<Status(ObservationBulkWriter& writer)>& fill)
{
    const BulkSettings settings(db, expectedRows >= bulkRows);
    return db.transaction([&]() -> Status {
        auto suspended = suspendIndexes(db, expectedRows);
        if (!suspended)
            return suspended.error();
        {
            ObservationBulkWriter writer(db, true);
            if (auto s = fill(writer); !s)
                return s;
            if (auto s = writer.finish(); !s)
                return s;
        }
        return restoreIndexes(db, *suspended);
    });
}

} // namespace peerradar
