#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <memory>
#include <optional>

// SQLite's own C API on a connection opened through Qt Sql, for the one place where Qt Sql's cost
// per bound value outweighs the database's work: loading a million observations (Qt formats a
// placeholder name and converts every text to UTF-16 and back for each value). Only the library
// Qt's SQLite driver itself loaded is used, found at run time; where there is none to find (a Qt
// with SQLite built into its driver, another database), available() is false and callers keep to
// Qt Sql. Belongs to core/storage: nothing else may depend on SQLite.
namespace peerradar {

class Database;

namespace sqlite {

// Whether `db` is an SQLite connection whose C API can be reached.
bool available(Database& db);

// Whether SQLite could open `db`'s file for reading only (sqlite3_db_readonly): it quietly falls back
// to that when the file cannot be opened for writing. None when the C API cannot be reached.
std::optional<bool> opensReadOnly(Database& db);

// A function that stops whatever statement `db` is running, from any thread (sqlite3_interrupt):
// the statement fails as interrupted. Empty when the C API cannot be reached. It must not be
// called once `db` is closed.
std::function<void()> interrupter(Database& db);

// One prepared statement that is run many times with new values (an INSERT).
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    // None when available(db) is false; an error when SQLite refuses the statement.
    static Result<std::unique_ptr<Statement>> prepare(Database& db, const QByteArray& sql);
    ~Statement();

    // Values for the next run (1-based, as in SQL). Text is UTF-8 and must stay unchanged until run().
    void bind(int index, qint64 value);
    void bindText(int index, QByteArrayView utf8);
    // Runs the statement once, then clears it for the next values.
    Status run();

private:
    Statement(Database& db, void* statement) : m_db(db), m_statement(statement) { }
    Error error(int code) const;

    Database& m_db;
    void* m_statement = nullptr;
};

} // namespace sqlite
} // namespace peerradar
