#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace peerradar {

// One open PeerRadar file: a named Qt Sql connection with the house pragmas (WAL, foreign keys,
// busy timeout, full durability), schema migrations and the translation of SQLite's failures into
// errors a person can read. A Database belongs to the thread that opened it; a worker thread opens
// its own with openAnother().
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
    static Result<std::unique_ptr<Database>> create(const QString& path);
    // An existing PeerRadar file. A file that is not one, is newer, damaged, read-only or locked
    // gives an Error and is left byte-for-byte as it was. An older schema is first copied to
    // backupPath() and then migrated.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite,
        int busyTimeoutMs = defaultBusyTimeoutMs);

    ~Database();

    // Another connection to the same file, for another thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Where the copy made before the last migration was written; empty when no migration ran.
    const QString& backupPath() const { return m_backupPath; }

    static int currentSchemaVersion();

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; any error rolls everything back. Nested calls
    // become savepoints, so a repository call can be part of a larger transaction.
    Status transaction(const std::function<Status()>& work);

    // Prepares, binds in order, executes. The error names `what` the program was doing.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    Status execStatement(const QString& sql, const QVariantList& values = {}) const;

    // Turns a driver error into an Error with a message for a person.
    Error errorFrom(const QSqlError& error) const;

    // A consistent copy of the whole file at `path` (VACUUM INTO), readable by its owner only.
    // Refuses to overwrite an existing file.
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

private:
    Database(QString path, Access access, int busyTimeoutMs);
    static Result<std::unique_ptr<Database>> openChecked(const QString& path, Access access, int busyTimeoutMs);
    Status connect(bool readOnly);
    Result<std::pair<qint64, int>> readIdentity() const; // application_id, user_version
    Status applyPragmas();
    Status useWriteAheadLog();
    Status migrate(int fromVersion);
    Status writeBackup(int fromVersion);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    QSqlDatabase m_db;
    Access m_access = Access::ReadWrite;
    int m_busyTimeoutMs = defaultBusyTimeoutMs;
    int m_transactionDepth = 0;
    std::unique_ptr<QSqlQuery> m_versionQuery; // contentVersion(), kept prepared
};

// The value as it should be bound: a null QString becomes '' (text columns are NOT NULL; no value
// PeerRadar stores means "unknown" by being a null string).
QVariant bindable(const QVariant& value);

// Runs the migrations up to `version` on an empty open connection: for tests that need an
// older schema. Production code uses Database::create/open.
Status applyMigrationsForTest(Database& db, int fromVersion, int toVersion);

} // namespace peerradar
