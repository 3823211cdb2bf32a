// A determined insider with their own login and psql (issue 12): the query planner counting rows
// the rules hide, change notices naming their sender, rights that follow the org chart but not the
// role, and the observation sequence read through ids and insert errors. Each test fails on the
// rules of version 1 (tests/data/server-rules-v1), where logins read tables under row-level
// security. Needs the test server: PEERRADAR_TEST_PG_URL; else skipped.

#include "ServerOrganisation.h"
#include "domain/Rules.h"
#include "storage/ObservationRepository.h"
#include "storage/ServerAddress.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QRegularExpression>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 firstApiId = qint64(1) << 52; // pr_first_api_id(), resources/sql/server_access.sql

// What EXPLAIN ANALYZE tells the login about `SELECT 1 FROM table WHERE condition`; the refusal's
// code when it is refused. Literal numbers only (EXPLAIN cannot be prepared with bound values).
QString explain(Database& db, const QString& table, const QString& condition)
{
    // As an attacker would: no sequential scans, so that the planner counts along an index.
    if (!db.execStatement(u"SET enable_seqscan = off"_s) || !db.execStatement(u"SET enable_bitmapscan = off"_s))
        return u"<cannot set the planner>"_s;
    auto q = db.exec(u"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT 1 FROM %1 WHERE %2"_s.arg(table, condition));
    if (!q)
        return u"refused (%1)"_s.arg(int(q.error().code));
    // The plan and its counts; the conditions, which echo the query's own constants, left out.
    static const QRegularExpression conditionLine(u"^\\s*(Filter|Index Cond|Recheck Cond|One-Time Filter|Hash Cond|Join Filter):"_s);
    QStringList lines;
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (!conditionLine.match(line).hasMatch())
            lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

class TestServerInsider : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerOrganisation> m_org;
    Database* m_owner = nullptr;
    Person m_leaver; // HR removed them; their login stays
    Id m_behavior = 0;

    const Person& viewer(const QString& who)
    {
        return who == u"member"_s ? m_org->member : who == u"manager"_s ? m_org->manager : m_leaver;
    }

    Result<Id> logAs(Database& db, const Person& observer)
    {
        Observation o;
        o.observerId = observer.id;
        o.subjectId = m_org->stranger.id;
        o.behaviorId = m_behavior;
        o.date = QDate(2026, 6, 30);
        o.impact = 3;
        return ObservationRepository(db).log(o);
    }

    // Whether the server serves `login` the profile of `subject` over the latest cycle.
    bool servesProfile(Database& login, Id subject)
    {
        auto q = login.exec(u"SELECT count(*) FROM pr_profile_groups(?, ?, ?)"_s,
            { subject, m_org->latestCycleStart(), m_org->latestCycleEnd() });
        if (!q && q.error().code != ErrorCode::Denied)
            qWarning("unexpected refusal: %s", qPrintable(q.error().detail));
        return bool(q);
    }

    Person reread(const Person& person) { return *PeopleRepository(*m_owner).byId(person.id); }

private Q_SLOTS:
    void initTestCase()
    {
        skipWithoutTestServer();
        m_org = std::make_unique<ServerOrganisation>();
        m_owner = &m_org->owner();
        m_behavior = scalar(*m_owner,
            u"SELECT min(b.id) FROM behaviors b JOIN frameworks f ON f.id = b.framework_id WHERE f.active = 1"_s);
        m_leaver.name = u"Left Already"_s;
        m_leaver.email = u"left.already@example.org"_s;
        auto id = PeopleRepository(*m_owner).add(m_leaver);
        QVERIFY(id);
        m_leaver.id = *id;
        QVERIFY(ServerSetup::createAccount(*m_owner, m_leaver.email, serverTestPassword, m_org->loginOf(m_leaver)));
        QVERIFY(m_owner->execStatement(
            u"UPDATE people SET removed_at = '2026-07-01T00:00:00.000Z' WHERE id = ?"_s, { m_leaver.id }));
        // HR's activity, which only HR reads.
        QVERIFY(m_owner->execStatement(u"INSERT INTO audit_log (at, actor_id, action, target, detail, uuid) VALUES "
                                       "('2026-06-01T10:00:00.000Z', ?, 'hide-note', 'observation', '', 'audit-insider')"_s,
            { m_org->hr.id }));
    }
    void cleanupTestCase() { m_org.reset(); }

    void explainAnalyze_countsNothingHidden_data();
    void explainAnalyze_countsNothingHidden();
    void tablesAndSequences_noneALogins();
    void largeObjects_notALogins();
    void changes_heardWithoutTheirSender();
    void demotedManager_readsOnlyThemself();
    void memberListedAsTeamManager_readsOnlyThemself();
    void profileRights_serverAgreesWithRules();
    void newObservation_idTellsNothingOfTheSequence();
    void chosenIds_refusedAlikeWhateverTheSequence();
};

