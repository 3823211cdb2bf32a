// The attacks a red team made on the server's rules with psql (session 10), each refused: a removed
// person's login, a DBA's login outside the group, helper functions and sequences called by hand,
// dates that are no days, ids ahead of the server's, overlapping profile periods, pooled notes
// labelled with a hidden group. Each test fails on the rules before the fix. The rules themselves:
// tst_server_rules. Needs the test server: PEERRADAR_TEST_PG_URL; else skipped.

#include "ServerOrganisation.h"
#include "storage/ObservationRepository.h"

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

class TestServerAttacks : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerOrganisation> m_org;
    Database* m_owner = nullptr;

    QString cycleStart() { return m_org->latestCycleStart(); }
    QString cycleEnd() { return m_org->latestCycleEnd(); }

    Result<Id> logAs(Database& db, const Person& observer)
    {
        Observation o;
        o.observerId = observer.id;
        o.subjectId = m_org->stranger.id;
        o.behaviorId = scalar(*m_owner,
            u"SELECT min(b.id) FROM behaviors b JOIN frameworks f ON f.id = b.framework_id WHERE f.active = 1"_s);
        o.date = QDate(2026, 6, 30);
        o.impact = 3;
        o.note.situation = u"Attack"_s;
        return ObservationRepository(db).log(o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        skipWithoutTestServer();
        m_org = std::make_unique<ServerOrganisation>();
        m_owner = &m_org->owner();
    }
    void cleanupTestCase() { m_org.reset(); }

    void removedPersonsLogin_readsNoProfileNorOrgChart_data();
    void removedPersonsLogin_readsNoProfileNorOrgChart();
    void loginOutsideTheGroup_isNotTheOwner();
    void helpers_notCallableByALogin_data();
    void helpers_notCallableByALogin();
    void observedOn_onlyARealDayNoLaterThanTomorrow_data();
    void observedOn_onlyARealDayNoLaterThanTomorrow();
    void insert_serverNumbersAndStampsNewRows();
    void undo_putsBackADeletedRowWithItsId();
    void period_nonHrOnlyACycleNoOtherOverlaps_data();
    void period_nonHrOnlyACycleNoOtherOverlaps();
    void pooledNote_labelledWithThePoolsKey();
};

void TestServerAttacks::removedPersonsLogin_readsNoProfileNorOrgChart_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("profile") << u"SELECT count(*) FROM pr_profile_groups(?, ?, ?)"_s;
    QTest::newRow("notes") << u"SELECT count(*) FROM pr_profile_notes(?, ?, ?)"_s;
    QTest::newRow("leniency") << u"SELECT count(*) FROM pr_profile_leniency(?, ?, ?)"_s;
    QTest::newRow("org chart") << u"SELECT pr_rater_group(?, 1) || ? || ?"_s;
}

void TestServerAttacks::removedPersonsLogin_readsNoProfileNorOrgChart()
{
    // HR marks a person as left: their login stays, with no person behind it (pr_current_person()
    // is NULL, and NULL must never let anything through).
    QFETCH(QString, statement);
    Person leaver;
    leaver.name = u"Leaving Soon"_s;
    leaver.email = u"leaving.soon.%1@example.org"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    auto id = PeopleRepository(*m_owner).add(leaver);
    PR_VERIFY_OK(id);
    leaver.id = *id;
    PR_VERIFY_OK(ServerSetup::createAccount(*m_owner, leaver.email, serverTestPassword, m_org->loginOf(leaver)));
    PR_VERIFY_OK(m_owner->execStatement(
        u"UPDATE people SET removed_at = '2026-07-01T00:00:00.000Z' WHERE id = ?"_s, { leaver.id }));
    auto gone = m_org->connectAs(leaver);
    auto q = gone->exec(statement, { m_org->member.id, cycleStart(), cycleEnd() });
    QVERIFY(!q);
    QCOMPARE(q.error().code, ErrorCode::Denied);
}

