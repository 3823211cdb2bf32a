#pragma once

#include "common/Result.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QTemporaryDir;
class QSqlQuery;

namespace peerradar {

// One open PeerRadar file, or one PeerRadar database on a PostgreSQL server: a named Qt Sql
// connection with the house settings (SQLite: WAL, foreign keys, busy timeout, full durability),
// schema migrations and the translation of the driver's failures into errors a person can read.
// Where a FILE is accepted, a server URL `postgresql://USER@HOST[:PORT]/DB` is too (ServerAddress);
// what the two backends say differently is in dialect(). A Database belongs to the thread that
// opened it; a worker thread opens its own with openAnother().
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr int defaultBusyTimeoutMs = 5000;
    static constexpr qint32 applicationId = 0x50524452; // "PRDR" in the SQLite header

    // A new file with the current schema, the default frameworks and default settings.
    // Refuses to touch a path that already exists. The file is readable by its owner only.
    // A server URL names an empty database on the server: the schema is created in it (see also
    // ServerSetup for the access rules). `password` is used for a server when given; otherwise
    // libpq finds it (PGPASSWORD, ~/.pgpass) or the error has the code NeedsPassword.
    static Result<std::unique_ptr<Database>> create(const QString& path, const QString& password = {});
    // create() on a server, with `setup` (ServerSetup's access rules) run in the same transaction as
    // the schema: both are there afterwards, or neither.
    static Result<std::unique_ptr<Database>> createOnServer(
        const QString& url, const QString& password, const std::function<Status(Database&)>& setup = {});
    // An existing PeerRadar file. A file that is not one, is newer, damaged, read-only or locked
    // gives an Error and is left byte-for-byte as it was. An older schema is first copied to
    // backupPath() and then migrated.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite,
        int busyTimeoutMs = defaultBusyTimeoutMs, const QString& password = {});
    // A file, read without changing it, also when an older PeerRadar saved it: such a file is copied
    // (VACUUM INTO, readable by its owner only) into a private temporary folder, the copy is updated
    // there and read; the copy is deleted when the Database closes. The file itself gets no backup,
    // no migration and no -wal or -shm left behind. A file at the current version is simply opened
    // read-only. Not for a server URL (its owner upgrades it: server-init --upgrade).
    static Result<std::unique_ptr<Database>> openForReading(
        const QString& path, int busyTimeoutMs = defaultBusyTimeoutMs, const QString& password = {});

    ~Database();

    // Everything needed to open another connection like this one, the password the person typed
    // included: a value for another thread to open its own. Kept in memory only; it has no text
    // form, so that the password never reaches a URL, a log or a message.
    struct ConnectionOptions
    {
        QString path; // the file, or the server URL (never with a password in it)
        Access access = Access::ReadWrite;
        int busyTimeoutMs = defaultBusyTimeoutMs;
        QString password;
    };
    ConnectionOptions connectionOptions() const;
    static Result<std::unique_ptr<Database>> open(const ConnectionOptions& options);

    // Another connection to the same file, for another thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase& connection() { return m_db; }
    // The file's path or the server URL it was opened with.
    const QString& path() const { return m_path; }
    // The file's path for people to read, or the server URL without a password.
    QString displayName() const;
    const SqlDialect& dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect.isPostgres(); }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Where the copy made before the last migration was written; empty when no migration ran.
    const QString& backupPath() const { return m_backupPath; }
    // The file's schema version as it was found when opened (before any migration; a server: 0).
    int versionFound() const { return m_versionFound; }
    // Whether this is openForReading()'s updated temporary copy of an older file.
    bool isUpdatedCopy() const { return m_temporaryFolder != nullptr; }

    static int currentSchemaVersion();

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; any error rolls everything back. Nested calls
    // become savepoints, so a repository call can be part of a larger transaction.
    Status transaction(const std::function<Status()>& work);

    // Prepares, binds in order, executes. The error names `what` the program was doing.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    Status execStatement(const QString& sql, const QVariantList& values = {}) const;
    // Runs an INSERT and gives the id of the new row.
    Result<qint64> insert(const QString& sql, const QVariantList& values) const;

    // Turns a driver error into an Error with a message for a person.
    Error errorFrom(const QSqlError& error) const;

    // A consistent copy of the whole file at `path` (VACUUM INTO), readable by its owner only.
    // Refuses to overwrite an existing file. From a server: a new file with everything, as
    // DatabaseCopy makes it (HR and the owner only).
    Status saveCopy(const QString& path);

    // SQLite's integrity and foreign-key checks plus PeerRadar's own: empty when all is well.
    QStringList integrityProblems();

    // Where the file's content stands, for caches of what rarely changes (settings, framework):
    // it differs after any commit through another connection or program and after any change
    // through this one. None inside a transaction (what is read there may still be rolled back)
    // or when it cannot be read: then nothing may be taken from a cache. A few microseconds.
    struct ContentVersion
    {
        qint64 otherConnections = 0;
        qint64 thisConnection = 0;
        bool operator==(const ContentVersion&) const = default;
    };
    std::optional<ContentVersion> contentVersion();

    // A figure that changes whenever another connection or program has committed a change to what
    // the views show, never with this connection's own changes: SQLite's data_version; on a server,
    // the server's count of committed changes less this session's own (pr_others_changes() of
    // resources/sql/server_notify.sql, one query: it says that something changed, never who
    // changed it). None inside a transaction or when it cannot be read.
    std::optional<qint64> othersChangeCount();

    // The channel that servers set up before the change counter notify (listenForChanges()).
    static constexpr const char* changeChannel = "peerradar_changes";

