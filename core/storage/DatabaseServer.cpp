// The PostgreSQL half of Database: connecting to a server, creating the schema in an empty
// database, opening (and updating) one, and the server's errors in words a person can act on.

#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/Migrations.h"
#include "storage/Seed.h"
#include "storage/ServerAddress.h"
#include "storage/ServerSetup.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace peerradar {

namespace {

constexpr int connectTimeoutSeconds = 10;

bool mentions(const QString& text, const char* phrase)
{
    return text.contains(QLatin1String(phrase), Qt::CaseInsensitive);
}

// The address as the database keeps it (shown in titles and messages, saved among recent files):
// without a password. A password written into the URL moves to `password`, unless one was given.
QString withoutPassword(const QString& url, QString& password)
{
    const auto address = ServerAddress::parse(url);
    if (!address)
        return url;
    if (password.isEmpty())
        password = address->password;
    return address->displayName();
}

} // namespace

Status Database::connectToServer()
{
    const auto address = ServerAddress::parse(m_path);
    if (!address)
        return makeError(ErrorCode::Invalid,
            tr("%1 is not a server address PeerRadar understands. Write it as "
               "postgresql://USER@HOST:PORT/DATABASE.")
                .arg(m_path));
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return makeError(ErrorCode::Internal,
            tr("PeerRadar cannot reach PostgreSQL servers on this computer: Qt's PostgreSQL driver is not "
               "installed (on Debian: the package libqt6sql6-psql)."));
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setHostName(address->host);
    m_db.setPort(address->port);
    m_db.setDatabaseName(address->database);
    m_db.setUserName(address->user);
    if (!m_password.isEmpty())
        m_db.setPassword(m_password);
    m_db.setConnectOptions(
        QStringLiteral("connect_timeout=%1;application_name=peerradar").arg(connectTimeoutSeconds));
    if (!m_db.open())
        return errorFrom(m_db.lastError());
    return applyPragmas();
}