void TestServerAttacks::loginOutsideTheGroup_isNotTheOwner()
{
    // A DBA lets a monitoring login connect, and even lets it call the profile function: it is not
    // the owner, has no person, and gets no profile (it was served any window, one day included).
    const QString monitor = m_org->server().name() + u"_monitor"_s;
    const QString database = m_org->server().name();
    QVERIFY(adminExec(u"CREATE ROLE %1 LOGIN"_s.arg(monitor)));
    QVERIFY(adminExec(u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(database, monitor)));
    QVERIFY(adminExec(
        u"GRANT EXECUTE ON FUNCTION pr_sees_everything(), pr_profile_groups(bigint, text, text) TO %1"_s.arg(monitor),
        database));
    QVERIFY(adminExec(u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(monitor), database));
    QVERIFY(adminExec(u"GRANT SELECT ON peerradar_schema TO %1"_s.arg(monitor), database));
    {
        auto db = Database::open(m_org->server().urlAs(monitor));
        PR_VERIFY_OK(db);
        QCOMPARE(scalar(**db, u"SELECT CAST(pr_sees_everything() AS int)"_s), 0);
        auto q = (*db)->exec(u"SELECT count(*) FROM pr_profile_groups(?, '2026-03-02', '2026-03-02')"_s,
            { m_org->member.id });
        QVERIFY(!q);
        QCOMPARE(q.error().code, ErrorCode::Denied);
    }
    QVERIFY(adminExec(u"DROP OWNED BY %1"_s.arg(monitor), database));
    QVERIFY(adminExec(u"REVOKE CONNECT ON DATABASE %1 FROM %2"_s.arg(database, monitor)));
    QVERIFY(adminExec(u"DROP ROLE %1"_s.arg(monitor)));
    // The owner still is.
    QCOMPARE(scalar(*m_owner, u"SELECT CAST(pr_sees_everything() AS int)"_s), 1);
}

void TestServerAttacks::helpers_notCallableByALogin_data()
{
    // Only what the program calls (and the row rules call in a login's name) is a login's to call.
    QTest::addColumn<QString>("statement");
    QTest::newRow("org chart") << u"SELECT pr_rater_group(1, 2)"_s;
    QTest::newRow("a setting") << u"SELECT pr_setting('k', 3)"_s;
    QTest::newRow("period probe") << u"SELECT pr_check_period(1, '2000-01-01', '2100-01-01')"_s;
    QTest::newRow("who sees whom") << u"SELECT pr_may_see_profile(1)"_s;
    QTest::newRow("logging rate") << u"SELECT nextval('observations_id_seq')"_s;
    QTest::newRow("logging rate, current") << u"SELECT last_value FROM observations_id_seq"_s;
}

void TestServerAttacks::helpers_notCallableByALogin()
{
    QFETCH(QString, statement);
    auto member = m_org->connectAs(m_org->member);
    auto q = member->exec(statement);
    QVERIFY(!q);
    QCOMPARE(q.error().code, ErrorCode::Denied);
    // The program's own insert still numbers its row without the sequence's rights.
    PR_VERIFY_OK(logAs(*member, m_org->member));
}

void TestServerAttacks::observedOn_onlyARealDayNoLaterThanTomorrow_data()
{
    QTest::addColumn<bool>("asHr");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("accepted");
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QString later = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    QTest::newRow("member: no date") << false << u"zzzz"_s << false;
    QTest::newRow("member: no day") << false << u"2026-02-30"_s << false;
    QTest::newRow("member: another format") << false << u"2026-6-1"_s << false;
    QTest::newRow("member: in three days") << false << later << false;
    QTest::newRow("member: 2099") << false << u"2099-01-01"_s << false;
    QTest::newRow("member: tomorrow") << false << tomorrow << true;
    QTest::newRow("member: a past day") << false << u"2026-05-01"_s << true;
    QTest::newRow("HR: no date") << true << u"zzzz"_s << false;
    QTest::newRow("HR: no day") << true << u"2026-02-30"_s << false;
    QTest::newRow("HR: a past day") << true << u"2026-05-01"_s << true;
}