void TestServerInsider::explainAnalyze_countsNothingHidden_data()
{
    // Two conditions that select nothing the login may read, one of them matching hidden rows: the
    // planner's report must be the same for both (on the rules of version 1, "Rows Removed by
    // Filter" counted the hidden ones).
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("nothing");
    for (const QString& who : { u"member"_s, u"manager"_s, u"removed"_s }) {
        const QByteArray tag = who.toUtf8();
        QTest::newRow(QByteArray(tag + ", observations").constData()) << who << u"observations"_s << u"observer_id <> %1 AND subject_id = %2"_s
                                              << u"observer_id = -1 AND subject_id = %2"_s;
        QTest::newRow(QByteArray(tag + ", audit_log").constData()) << who << u"audit_log"_s << u"at >= '2026-01-01'"_s << u"at >= '2099-01-01'"_s;
    }
    // A member and a manager read every person: only a removed login has people hidden from it.
    QTest::newRow("removed, people") << u"removed"_s << u"people"_s << u"id = %2"_s << u"id = -1"_s;
}

void TestServerInsider::explainAnalyze_countsNothingHidden()
{
    QFETCH(QString, who);
    QFETCH(QString, table);
    QFETCH(QString, hidden);
    QFETCH(QString, nothing);
    const Person& me = viewer(who);
    const Id subject = m_org->report.id; // the manager's report: someone with observations
    hidden.replace(u"%1"_s, QString::number(me.id)).replace(u"%2"_s, QString::number(subject));
    nothing.replace(u"%1"_s, QString::number(me.id)).replace(u"%2"_s, QString::number(subject));
    QVERIFY(scalar(*m_owner, u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, hidden)) > 0);
    auto db = m_org->connectAs(me);
    const QString seen = explain(*db, table, hidden);
    QCOMPARE(seen, explain(*db, table, nothing));
    QVERIFY2(!seen.contains(u"refused"_s), qPrintable(seen)); // the program's own reads keep working
}

void TestServerInsider::tablesAndSequences_noneALogins()
{
    // No right on any table, view or sequence of the schema public, for any login with a person.
    for (const Person* p : { &m_org->hr, &m_org->manager, &m_org->member }) {
        auto db = m_org->connectAs(*p);
        QCOMPARE(scalar(*db,
                     u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE n.nspname = 'public' AND CASE WHEN c.relkind = 'S' "
                     "THEN has_sequence_privilege(c.oid, 'USAGE, SELECT, UPDATE') WHEN c.relkind IN ('r', 'v', 'm', 'p') "
                     "THEN has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') "
                     "ELSE false END"_s),
            0);
        auto q = db->exec(u"SELECT count(*) FROM public.observations"_s);
        QVERIFY(!q);
        QCOMPARE(q.error().code, ErrorCode::Denied);
    }
}

