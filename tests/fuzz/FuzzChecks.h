#pragma once

// The checks each fuzz target makes on one input, shared by the libFuzzer entry points (fuzz_*.cpp)
// and by the Qt tests that replay the seed corpus and every crash found (tests/core/tst_hostile_*):
// a crash found once stays a regression case even in builds without clang.
//
// A check that fails calls qFatal with what broke, so that libFuzzer keeps the input.

#include "io/Csv.h"
#include "io/OrgCsv.h"
#include "storage/Database.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

namespace peerradar::fuzz {

// unescape(escape(s)) == s for every field read.
inline bool escapesBack(const QList<QStringList>& records)
{
    for (const QStringList& record : records) {
        for (const QString& field : record) {
            if (unescapeSpreadsheetFormula(escapeSpreadsheetFormula(field)) != field)
                return true;
        }
    }
    return false;
}

// Reads every record; what was read must come back field for field through the writer.
inline void checkCsvReader(const QByteArray& input)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    QStringList fields;
    qint64 lastLine = 0;
    while (reader.readRecord(fields)) {
        if (reader.recordLine() < lastLine || fields.isEmpty())
            qFatal("CSV reader: record line went backwards or a record had no field");
        lastLine = reader.recordLine();
        records << fields;
    }
    if (reader.bytesConsumed() > input.size())
        qFatal("CSV reader: consumed more bytes than the input holds");
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&written);
        for (const QStringList& record : std::as_const(records))
            writer.writeRecord(record);
        if (!writer.ok())
            qFatal("CSV writer: writing to a buffer failed");
    }
    written.close();
    written.open(QIODevice::ReadOnly);
    CsvReader again(&written);
    for (const QStringList& record : std::as_const(records)) {
        if (!again.readRecord(fields) || fields != record)
            qFatal("CSV round trip: a record read back differs from the one written");
    }
    if (again.readRecord(fields) || again.error())
        qFatal("CSV round trip: more records, or an error, after the last one written");
    if (escapesBack(records))
        qFatal("CSV formula escape does not reverse");
}

// What an import may not change when it is refused: people, teams, observations.
inline QByteArray tablesDigest(Database& db)
{
    QByteArray digest;
    const char* queries[] = {
        "SELECT group_concat(id || ':' || name || ':' || email || ':' || coalesce(team_id, '') || ':' "
        "|| coalesce(manager_id, '') || ':' || role, '|') FROM (SELECT * FROM people ORDER BY id)",
        "SELECT group_concat(id || ':' || name || ':' || coalesce(manager_id, ''), '|') FROM (SELECT * FROM "
        "teams ORDER BY id)",
        "SELECT count(*) || ':' || coalesce(sum(impact), 0) || ':' || coalesce(max(id), 0) FROM observations",
    };
    for (const char* sql : queries) {
        auto q = db.exec(QString::fromLatin1(sql));
        if (!q || !q->next())
            qFatal("digest query failed");
        digest += q->value(0).toString().toUtf8() + '\n';
    }
    return digest;
}

// Every row of every table, for "nothing changed" checks that cover the whole file's content (or
// the whole database's, on a server: every table of its schema, rows in primary-key order).
// The fuzz corpus folder (tests/fuzz/corpus/<name>): ctest names it in PEERRADAR_FUZZ_CORPUS, so the
// tests do not depend on the path the compiler recorded for their source (a compiler cache may
// record it relative to its base directory).
inline QString corpusPath(const QString& name)
{
    const QString root = qEnvironmentVariable("PEERRADAR_FUZZ_CORPUS");
    return root.isEmpty() ? QString() : QDir(root).filePath(name);
}

