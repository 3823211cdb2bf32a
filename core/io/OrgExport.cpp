// Export of the people and observations CSV files: one forward-only query each, written in the
// exact columns and escaping the imports read back.

#include "io/Csv.h"
#include "io/ImportSupport.h"
#include "io/OrgCsv.h"
#include "storage/Database.h"

#include <QFileDevice>
#include <QIODevice>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace peerradar {

namespace {

Error writeError(QIODevice* output)
{
    return makeError(ErrorCode::Io,
        CsvImport::tr("The CSV file could not be written: %1. Check that the disk has space and try again.")
            .arg(writeFailure(output)));
}

struct Export
{
    QStringList header;
    QString countSql;
    QString selectSql;
    QList<bool> freeText; // columns that get the spreadsheet escape: any text a person typed
};

Status run(Database& db, QIODevice* output, const Progress& progress, ByteOrderMark bom, const Export& e)
{
    qint64 total = 0;
    if (progress) {
        auto count = db.exec(e.countSql);
        if (!count)
            return count.error();
        total = count->next() ? count->value(0).toLongLong() : 0;
    }
    // Reading the whole table through memory-mapped pages saves a copy of every page (SQLite only).
    const bool mapped = db.connection().driverName() == QLatin1String("QSQLITE")
        && db.execStatement(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    const auto unmap = qScopeGuard([&] {
        if (mapped)
            (void)db.execStatement(QStringLiteral("PRAGMA mmap_size = 0"));
    });
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(e.selectSql) || !q.exec())
        return db.errorFrom(q.lastError());
    CsvWriter writer(output, bom);
    writer.writeRecord(e.header);
    const int columns = int(e.header.size());
    QStringList fields;
    fields.resize(columns);
    qint64 done = 0;
    while (q.next()) {
        for (int c = 0; c < columns; ++c) {
            const QString value = q.value(c).toString();
            fields[c] = e.freeText.at(c) ? escapeSpreadsheetFormula(value) : value;
        }
        writer.writeRecord(fields);
        if (++done % csvimport::progressEveryRows == 0) {
            if (progress && !progress(done, total))
                return makeError(
                    ErrorCode::Cancelled, CsvImport::tr("The export was cancelled; the file is incomplete."));
        }
    }
    if (q.lastError().isValid())
        return db.errorFrom(q.lastError());
    if (!writer.ok())
        return writeError(output);
    // What the file still buffers is written now, so that a full disk is told here, with its cause.
    if (auto* file = qobject_cast<QFileDevice*>(output); file && !file->flush())
        return writeError(output);
    if (progress)
        progress(done, total);
    return {};
}

} // namespace

Status exportPeopleCsv(Database& db, QIODevice* output, const Progress& progress, ByteOrderMark bom)
{
    return run(db, output, progress, bom,
        { { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("team"),
              QStringLiteral("manager_email"), QStringLiteral("role") },
            QStringLiteral("SELECT count(*) FROM people"),
            QStringLiteral(
                "SELECT p.name, p.email, coalesce(t.name, ''), coalesce(m.email, ''), p.role FROM people p "
                "LEFT JOIN teams t ON t.id = p.team_id LEFT JOIN people m ON m.id = p.manager_id "
                "ORDER BY p.email"),
            { true, true, true, true, false } });
}

// A note hidden by HR is kept in the file but never leaves it: its fields are written empty.
Status exportObservationsCsv(Database& db, QIODevice* output, const Progress& progress, ByteOrderMark bom)
{
    return run(db, output, progress, bom,
        { { QStringLiteral("date"), QStringLiteral("observer_email"), QStringLiteral("subject_email"),
              QStringLiteral("behavior"), QStringLiteral("impact"), QStringLiteral("situation"),
              QStringLiteral("action"), QStringLiteral("result") },
            QStringLiteral("SELECT count(*) FROM observations"),
            QStringLiteral("SELECT o.observed_on, ob.email, su.email, b.key, o.impact, "
                           "CASE WHEN o.note_hidden = 1 THEN '' ELSE o.situation END, "
                           "CASE WHEN o.note_hidden = 1 THEN '' ELSE o.action END, "
                           "CASE WHEN o.note_hidden = 1 THEN '' ELSE o.result END "
                           "FROM observations o JOIN people ob ON ob.id = o.observer_id "
                           "JOIN people su ON su.id = o.subject_id JOIN behaviors b ON b.id = o.behavior_id "
                           "ORDER BY o.observed_on, o.id"),
            { false, true, true, false, false, true, true, true } });
}

} // namespace peerradar
