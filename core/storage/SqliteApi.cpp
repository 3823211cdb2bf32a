#include "storage/SqliteApi.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

namespace peerradar::sqlite {

namespace {

// The few functions used, with their stable C signatures (sqlite3.h); the opaque sqlite3 and
// sqlite3_stmt pointers are void* here, so that no SQLite headers are needed to build.
struct Api
{
    int (*prepare)(void* db, const char* sql, int bytes, void** statement, const char** tail) = nullptr;
    int (*bindInt64)(void* statement, int index, qint64 value) = nullptr;
    int (*bindText)(void* statement, int index, const char* text, int bytes, void (*destructor)(void*)) = nullptr;
    int (*step)(void* statement) = nullptr;
    int (*reset)(void* statement) = nullptr;
    int (*finalize)(void* statement) = nullptr;
    const char* (*errmsg)(void* db) = nullptr;
    int (*extendedErrcode)(void* db) = nullptr;
    void* (*dbHandle)(void* statement) = nullptr;
    int (*dbReadOnly)(void* db, const char* schema) = nullptr;
    void (*interrupt)(void* db) = nullptr;
};

constexpr int sqliteOk = 0;
constexpr int sqliteDone = 101;

// Resolved once, from the SQLite that Qt's driver itself calls: dladdr on the driver's virtual table
// names the driver plugin, and dlsym on the plugin (already loaded: RTLD_NOLOAD) searches it and the
// libraries it was linked with. A SQLite built into the plugin without exported functions is not
// found, and then the callers use Qt Sql; another SQLite in the process is never taken by mistake.
const Api* g_api = nullptr;

void resolveApi(const QSqlDriver* driver)
{
    static const bool resolved = [driver] {
#ifdef Q_OS_LINUX
        Dl_info info {};
        const void* virtualTable = *reinterpret_cast<void* const*>(driver);
        if (!dladdr(virtualTable, &info) || !info.dli_fname)
            return false;
        void* library = dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            return false;
        static Api functions;
        bool complete = true;
        const auto resolve = [&](auto& function, const char* name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
            complete = complete && function;
        };
        resolve(functions.prepare, "sqlite3_prepare_v2");
        resolve(functions.bindInt64, "sqlite3_bind_int64");
        resolve(functions.bindText, "sqlite3_bind_text");
        resolve(functions.step, "sqlite3_step");
        resolve(functions.reset, "sqlite3_reset");
        resolve(functions.finalize, "sqlite3_finalize");
        resolve(functions.errmsg, "sqlite3_errmsg");
        resolve(functions.extendedErrcode, "sqlite3_extended_errcode");
        resolve(functions.dbHandle, "sqlite3_db_handle");
        resolve(functions.dbReadOnly, "sqlite3_db_readonly");
        resolve(functions.interrupt, "sqlite3_interrupt");
        if (complete)
            g_api = &functions;
        return complete;
#else
        Q_UNUSED(driver);
        return false;
#endif
    }();
    Q_UNUSED(resolved);
}

const Api* api()
{
    return g_api;
}

void* connectionHandle(Database& db)
{
    QSqlDriver* driver = db.connection().driver();
    if (!driver || db.connection().driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    resolveApi(driver);
    return *static_cast<void* const*>(handle.constData());
}

} // namespace

bool available(Database& db)
{
    return connectionHandle(db) && api();
}

std::optional<bool> opensReadOnly(Database& db)
{
    void* handle = connectionHandle(db);
    if (!api() || !handle)
        return std::nullopt;
    const int answer = api()->dbReadOnly(handle, "main");
    return answer < 0 ? std::nullopt : std::optional<bool>(answer == 1);
}

std::function<void()> interrupter(Database& db)
{
    void* handle = connectionHandle(db);
    if (!api() || !handle)
        return {};
    return [handle] { api()->interrupt(handle); };
}

Result<std::unique_ptr<Statement>> Statement::prepare(Database& db, const QByteArray& sql)
{
    void* handle = connectionHandle(db);
    if (!api() || !handle)
        return std::unique_ptr<Statement>();
    void* statement = nullptr;
    const int code = api()->prepare(handle, sql.constData(), int(sql.size()), &statement, nullptr);
    if (code != sqliteOk) {
        api()->finalize(statement);
        return db.errorFrom(QSqlError(QString(), QString::fromUtf8(api()->errmsg(handle)),
            QSqlError::StatementError, QString::number(api()->extendedErrcode(handle))));
    }
    return std::unique_ptr<Statement>(new Statement(db, statement));
}

Statement::~Statement()
{
    api()->finalize(m_statement);
}

void Statement::bind(int index, qint64 value)
{
    api()->bindInt64(m_statement, index, value);
}

void Statement::bindText(int index, QByteArrayView utf8)
{
    // SQLITE_STATIC (a null destructor): SQLite reads the caller's bytes during run().
    api()->bindText(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()), nullptr);
}

Status Statement::run()
{
    const int code = api()->step(m_statement);
    if (code == sqliteDone) {
        api()->reset(m_statement);
        return {};
    }
    const Error failure = error(code); // before the reset, which clears the message
    api()->reset(m_statement);
    return failure;
}

Error Statement::error(int code) const
{
    void* handle = api()->dbHandle(m_statement);
    return m_db.errorFrom(QSqlError(QString(), QString::fromUtf8(api()->errmsg(handle)),
        QSqlError::StatementError, QString::number(code)));
}

} // namespace peerradar::sqlite
