// The command-line companion with a PostgreSQL server: server-init, copy both ways, account (the
// password read from standard input), and the ordinary commands on a URL as a person's login.
// Needs the test server (PEERRADAR_TEST_PG_URL); else skipped.

#include "CliRunner.h"
#include "TestSupport.h"

#include "storage/ServerAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cstdlib>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

class TestServerCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase();
    void serverInitCopyAccount_personReadsOwnProfileOnly();
    void badUsage_exitsWithTwo_data();
    void badUsage_exitsWithTwo();
};

void TestServerCli::initTestCase()
{
    if (serverAdminUrl().isEmpty()) {
        std::fputs("skipped: PEERRADAR_TEST_PG_URL is not set (scripts/pg-test-server.sh start)\n", stderr);
        std::exit(77);
    }
}

void TestServerCli::serverInitCopyAccount_personReadsOwnProfileOnly()
{
    const QString file = m_dir.filePath(u"org.peerradar"_s);
    QCOMPARE(runCli({ u"demo"_s, file, u"--people"_s, u"30"_s, u"--observations"_s, u"2000"_s }).exitCode, 0);
    // HR releases the current cycle (the demo released the ones before it): a member reads its
    // anonymous groups from then on, on the server as in the file.
    QString cycle;
    {
        auto demo = Database::open(file);
        PR_VERIFY_OK(demo);
        auto latest = (*demo)->exec(u"SELECT name FROM cycles ORDER BY starts_on DESC LIMIT 1"_s);
        PR_VERIFY_OK(latest);
        QVERIFY(latest->next());
        cycle = latest->value(0).toString();
    }
    CliRun released = runCli({ u"release"_s, file, u"--cycle"_s, cycle });
    QVERIFY2(released.exitCode == 0, released.err.constData());
    QCOMPARE(runCli({ u"release"_s, file, u"--cycle"_s, cycle }).exitCode, 1); // again only with --again
    ServerDatabase server;
    CliRun init = runCli({ u"server-init"_s, server.url() });
    QCOMPARE(init.exitCode, 0);
    QVERIFY(init.out.contains("access rules"));
    QCOMPARE(runCli({ u"server-init"_s, server.url() }).exitCode, 1); // not empty any more
    CliRun copy = runCli({ u"copy"_s, file, server.url() });
    QVERIFY2(copy.exitCode == 0, copy.err.constData());
    CliRun check = runCli({ u"check"_s, server.url() });
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains("30 people, 2000 observations"), check.out.constData());

    // An account for a member, password on standard input.
    auto owner = Database::open(server.url());
    PR_VERIFY_OK(owner);
    auto q = (*owner)->exec(u"SELECT email FROM people WHERE role = 'member' ORDER BY id LIMIT 2"_s);
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    const QString member = q->value(0).toString();
    QVERIFY(q->next());
    const QString other = q->value(0).toString();
    // Logins are the server's, shared by all its databases: one named after this database.
    const QString login = server.name() + u"_member"_s;
    CliRun account
        = runCli({ u"account"_s, server.url(), u"--person"_s, member, u"--login"_s, login }, "s3cret-pass\n");
    QVERIFY2(account.exitCode == 0, account.err.constData());
    QVERIFY(account.out.contains(login.toUtf8()));
    // The same login for another person: refused, the member's password untouched.
    CliRun taken
        = runCli({ u"account"_s, server.url(), u"--person"_s, other, u"--login"_s, login }, "other-pass\n");
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains("never changes another login's password"), taken.err.constData());

    // The member, over 127.0.0.1 with PGPASSWORD: their own profile equals the file's; another's is refused.
    ServerAddress address = *ServerAddress::parse(server.urlAs(login));
    address.host = u"127.0.0.1"_s;
    const QStringList password = { u"PGPASSWORD=s3cret-pass"_s };
    // A member is served a cycle that overlaps no other (the whole history only while there is no
    // cycle), released: what the file gives the member as its reader.
    CliRun own = runCli(
        { u"profile"_s, address.url(), u"--person"_s, member, u"--cycle"_s, cycle, u"--json"_s }, {}, password);
    QVERIFY2(own.exitCode == 0, own.err.constData());
    QVERIFY(own.out.contains("\"anonymous_groups\": \"released\""));
    CliRun fromFile = runCli(
        { u"profile"_s, file, u"--person"_s, member, u"--cycle"_s, cycle, u"--as-reader"_s, u"--json"_s });
    QCOMPARE(own.out, fromFile.out);
    CliRun others = runCli(
        { u"profile"_s, address.url(), u"--person"_s, other, u"--cycle"_s, cycle, u"--json"_s }, {}, password);
    QCOMPARE(others.exitCode, 1);
    QVERIFY2(others.err.contains("refused"), others.err.constData());
    // Without --cycle the member is told to choose one, not merely refused.
    CliRun wholeHistory = runCli({ u"profile"_s, address.url(), u"--person"_s, member }, {}, password);
    QCOMPARE(wholeHistory.exitCode, 1);
    QVERIFY2(wholeHistory.err.contains("--cycle NAME"), wholeHistory.err.constData());
    CliRun wrong = runCli({ u"check"_s, address.url() }, {}, { u"PGPASSWORD=wrong"_s });
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("password"), wrong.err.constData());
    // Nor may the member copy the organisation out.
    QCOMPARE(runCli({ u"copy"_s, address.url(), m_dir.filePath(u"stolen.peerradar"_s) }, {}, password).exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(u"stolen.peerradar"_s)));

    // The owner copies it back into a new file: the same export, byte for byte.
    const QString back = m_dir.filePath(u"back.peerradar"_s);
    QCOMPARE(runCli({ u"copy"_s, server.url(), back }).exitCode, 0);
    const QString csvFile = m_dir.filePath(u"file.csv"_s), csvBack = m_dir.filePath(u"back.csv"_s);
    QCOMPARE(runCli({ u"export"_s, file, u"--observations"_s, csvFile }).exitCode, 0);
    QCOMPARE(runCli({ u"export"_s, back, u"--observations"_s, csvBack }).exitCode, 0);
    QVERIFY(fileBytes(csvFile).size() > 100000);
    QCOMPARE(fileBytes(csvBack), fileBytes(csvFile));
}

void TestServerCli::badUsage_exitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("copy one argument") << QStringList { u"copy"_s, u"a.peerradar"_s };
    QTest::newRow("server-init of a file") << QStringList { u"server-init"_s, u"a.peerradar"_s };
    QTest::newRow("account without person") << QStringList { u"account"_s, u"postgresql://a@b/c"_s };
}

void TestServerCli::badUsage_exitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(runCli(arguments).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