inline QByteArray databaseChecksum(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = db.exec(db.isServer()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                             "AND table_type = 'BASE TABLE' ORDER BY table_name")
            // A virtual table (the note search index) is read through its shadow tables, which hold
            // what it stores; a WITHOUT ROWID shadow table has no rowid and is read in key order.
            : QStringLiteral("SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table' "
                             "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
    if (!tables)
        return "unreadable: " + tables.error().detail.toUtf8();
    QList<std::pair<QString, QString>> names;
    while (tables->next()) {
        const bool keyOrder = db.isServer() || tables->value(1).toBool();
        names.append({tables->value(0).toString(), keyOrder ? QStringLiteral("1") : QStringLiteral("rowid")});
    }
    for (const auto& [name, order] : std::as_const(names)) {
        hash.addData(name.toUtf8());
        // The name comes from the schema, quoted as an identifier; there is no user text in it.
        auto rows = db.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(name, order));
        if (!rows)
            return "unreadable: " + rows.error().detail.toUtf8();
        while (rows->next()) {
            for (int c = 0; c < rows->record().count(); ++c) {
                hash.addData(rows->value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

// One database per process with a small organisation; every input is imported inside an outer
// transaction that is always rolled back, so that each input starts from the same file.
class ImportHarness
{
public:
    ImportHarness()
    {
        if (!m_dir.isValid())
            qFatal("no temporary folder");
        auto created = Database::create(m_dir.filePath(QStringLiteral("fuzz.peerradar")));
        if (!created)
            qFatal("cannot create the fuzz database: %s", qPrintable(created.error().message));
        m_db = std::move(created).value();
        QBuffer people;
        people.setData(QByteArrayLiteral("name,email,team,manager_email,role\n"
                                         "Ann Lead,ann@example.com,Core,,manager\n"
                                         "Bob Peer,bob@example.com,Core,ann@example.com,member\n"
                                         "Cy Peer,cy@example.com,Core,ann@example.com,member\n"
                                         "Dee Other,dee@example.com,Apps,,hr\n"));
        people.open(QIODevice::ReadOnly);
        if (!importPeopleCsv(*m_db, &people).ok())
            qFatal("cannot seed the fuzz database");
        m_initial = tablesDigest(*m_db);
    }

    // Byte 0 chooses the importer (even: people, odd: observations); the rest is the CSV.
    void run(const QByteArray& data)
    {
        if (data.isEmpty())
            return;
        const bool people = (static_cast<unsigned char>(data.at(0)) & 1) == 0;
        QBuffer input;
        input.setData(data.mid(1));
        input.open(QIODevice::ReadOnly);
        const Status outer = m_db->transaction([&]() -> Status {
            const ImportOutcome outcome
                = people ? importPeopleCsv(*m_db, &input) : importObservationsCsv(*m_db, &input);
            if (!outcome.ok()) {
                if (outcome.error->message.isEmpty())
                    qFatal("a refused import has no message");
                if (outcome.error->code == ErrorCode::BadCsv && outcome.problems.isEmpty())
                    qFatal("a refused CSV names no problem");
                if (tablesDigest(*m_db) != m_initial)
                    qFatal("a refused import changed the database");
            } else {
                auto fk = m_db->exec(QStringLiteral("PRAGMA foreign_key_check"));
                if (!fk || fk->next())
                    qFatal("an accepted import broke a foreign key");
                auto bad = m_db->exec(QStringLiteral(
                    "SELECT count(*) FROM observations WHERE impact NOT BETWEEN 1 AND 5 OR observed_on NOT GLOB "
                    "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"));
                if (!bad || !bad->next() || bad->value(0).toLongLong() != 0)
                    qFatal("an accepted import stored an impact or a date the rules forbid");
            }
            return makeError(ErrorCode::Cancelled, QStringLiteral("rolled back by the harness"));
        });
        if (outer.ok() || outer.error().code != ErrorCode::Cancelled)
            qFatal("the harness transaction did not roll back as expected");
        if (tablesDigest(*m_db) != m_initial)
            qFatal("the rollback did not restore the database");
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QByteArray m_initial;
};

// Opens the bytes as a PeerRadar file, both ways. A refused file is left byte for byte as it was; a
// file that opens can be checked and read without crashing.
class OpenHarness
{
public:
    OpenHarness()
    {
        if (!m_dir.isValid())
            qFatal("no temporary folder");
    }

    void run(const QByteArray& data)
    {
        const QString path = m_dir.filePath(QStringLiteral("input.peerradar"));
        for (const char* suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(path + QString::fromLatin1(suffix));
        for (const QString& backup : QDir(m_dir.path()).entryList({ QStringLiteral("*.backup") }))
            QFile::remove(m_dir.filePath(backup));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
                qFatal("cannot write the input file");
        }
        // Read-only never changes the file, whether it opens or not.
        if (auto opened = Database::open(path, Database::Access::ReadOnly, 50); opened) {
            readEverything(**opened);
        } else if (opened.error().message.isEmpty()) {
            qFatal("a refused file has no message");
        }
        if (bytesOf(path) != data)
            qFatal("opening read-only changed the file");
        auto opened = Database::open(path, Database::Access::ReadWrite, 50);
        if (!opened) {
            if (opened.error().message.isEmpty())
                qFatal("a refused file has no message");
            if (bytesOf(path) != data)
                qFatal("a refused file was changed");
            return;
        }
        readEverything(**opened); // opened read-write may have migrated the file: that is allowed
    }

private:
    static void readEverything(Database& db)
    {
        (void)db.integrityProblems();
        (void)PeopleRepository(db).all(true);
        (void)PeopleRepository(db).teams();
        (void)ObservationRepository(db).count();
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

} // namespace peerradar::fuzz