void TestServerAttacks::observedOn_onlyARealDayNoLaterThanTomorrow()
{
    // 'zzzz' would be every profile's end (a refused whole history for everyone); 2099 moves it.
    QFETCH(bool, asHr);
    QFETCH(QString, date);
    QFETCH(bool, accepted);
    auto member = m_org->connectAs(m_org->member);
    auto id = logAs(*member, m_org->member);
    PR_VERIFY_OK(id);
    auto writer = asHr ? m_org->connectAs(m_org->hr) : std::move(member);
    const Status s = writer->execStatement(u"UPDATE observations SET observed_on = ? WHERE id = ?"_s, { date, *id });
    QCOMPARE(bool(s), accepted);
    QCOMPARE(text(*m_owner, u"SELECT observed_on FROM observations WHERE id = ?"_s, { *id }),
        accepted ? date : u"2026-06-30"_s);
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM observations WHERE id = ?"_s, { *id }));
}

void TestServerAttacks::insert_serverNumbersAndStampsNewRows()
{
    // An id ahead of the server's would make HR's next ordinary insert fail; a member's new row
    // gets a visible note and the server's time, whatever the statement says.
    auto member = m_org->connectAs(m_org->member);
    const qint64 ahead = scalar(*m_owner, u"SELECT last_value + 3 FROM observations_id_seq"_s);
    const Status chosen = member->execStatement(
        u"INSERT INTO observations (id, uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
        "created_at) SELECT ?, 'chosen-id', ?, ?, min(id), '2026-06-30', 3, 'other', '2026-06-30T00:00:00.000Z' "
        "FROM behaviors"_s,
        { ahead, m_org->member.id, m_org->stranger.id });
    QVERIFY(!chosen);
    QCOMPARE(chosen.error().code, ErrorCode::Denied);
    auto hr = m_org->connectAs(m_org->hr);
    for (int i = 0; i < 4; ++i)
        PR_VERIFY_OK(logAs(*hr, m_org->hr));
    PR_VERIFY_OK(member->execStatement(
        u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
        "note_hidden, created_at) SELECT 'stamped', ?, ?, min(id), '2026-06-30', 3, 'other', 1, "
        "'2020-01-01T00:00:00.000Z' FROM behaviors"_s,
        { m_org->member.id, m_org->stranger.id }));
    QCOMPARE(scalar(*m_owner, u"SELECT note_hidden FROM observations WHERE uuid = 'stamped'"_s), 0);
    const QString createdAt = text(*m_owner, u"SELECT created_at FROM observations WHERE uuid = 'stamped'"_s);
    const QDateTime stamped = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    QVERIFY2(stamped.isValid() && qAbs(stamped.secsTo(QDateTime::currentDateTimeUtc())) < 600, qPrintable(createdAt));
}

void TestServerAttacks::undo_putsBackADeletedRowWithItsId()
{
    // The program's undo of a delete inserts the row again with its id: one the server gave out.
    auto member = m_org->connectAs(m_org->member);
    ObservationRepository observations(*member);
    auto id = logAs(*member, m_org->member);
    PR_VERIFY_OK(id);
    auto removed = observations.remove(*id, m_org->member);
    PR_VERIFY_OK(removed);
    PR_VERIFY_OK(observations.restore(*removed));
    QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM observations WHERE id = ? AND uuid = ?"_s, { *id, removed->uuid }), 1);
}

void TestServerAttacks::period_nonHrOnlyACycleNoOtherOverlaps_data()
{
    // Overlapping periods difference out a group hidden in only one of them.
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("cycles"); // "demo", "overlapped" (a cycle across the latest's end), "none"
    QTest::addColumn<QString>("period"); // "cycle" (the latest), "whole", "window"
    QTest::addColumn<bool>("served");
    QTest::newRow("member, a cycle") << u"member"_s << u"demo"_s << u"cycle"_s << true;
    QTest::newRow("member, whole history while there are cycles") << u"member"_s << u"demo"_s << u"whole"_s << false;
    QTest::newRow("manager, whole history while there are cycles") << u"manager"_s << u"demo"_s << u"whole"_s << false;
    QTest::newRow("manager, a cycle") << u"manager"_s << u"demo"_s << u"cycle"_s << true;
    QTest::newRow("member, a cycle another overlaps") << u"member"_s << u"overlapped"_s << u"cycle"_s << false;
    QTest::newRow("member, whole history, no cycle") << u"member"_s << u"none"_s << u"whole"_s << true;
    QTest::newRow("member, a window, no cycle") << u"member"_s << u"none"_s << u"window"_s << false;
    QTest::newRow("HR, a window") << u"hr"_s << u"overlapped"_s << u"window"_s << true;
    QTest::newRow("HR, whole history while there are cycles") << u"hr"_s << u"demo"_s << u"whole"_s << true;
    QTest::newRow("HR, a cycle another overlaps") << u"hr"_s << u"overlapped"_s << u"cycle"_s << true;
}