void TestServerInsider::largeObjects_notALogins()
{
    // Large objects fill the database's storage and belong to no table: no login creates one.
    auto db = m_org->connectAs(m_org->member);
    for (const QString& statement :
        { u"SELECT lo_create(0)"_s, u"SELECT lo_creat(-1)"_s, u"SELECT lo_from_bytea(0, '\\x00')"_s }) {
        auto q = db->exec(statement);
        QVERIFY2(!q, qPrintable(statement));
        QCOMPARE(q.error().code, ErrorCode::Denied);
    }
}

void TestServerInsider::changes_heardWithoutTheirSender()
{
    // A notice carries its sender's process id, which pg_stat_activity maps to a login: nothing is
    // sent any more. The program still learns that something changed (a counter), never who.
    const auto address = ServerAddress::parse(m_org->server().urlAs(m_org->loginOf(m_org->member)));
    QVERIFY(address);
    int notices = 0;
    {
        QSqlDatabase listener = QSqlDatabase::addDatabase(u"QPSQL"_s, u"insider-listener"_s);
        listener.setHostName(address->host);
        listener.setPort(address->port);
        listener.setDatabaseName(address->database);
        listener.setUserName(address->user);
        listener.setPassword(serverTestPassword);
        QVERIFY2(listener.open(), qPrintable(listener.lastError().text()));
        QVERIFY(listener.driver()->subscribeToNotification(QString::fromLatin1(Database::changeChannel)));
        connect(listener.driver(), &QSqlDriver::notification, this, [&] { ++notices; });
        auto member = m_org->connectAs(m_org->member);
        const auto before = member->othersChangeCount();
        QVERIFY(before);
        auto hr = m_org->connectAs(m_org->hr);
        PR_VERIFY_OK(logAs(*hr, m_org->hr));
        QTRY_VERIFY(member->othersChangeCount() && *member->othersChangeCount() != *before);
        QTest::qWait(300);
        QCOMPARE(notices, 0);
        listener.close();
    }
    QSqlDatabase::removeDatabase(u"insider-listener"_s);
}

void TestServerInsider::demotedManager_readsOnlyThemself()
{
    // HR makes the manager a member again; the org chart still names them as their reports' manager.
    auto manager = m_org->connectAs(m_org->manager);
    QVERIFY(servesProfile(*manager, m_org->report.id));
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE people SET role = 'member' WHERE id = ?"_s, { m_org->manager.id }));
    const bool servedReport = servesProfile(*manager, m_org->report.id);
    const bool servedSelf = servesProfile(*manager, m_org->manager.id);
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE people SET role = 'manager' WHERE id = ?"_s, { m_org->manager.id }));
    QVERIFY(!servedReport);
    QVERIFY(servedSelf);
}

void TestServerInsider::memberListedAsTeamManager_readsOnlyThemself()
{
    // A member named as the manager of the stranger's team (not their line manager either).
    const qint64 previous = scalar(*m_owner, u"SELECT coalesce(manager_id, 0) FROM teams WHERE id = ?"_s, { m_org->stranger.teamId });
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE teams SET manager_id = ? WHERE id = ?"_s, { m_org->member.id, m_org->stranger.teamId }));
    auto member = m_org->connectAs(m_org->member);
    const bool served = servesProfile(*member, m_org->stranger.id);
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE teams SET manager_id = nullif(?, 0) WHERE id = ?"_s,
        { previous, m_org->stranger.teamId }));
    QVERIFY(!served);
}

