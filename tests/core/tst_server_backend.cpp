// PostgreSQL as PeerRadar's second backend: the same schema as a file, a copy either way that keeps
// every row and id, the same profiles, teams and exports from both, and the server's own errors.
// The general storage/profile/import/export tests also run against the server (their `_pg` ctest
// entries). Needs the test server: PEERRADAR_TEST_PG_URL (scripts/pg-test-server.sh start).

#include "TestSupport.h"
#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
#include "demo/DemoOrganisation.h"
#include "io/OrgCsv.h"
#include "storage/DatabaseCopy.h"
#include "storage/Migrations.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerAddress.h"
#include "storage/ServerSetup.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdlib>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList tables = { u"settings"_s, u"teams"_s, u"people"_s, u"frameworks"_s, u"behaviors"_s,
    u"cycles"_s, u"observations"_s, u"audit_log"_s, u"uuid_aliases"_s };

QString orderOf(const QString& table)
{
    if (table == u"settings"_s)
        return u"key"_s;
    return table == u"uuid_aliases"_s ? u"uuid"_s : u"id"_s;
}

// Every row of every table as text, in id order: equal dumps are equal contents, ids included.
QStringList dump(Database& db)
{
    QStringList lines;
    for (const QString& table : tables) {
        const QSqlRecord record = db.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        columns.sort();
        auto q = db.exec(
            u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table, orderOf(table)));
        if (!q)
            return { q.error().detail };
        while (q->next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values << (q->value(i).isNull() ? u"NULL"_s : q->value(i).toString());
            lines << table + u": "_s + values.join(u" | "_s);
        }
    }
    return lines;
}

// Column name, whether it is an integer or text, NOT NULL, per table; and the indexes with their columns.
QStringList schemaOf(Database& db)
{
    QStringList lines;
    for (const QString& table : tables) {
        const QString sql = db.isServer()
            ? u"SELECT column_name, CASE WHEN data_type = 'bigint' THEN 'integer' ELSE data_type END, "
              u"is_nullable = 'NO', "
              "coalesce(column_default LIKE 'nextval%' OR is_identity = 'YES', false) FROM "
              "information_schema.columns "
              "WHERE table_name = '%1' AND table_schema = current_schema() ORDER BY column_name"_s.arg(table)
            : u"SELECT name, lower(type), \"notnull\" = 1 OR pk = 1, pk = 1 AND lower(type) = 'integer' FROM "
              "pragma_table_info('%1') ORDER BY name"_s.arg(table);
        auto q = db.exec(sql);
        if (!q)
            return { q.error().detail };
        while (q->next())
            lines << u"%1.%2 %3 notnull=%4 generated=%5"_s.arg(table, q->value(0).toString(),
                q->value(1).toString(), QString::number(q->value(2).toBool()),
                QString::number(q->value(3).toBool()));
    }
    const QString indexes = db.isServer() ? u"SELECT i.relname, a.attname FROM pg_index x JOIN pg_class i ON "
                                            u"i.oid = x.indexrelid JOIN pg_class t ON t.oid = "
                                            "x.indrelid JOIN pg_attribute a ON a.attrelid = t.oid AND "
                                            "a.attnum = ANY (x.indkey) JOIN pg_namespace n ON "
                                            "n.oid = t.relnamespace WHERE n.nspname = current_schema() AND "
                                            "NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
                                            "c.conindid = x.indexrelid) "
                                            "ORDER BY 1, array_position(x.indkey, a.attnum)"_s
                                          : u"SELECT m.name, i.name FROM sqlite_master m JOIN "
                                            u"pragma_index_info(m.name) i WHERE m.type = 'index' AND "
                                            "m.sql IS NOT NULL ORDER BY 1, i.seqno"_s;
    auto q = db.exec(indexes);
    if (!q)
        return { q.error().detail };
    while (q->next())
        lines << u"index %1 (%2)"_s.arg(q->value(0).toString(), q->value(1).toString());
    return lines;
}