Result<std::unique_ptr<Database>> Database::createOnServer(
    const QString& url, const QString& password, const std::function<Status(Database&)>& setup)
{
    QString typedPassword = password;
    const QString path = withoutPassword(url, typedPassword);
    std::unique_ptr<Database> db(new Database(path, Access::ReadWrite, defaultBusyTimeoutMs));
    db->m_dialect = SqlDialect(SqlDialect::Backend::Postgres);
    db->m_password = typedPassword;
    if (auto status = db->connectToServer(); !status)
        return status.error();
    auto tables
        = db->exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                  "current_schema()"));
    if (!tables)
        return tables.error();
    if (tables->next() && tables->value(0).toLongLong() > 0)
        return makeError(ErrorCode::AlreadyExists,
            tr("The database %1 already holds tables. PeerRadar sets itself up only in an empty database: "
               "ask "
               "the server's administrator for a new one.")
                .arg(db->displayName()));
    // DDL is transactional on PostgreSQL: the schema, its version and the seed appear together or not at all.
    const Status status = db->transaction([&]() -> Status {
        for (const QString& statement : db->m_dialect.versionTableStatements(applicationId)) {
            if (auto s = db->execStatement(statement); !s)
                return s;
        }
        if (auto s = db->migrate(0); !s)
            return s;
        if (auto s = db->installChangeNotices(); !s)
            return s;
        if (auto s = seedNewDatabase(*db); !s)
            return s;
        return setup ? setup(*db) : Status {};
    });
    if (!status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openOnServer(
    const QString& url, Access access, int busyTimeoutMs, const QString& password)
{
    QString typedPassword = password;
    const QString path = withoutPassword(url, typedPassword);
    std::unique_ptr<Database> db(new Database(path, access, busyTimeoutMs));
    db->m_dialect = SqlDialect(SqlDialect::Backend::Postgres);
    db->m_password = typedPassword;
    if (auto status = db->connectToServer(); !status)
        return status.error();
    auto known = db->exec(QStringLiteral("SELECT to_regclass('peerradar_schema') IS NOT NULL"));
    if (!known)
        return known.error();
    if (!known->next() || !known->value(0).toBool())
        return makeError(ErrorCode::NotPeerRadar,
            tr("The database %1 holds no PeerRadar data. To start using it, run: peerradar-cli server-init "
               "%1")
                .arg(db->displayName()));
    auto identity = db->readIdentity();
    if (!identity)
        return identity.error();
    const auto [appId, version] = *identity;
    if (appId != applicationId || version < 1)
        return makeError(ErrorCode::NotPeerRadar,
            tr("The database %1 was not set up by PeerRadar. PeerRadar left it unchanged.")
                .arg(db->displayName()));
    if (version > currentSchemaVersion())
        return makeError(ErrorCode::NewerVersion,
            tr("The database %1 was set up by a newer version of PeerRadar (version %2; this program reads "
               "up to "
               "version %3). Install the newer PeerRadar to use it.")
                .arg(db->displayName(), QString::number(version), QString::number(currentSchemaVersion())));
    // A login meeting older access rules stops here, before anything is read or updated, and says
    // which command the owner runs.
    if (auto status = ServerSetup::checkRules(*db); !status)
        return status.error();
    if (version < currentSchemaVersion()) {
        if (access == Access::ReadOnly)
            return makeError(ErrorCode::OlderVersion,
                tr("The database %1 was set up by an older version of PeerRadar and must be updated first: "
                   "connect once with write access.")
                    .arg(db->displayName()));
        if (auto status = db->migrateServer(version); !status)
            return status.error();
    }
    if (access == Access::ReadOnly) {
        if (auto status = db->execStatement(QStringLiteral("SET default_transaction_read_only = on"));
            !status)
            return status.error();
    }
    return db;
}

Status Database::installChangeNotices()
{
    QFile file(QStringLiteral(":/sql/server_notify.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The server's change notices are missing from the resources");
    for (const QString& statement : ServerSetup::scriptStatements(QString::fromUtf8(file.readAll()))) {
        if (auto s = execStatement(statement); !s)
            return s;
    }
    return {};
}

std::optional<qint64> Database::othersChangeCount()
{
    if (!isServer()) {
        const auto version = contentVersion();
        return version ? std::optional<qint64>(version->otherConnections) : std::nullopt;
    }
    // A connection the server ended is not reconnected from here (a check every second must not
    // wait for an unreachable server): the next statement does it, and then counts a change.
    if (m_transactionDepth > 0 || m_connectionLost || !m_db.driver()->isOpen())
        return std::nullopt;
    if (m_changeSource == ChangeSource::Unknown) {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT to_regprocedure('pr_others_changes()') IS NOT NULL"))
            || !probe.next()) {
            static_cast<void>(serverErrorFrom(probe.lastError())); // marks a lost connection
            return std::nullopt;
        }
        m_changeSource = probe.value(0).toBool() ? ChangeSource::Counter : ChangeSource::Notices;
    }
    if (m_changeSource == ChangeSource::Notices)
        return listenForChanges() ? std::optional<qint64>(m_othersNotices) : std::nullopt;
    // The server's counter of committed changes, less this session's own (server_notify.sql).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pr_others_changes()")) || !q.next()) {
        static_cast<void>(serverErrorFrom(q.lastError()));
        return std::nullopt;
    }
    const qint64 counted = q.value(0).toLongLong();
    // After a reconnect the session's own changes are no longer subtracted: start again from one
    // more than before the break (what was missed meanwhile is unknown, so it counts as a change).
    if (m_counterRestarted) {
        m_counterOffset = m_othersNotices + 1 - counted;
        m_counterRestarted = false;
    }
    const qint64 others = counted + m_counterOffset;
    // HR may have changed this login's role: the views it reads follow before the program rereads
    // (a read-only session keeps those it opened with: it makes nothing, not even temporary views).
    if (others != m_othersNotices && m_access != Access::ReadOnly) {
        QSqlQuery schema(m_db);
        if (!schema.exec(SqlDialect::sessionSchemaSql())) {
            static_cast<void>(serverErrorFrom(schema.lastError()));
            return std::nullopt;
        }
    }
    m_othersNotices = others;
    return m_othersNotices;
}

// Databases made before the change counter (server_notify.sql) notify listeners instead; there every
// login reads everything anyway (no access rules), or the owner has not upgraded yet.
bool Database::listenForChanges() const
{
    QSqlDriver* driver = m_db.driver();
    const QString channel = QLatin1String(changeChannel);
    // The driver forgets its subscriptions when the connection closes (reconnectIfLost).
    if (driver->subscribedToNotifications().contains(channel))
        return true;
    if (!m_noticesConnected) {
        // The driver lives as long as this connection: it never calls into a Database gone.
        QObject::connect(driver, &QSqlDriver::notification, driver,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                if (source == QSqlDriver::OtherSource && name == QLatin1String(changeChannel))
                    ++m_othersNotices;
            });
        m_noticesConnected = true;
    }
    return driver->subscribeToNotification(channel);
}

