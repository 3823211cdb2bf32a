// The logins of a PostgreSQL server (peerradar-cli account, ServerSetup::createAccount) and its
// set-up (server-init): who a login is, its password (only a verifier reaches the server), the roles
// it never takes over, and a set-up that fails leaving nothing behind.
// Needs the test server: PEERRADAR_TEST_PG_URL (scripts/pg-test-server.sh start); else skipped.

#include "ServerOrganisation.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerAddress.h"

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QString& password = serverTestPassword;

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerOrganisation> m_org;
    Database* m_owner = nullptr;
    ServerDatabase* m_server = nullptr;
    Person m_hr, m_member, m_stranger;

    QString loginOf(const Person& person) const { return m_org->loginOf(person); }
    std::unique_ptr<Database> connectAs(const Person& person) { return m_org->connectAs(person); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectedPerson_isTheLoginsPerson();
    void password_overTcp_wrongRefusedRightAccepted();
    void account_passwordNeverSent_otherLoginsNeverTaken();
    void scramVerifier_equalsTheServersOwn_data();
    void scramVerifier_equalsTheServersOwn();
    void serverInit_failedRulesLeaveTheDatabaseEmpty();
    void serverInit_noLoginMayCreateInSchemaPublic();
};

void TestServerAccounts::initTestCase()
{
    skipWithoutTestServer();
    m_org = std::make_unique<ServerOrganisation>();
    m_owner = &m_org->owner();
    m_server = &m_org->server();
    m_hr = m_org->hr;
    m_member = m_org->member;
    m_stranger = m_org->stranger;
}

void TestServerAccounts::cleanupTestCase()
{
    m_org.reset();
}

void TestServerAccounts::connectedPerson_isTheLoginsPerson()
{
    QCOMPARE(ServerSetup::connectedPerson(*connectAs(m_member)).value(), m_member.id);
    QCOMPARE(ServerSetup::connectedPerson(*connectAs(m_hr)).value(), m_hr.id);
    QCOMPARE(ServerSetup::connectedPerson(*m_owner).value(), Id(0));
}

void TestServerAccounts::password_overTcp_wrongRefusedRightAccepted()
{
    // The test server trusts its Unix socket and asks for passwords on 127.0.0.1.
    ServerAddress address = *ServerAddress::parse(m_server->urlAs(loginOf(m_member)));
    address.host = u"127.0.0.1"_s;
    auto none = Database::open(address.url());
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NeedsPassword);
    auto wrong = Database::open(
        address.url(), Database::Access::ReadWrite, Database::defaultBusyTimeoutMs, u"wrong"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::NeedsPassword);
    auto right = Database::open(
        address.url(), Database::Access::ReadWrite, Database::defaultBusyTimeoutMs, password);
    PR_VERIFY_OK(right);
    QCOMPARE(ServerSetup::connectedPerson(**right).value(), m_member.id);
    // Another connection for a worker thread reuses the password given.
    PR_VERIFY_OK((*right)->openAnother());
    // A password written into the URL connects, and is kept in memory only: the path the program
    // shows and saves among recent files holds none.
    ServerAddress withPassword = address;
    withPassword.password = password;
    auto fromUrl = Database::open(withPassword.url());
    PR_VERIFY_OK(fromUrl);
    QCOMPARE((*fromUrl)->path(), address.displayName());
    QVERIFY(!(*fromUrl)->path().contains(password));
    QCOMPARE(ServerSetup::connectedPerson(**fromUrl).value(), m_member.id);
    PR_VERIFY_OK((*fromUrl)->openAnother());
    // A person who is not in the file gets no account.
    QVERIFY(!ServerSetup::createAccount(*m_owner, u"nobody@example.org"_s, password));
    QVERIFY(!ServerSetup::createAccount(*m_owner, m_member.email, u"short"_s));
}

