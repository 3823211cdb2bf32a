#include "storage/DatabaseCopy.h"

#include "storage/Database.h"
#include "storage/ServerSetup.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace peerradar {

namespace {

// In an order that inserts each row after the rows it refers to, except for the links between
// teams and people (teams.manager_id, people.team_id and manager_id): those are set at the end.
struct TableCopy
{
    const char* table;
    const char* order;
    QStringList laterColumns; // inserted as NULL, then set once every row is in
};

const TableCopy tables[] = {
    { "settings", "key", {} },
    { "frameworks", "id", {} },
    { "behaviors", "id", {} },
    { "cycles", "id", {} },
    { "teams", "id", { QStringLiteral("manager_id") } },
    { "people", "id", { QStringLiteral("team_id"), QStringLiteral("manager_id") } },
    { "observations", "id", {} },
    { "audit_log", "id", {} },
    { "uuid_aliases", "uuid", {} }, // schema version 4: which ids of merged files stand for which rows
    // schema version 6: released cycles, as released
    { "cycle_releases", "id", {} },
    { "released_observations", "id", {} },
    { "released_members", "id", {} },
};

constexpr int progressEveryRows = 2000;

QStringList columnsOf(Database& db, const QString& table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

} // namespace

Status DatabaseCopy::copy(Database& source, Database& target, const Progress& progress)
{
    // A login that reads only part of a server would make a copy that silently lacks the rest.
    auto everything = ServerSetup::seesEverything(source);
    if (!everything)
        return everything.error();
    if (!*everything)
        return makeError(ErrorCode::Denied,
            tr("Only HR or the server's administrator can copy the whole organisation out of %1.")
                .arg(source.displayName()));
    {
        auto q = target.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM observations)"));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toLongLong() > 0)
            return makeError(ErrorCode::AlreadyExists,
                tr("%1 already holds people or observations. Copy into a new file, or into a server database "
                   "right after server-init.")
                    .arg(target.displayName()));
    }
    qint64 total = 0;
    for (const TableCopy& t : tables) {
        auto q = source.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.table)));
        if (!q)
            return q.error();
        total += q->next() ? q->value(0).toLongLong() : 0;
    }
    // One snapshot of the source: a writer elsewhere cannot make the copy half old, half new.
    const QString snapshot = source.isServer()
        ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        : QStringLiteral("BEGIN");
    if (auto s = source.execStatement(snapshot); !s)
        return s;
    const auto endSnapshot = qScopeGuard([&] { (void)source.execStatement(QStringLiteral("COMMIT")); });

    struct Links
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows; // the values of `columns`, then the row's id
    };
    QList<Links> pending;
    qint64 done = 0;
    return target.transaction([&]() -> Status {
        for (const char* seeded : { "DELETE FROM behaviors", "DELETE FROM frameworks", "DELETE FROM settings",
                 "DELETE FROM cycles", "DELETE FROM teams", "DELETE FROM audit_log",
                 "DELETE FROM uuid_aliases" }) {
            if (auto s = target.execStatement(QString::fromLatin1(seeded)); !s)
                return s;
        }
        for (const TableCopy& t : tables) {
            const QString table = QString::fromLatin1(t.table);
            const QStringList columns = columnsOf(source, table);
            const QStringList targetColumns = columnsOf(target, table);
            if (columns.isEmpty() || columns.size() != targetColumns.size())
                return makeError(ErrorCode::Internal,
                    tr("The table %1 differs between the two databases; update both to the same PeerRadar "
                       "version.")
                        .arg(table));
            QSqlQuery read(source.connection());
            read.setForwardOnly(true);
            if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                               .arg(columns.join(QStringLiteral(", ")), table, QLatin1String(t.order))))
                return source.errorFrom(read.lastError());
            QSqlQuery insert(target.connection());
            const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
            if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, columns.join(QStringLiteral(", ")), marks)))
                return target.errorFrom(insert.lastError());
            QList<int> later;
            for (const QString& column : t.laterColumns)
                later << int(columns.indexOf(column));
            QList<QVariantList> links;
            while (read.next()) {
                for (int c = 0; c < columns.size(); ++c)
                    insert.bindValue(
                        c, later.contains(c) ? QVariant(QMetaType::fromType<qint64>()) : read.value(c));
                if (!insert.exec())
                    return target.errorFrom(insert.lastError());
                if (!later.isEmpty()) {
                    QVariantList row;
                    for (int c : std::as_const(later))
                        row << read.value(c);
                    links << (row << read.value(int(columns.indexOf(QStringLiteral("id")))));
                }
                if (++done % progressEveryRows == 0 && progress && !progress(done, total))
                    return makeError(ErrorCode::Cancelled, tr("The copy was cancelled; nothing was copied."));
            }
            if (read.lastError().isValid())
                return source.errorFrom(read.lastError());
            if (!later.isEmpty())
                pending.append({ table, t.laterColumns, links });
            if (t.order == QByteArrayView("id")) {
                if (const QString reset = target.dialect().resetIdentitySql(table); !reset.isEmpty()) {
                    if (auto s = target.execStatement(reset); !s)
                        return s;
                }
            }
        }
        // The links both ways, now that every row they point to is in.
        for (const Links& l : std::as_const(pending)) {
            QStringList sets;
            for (const QString& column : l.columns)
                sets << column + QStringLiteral(" = ?");
            QSqlQuery link(target.connection());
            if (!link.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                  .arg(l.table, sets.join(QStringLiteral(", ")))))
                return target.errorFrom(link.lastError());
            for (const QVariantList& values : l.rows) {
                if (std::all_of(
                        values.begin(), values.end() - 1, [](const QVariant& v) { return v.isNull(); }))
                    continue;
                for (int i = 0; i < values.size(); ++i)
                    link.bindValue(i, values.at(i));
                if (!link.exec())
                    return target.errorFrom(link.lastError());
            }
        }
        if (progress)
            progress(done, total);
        return {};
    });
}

} // namespace peerradar