QByteArray exported(Database& db, bool people)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status = people ? exportPeopleCsv(db, &buffer) : exportObservationsCsv(db, &buffer);
    return status ? buffer.data() : QByteArray("export failed");
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerBackend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase();
    void schema_sameOnBothBackends();
    void demo200_copiedToServer_everyProfileTeamAndExportIdentical();
    void copy_serverToFile_givesTheSameRowsAndIds();
    void copy_refusesATargetWithData();
    void copy_thenNewRowsGetFreshIds();
    void serverInit_refusesADatabaseWithTables();
    void open_emptyDatabase_saysRunServerInit();
    void open_missingDatabase_saysSo();
    void open_newerVersion_refused();
    void open_olderVersion_updatedInPlace();
    void readOnly_refusesWrites();
    void address_parsesEncodedUserAndSocket_data();
    void address_parsesEncodedUserAndSocket();
};

void TestServerBackend::initTestCase()
{
    if (serverAdminUrl().isEmpty()) {
        std::fputs("skipped: PEERRADAR_TEST_PG_URL is not set (scripts/pg-test-server.sh start)\n", stderr);
        std::exit(77);
    }
}

void TestServerBackend::schema_sameOnBothBackends()
{
    auto file = Database::create(m_dir.filePath(u"schema.peerradar"_s));
    PR_VERIFY_OK(file);
    ServerDatabase server;
    auto onServer = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(onServer);
    const QStringList expected = schemaOf(**file);
    QVERIFY(expected.size() > 60);
    QVERIFY(expected.contains(u"index observations_subject (impact)"_s));
    QCOMPARE(schemaOf(**onServer), expected);
    // The seed is the same too.
    QCOMPARE(dump(**onServer).filter(u"frameworks: "_s).size(), 2);
    QCOMPARE(dump(**onServer).size(), dump(**file).size());
}

void TestServerBackend::demo200_copiedToServer_everyProfileTeamAndExportIdentical()
{
    auto file = Database::create(m_dir.filePath(u"demo200.peerradar"_s));
    PR_VERIFY_OK(file);
    DemoOptions options;
    options.people = 200;
    options.observations = 20000;
    options.lastDay = QDate(2026, 11, 20);
    PR_VERIFY_OK(generateDemoOrganisation(**file, options));
    ServerDatabase server;
    auto onServer = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(onServer);
    PR_VERIFY_OK(DatabaseCopy::copy(**file, **onServer));
    QCOMPARE(dump(**onServer), dump(**file));

    ProfileOptions profileOptions;
    profileOptions.today = QDate(2026, 11, 20);
    auto people = PeopleRepository(**file).all();
    PR_VERIFY_OK(people);
    QCOMPARE(people->size(), 200);
    for (const Person& person : *people) {
        auto fromFile = ProfileService(**file).personProfile(person.id, profileOptions);
        auto fromServer = ProfileService(**onServer).personProfile(person.id, profileOptions);
        PR_VERIFY_OK(fromFile);
        PR_VERIFY_OK(fromServer);
        QCOMPARE(json(profileToJson(*fromServer)), json(profileToJson(*fromFile)));
        auto notesFromFile = ProfileService(**file).notes(*fromFile, Role::Hr);
        auto notesFromServer = ProfileService(**onServer).notes(*fromServer, Role::Hr);
        PR_VERIFY_OK(notesFromFile);
        QCOMPARE(notesFromServer->size(), notesFromFile->size());
    }
    auto teams = PeopleRepository(**file).teams();
    PR_VERIFY_OK(teams);
    QVERIFY(teams->size() > 20);
    for (const Team& team : *teams) {
        auto fromFile = TeamProfileService(**file).teamProfile(team.id, profileOptions);
        auto fromServer = TeamProfileService(**onServer).teamProfile(team.id, profileOptions);
        PR_VERIFY_OK(fromFile);
        PR_VERIFY_OK(fromServer);
        QCOMPARE(json(teamProfileToJson(*fromServer)), json(teamProfileToJson(*fromFile)));
    }
    QCOMPARE(exported(**onServer, true), exported(**file, true));
    QCOMPARE(exported(**onServer, false), exported(**file, false));
    // Sorting by name ignores the case of ASCII letters only, on both.
    auto sorted = [](Database& db) {
        QStringList names;
        for (const Person& p : PeopleRepository(db).search(u"a"_s, 500).value())
            names << p.name;
        return names;
    };
    QCOMPARE(sorted(**onServer), sorted(**file));
}

