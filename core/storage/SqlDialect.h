#pragma once

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace peerradar {

// Everything PeerRadar's SQL says differently to SQLite and to PostgreSQL, in one place. The rest of
// the storage layer writes portable SQL (standard types, ON CONFLICT upserts, savepoints) and asks
// this class only for what cannot be portable. Each answer is a fixed string chosen once per
// connection, so the SQLite path pays nothing per row.
class SqlDialect final
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Backend backend = Backend::Sqlite) : m_backend(backend) { }

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    QString driverName() const; // the Qt Sql driver

    // Opens the outermost transaction. SQLite takes the write lock at once (IMMEDIATE), so a busy
    // file says so before any work is done; PostgreSQL locks rows as they are written.
    QString beginTransaction() const;

    // `expression` for ORDER BY, compared without regard to the case of ASCII letters only, then by
    // code point: SQLite's NOCASE, and the same order on PostgreSQL whatever the server's locale.
    QString caseInsensitive(const QString& expression) const;
    // The operator of a contains-search that ignores the case of ASCII letters (SQLite's LIKE).
    QString likeOperator() const;

    // The LIKE pattern (with ESCAPE '\\') for a text that contains `text` taken literally.
    static QString containsPattern(const QString& text);

    // The condition that the note of the observation `o` matches what a person typed into a search,
    // with its values appended to `values`. A file asks its word index (note_search, schema version 5):
    // every word typed begins a word of the note, in any order and field, case and accents aside
    // ("white board" finds "Whiteboard session on the board"). A server reads the notes: the text
    // typed is contained in one field, ASCII case aside. False when nothing searchable was typed.
    QString noteMatches(const QString& text, QVariantList& values) const;
    // A file's query of the ids of the observations whose note matches `text` as noteMatches() says,
    // from the word index alone; empty on a server and when nothing searchable was typed.
    QString noteMatchIds(const QString& text, QVariantList& values) const;

    // Appended to an INSERT whose new id is wanted; read it with insertedId() after exec().
    QString returningId() const;
    qint64 insertedId(QSqlQuery& query) const;

    // A statement of a migration (written in the shared schema subset: INTEGER PRIMARY KEY,
    // INTEGER, TEXT, CHECK, REFERENCES, UNIQUE, CREATE INDEX, ALTER TABLE ADD COLUMN) as this
    // backend runs it. On PostgreSQL: identity columns, 64-bit integers (qint64 ids), and text
    // compared byte by byte (COLLATE "C"), as SQLite does, so both sort the same.
    QString schemaStatement(const QString& statement) const;
    // All statements of one migration, each through schemaStatement(). PostgreSQL also refuses a
    // REFERENCES to a table created further down (SQLite checks only when rows are written): such a
    // foreign key (teams.manager_id → people) is added by an ALTER TABLE after the last statement.
    QStringList schemaStatements(const QStringList& migration) const;

    // Statements run on every new connection before anything else: SQLite's pragmas (foreign keys,
    // full durability, memory for temporary data, cache size; its busy timeout is a connection
    // option). None of them writes to the file. On a server: how long a statement waits for a lock
    // another connection holds before it fails as busy (SQLSTATE 55P03), instead of for ever; and
    // sessionSchemaSql().
    QStringList connectionSetupStatements(int busyTimeoutMs) const;
    // On a server, for a login bound by its rules: has the server make the session's views of the
    // tables' names (pr_open_session() of resources/sql/server_api.sql), which the session's own
    // temporary schema puts before the tables, so that every statement of the program reads and
    // writes through them. The owner keeps the tables; a database without the API, or a login not
    // let into it, is left as it is. Run again when the program learns of a change (a role may have).
    static QString sessionSchemaSql();

    // Where the schema version is kept: SQLite's header (PRAGMA application_id, user_version), a
    // one-row table on PostgreSQL, created by versionTableStatements(). The first query gives the
    // application id, the second the version; any further query must merely succeed (SQLite reads
    // its schema, so that a damaged file fails here).
    QStringList readIdentityQueries() const;
    QStringList versionTableStatements(qint32 applicationId) const;
    QString writeVersionSql(int version) const;

    // A query whose two figures change whenever the data may have changed: SQLite's data_version
    // (another connection committed) and total_changes() (this one changed rows); empty where there
    // is none, and callers then read afresh each time. Used by Database::contentVersion(); a server
    // announces others' commits instead (Database::othersChangeCount()).
    QString changeCounterSql() const;

    // The date column `column` (YYYY-MM-DD) as its Julian day number, an integer: days between dates
    // without converting text in C++ (a profile reads hundreds of rows).
    QString dayNumber(const QString& column) const;

    // Integrity checks: a condition true for an observation whose date is not YYYY-MM-DD, and the
    // text column `expression` as an integer (0 when it is not a number).
    QString badDateCondition(const QString& column) const;
    QString integerValue(const QString& expression) const;

    // After rows were inserted with explicit ids: later inserts must not collide with them.
    QString resetIdentitySql(const QString& table) const; // empty when nothing is needed

private:
    static QStringList searchWords(const QString& text);
    static QString indexMatchIds(const QStringList& words, QVariantList& values);
    Backend m_backend;
};

} // namespace peerradar
