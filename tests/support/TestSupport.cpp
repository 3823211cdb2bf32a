#include "TestSupport.h"

#include "storage/ServerAddress.h"
#include "storage/ServerSetup.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace peerradar::test {

namespace {

QAtomicInteger<int> databaseCounter;

// A server run without a server is skipped as a whole, before any test function starts.
const bool serverRunChecked = [] {
    if (qEnvironmentVariable("PEERRADAR_TEST_BACKEND") == QLatin1String("postgres")
        && qEnvironmentVariableIsEmpty("PEERRADAR_TEST_PG_URL")) {
        std::fputs("skipped: PEERRADAR_TEST_PG_URL is not set (start one with scripts/pg-test-server.sh start)\n",
            stderr);
        std::exit(77);
    }
    return true;
}();

} // namespace

bool serverRun()
{
    return serverRunChecked && qEnvironmentVariable("PEERRADAR_TEST_BACKEND") == QLatin1String("postgres");
}

QString serverAdminUrl()
{
    return qEnvironmentVariable("PEERRADAR_TEST_PG_URL");
}

bool adminExec(const QString& sql, const QString& database)
{
    const auto address = ServerAddress::parse(serverAdminUrl());
    if (!address)
        qFatal("PEERRADAR_TEST_PG_URL is not a server URL: %s", qPrintable(serverAdminUrl()));
    const QString connection = QStringLiteral("test-admin-%1").arg(databaseCounter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setUserName(address->user);
        db.setDatabaseName(database.isEmpty() ? address->database : database);
        if (!db.open())
            qFatal("Cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

ServerDatabase::ServerDatabase()
    : m_name(QStringLiteral("prt_%1_%2").arg(QCoreApplication::applicationPid()).arg(databaseCounter.fetchAndAddRelaxed(1)))
{
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
        qFatal("Could not create the test database %s", qPrintable(m_name));
    m_url = ServerAddress::parse(serverAdminUrl())->withDatabase(m_name).url();
}

ServerDatabase::~ServerDatabase()
{
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    // Logins are the server's, not the database's: drop those of databases that are gone (this
    // one's, and any a crashed run left), or the next run could not create them again (the server
    // never takes over a login that is not already that person's; see ServerSetup::createAccount).
    adminExec(QStringLiteral(
        "DO $$ DECLARE r record; BEGIN "
        "FOR r IN SELECT u.rolname FROM pg_roles u WHERE NOT u.rolsuper AND EXISTS (SELECT 1 FROM "
        "pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = u.oid AND g.rolname LIKE "
        "'peerradar\\_%') AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = "
        "m.roleid WHERE m.member = u.oid AND (g.rolname NOT LIKE 'peerradar\\_%' OR EXISTS (SELECT 1 FROM "
        "pg_database d WHERE 'peerradar_' || d.datname = g.rolname))) "
        "UNION ALL SELECT g.rolname FROM pg_roles g WHERE g.rolname LIKE 'peerradar\\_%' AND NOT "
        "g.rolcanlogin AND NOT EXISTS (SELECT 1 FROM pg_database d WHERE 'peerradar_' || d.datname = "
        "g.rolname) LOOP "
        "BEGIN EXECUTE format('DROP ROLE %I', r.rolname); EXCEPTION WHEN OTHERS THEN NULL; END; "
        "END LOOP; END $$"));
}

QString ServerDatabase::urlAs(const QString& user) const
{
    ServerAddress address = *ServerAddress::parse(m_url);
    address.user = user;
    address.password.clear();
    return address.url();
}

TempDatabase::TempDatabase()
{
    // On the server as an organisation sets one up (peerradar-cli server-init): the schema and the
    // access rules, connected as its owner.
    if (serverRun()) {
        m_server = std::make_unique<ServerDatabase>();
        m_path = m_server->url();
    } else {
        m_path = m_dir.filePath(QStringLiteral("team.peerradar"));
    }
    auto created = serverRun() ? ServerSetup::initialise(m_path) : Database::create(m_path);
    if (!created)
        qFatal("Could not create a test database: %s (%s)", qPrintable(created.error().message),
            qPrintable(created.error().detail));
    m_db = std::move(created).value();
}

QString TempDatabase::name() const
{
    return m_server ? m_server->name() : QStringLiteral("team.peerradar");
}

bool TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        return false;
    m_db = std::move(opened).value();
    return true;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("Could not write %s", qPrintable(path));
}

} // namespace peerradar::test