void TestServerBackend::copy_serverToFile_givesTheSameRowsAndIds()
{
    auto file = Database::create(m_dir.filePath(u"source.peerradar"_s));
    PR_VERIFY_OK(file);
    DemoOptions options;
    options.people = 30;
    options.observations = 1500;
    PR_VERIFY_OK(generateDemoOrganisation(**file, options));
    // Gaps in the ids (deleted rows) and a removed person survive both copies.
    PR_VERIFY_OK((*file)->execStatement(u"DELETE FROM observations WHERE id % 7 = 0"_s));
    PR_VERIFY_OK(
        (*file)->execStatement(u"UPDATE people SET removed_at = '2026-01-01T00:00:00.000Z' WHERE id = 5"_s));
    // What earlier merges remembered (schema version 4), and an audit entry.
    const QVariantList aliases[] = { { u"0190a0c4-0000-7000-8000-000000000001"_s, u"person"_s, u"p-5"_s },
        { u"0190a0c4-0000-7000-8000-000000000002"_s, u"team"_s, u"t-Zürich"_s },
        { u"0190a0c4-0000-7000-8000-000000000003"_s, u"behavior"_s, u"b-1"_s } };
    for (const QVariantList& alias : aliases)
        PR_VERIFY_OK((*file)->execStatement(
            u"INSERT INTO uuid_aliases (uuid, kind, same_as) VALUES (?, ?, ?)"_s, alias));
    PR_VERIFY_OK((*file)->execStatement(u"INSERT INTO audit_log (at, actor_id, action, target, uuid) VALUES "
                                        "('2026-01-02T00:00:00.000Z', 1, 'test', 'copy', 'audit-test-1')"_s));
    ServerDatabase server;
    auto onServer = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(onServer);
    PR_VERIFY_OK(DatabaseCopy::copy(**file, **onServer));
    auto back = Database::create(m_dir.filePath(u"back.peerradar"_s));
    PR_VERIFY_OK(back);
    PR_VERIFY_OK(DatabaseCopy::copy(**onServer, **back));
    const QStringList original = dump(**file);
    QVERIFY(original.size() > 1000);
    // Every table has rows to lose, and none lost any: on the server, and back in a file.
    for (const QString& table : tables)
        QVERIFY2(!original.filter(QRegularExpression(u"^"_s + table + u": "_s)).isEmpty(), qPrintable(table));
    QCOMPARE(original.filter(QRegularExpression(u"^uuid_aliases: "_s)).size(), 3);
    QCOMPARE(dump(**onServer), original);
    QCOMPARE(dump(**back), original);
    QCOMPARE((*back)->integrityProblems(), QStringList());
    QCOMPARE((*onServer)->integrityProblems(), QStringList());
}

void TestServerBackend::copy_refusesATargetWithData()
{
    auto file = Database::create(m_dir.filePath(u"busy.peerradar"_s));
    PR_VERIFY_OK(file);
    DemoOptions options;
    options.people = 10;
    options.observations = 100;
    PR_VERIFY_OK(generateDemoOrganisation(**file, options));
    ServerDatabase server;
    auto onServer = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(onServer);
    PR_VERIFY_OK(DatabaseCopy::copy(**file, **onServer));
    const QStringList before = dump(**onServer);
    const Status again = DatabaseCopy::copy(**file, **onServer);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(dump(**onServer), before);
}

void TestServerBackend::copy_thenNewRowsGetFreshIds()
{
    auto file = Database::create(m_dir.filePath(u"ids.peerradar"_s));
    PR_VERIFY_OK(file);
    DemoOptions options;
    options.people = 10;
    options.observations = 100;
    PR_VERIFY_OK(generateDemoOrganisation(**file, options));
    ServerDatabase server;
    auto onServer = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(onServer);
    PR_VERIFY_OK(DatabaseCopy::copy(**file, **onServer));
    Person newcomer;
    newcomer.name = u"Newcomer"_s;
    newcomer.email = u"newcomer@example.org"_s;
    auto id = PeopleRepository(**onServer).add(newcomer);
    PR_VERIFY_OK(id);
    QCOMPARE(*id, qint64(11));
}

void TestServerBackend::serverInit_refusesADatabaseWithTables()
{
    ServerDatabase server;
    QVERIFY(adminExec(u"CREATE TABLE unrelated (x int)"_s, server.name()));
    auto refused = ServerSetup::initialise(server.url());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
}