void TestServerAccounts::account_passwordNeverSent_otherLoginsNeverTaken()
{
    // The server takes a verifier, never a password (statements can reach its log).
    Person fresh;
    fresh.name = u"Fresh Person"_s;
    fresh.email = u"fresh.person@example.org"_s;
    auto freshId = PeopleRepository(*m_owner).add(fresh);
    PR_VERIFY_OK(freshId);
    const QString plain = m_server->name() + u"_plain"_s;
    QVERIFY(!m_owner->execStatement(
        u"SELECT pr_create_account(?, 'a plain password', ?)"_s, { QVariant(plain), *freshId }));
    QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s, { plain }), 0);
    const qint64 superuser
        = scalar(*m_owner, u"SELECT count(*) FROM pg_roles WHERE rolname = current_user AND rolsuper"_s);
    if (superuser == 1)
        QVERIFY(
            text(*m_owner, u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, { loginOf(m_member) })
                .startsWith(u"SCRAM-SHA-256$4096:"_s));
    // A role of the same name that is not this person's login is never reset nor taken over: by
    // the server (a hand-written call), and by the program with a message that says what to do.
    const QString taken = m_server->name() + u"_taken"_s;
    QVERIFY(adminExec(u"CREATE ROLE %1 LOGIN PASSWORD 'theirs-42'"_s.arg(taken)));
    const Status byServer = m_owner->execStatement(u"SELECT pr_create_account(?, ?, ?)"_s,
        { QVariant(taken), ServerSetup::scramVerifier(password, QByteArrayLiteral("0123456789abcdef")),
            *freshId });
    auto refused = ServerSetup::createAccount(*m_owner, fresh.email, password, taken);
    const qint64 members = scalar(*m_owner,
        u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = "
        "m.member WHERE r.rolname = ?"_s,
        { taken });
    QVERIFY(adminExec(u"DROP ROLE %1"_s.arg(taken)));
    QVERIFY(!byServer);
    QCOMPARE(members, 0);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(refused.error().message.contains(u"never changes another login's password"_s),
        qPrintable(refused.error().message));
    // Nor another login's of this organisation, nor a second login for one person.
    QCOMPARE(ServerSetup::createAccount(*m_owner, m_stranger.email, password, loginOf(m_member)).error().code,
        ErrorCode::AlreadyExists);
    QCOMPARE(ServerSetup::createAccount(*m_owner, m_member.email, password, m_server->name() + u"_second"_s)
                 .error()
                 .code,
        ErrorCode::AlreadyExists);
    QCOMPARE(
        scalar(*m_owner, u"SELECT person_id FROM server_accounts WHERE login = ?"_s, { loginOf(m_member) }),
        m_member.id);
    // Their own login gets a new password.
    PR_VERIFY_OK(ServerSetup::createAccount(*m_owner, m_member.email, password, loginOf(m_member)));
}

void TestServerAccounts::scramVerifier_equalsTheServersOwn_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << u"correct horse 42"_s;
    QTest::newRow("accents") << u"Grüße aus Köln"_s;
    QTest::newRow("one character") << u"x"_s;
}

void TestServerAccounts::scramVerifier_equalsTheServersOwn()
{
    // The server hashes a password given in clear with its own salt; with that salt, the program's
    // verifier must be the same string, or nobody could log in with it.
    QFETCH(QString, password);
    if (scalar(*m_owner, u"SELECT count(*) FROM pg_roles WHERE rolname = current_user AND rolsuper"_s) != 1)
        QSKIP("reading a stored verifier needs a superuser");
    const QString role = m_server->name() + u"_scram"_s;
    QVERIFY(m_owner->execStatement(u"SET password_encryption = 'scram-sha-256'"_s));
    QVERIFY(m_owner->execStatement(u"CREATE ROLE %1 PASSWORD '%2'"_s.arg(role, password)));
    const QString servers
        = text(*m_owner, u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, { role });
    QVERIFY(m_owner->execStatement(u"DROP ROLE %1"_s.arg(role)));
    // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
    const QStringList parts = servers.split(u'$');
    QCOMPARE(parts.size(), 3);
    const QStringList iterationsAndSalt = parts.at(1).split(u':');
    const QByteArray salt = QByteArray::fromBase64(iterationsAndSalt.at(1).toLatin1());
    QCOMPARE(ServerSetup::scramVerifier(password, salt, iterationsAndSalt.at(0).toInt()), servers);
}

void TestServerAccounts::serverInit_failedRulesLeaveTheDatabaseEmpty()
{
    // The schema and the rules in one transaction: when the rules fail, no schema without rules is
    // left behind, and server-init runs again once the cause is gone.
    ServerDatabase server;
    QVERIFY(adminExec(
        u"CREATE FUNCTION pr_group() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$"_s, server.name()));
    auto failed = ServerSetup::initialise(server.url());
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(u"nothing was created"_s), qPrintable(failed.error().message));
    QVERIFY(adminExec(u"DROP FUNCTION pr_group()"_s, server.name()));
    auto again = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(again);
    QCOMPARE(scalar(**again, u"SELECT count(*) FROM people"_s), 0);
}

void TestServerAccounts::serverInit_noLoginMayCreateInSchemaPublic()
{
    // As on PostgreSQL 14 and older: every login may create objects in public, where one could
    // shadow a built-in function the rules call. server-init takes that right away.
    ServerDatabase server;
    QVERIFY(adminExec(u"GRANT CREATE ON SCHEMA public TO PUBLIC"_s, server.name()));
    auto db = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(db);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM pg_roles r WHERE r.rolname = pr_group() "
                          "AND has_schema_privilege(r.oid, 'public', 'CREATE')"_s),
        0);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM pg_namespace WHERE nspname = 'public' AND "
                          "(',' || array_to_string(nspacl, ',')) LIKE '%,=UC/%'"_s),
        0);
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
