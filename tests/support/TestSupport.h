#pragma once

#include "storage/Database.h"
#include "storage/ObservationRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Shared helpers for the test executables: a fresh database in a temporary folder (or, for the
// server runs, in a new database on the test server), and a way to stop a test with the error's
// message when a core call fails.
namespace peerradar::test {

// Fails the current test function with the error's message when `result` is not ok.
#define PR_VERIFY_OK(expr)                                                                                      \
    do {                                                                                                        \
        const auto& pr_result_ = (expr);                                                                        \
        if (!pr_result_.ok()) {                                                                                 \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2 (%3)")                                               \
                                 .arg(QString::fromLatin1(#expr), pr_result_.error().message,                  \
                                     pr_result_.error().detail)));                                              \
        }                                                                                                       \
    } while (false)

// For a test that is about the SQLite file itself (its bytes, header, pragmas): skipped in the
// server runs.
#define PR_SQLITE_ONLY(db)                                                                                      \
    do {                                                                                                        \
        if ((db).isServer())                                                                                    \
            QSKIP("about the SQLite file itself");                                                              \
    } while (false)

// For a test whose case has no meaning on a server (file permissions, bytes of a file, …): skipped
// in the server runs with `reason`, which says why (and where the server's own case is tested).
#define PR_FILE_ONLY(reason)                                                                                    \
    do {                                                                                                        \
        if (peerradar::test::serverRun())                                                                       \
            QSKIP(reason);                                                                                      \
    } while (false)

// The test server, when this run is one of the server runs: ctest's `<test>_pg` entries set
// PEERRADAR_TEST_BACKEND=postgres, and scripts/pg-test-server.sh's administrator URL is in
// PEERRADAR_TEST_PG_URL. A server run without that URL exits with code 77 (ctest: skipped).
bool serverRun();
QString serverAdminUrl();

// A new, empty database on the test server, dropped (connections and all) with this object.
class ServerDatabase
{
    Q_DISABLE_COPY_MOVE(ServerDatabase)

public:
    ServerDatabase();
    ~ServerDatabase();
    QString url() const { return m_url; }        // as the administrator
    QString name() const { return m_name; }
    QString urlAs(const QString& user) const;     // the same database as another login

private:
    QString m_name;
    QString m_url;
};

// Runs one statement on the test server as the administrator (database `database`, default
// the server's own): for creating and dropping databases and roles in tests.
bool adminExec(const QString& sql, const QString& database = {});

// A new PeerRadar file in its own temporary folder, removed with this object; in a server run, a
// new PeerRadar database on the test server instead, set up with its access rules as
// `peerradar-cli server-init` does (path() is then its URL; the test connects as its owner).
class TempDatabase
{
public:
    TempDatabase();
    QString path() const { return m_path; }
    // As messages name it: "team.peerradar", or the database's name on the server.
    QString name() const;
    QString dir() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    void close() { m_db.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QByteArray fileBytes(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// Logs one observation through the core; its id, or 0 when it was refused.
inline Id logObservation(Database& db, const Person& observer, const Person& subject,
    const Behavior& behavior, int impact, const QDate& date, const QString& situation = {})
{
    Observation o;
    o.observerId = observer.id;
    o.subjectId = subject.id;
    o.behaviorId = behavior.id;
    o.impact = impact;
    o.date = date;
    o.note.situation = situation;
    auto id = ObservationRepository(db).log(o);
    return id ? *id : 0;
}

} // namespace peerradar::test
