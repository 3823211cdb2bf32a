// Many people at once on one PostgreSQL server: twenty clients logging and importing at the same
// time lose nothing and see each other's entries; a dropped connection gives a clear error and the
// next action connects again; each connection hears of the others' commits (change notices,
// resources/sql/server_notify.sql), also after a reconnect. Needs the test server (PEERRADAR_TEST_PG_URL).

#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "io/OrgCsv.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerSetup.h"

#include <QBuffer>
#include <QSqlQuery>

#include <atomic>
#include <barrier>
#include <cstdlib>
#include <thread>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

class TestServerWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twentyClients_loggingAndImporting_loseNothingAndSeeEachOther();
    void droppedConnection_saysSoKeepsNothingHalfAndReconnects();
    void changeNotices_othersCommitsHeard_ownAndRolledBackNot_alsoAfterReconnect();
};

void TestServerWriters::initTestCase()
{
    if (serverAdminUrl().isEmpty()) {
        std::fputs("skipped: PEERRADAR_TEST_PG_URL is not set (scripts/pg-test-server.sh start)\n", stderr);
        std::exit(77);
    }
}

void TestServerWriters::twentyClients_loggingAndImporting_loseNothingAndSeeEachOther()
{
    ServerDatabase server;
    QStringList emails;
    Id behavior = 0;
    QString behaviorKey;
    {
        auto owner = ServerSetup::initialise(server.url());
        PR_VERIFY_OK(owner);
        DemoOptions options;
        options.people = 25;
        options.observations = 0;
        PR_VERIFY_OK(generateDemoOrganisation(**owner, options));
        auto people = PeopleRepository(**owner).all();
        PR_VERIFY_OK(people);
        for (const Person& p : *people)
            emails << p.email;
        auto framework = FrameworkRepository(**owner).active();
        PR_VERIFY_OK(framework);
        behavior = framework->behaviors.front().id;
        behaviorKey = framework->behaviors.front().key;
        // Each client logs in as its own person, so the server's rules are in force as well.
        for (int c = 0; c < 20; ++c)
            PR_VERIFY_OK(ServerSetup::createAccount(**owner, emails.at(c), u"password%1"_s.arg(c)));
    }
    constexpr int clients = 20, importers = 5, logsPerClient = 15, rowsPerImport = 200;
    std::barrier start(clients), finished(clients);
    std::atomic<int> failures { 0 };
    QStringList errors(clients);
    std::vector<qint64> seen(clients, 0);
    std::vector<char> isHr(clients, 0); // not vector<bool>: each thread writes its own element
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto db = Database::open(server.urlAs(emails.at(c)));
            auto me = db ? PeopleRepository(**db).byEmail(emails.at(c)) : Result<Person>(db.error());
            isHr[c] = me && me->role == Role::Hr;
            start.arrive_and_wait();
            if (!db || !me) {
                errors[c] = db ? me.error().detail : db.error().detail;
                ++failures;
                finished.arrive_and_wait();
                return;
            }
            if (c < importers) {
                // An import of observations this person made (the server lets them import only those).
                QByteArray csv
                    = "date,observer_email,subject_email,behavior,impact,situation,action,result\n";
                for (int r = 0; r < rowsPerImport; ++r)
                    csv += QStringLiteral("2026-05-%1,%2,%3,%4,%5,import %6.%7,,\n")
                               .arg(1 + r % 28, 2, 10, QLatin1Char('0'))
                               .arg(emails.at(c), emails.at((c + 1 + r % 20) % 25), behaviorKey)
                               .arg(1 + r % 5)
                               .arg(c)
                               .arg(r)
                               .toUtf8();
                QBuffer buffer(&csv);
                buffer.open(QIODevice::ReadOnly);
                const ImportOutcome outcome = importObservationsCsv(**db, &buffer);
                if (!outcome.ok()) {
                    errors[c] = outcome.error->message + outcome.error->detail;
                    ++failures;
                }
            } else {
                for (int i = 0; i < logsPerClient; ++i) {
                    Observation o;
                    o.observerId = me->id;
                    o.subjectId = PeopleRepository(**db).byEmail(emails.at((c + 1 + i) % 25))->id;
                    o.behaviorId = behavior;
                    o.date = QDate(2026, 6, 1 + i);
                    o.impact = 1 + i % 5;
                    o.note.situation = u"log %1.%2"_s.arg(c).arg(i);
                    if (auto id = ObservationRepository(**db).log(o); !id) {
                        errors[c] = id.error().message + id.error().detail;
                        ++failures;
                    }
                }
            }
            finished.arrive_and_wait();
            // Everybody's entries are in; what each client may read of them is decided by the server.
            seen[c] = scalar(**db, u"SELECT count(*) FROM observations"_s);
        });
    }
    for (std::thread& t : threads)
        t.join();
    QVERIFY2(failures == 0, qPrintable(errors.join(u"; "_s)));
    auto owner = Database::open(server.url());
    PR_VERIFY_OK(owner);
    const qint64 expected = importers * rowsPerImport + (clients - importers) * logsPerClient;
    QCOMPARE(scalar(**owner, u"SELECT count(*) FROM observations"_s), expected);
    QCOMPARE(scalar(**owner, u"SELECT count(DISTINCT situation) FROM observations"_s), expected);
    QCOMPARE(scalar(**owner, u"SELECT count(DISTINCT uuid) FROM observations"_s), expected);
    // Each client reads exactly what it wrote (HR: everything), however the writes interleaved.
    for (int c = 0; c < clients; ++c)
        QCOMPARE(seen[c], isHr[c] ? expected : qint64(c < importers ? rowsPerImport : logsPerClient));
    // And an HR login sees everybody's at once.
    const qint64 hrId = scalar(**owner, u"SELECT min(id) FROM people WHERE role = 'hr'"_s);
    auto hrPerson = PeopleRepository(**owner).byId(hrId);
    PR_VERIFY_OK(hrPerson);
    PR_VERIFY_OK(ServerSetup::createAccount(**owner, hrPerson->email, u"password-hr"_s));
    auto hr = Database::open(server.urlAs(hrPerson->email));
    PR_VERIFY_OK(hr);
    QCOMPARE(scalar(**hr, u"SELECT count(*) FROM observations"_s), expected);
}