void TestServerBackend::open_emptyDatabase_saysRunServerInit()
{
    ServerDatabase server;
    auto refused = Database::open(server.url());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotPeerRadar);
    QVERIFY(refused.error().message.contains(u"server-init"_s));
    // The address is named as given (its encoded socket folder's '%' signs intact).
    QVERIFY(refused.error().message.contains(ServerAddress::parse(server.url())->displayName()));
}

void TestServerBackend::open_missingDatabase_saysSo()
{
    ServerAddress address = *ServerAddress::parse(serverAdminUrl());
    address.database = u"no_such_database"_s;
    auto refused = Database::open(address.url());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
}

void TestServerBackend::open_newerVersion_refused()
{
    ServerDatabase server;
    {
        auto db = Database::create(server.url());
        PR_VERIFY_OK(db);
        PR_VERIFY_OK((*db)->execStatement(u"UPDATE peerradar_schema SET version = 99"_s));
    }
    auto refused = Database::open(server.url());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NewerVersion);
}

void TestServerBackend::open_olderVersion_updatedInPlace()
{
    // A database as PeerRadar version 2 left it: without the index of version 3, the merge ids of
    // version 4, the notes' word index of version 5 and the released cycles of version 6.
    ServerDatabase server;
    auto created = Database::create(server.url());
    PR_VERIFY_OK(created);
    PR_VERIFY_OK((*created)->execStatement(u"DROP INDEX observations_date"_s));
    PR_VERIFY_OK((*created)->execStatement(u"DROP INDEX observations_note_words"_s));
    PR_VERIFY_OK((*created)->execStatement(u"DROP TABLE uuid_aliases"_s));
    PR_VERIFY_OK((*created)->execStatement(u"ALTER TABLE audit_log DROP COLUMN uuid"_s));
    for (const QString& table : { u"released_members"_s, u"released_observations"_s, u"cycle_releases"_s })
        PR_VERIFY_OK((*created)->execStatement(u"DROP TABLE "_s + table));
    PR_VERIFY_OK((*created)->execStatement(u"UPDATE peerradar_schema SET version = 2"_s));
    created->reset();
    auto opened = Database::open(server.url());
    PR_VERIFY_OK(opened);
    auto q = (*opened)->exec(
        u"SELECT (SELECT version FROM peerradar_schema), (SELECT count(*) FROM pg_indexes WHERE "
        "indexname IN ('observations_date', 'audit_log_uuid', 'observations_note_words')), "
        "(SELECT count(*) FROM uuid_aliases) + (SELECT count(*) FROM cycle_releases)"_s);
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), Database::currentSchemaVersion());
    QCOMPARE(q->value(1).toInt(), 3);
    QCOMPARE(q->value(2).toInt(), 0);
}

void TestServerBackend::readOnly_refusesWrites()
{
    ServerDatabase server;
    PR_VERIFY_OK(Database::create(server.url()));
    auto db = Database::open(server.url(), Database::Access::ReadOnly);
    PR_VERIFY_OK(db);
    Person p;
    p.name = u"Ann"_s;
    p.email = u"ann@example.org"_s;
    auto refused = PeopleRepository(**db).add(p);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Denied);
}

void TestServerBackend::address_parsesEncodedUserAndSocket_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::newRow("plain") << u"postgresql://hr@db.example.org/peerradar"_s << u"hr"_s << u"db.example.org"_s
                           << 5432 << u"peerradar"_s;
    QTest::newRow("email user, port") << u"postgresql://ann%40example.org@10.0.0.5:6432/team"_s
                                      << u"ann@example.org"_s << u"10.0.0.5"_s << 6432 << u"team"_s;
    QTest::newRow("socket folder") << u"postgres://me@%2Frun%2Fpostgresql/db"_s << u"me"_s
                                   << u"/run/postgresql"_s << 5432 << u"db"_s;
}

void TestServerBackend::address_parsesEncodedUserAndSocket()
{
    QFETCH(QString, url);
    const auto address = ServerAddress::parse(url);
    QVERIFY(address.has_value());
    QTEST(address->user, "user");
    QTEST(address->host, "host");
    QTEST(address->port, "port");
    QTEST(address->database, "database");
    QCOMPARE(ServerAddress::parse(address->url())->user, address->user);
    QVERIFY(!ServerAddress::parse(u"postgresql://db.example.org"_s));
    QVERIFY(!ServerAddress::parse(u"team.peerradar"_s));
}

QTEST_GUILESS_MAIN(TestServerBackend)
#include "tst_server_backend.moc"