Status Database::migrateServer(int fromVersion)
{
    // Several programs may connect to an older server at once: the first one to hold the lock
    // updates it, the others find it updated.
    return transaction([&]() -> Status {
        if (auto s = execStatement(QStringLiteral("LOCK TABLE peerradar_schema IN EXCLUSIVE MODE")); !s)
            return s;
        auto identity = readIdentity();
        if (!identity)
            return identity.error();
        const int version = identity->second;
        return version < fromVersion || version >= currentSchemaVersion() ? Status {} : migrate(version);
    });
}

Status Database::saveServerCopy(const QString& path)
{
    auto target = create(path);
    if (!target)
        return target.error();
    const Status status = DatabaseCopy::copy(*this, **target);
    if (!status) {
        target->reset();
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QString::fromLatin1(suffix));
    }
    return status;
}

Status Database::reconnectIfLost() const
{
    QSqlDatabase connection = m_db; // the same connection: QSqlDatabase is a handle
    connection.close();
    if (!connection.open())
        return serverErrorFrom(connection.lastError());
    m_connectionLost = false;
    for (const QString& statement : m_dialect.connectionSetupStatements(m_busyTimeoutMs)) {
        if (auto status = execStatement(statement); !status)
            return status;
    }
    // Whatever others committed while this connection was away was not heard: count it as a change
    // (othersChangeCount() listens again, or reads the counter of a new session).
    if (m_noticesConnected)
        ++m_othersNotices;
    if (m_changeSource == ChangeSource::Counter)
        m_counterRestarted = true;
    if (m_access == Access::ReadOnly)
        return execStatement(QStringLiteral("SET default_transaction_read_only = on"));
    return {};
}

Error Database::serverErrorFrom(const QSqlError& error) const
{
    const QString where = displayName();
    const QString detail = error.text();
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText() + u' ' + error.driverText();
    if (mentions(text, "no password supplied") || mentions(text, "password authentication failed")
        || state == QLatin1String("28P01"))
        return makeError(ErrorCode::NeedsPassword,
            tr("The server %1 needs your password, and none was given or it was not accepted.").arg(where),
            detail);
    if (state.startsWith(QLatin1String("28")) || mentions(text, "no pg_hba.conf entry"))
        return makeError(ErrorCode::Denied,
            tr("The server %1 does not let this account in. Ask the server's administrator for an account.")
                .arg(where),
            detail);
    if (state == QLatin1String("3D000")
        || (mentions(text, "database \"") && mentions(text, "does not exist")))
        return makeError(ErrorCode::NotFound,
            tr("The database %1 does not exist on the server. Check the address, or ask the server's "
               "administrator to create it.")
                .arg(where),
            detail);
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return makeError(ErrorCode::Denied,
            tr("The server %1 refused this: your account may not see or change it. Nothing was changed.")
                .arg(where),
            detail);
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || error.type() == QSqlError::ConnectionError || mentions(text, "server closed the connection")
        || mentions(text, "no connection to the server") || mentions(text, "could not connect")
        || mentions(text, "connection to server") || !m_db.driver()->isOpen()) {
        m_connectionLost = true; // the driver may already count the connection as closed
        return makeError(ErrorCode::ConnectionLost,
            tr("PeerRadar cannot reach the server %1. Check the network and try again; nothing you entered "
               "was "
               "lost.")
                .arg(where),
            detail);
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return makeError(ErrorCode::Locked,
            tr("The server %1 is busy with another person's change. Try again; nothing you entered was lost.")
                .arg(where),
            detail);
    if (state == QLatin1String("53100"))
        return makeError(ErrorCode::Io,
            tr("The server %1 is out of disk space. Tell its administrator; nothing you entered was lost.")
                .arg(where),
            detail);
    if (state.startsWith(QLatin1String("23")))
        return makeError(
            ErrorCode::Invalid, tr("This change conflicts with data already in the file."), detail);
    if (state == QLatin1String("42P01"))
        return makeError(ErrorCode::NotPeerRadar,
            tr("The database %1 holds no PeerRadar data. To start using it, run: peerradar-cli server-init "
               "%1")
                .arg(where),
            detail);
    return makeError(
        ErrorCode::Internal, tr("PeerRadar met an unexpected database error with %1.").arg(where), detail);
}

} // namespace peerradar