private:
    Database(QString path, Access access, int busyTimeoutMs);
    // `olderForReading`: a read-only open of an older file gives the connection (to copy it) instead
    // of the error OlderVersion.
    static Result<std::unique_ptr<Database>> openChecked(
        const QString& path, Access access, int busyTimeoutMs, bool olderForReading = false);
    static Result<std::unique_ptr<Database>> openUpdatedCopy(std::unique_ptr<Database> original);
    // DatabaseServer.cpp: the same for a PostgreSQL server.
    static Result<std::unique_ptr<Database>> openOnServer(
        const QString& url, Access access, int busyTimeoutMs, const QString& password);
    Status connectToServer();
    Error serverErrorFrom(const QSqlError& error) const;
    Status migrateServer(int fromVersion);
    Status saveServerCopy(const QString& path);
    // After the server connection broke: connects afresh before the next statement (never inside a
    // transaction, and never repeating the statement that failed: it may have been carried out).
    Status reconnectIfLost() const;
    // Subscribes this connection to changeChannel unless it is (again after a reconnect): servers
    // without the change counter.
    bool listenForChanges() const;
    // The triggers that send change notices, in a new server database (server_notify.sql).
    Status installChangeNotices();
    // `immutable`: SQLite reads the file as one that nothing changes (no locks, no -wal or -shm
    // files made beside it); only for a file that no one can write (see openChecked).
    Status connect(bool readOnly, bool immutable = false);
    Result<std::pair<qint64, int>> readIdentity() const; // application_id, user_version
    Status applyPragmas();
    Status useWriteAheadLog();
    Status migrate(int fromVersion);
    Status writeBackup(int fromVersion);

    QString m_path;
    QString m_shownPath; // an updated copy's: the original file's path, for messages
    std::shared_ptr<QTemporaryDir> m_temporaryFolder; // an updated copy's folder; removed after the connection closes
    int m_versionFound = 0;
    QString m_connectionName;
    QString m_backupPath;
    QString m_password; // a server password given by the person, kept for openAnother()
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    Access m_access = Access::ReadWrite;
    int m_busyTimeoutMs = defaultBusyTimeoutMs;
    int m_transactionDepth = 0;
    std::unique_ptr<QSqlQuery> m_versionQuery; // contentVersion(), kept prepared
    mutable bool m_connectionLost = false;
    mutable bool m_noticesConnected = false;
    mutable qint64 m_othersNotices = 0; // others' changes counted so far (server)
    // How a server tells of others' changes: its counter, or (older databases) notices.
    enum class ChangeSource { Unknown, Counter, Notices };
    ChangeSource m_changeSource = ChangeSource::Unknown;
    qint64 m_counterOffset = 0; // added to the server's count, which restarts with each session
    mutable bool m_counterRestarted = false;
};

// The value as it should be bound: a null QString becomes '' (text columns are NOT NULL; no value
// PeerRadar stores means "unknown" by being a null string).
QVariant bindable(const QVariant& value);

} // namespace peerradar
