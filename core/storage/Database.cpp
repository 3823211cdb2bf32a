#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/Seed.h"
#include "storage/ServerAddress.h"
#include "storage/SqliteApi.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace peerradar {

namespace {

QAtomicInteger<quint64> connectionCounter;

// SQLite's primary result codes we tell apart (sqlite3.h).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteInterrupt = 9,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString nativeName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// An empty file readable by its owner only, for VACUUM INTO to fill: a copy of the organisation's
// feedback is never readable by others, not even for the moment between writing and chmod.
Status createPrivateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("peerradar::Database", "%1 could not be created.").arg(nativeName(path)),
            file.errorString());
    return {};
}

} // namespace

Database::Database(QString path, Access access, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("peerradar-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_access(access)
    , m_busyTimeoutMs(busyTimeoutMs)
{
}

Database::~Database()
{
    m_versionQuery.reset(); // a statement must not outlive its connection
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    // m_temporaryFolder, an updated copy's, goes after the connection that used it.
}

int Database::currentSchemaVersion()
{
    return latestMigrationVersion();
}

Status Database::connect(bool readOnly, bool immutable)
{
    m_versionQuery.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    if (immutable) {
        m_db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        m_db.setDatabaseName(m_path);
    }
    if (readOnly || immutable)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return errorFrom(m_db.lastError());
    return {};
}

Status Database::applyPragmas()
{
    // Nothing here writes to the file: a file that is refused after this point stays as it was.
    for (const QString& statement : m_dialect.connectionSetupStatements(m_busyTimeoutMs)) {
        if (auto status = execStatement(statement); !status)
            return status;
    }
    return {};
}

Status Database::useWriteAheadLog()
{
    // Changes the file's header when it is not in WAL mode yet (a new file, or one written by another
    // tool): done only once the file has been accepted and, if need be, migrated.
    auto mode = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const QString& password)
{
    if (ServerAddress::isServerUrl(path))
        return createOnServer(path, password);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return makeError(ErrorCode::AlreadyExists,
            tr("%1 already exists. Choose another name, or open the existing file.").arg(nativeName(path)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorCode::NotFound,
            tr("The folder %1 does not exist.").arg(nativeName(info.absolutePath())));
    {
        // Create the file ourselves so that it is readable by its owner only from the first byte.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (!QFileInfo(info.absolutePath()).isWritable())
                return makeError(ErrorCode::ReadOnly,
                    tr("PeerRadar cannot write to the folder %1. Choose a folder you can save in.")
                        .arg(nativeName(info.absolutePath())),
                    file.errorString());
            return makeError(ErrorCode::Io, tr("PeerRadar could not create %1.").arg(nativeName(path)),
                file.errorString());
        }
    }
    std::unique_ptr<Database> db(new Database(path, Access::ReadWrite, defaultBusyTimeoutMs));
    auto removeOnFailure = [&](Error error) -> Result<std::unique_ptr<Database>> {
        db.reset();
        for (const char* suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(path + QString::fromLatin1(suffix));
        return error;
    };
    if (auto status = db->connect(false); !status)
        return removeOnFailure(status.error());
    for (const QString& statement : db->m_dialect.versionTableStatements(applicationId)) {
        if (auto status = db->execStatement(statement); !status)
            return removeOnFailure(status.error());
    }
    if (auto status = db->applyPragmas(); !status)
        return removeOnFailure(status.error());
    if (auto status = db->useWriteAheadLog(); !status)
        return removeOnFailure(status.error());
    if (auto status = db->migrate(0); !status)
        return removeOnFailure(status.error());
    if (auto status = db->transaction([&] { return seedNewDatabase(*db); }); !status)
        return removeOnFailure(status.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::open(
    const QString& path, Access access, int busyTimeoutMs, const QString& password)
{
    if (ServerAddress::isServerUrl(path))
        return openOnServer(path, access, busyTimeoutMs, password);
    // SQLite may create -wal and -shm beside a file it only looks at; a refused file gets none left behind.
    const QString sideFiles[] = { path + QStringLiteral("-wal"), path + QStringLiteral("-shm") };
    const bool existedBefore[] = { QFile::exists(sideFiles[0]), QFile::exists(sideFiles[1]) };
    auto result = openChecked(path, access, busyTimeoutMs);
    // Also when the file is finally read as immutable: the first look (a read-only connection, before
    // the file turned out to be one nobody writes) may have made them.
    if (!result || (*result)->m_db.databaseName().endsWith(QLatin1String("?immutable=1"))) {
        for (int i = 0; i < 2; ++i) {
            if (!existedBefore[i] && QFileInfo(sideFiles[0]).size() == 0)
                QFile::remove(sideFiles[i]);
        }
    }
    return result;
}

Result<std::unique_ptr<Database>> Database::openForReading(const QString& path, int busyTimeoutMs, const QString& password)
{
    if (ServerAddress::isServerUrl(path))
        return open(path, Access::ReadOnly, busyTimeoutMs, password);
    const QString sideFiles[] = { path + QStringLiteral("-wal"), path + QStringLiteral("-shm") };
    const bool existedBefore[] = { QFile::exists(sideFiles[0]), QFile::exists(sideFiles[1]) };
    auto original = openChecked(path, Access::ReadOnly, busyTimeoutMs, true);
    Result<std::unique_ptr<Database>> result = original ? Result<std::unique_ptr<Database>>(std::move(*original))
                                                        : Result<std::unique_ptr<Database>>(original.error());
    if (result && (*result)->m_versionFound < currentSchemaVersion())
        result = openUpdatedCopy(std::move(*result)); // closes the original's connection
    if (!result || (*result)->isUpdatedCopy() || (*result)->m_db.databaseName().endsWith(QLatin1String("?immutable=1"))) {
        for (int i = 0; i < 2; ++i) {
            if (!existedBefore[i] && QFileInfo(sideFiles[0]).size() == 0)
                QFile::remove(sideFiles[i]);
        }
    }
    return result;
}

Result<std::unique_ptr<Database>> Database::openUpdatedCopy(std::unique_ptr<Database> original)
{
    const QString shown = original->m_path;
    const int version = original->m_versionFound;
    auto folder = std::make_shared<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("peerradar-XXXXXX")));
    auto failed = [&](const Error& error) {
        return makeError(error.code,
            tr("%1 was saved by an older PeerRadar (file version %2) and could not be read through an updated "
               "copy: %3 The file was left unchanged.")
                .arg(nativeName(shown))
                .arg(version)
                .arg(error.message),
            error.detail);
    };
    if (!folder->isValid())
        return failed(makeError(ErrorCode::Io, tr("No temporary folder could be made."), folder->errorString()));
    // QTemporaryDir makes its folder readable by its owner only; the copy is too, from its first byte.
    const QString copy = folder->filePath(QStringLiteral("updated.peerradar"));
    Status status = createPrivateFile(copy);
    // A connection that refuses changes (query_only, on a file that may be written: see
    // openChecked) refuses VACUUM INTO as well, although that only reads the file.
    if (status)
        status = original->execStatement(QStringLiteral("PRAGMA query_only = OFF"));
    if (status)
        status = original->execStatement(QStringLiteral("VACUUM INTO ?"), { copy });
    original.reset(); // nothing more is read from the file itself
    if (!status)
        return failed(status.error());
    std::unique_ptr<Database> db(new Database(copy, Access::ReadWrite, defaultBusyTimeoutMs));
    db->m_temporaryFolder = folder;
    db->m_shownPath = shown;
    db->m_versionFound = version;
    if (status = db->connect(false); status)
        status = db->applyPragmas();
    if (status)
        status = db->migrate(version);
    if (status)
        status = db->useWriteAheadLog();
    // From here on the copy is read like the file would be: another connection to it (a report
    // worker's) opens it read-only through connectionOptions().
    if (status)
        status = db->execStatement(QStringLiteral("PRAGMA query_only = ON"));
    if (!status)
        return failed(status.error());
    db->m_access = Access::ReadOnly;
    return db;
}

Result<std::unique_ptr<Database>> Database::openChecked(
    const QString& path, Access access, int busyTimeoutMs, bool olderForReading)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(nativeName(path)));
    if (!info.isFile())
        return makeError(ErrorCode::NotPeerRadar, tr("%1 is a folder, not a PeerRadar file.").arg(nativeName(path)));
    if (!info.isReadable())
        return makeError(ErrorCode::ReadOnly,
            tr("You do not have permission to read %1. Ask the file's owner to share it with you.")
                .arg(nativeName(path)));
    const QString notOurs = tr("%1 is not a PeerRadar file. PeerRadar left it unchanged; open a file that "
                               "PeerRadar created.")
                                .arg(nativeName(path));

    // Everything below reads the file through SQLite only, never through a descriptor of our own:
    // closing any descriptor of a file drops every POSIX lock this process holds on it, those of
    // its live connections included (another window, a report worker, the file the program has
    // open). Another process closing its connection then believes it is the last one and deletes
    // the write-ahead log under this process's feet: its later commits land in a deleted file.
    // SQLite knows this about its own descriptors: it keeps one that a closed connection leaves
    // open until no other connection of the process holds a lock on the file.
    std::unique_ptr<Database> db(new Database(path, access, busyTimeoutMs));
    // A file that no one can write (its folder or itself read-only) with no write-ahead log beside
    // it cannot change while it is read: SQLite reads it as immutable, and a read-only connection
    // then leaves no -wal and -shm files behind (which it could not remove) — in a read-only folder
    // it could not make them at all. With a log beside it, a writer may be at work: read it as usual.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    // Whether a write-ahead log lay beside it before this open: the first look below may make one.
    const bool walBefore = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool immutable = !(info.isWritable() && folderWritable) && !walBefore;
    // First look read-only, so that a file that is not ours is never written to.
    if (auto status = db->connect(true, immutable); !status)
        return status.error();
    auto identity = db->readIdentity();
    if (!identity) {
        if (identity.error().code == ErrorCode::NotPeerRadar)
            return makeError(ErrorCode::NotPeerRadar, notOurs, identity.error().detail);
        return identity.error();
    }
    const auto [appId, version] = *identity;
    if (appId != applicationId || version < 1)
        return makeError(ErrorCode::NotPeerRadar, notOurs);
    if (version > currentSchemaVersion())
        return makeError(ErrorCode::NewerVersion,
            tr("%1 was saved by a newer version of PeerRadar (file version %2; this program reads up to "
               "version %3). Install the newer PeerRadar to open it; the file was left unchanged.")
                .arg(nativeName(path))
                .arg(version)
                .arg(currentSchemaVersion()));

    db->m_versionFound = version;
    if (access == Access::ReadOnly && version < currentSchemaVersion() && !olderForReading)
        return makeError(ErrorCode::OlderVersion,
            tr("%1 was saved by an older version of PeerRadar and must be updated before it can be read. Open it "
               "once with write access; PeerRadar keeps a copy of the old file.")
                .arg(nativeName(path)));
    bool writable = info.isWritable() && folderWritable;
    if (writable) {
        if (auto status = db->connect(false); !status)
            return status.error();
        // QFileInfo::isWritable asks access(), which answers for the real user and lets root pass even
        // where an open for writing fails (a process without CAP_DAC_OVERRIDE, some network file
        // systems); SQLite then quietly falls back to reading only, and says so when asked.
        writable = !sqlite::opensReadOnly(*db).value_or(false);
        if (!writable) {
            // A file without any write permission bit (or in a read-only folder) that this process
            // cannot write after all: as above, nobody changes it, and it is read as immutable.
            const bool noWriteBits = !(info.permissions()
                & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
            const bool frozen = (noWriteBits || !folderWritable) && !walBefore;
            if (auto status = db->connect(true, frozen); !status)
                return status.error();
        }
    }
    if (access == Access::ReadOnly && writable) {
        // A read-only connection cannot remove the write-ahead log and shared-memory files when it
        // closes, so every read would leave two files behind. Where the file may be written, read
        // through a connection that refuses every change instead; SQLite then cleans up after it.
        if (auto status = db->execStatement(QStringLiteral("PRAGMA query_only = ON")); !status)
            return status.error();
    }
    if (access == Access::ReadOnly)
        return db->applyPragmas() ? Result<std::unique_ptr<Database>>(std::move(db))
                                  : Result<std::unique_ptr<Database>>(db->errorFrom(db->m_db.lastError()));

    if (!writable && !folderWritable)
        return makeError(ErrorCode::ReadOnly,
            tr("The folder %1 is read-only: PeerRadar cannot save changes to %2 there (it keeps its journal "
               "beside the file). Move the file to a folder of your own, or ask for write permission on the "
               "folder.")
                .arg(nativeName(info.absolutePath()), info.fileName()));
    if (!writable)
        return makeError(ErrorCode::ReadOnly,
            tr("%1 is read-only: PeerRadar cannot save changes to it. Ask for write permission, or save a copy "
               "in a folder of your own.")
                .arg(nativeName(path)));

    if (auto status = db->applyPragmas(); !status)
        return status.error();
    // Take the write lock once: a file held by another program says so now, not at the first save.
    if (auto status = db->transaction([] { return Status {}; }); !status)
        return status.error();
    if (version < currentSchemaVersion()) {
        if (auto status = db->writeBackup(version); !status)
            return status.error();
        if (auto status = db->migrate(version); !status)
            return status.error();
    }
    if (auto status = db->useWriteAheadLog(); !status)
        return status.error();
    return db;
}

Result<std::pair<qint64, int>> Database::readIdentity() const
{
    qint64 values[2] = { 0, 0 };
    const QStringList queries = m_dialect.readIdentityQueries();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        auto q = exec(queries.at(i));
        if (!q)
            return q.error();
        if (i < 2)
            values[i] = q->next() ? q->value(0).toLongLong() : 0;
    }
    return std::pair<qint64, int> { values[0], int(values[1]) };
}

QString Database::displayName() const
{
    if (!m_shownPath.isEmpty())
        return nativeName(m_shownPath);
    if (const auto address = ServerAddress::parse(m_path))
        return address->displayName();
    return nativeName(m_path);
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values) const
{
    auto q = exec(sql + m_dialect.returningId(), values);
    if (!q)
        return q.error();
    return m_dialect.insertedId(*q);
}

QVariant bindable(const QVariant& value)
{
    // A null QString would bind as SQL NULL; text columns are NOT NULL and empty means empty.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

Database::ConnectionOptions Database::connectionOptions() const
{
    return { m_path, m_access, m_busyTimeoutMs, m_password };
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionOptions& options)
{
    return open(options.path, options.access, options.busyTimeoutMs, options.password);
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(connectionOptions());
}

Status Database::writeBackup(int fromVersion)
{
    const QString backup = QStringLiteral("%1.v%2.backup").arg(m_path).arg(fromVersion);
    QFile::remove(backup);
    // VACUUM INTO writes a consistent copy, WAL content included, into the empty private file.
    Status status = createPrivateFile(backup);
    if (status)
        status = execStatement(QStringLiteral("VACUUM INTO ?"), { backup });
    if (!status) {
        QFile::remove(backup);
        return makeError(status.error().code,
            tr("Before updating %1 to the new format PeerRadar keeps a copy, and the copy could not be written. "
               "Nothing was changed.")
                .arg(nativeName(m_path)),
            status.error().message);
    }
    m_backupPath = backup;
    return {};
}

Status Database::saveCopy(const QString& path)
{
    if (isServer())
        return saveServerCopy(path);
    if (QFile::exists(path))
        return makeError(ErrorCode::AlreadyExists,
            tr("%1 already exists. Choose another name for the copy.").arg(nativeName(path)));
    Status status = createPrivateFile(path);
    if (status) {
        status = execStatement(QStringLiteral("VACUUM INTO ?"), { path });
        if (!status)
            QFile::remove(path);
    }
    if (!status)
        return makeError(status.error().code, tr("The copy %1 could not be written.").arg(nativeName(path)),
            status.error().message + u' ' + status.error().detail);
    return {};
}

Status Database::migrate(int fromVersion)
{
    // All steps in one transaction: a file two versions behind whose second step fails is left at
    // its old version, not half updated (found by fuzz_open_database).
    int failedVersion = 0;
    const Status status = transaction([&]() -> Status {
        for (const Migration& migration : migrations()) {
            if (migration.version <= fromVersion)
                continue;
            failedVersion = migration.version;
            for (const QString& statement : migration.statementsFor(m_dialect)) {
                if (auto s = execStatement(statement); !s)
                    return s;
            }
            if (auto s = execStatement(m_dialect.writeVersionSql(migration.version)); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return makeError(status.error().code,
            tr("PeerRadar could not update %1 to file version %2. Nothing was changed.")
                .arg(displayName(), QString::number(failedVersion)),
            status.error().message + u' ' + status.error().detail);
    return {};
}

Status Database::transaction(const std::function<Status()>& work)
{
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("sp%1").arg(m_transactionDepth);
    if (auto begin = execStatement(outermost ? m_dialect.beginTransaction() : QStringLiteral("SAVEPOINT ") + savepoint);
        !begin)
        return begin;
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (status) {
        status = execStatement(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (status)
            return status;
    }
    QSqlQuery rollback(m_db);
    if (outermost) {
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        rollback.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        rollback.exec(QStringLiteral("RELEASE ") + savepoint);
    }
    return status;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    // A server connection the driver found closed (listening for notices) ran nothing since: reconnect.
    if (m_dialect.isPostgres() && !m_connectionLost && m_db.driver() && !m_db.driver()->isOpen())
        m_connectionLost = true;
    if (m_connectionLost && m_transactionDepth == 0) {
        if (auto status = reconnectIfLost(); !status)
            return status.error();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (values.isEmpty() && m_dialect.isPostgres()) {
        // PostgreSQL cannot PREPARE utility statements (BEGIN, SAVEPOINT, CREATE…), and a statement
        // without values gains nothing from it: one round trip instead of three.
        if (!query.exec(sql))
            return errorFrom(query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query.lastError());
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return errorFrom(query.lastError());
    return query;
}

Status Database::execStatement(const QString& sql, const QVariantList& values) const
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    return {};
}

Error Database::errorFrom(const QSqlError& error) const
{
    if (m_dialect.isPostgres())
        return serverErrorFrom(error);
    const QString file = nativeName(m_path);
    const QString detail = error.text();
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return makeError(ErrorCode::Locked,
            tr("%1 is busy: another program is saving to it. Wait a moment and try again; nothing you entered "
               "was lost.")
                .arg(file),
            detail);
    case SqliteReadOnly:
        return makeError(ErrorCode::ReadOnly,
            tr("%1 is read-only: PeerRadar cannot save changes to it.").arg(file), detail);
    case SqliteFull:
        return makeError(ErrorCode::Io,
            tr("The disk holding %1 is full. Free some space and try again; nothing you entered was lost.")
                .arg(file),
            detail);
    case SqliteIoErr:
    case SqliteCantOpen:
        return makeError(ErrorCode::Io,
            tr("PeerRadar could not read or write %1. Check that the disk is available and try again.").arg(file),
            detail);
    case SqliteCorrupt:
        return makeError(ErrorCode::Corrupt,
            tr("%1 is damaged and cannot be read. Open a backup copy of it; PeerRadar left the file unchanged.")
                .arg(file),
            detail);
    case SqliteNotADb:
        return makeError(ErrorCode::NotPeerRadar,
            tr("%1 is not a PeerRadar file. PeerRadar left it unchanged; open a file that PeerRadar created.")
                .arg(file),
            detail);
    case SqliteInterrupt: // sqlite::interrupter(): the work was superseded
        return makeError(ErrorCode::Cancelled, tr("The search was stopped."), detail);
    case SqliteConstraint:
        return makeError(ErrorCode::Invalid, tr("This change conflicts with data already in the file."), detail);
    default:
        return makeError(ErrorCode::Internal,
            tr("PeerRadar met an unexpected database error with %1.").arg(file), detail);
    }
}

std::optional<Database::ContentVersion> Database::contentVersion()
{
    // A server has no such counter (others' commits are not announced): nothing may be cached.
    const QString sql = m_dialect.changeCounterSql();
    if (m_transactionDepth > 0 || sql.isEmpty())
        return std::nullopt;
    if (!m_versionQuery) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return std::nullopt;
        m_versionQuery = std::move(query);
    }
    std::optional<ContentVersion> version;
    if (m_versionQuery->exec() && m_versionQuery->next())
        version = ContentVersion { m_versionQuery->value(0).toLongLong(), m_versionQuery->value(1).toLongLong() };
    // A statement left stepping would keep its read snapshot open: later commits of others would
    // stay invisible to this connection (and to data_version), and the log could not be checkpointed.
    m_versionQuery->finish();
    return version;
}

QStringList Database::integrityProblems()
{
    QStringList problems;
    // SQLite is asked about its pages and foreign keys; a server checks both on every write.
    if (!m_dialect.isPostgres()) {
        if (auto q = exec(QStringLiteral("PRAGMA integrity_check")); q) {
            while (q->next()) {
                const QString line = q->value(0).toString();
                if (line != QLatin1String("ok"))
                    problems << tr("SQLite integrity: %1").arg(line);
            }
        } else {
            problems << q.error().message;
            return problems;
        }
        if (auto q = exec(QStringLiteral("PRAGMA foreign_key_check")); q) {
            while (q->next())
                problems << tr("Table %1 row %2 refers to a missing row of %3.")
                                .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
        }
    }
    const std::pair<QString, const char*> checks[] = {
        { QStringLiteral("SELECT count(*) FROM observations WHERE impact NOT BETWEEN 1 AND 5"),
            QT_TRANSLATE_NOOP("peerradar::Database", "%1 observations have an impact outside 1–5.") },
        { QStringLiteral("SELECT count(*) FROM observations WHERE ") + m_dialect.badDateCondition(QStringLiteral("observed_on")),
            QT_TRANSLATE_NOOP("peerradar::Database", "%1 observations have a date that is not YYYY-MM-DD.") },
        { QStringLiteral("SELECT CASE WHEN (SELECT count(*) FROM frameworks WHERE active = 1) = 1 THEN 0 ELSE 1 END"),
            QT_TRANSLATE_NOOP("peerradar::Database", "There must be exactly one active framework (check %1 failed).") },
        { QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('k', 'k_notes') AND ")
                + m_dialect.integerValue(QStringLiteral("value")) + QStringLiteral(" < 2"),
            QT_TRANSLATE_NOOP("peerradar::Database", "%1 anonymity thresholds are below 2.") },
    };
    for (const auto& [sql, message] : checks) {
        auto q = exec(sql);
        if (!q) {
            problems << q.error().message + u' ' + q.error().detail;
            continue;
        }
        const qint64 count = q->next() ? q->value(0).toLongLong() : 0;
        if (count > 0)
            problems << tr(message).arg(count);
    }
    return problems;
}

} // namespace peerradar
