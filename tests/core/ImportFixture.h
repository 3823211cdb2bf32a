#pragma once

#include "TestSupport.h"
#include "io/OrgCsv.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

// What the import and export tests share: small people and observations files, running an import
// from bytes, and fingerprints of the database. Header-only, for tests/core/tst_{import_export,
// bulk_import}.cpp.
namespace peerradar::test {

using namespace Qt::StringLiterals;


const QByteArray peopleHeader = "name,email,team,manager_email,role\n";
const QByteArray observationsHeader
    = "date,observer_email,subject_email,behavior,impact,situation,action,result\n";

// Ann's manager is Mia, who comes later in the file; Mia reports to Dana.
const QByteArray goodPeople = peopleHeader
    + "Ann Alpha,ann@example.com,Alpha,mia@example.com,member\n"
      "Bob Alpha,bob@example.com,Alpha,MIA@example.com,\n"
      "Mia Manager,mia@example.com,Alpha,dana@example.com,manager\n"
      "Dana Director,dana@example.com,Leads,,manager\n"
      "Cy Beta,cy@example.com,Beta,,member\n"
      "Hal HR,hal@example.com,,,hr\n";

inline ImportOutcome importPeople(Database& db, const QByteArray& bytes, const Progress& progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importPeopleCsv(db, &buffer, progress);
}

inline ImportOutcome importObservations(Database& db, const QByteArray& bytes, const Progress& progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importObservationsCsv(db, &buffer, progress);
}

inline QByteArray exportPeople(Database& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exportPeopleCsv(db, &buffer))
        return "export failed";
    return buffer.data();
}

inline QByteArray exportObservations(Database& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exportObservationsCsv(db, &buffer))
        return "export failed";
    return buffer.data();
}

// The schema's indexes and their definitions, on either backend.
inline QString indexesSql(Database& db)
{
    return db.isServer() ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                                          "current_schema() ORDER BY indexname")
                         : QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name");
}

// A fingerprint of everything an import may touch.
inline QByteArray checksum(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& sql : { QStringLiteral("SELECT * FROM observations ORDER BY id"),
             QStringLiteral("SELECT * FROM people ORDER BY id"), QStringLiteral("SELECT * FROM teams ORDER BY id"),
             QStringLiteral("SELECT count(*) FROM observations"), indexesSql(db) }) {
        auto q = db.exec(sql);
        if (!q)
            return "query failed";
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i)
                hash.addData((q->value(i).toString() + u'\x1f').toUtf8());
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

inline qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

inline QString text(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toString() : u"<none>"_s;
}

inline QString problemLines(const ImportOutcome& outcome)
{
    QStringList lines;
    for (const CsvProblem& p : outcome.problems)
        lines << u"%1:%2"_s.arg(p.line).arg(p.column);
    return lines.join(u' ');
}

inline QByteArray manyObservations(int rows)
{
    QByteArray csv = observationsHeader;
    for (int i = 0; i < rows; ++i)
        csv += "2025-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10)
            + ",ann@example.com,bob@example.com,influence," + QByteArray::number(1 + i % 5) + ",row "
            + QByteArray::number(i) + ",,\n";
    return csv;
}

} // namespace peerradar::test