void TestServerInsider::profileRights_serverAgreesWithRules()
{
    // The README's table of rights is mayReadProfile (domain/Rules); the server enforces the same
    // for every login and every person, also after a demotion and for a member listed as a team's
    // manager.
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE people SET role = 'member' WHERE id = ?"_s, { m_org->manager.id }));
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE teams SET manager_id = ? WHERE id = ?"_s, { m_org->member.id, m_org->stranger.teamId }));
    auto everyone = PeopleRepository(*m_owner).all(true);
    auto teams = PeopleRepository(*m_owner).teams();
    PR_VERIFY_OK(everyone);
    PR_VERIFY_OK(teams);
    int disagreements = 0;
    for (const Person* who : { &m_org->hr, &m_org->manager, &m_org->report, &m_org->member, &m_org->stranger }) {
        const Person me = reread(*who);
        auto db = m_org->connectAs(me);
        for (const Person& subject : std::as_const(*everyone)) {
            if (mayReadProfile(me, subject, *teams) != servesProfile(*db, subject.id)) {
                qWarning("%s reading %s: rules and server disagree", qPrintable(me.email), qPrintable(subject.email));
                ++disagreements;
            }
        }
    }
    // Undone by the fixture's own numbers: the demo's manager again, the team's manager as before.
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE people SET role = 'manager' WHERE id = ?"_s, { m_org->manager.id }));
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE teams SET manager_id = (SELECT manager_id FROM people WHERE id = ?) "
                                        "WHERE id = ? AND manager_id = ?"_s,
        { m_org->stranger.id, m_org->stranger.teamId, m_org->member.id }));
    QCOMPARE(disagreements, 0);
}

void TestServerInsider::newObservation_idTellsNothingOfTheSequence()
{
    // A login's new row gets no number of the table's sequence: two ids of one's own, logged before
    // and after HR's import, no longer tell how many rows others wrote in between.
    const qint64 sequence = scalar(*m_owner, u"SELECT last_value FROM observations_id_seq"_s);
    auto member = m_org->connectAs(m_org->member);
    auto id = logAs(*member, m_org->member);
    PR_VERIFY_OK(id);
    QVERIFY2(*id >= firstApiId, qPrintable(QString::number(*id)));
    auto returned = member->exec(
        u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
        "created_at) VALUES ('insider-returning', ?, ?, ?, '2026-06-30', 2, 'other', '') RETURNING id"_s,
        { m_org->member.id, m_org->stranger.id, m_behavior });
    PR_VERIFY_OK(returned);
    QVERIFY(returned->next());
    QVERIFY(returned->value(0).toLongLong() >= firstApiId);
    QCOMPARE(scalar(*m_owner, u"SELECT id FROM observations WHERE uuid = 'insider-returning'"_s), returned->value(0).toLongLong());
    QCOMPARE(scalar(*m_owner, u"SELECT last_value FROM observations_id_seq"_s), sequence);
}

void TestServerInsider::chosenIds_refusedAlikeWhateverTheSequence()
{
    // An insert with an id of its own choosing once answered "duplicate" below the sequence's last
    // value and "the server numbers new observations" above it: a binary search for how many rows
    // the organisation logged. Now every number of the sequence's range is refused alike.
    const qint64 last = scalar(*m_owner, u"SELECT last_value FROM observations_id_seq"_s);
    auto member = m_org->connectAs(m_org->member);
    QStringList answers;
    for (const qint64 id : { qint64(1), last - 1, last, last + 1, last + 1000, firstApiId - 1 }) {
        const Status s = member->execStatement(
            u"INSERT INTO observations (id, uuid, observer_id, subject_id, behavior_id, observed_on, impact, "
            "rater_group, created_at) VALUES (?, ?, ?, ?, ?, '2026-06-30', 3, 'other', '')"_s,
            { id, u"insider-chosen-%1"_s.arg(id), m_org->member.id, m_org->stranger.id, m_behavior });
        // The whole answer, as psql would show it, not only the program's words for it.
        answers << (s ? u"accepted"_s : u"%1: %2"_s.arg(int(s.error().code)).arg(s.error().detail));
    }
    answers.removeDuplicates();
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.constFirst() != u"accepted"_s, qPrintable(answers.constFirst()));
}

QTEST_GUILESS_MAIN(TestServerInsider)
#include "tst_server_insider.moc"