void TestServerAttacks::period_nonHrOnlyACycleNoOtherOverlaps()
{
    QFETCH(QString, who);
    QFETCH(QString, cycles);
    QFETCH(QString, period);
    QFETCH(bool, served);
    const Person viewer = who == u"hr"_s ? m_org->hr : who == u"manager"_s ? m_org->manager : m_org->member;
    const Person subject = who == u"manager"_s ? m_org->report : m_org->member;
    const QString from = period == u"cycle"_s ? cycleStart()
        : period == u"whole"_s
        ? text(*m_owner, u"SELECT min(observed_on) FROM observations WHERE subject_id = ?"_s, { subject.id })
        : u"2026-03-01"_s;
    const QString to = period == u"cycle"_s ? cycleEnd() : period == u"whole"_s ? u"2100-01-01"_s : u"2026-03-31"_s;
    if (cycles == u"overlapped"_s)
        PR_VERIFY_OK(m_owner->execStatement(u"INSERT INTO cycles (uuid, name, starts_on, ends_on) VALUES "
                                            "('overlap', 'Summer', '2026-06-01', '2026-07-31')"_s));
    if (cycles == u"none"_s)
    {
        PR_VERIFY_OK(m_owner->execStatement(u"CREATE TABLE saved_cycles AS SELECT * FROM cycles"_s));
        PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM cycles"_s));
    }
    auto db = m_org->connectAs(viewer);
    for (const QString& function : { u"pr_profile_groups"_s, u"pr_profile_notes"_s }) {
        auto q = db->exec(u"SELECT count(*) FROM %1(?, ?, ?)"_s.arg(function), { subject.id, from, to });
        QVERIFY2(bool(q) == served, qPrintable(function));
        if (!served)
            QCOMPARE(q.error().code, ErrorCode::Denied);
    }
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM cycles WHERE uuid = 'overlap'"_s));
    if (cycles == u"none"_s)
    {
        PR_VERIFY_OK(m_owner->execStatement(u"INSERT INTO cycles SELECT * FROM saved_cycles"_s));
        PR_VERIFY_OK(m_owner->execStatement(u"DROP TABLE saved_cycles"_s));
    }
}

void TestServerAttacks::pooledNote_labelledWithThePoolsKey()
{
    // A note in the pool 'peer+other' says so, as the core labels it, never 'peer' (which the pool
    // hides): for every person's whole history, as HR.
    auto hr = m_org->connectAs(m_org->hr);
    auto q = hr->exec(
        u"SELECT count(*) FILTER (WHERE n.rater_group LIKE '%+%'), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "
        "pr_profile_groups(p.id, '2000-01-01', '2100-01-01') g WHERE g.behavior_id = n.behavior_id AND g.state = "
        "'shown' AND ((g.slot = n.rater_group AND g.notes_visible) OR (g.slot = 'pool' AND g.pooled_into = "
        "n.rater_group)))) FROM people p, LATERAL pr_profile_notes(p.id, '2000-01-01', '2100-01-01') n"_s);
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QVERIFY2(q->value(0).toLongLong() > 0, "some notes must be pooled for this test to mean anything");
    QCOMPARE(q->value(1).toLongLong(), 0);
}

QTEST_GUILESS_MAIN(TestServerAttacks)
#include "tst_server_attacks.moc"