void TestServerWriters::droppedConnection_saysSoKeepsNothingHalfAndReconnects()
{
    ServerDatabase server;
    auto db = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(db);
    DemoOptions options;
    options.people = 10;
    options.observations = 50;
    PR_VERIFY_OK(generateDemoOrganisation(**db, options));
    const qint64 before = scalar(**db, u"SELECT count(*) FROM observations"_s);
    Observation o;
    o.observerId = 2;
    o.subjectId = 3;
    o.behaviorId = scalar(**db,
        u"SELECT min(b.id) FROM behaviors b JOIN frameworks f ON f.id = b.framework_id WHERE f.active = 1"_s);
    o.date = QDate(2026, 6, 1);
    o.impact = 3;
    o.note.situation = u"typed before the network went"_s;
    // The server ends the connection (a restart, a network cut) while the form is being filled in.
    const qint64 pid = scalar(**db, u"SELECT pg_backend_pid()"_s);
    QVERIFY(pid > 0);
    QVERIFY(adminExec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));
    const Observation unsaved = o;
    auto lost = ObservationRepository(**db).log(o);
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, ErrorCode::ConnectionLost);
    QVERIFY(lost.error().message.contains(u"nothing you entered was lost"_s));
    QCOMPARE(o.note.situation, unsaved.note.situation); // the caller's form data is untouched
    // Saving again connects afresh and stores it once.
    auto saved = ObservationRepository(**db).log(o);
    PR_VERIFY_OK(saved);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM observations"_s), before + 1);
}

void TestServerWriters::changeNotices_othersCommitsHeard_ownAndRolledBackNot_alsoAfterReconnect()
{
    ServerDatabase server;
    auto listener = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(listener);
    auto other = Database::open(server.url());
    PR_VERIFY_OK(other);
    Database& a = **listener;
    Database& b = **other;
    const std::optional<qint64> start = a.othersChangeCount(); // starts listening
    QVERIFY(start);
    const auto heard = [&] { return a.othersChangeCount().value_or(-1) - *start; };
    // Settings, people and teams count as much as observations: every table the views show.
    PR_VERIFY_OK(b.execStatement(u"UPDATE settings SET value = '4' WHERE key = 'k'"_s));
    QTRY_COMPARE(heard(), 1);
    // One transaction of many statements on several tables: one notice, at its commit.
    PR_VERIFY_OK(b.transaction([&]() -> Status {
        for (int i = 0; i < 3; ++i) {
            Person p;
            p.name = u"Person %1"_s.arg(i);
            p.email = u"p%1@example.org"_s.arg(i);
            if (auto id = PeopleRepository(b).add(p); !id)
                return id.error();
        }
        Team team;
        team.name = u"Platform"_s;
        if (auto s = PeopleRepository(b).addTeam(team); !s)
            return s.error();
        QTest::qWait(300);
        return heard() == 1 ? Status {} : makeError(ErrorCode::Internal, u"heard before the commit"_s);
    }));
    QTRY_COMPARE(heard(), 2);
    QTest::qWait(300);
    QCOMPARE(heard(), 2);
    // Rolled back: nothing to hear. Its own changes: nothing either.
    PR_VERIFY_OK(b.execStatement(u"BEGIN"_s));
    PR_VERIFY_OK(b.execStatement(u"DELETE FROM settings WHERE key = 'paper'"_s));
    PR_VERIFY_OK(b.execStatement(u"ROLLBACK"_s));
    PR_VERIFY_OK(a.execStatement(u"UPDATE settings SET value = '5' WHERE key = 'k'"_s));
    QTest::qWait(500);
    QCOMPARE(heard(), 2);
    // A read-only statement changes nothing.
    QCOMPARE(scalar(b, u"SELECT count(*) FROM people"_s), 3);
    QTest::qWait(300);
    QCOMPARE(heard(), 2);

    // The server ends the listener's connection: nothing is heard until its next statement
    // reconnects (at once: the driver saw the connection end, so that statement was never sent);
    // that counts as a change (what was missed is unknown), and it listens again.
    QVERIFY(adminExec(u"SELECT pg_terminate_backend(%1)"_s.arg(scalar(a, u"SELECT pg_backend_pid()"_s))));
    PR_VERIFY_OK(b.execStatement(u"UPDATE settings SET value = '3' WHERE key = 'k'"_s));
    QTRY_COMPARE(a.othersChangeCount(), std::nullopt);
    QCOMPARE(scalar(a, u"SELECT value FROM settings WHERE key = 'k'"_s), 3); // reconnected
    QCOMPARE(heard(), 3);
    PR_VERIFY_OK(b.execStatement(u"UPDATE settings SET value = '4' WHERE key = 'k'"_s));
    QTRY_COMPARE(heard(), 4);
}

QTEST_GUILESS_MAIN(TestServerWriters)
#include "tst_server_writers.moc"
