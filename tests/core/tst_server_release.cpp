// Released cycles on a server (issue 12 items 2 and 7), replayed as a determined insider would with
// psql: a login whose own rater group toward a colleague is anonymous (a team's manager who is not
// the colleague's line manager) pads the cycle with an observation of their own, or moves the date
// of one into it, reads the colleague's profile and rolls back; HR edits a cycle's dates between two
// readings. Before release no anonymous group is shown at all; after release the figures are the
// release's, whatever the insider does. The server's rule (pr_profile_mode, server_profiles.sql)
// against the core's (domain/Rules.h anonymousGroupsFor). Each test fails on the rules of version 2.
// Needs the test server: PEERRADAR_TEST_PG_URL; else skipped.

#include "ServerOrganisation.h"
#include "storage/CycleRepository.h"
#include "storage/ServerAddress.h"
#include "storage/Uuid.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// One row of pr_profile_groups as the insider reads it.
struct Slot
{
    qint64 behavior = 0;
    QString slot;
    QString state;
    qint64 observers = 0;
    double sum = 0.0;
};

} // namespace

class TestServerRelease : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerOrganisation> m_org;
    Database* m_owner = nullptr;
    Person m_insider; // a manager whose team holds m_target, who reports to someone else
    Person m_target;
    Id m_behavior = 0;
    Id m_released = 0; // 2026 H1, released
    Id m_open = 0; // 2026 H2, not released
    QString m_connection;
    int m_connections = 0;

    QSqlDatabase insider()
    {
        // As psql would: the login's own connection, nothing of the program's in between.
        const auto address = ServerAddress::parse(m_org->server().urlAs(m_org->loginOf(m_insider)));
        m_connection = u"insider-%1"_s.arg(++m_connections);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setDatabaseName(address->database);
        db.setUserName(address->user);
        db.setPassword(serverTestPassword);
        if (!db.open())
            qFatal("cannot connect as the insider: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(u"SELECT peerradar_api.pr_open_session()"_s))
            qFatal("pr_open_session: %s", qPrintable(q.lastError().text()));
        return db;
    }
    void closeInsider(QSqlDatabase& db)
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }

    static QList<Slot> groups(QSqlDatabase& db, Id subject, const QString& from, const QString& to)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT behavior_id, slot, state, coalesce(observers, 0), coalesce(view_sum, 0) "
                  "FROM pr_profile_groups(?, ?, ?) ORDER BY 1, 2"_s);
        q.addBindValue(subject);
        q.addBindValue(from);
        q.addBindValue(to);
        QList<Slot> result;
        if (!q.exec()) {
            qWarning("pr_profile_groups: %s", qPrintable(q.lastError().text()));
            return result;
        }
        while (q.next())
            result.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toLongLong(), q.value(4).toDouble() });
        return result;
    }
    static QString describe(const QList<Slot>& slots)
    {
        QStringList parts;
        for (const Slot& s : slots)
            parts << u"%1/%2:%3:%4:%5"_s.arg(s.behavior).arg(s.slot, s.state).arg(s.observers).arg(s.sum);
        return parts.join(u' ');
    }
    static bool anyAnonymousShown(const QList<Slot>& slots)
    {
        return std::any_of(slots.cbegin(), slots.cend(), [](const Slot& s) {
            return s.state == u"shown"_s && s.slot != u"self"_s && s.slot != u"manager"_s;
        });
    }

    static bool exec(QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    // The insider logs one observation of the target (the server works out the rater group).
    bool pad(QSqlDatabase& db, const QString& date)
    {
        return exec(db,
            u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
            "situation, action, result, created_at) VALUES ('%1', %2, %3, %4, '%5', 5, 'other', 'pad', '', '', "
            "'2026-12-01T00:00:00.000Z')"_s
                .arg(newUuid())
                .arg(m_insider.id)
                .arg(m_target.id)
                .arg(m_behavior)
                .arg(date));
    }

    // The owner writes an observation of the target in the given group.
    void observeTarget(Id observer, const QString& date, int impact, const QString& group)
    {
        if (!m_owner->execStatement(
                u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
                "situation, action, result, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'said', '', '', "
                "'2026-06-01T00:00:00.000Z')"_s,
                { newUuid(), observer, m_target.id, m_behavior, date, impact, group }))
            qFatal("could not write an observation of the target");
    }

    Person newPerson(const QString& name, Id team, Id manager, Role role = Role::Member)
    {
        Person p;
        p.name = name;
        p.email = name.toLower().remove(u' ') + u"@release.example.org"_s;
        p.teamId = team;
        p.managerId = manager;
        p.role = role;
        auto id = PeopleRepository(*m_owner).add(p);
        if (!id)
            qFatal("could not add %s", qPrintable(name));
        p.id = *id;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        skipWithoutTestServer();
        m_org = std::make_unique<ServerOrganisation>();
        m_owner = &m_org->owner();
        m_behavior = scalar(*m_owner,
            u"SELECT min(b.id) FROM behaviors b JOIN frameworks f ON f.id = b.framework_id WHERE f.active = 1"_s);
        // The insider manages the team "Padding" from outside it; the target's line manager is HR.
        m_insider = newPerson(u"Ivo Insider"_s, 0, 0, Role::Manager);
        Team team;
        team.name = u"Padding"_s;
        team.managerId = m_insider.id;
        auto teamId = PeopleRepository(*m_owner).addTeam(team);
        QVERIFY(teamId);
        m_target = newPerson(u"Tara Target"_s, *teamId, m_org->hr.id);
        QVERIFY(ServerSetup::createAccount(*m_owner, m_insider.email, serverTestPassword, m_org->loginOf(m_insider)));
        // Two colleagues from elsewhere rated the target in each cycle: the group "other" is hidden
        // (k = 3). The insider rated them once before 2026 H1, an observation they may move.
        const Person a = newPerson(u"Olaf Other"_s, 0, 0);
        const Person b = newPerson(u"Olga Other"_s, 0, 0);
        m_released = scalar(*m_owner, u"SELECT id FROM cycles WHERE name = '2026 H1'"_s);
        QVERIFY(m_released > 0);
        Cycle open { 0, {}, u"2026 H2"_s, QDate(2026, 7, 1), QDate(2026, 12, 31) };
        auto openId = CycleRepository(*m_owner).add(open);
        QVERIFY(openId);
        m_open = *openId;
        observeTarget(m_org->hr.id, u"2026-03-02"_s, 3, u"manager"_s);
        observeTarget(a.id, u"2026-03-03"_s, 1, u"other"_s);
        observeTarget(b.id, u"2026-03-04"_s, 2, u"other"_s);
        observeTarget(a.id, u"2026-08-03"_s, 1, u"other"_s);
        observeTarget(b.id, u"2026-08-04"_s, 2, u"other"_s);
        observeTarget(m_org->hr.id, u"2026-08-05"_s, 4, u"manager"_s);
        if (!m_owner->execStatement(
                u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
                "situation, action, result, created_at) VALUES (?, ?, ?, ?, '2025-11-03', 5, 'other', '', '', '', "
                "'2025-11-03T00:00:00.000Z')"_s,
                { newUuid(), m_insider.id, m_target.id, m_behavior }))
            QFAIL("could not write the insider's old observation");
        // HR releases 2026 H1 again with the target's observations in it.
        QVERIFY(CycleRepository(*m_owner).release(m_released, m_org->hr.id, true));
    }
    void cleanupTestCase()
    {
        m_org.reset();
    }

    void padAndRollback_beforeRelease_showsNoAnonymousGroup();
    void padAndRollback_afterRelease_figuresFrozen();
    void movingADateIn_andRollback_revealsNothing();
    void cycleDatesEdited_betweenTwoReadings_revealNothing();
    void releasedFigures_serverAgreesWithCore();
    void release_onlyHrThroughTheApi_snapshotUnreadable();
    void releasedCycle_kept_overlappingReleaseRefused_alsoPastTheProgram();
};

void TestServerRelease::padAndRollback_beforeRelease_showsNoAnonymousGroup()
{
    QSqlDatabase db = insider();
    const QList<Slot> before = groups(db, m_target.id, u"2026-07-01"_s, u"2026-12-31"_s);
    QVERIFY2(!before.isEmpty(), "the insider reads the target's profile of 2026 H2");
    QVERIFY2(!anyAnonymousShown(before), qPrintable(describe(before)));
    QVERIFY(exec(db, u"BEGIN"_s));
    QVERIFY(pad(db, u"2026-08-10"_s));
    const QList<Slot> padded = groups(db, m_target.id, u"2026-07-01"_s, u"2026-12-31"_s);
    QVERIFY(exec(db, u"ROLLBACK"_s));
    // Three observers of "other" with the pad: on the rules of version 2 the group was shown, and
    // its sum less the insider's 5 was the two colleagues' ratings.
    QVERIFY2(!anyAnonymousShown(padded), qPrintable(describe(padded)));
    closeInsider(db);
}

void TestServerRelease::padAndRollback_afterRelease_figuresFrozen()
{
    QSqlDatabase db = insider();
    const QString from = text(*m_owner, u"SELECT starts_on FROM cycles WHERE id = ?"_s, { m_released });
    const QString to = text(*m_owner, u"SELECT ends_on FROM cycles WHERE id = ?"_s, { m_released });
    const QList<Slot> before = groups(db, m_target.id, from, to);
    QVERIFY2(!before.isEmpty(), "the insider reads the target's released profile");
    QVERIFY(exec(db, u"BEGIN"_s));
    QVERIFY(pad(db, u"2026-05-10"_s));
    const QList<Slot> padded = groups(db, m_target.id, from, to);
    QVERIFY(exec(db, u"ROLLBACK"_s));
    QCOMPARE(describe(padded), describe(before));
    // The hidden group stays hidden: two colleagues, suppressed at release.
    for (const Slot& s : padded) {
        if (s.behavior == m_behavior && s.slot == u"other"_s)
            QVERIFY2(s.state != u"shown"_s, qPrintable(describe(padded)));
    }
    closeInsider(db);
}

void TestServerRelease::movingADateIn_andRollback_revealsNothing()
{
    QSqlDatabase db = insider();
    const QString move = u"UPDATE observations SET observed_on = '%1' WHERE observer_id = %2 AND subject_id = %3 "
                         "AND observed_on = '2025-11-03'"_s;
    // Into the open cycle: no anonymous group either way.
    QVERIFY(exec(db, u"BEGIN"_s));
    QVERIFY(exec(db, move.arg(u"2026-08-20"_s).arg(m_insider.id).arg(m_target.id)));
    const QList<Slot> open = groups(db, m_target.id, u"2026-07-01"_s, u"2026-12-31"_s);
    QVERIFY(exec(db, u"ROLLBACK"_s));
    QVERIFY2(!anyAnonymousShown(open), qPrintable(describe(open)));
    // Into the released cycle: the release's figures.
    const QList<Slot> released = groups(db, m_target.id, u"2026-01-01"_s, u"2026-06-30"_s);
    QVERIFY(exec(db, u"BEGIN"_s));
    QVERIFY(exec(db, move.arg(u"2026-04-20"_s).arg(m_insider.id).arg(m_target.id)));
    const QList<Slot> moved = groups(db, m_target.id, u"2026-01-01"_s, u"2026-06-30"_s);
    QVERIFY(exec(db, u"ROLLBACK"_s));
    QCOMPARE(describe(moved), describe(released));
    closeInsider(db);
}

void TestServerRelease::cycleDatesEdited_betweenTwoReadings_revealNothing()
{
    // The insider reads the released cycle through the program, HR moves its end a day, the
    // insider reads again: the same figures (the release's, over its dates). The moved dates
    // themselves show no anonymous group.
    auto program = m_org->connectAs(m_insider);
    ProfileOptions options = m_org->latestCycle();
    options.cycleId = m_released;
    auto first = ProfileService(*program).personProfile(m_target.id, options);
    PR_VERIFY_OK(first);
    QCOMPARE(first->anonymousGroups, AnonymousGroups::Released);
    Cycle cycle = *CycleRepository(*m_owner).byId(m_released);
    const Cycle before = cycle;
    cycle.end = cycle.end.addDays(-1);
    PR_VERIFY_OK(CycleRepository(*m_owner).update(cycle));
    auto again = m_org->connectAs(m_insider);
    auto second = ProfileService(*again).personProfile(m_target.id, options);
    PR_VERIFY_OK(second);
    QCOMPARE(json(*second), json(*first));
    QSqlDatabase db = insider();
    const QList<Slot> shorter = groups(db, m_target.id, cycle.start.toString(Qt::ISODate), cycle.end.toString(Qt::ISODate));
    QVERIFY2(!anyAnonymousShown(shorter), qPrintable(describe(shorter)));
    closeInsider(db);
    PR_VERIFY_OK(CycleRepository(*m_owner).update(before));
}

void TestServerRelease::releasedFigures_serverAgreesWithCore()
{
    // Everyone a manager of the organisation reads, through the server's rule, against the core's
    // rule on the owner's connection (the same reader), after changes made since the release.
    observeTarget(m_org->hr.id, u"2026-06-01"_s, 1, u"manager"_s);
    ProfileOptions options = m_org->latestCycle();
    options.cycleId = m_released; // 2026 H2 came after it, unreleased
    auto manager = m_org->connectAs(m_org->manager);
    int compared = 0;
    auto people = PeopleRepository(*m_owner).all();
    PR_VERIFY_OK(people);
    for (const Person& p : *people) {
        if (!mayReadProfile(m_org->manager, p, *PeopleRepository(*m_owner).teams()))
            continue;
        auto server = ProfileService(*manager).personProfile(p.id, options);
        PR_VERIFY_OK(server);
        auto core = ProfileService(*m_owner).personProfile(p.id, options);
        PR_VERIFY_OK(core);
        QCOMPARE(server->anonymousGroups, AnonymousGroups::Released);
        QCOMPARE(json(*server), json(*core));
        ++compared;
    }
    QVERIFY(compared >= 3);
    // And the target, read by the insider.
    auto insiderDb = m_org->connectAs(m_insider);
    auto server = ProfileService(*insiderDb).personProfile(m_target.id, options);
    PR_VERIFY_OK(server);
    auto core = ProfileService(*m_owner).personProfile(m_target.id, options);
    PR_VERIFY_OK(core);
    QCOMPARE(json(*server), json(*core));
}

void TestServerRelease::release_onlyHrThroughTheApi_snapshotUnreadable()
{
    auto member = m_org->connectAs(m_org->member);
    auto refused = member->execStatement(u"SELECT peerradar_api.pr_release_cycle(?)"_s, { m_open });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Denied);
    QVERIFY(!CycleRepository(*member).release(m_open, m_org->member.id, false));
    for (const QString& table : { u"released_observations"_s, u"released_members"_s, u"cycle_releases"_s }) {
        auto q = member->exec(u"SELECT count(*) FROM public.%1"_s.arg(table));
        QVERIFY2(!q, qPrintable(table));
        QCOMPARE(q.error().code, ErrorCode::Denied);
    }
    QCOMPARE(scalar(*member, u"SELECT count(*) FROM released_observations"_s), 0);
    // HR releases through the API.
    auto hr = m_org->connectAs(m_org->hr);
    auto release = CycleRepository(*hr).release(m_open, m_org->hr.id, false);
    PR_VERIFY_OK(release);
    QCOMPARE(release->number, 1);
    QCOMPARE(release->releasedBy, m_org->hr.id);
    auto changes = CycleRepository(*hr).changesSinceRelease(m_open);
    PR_VERIFY_OK(changes);
    QVERIFY(*changes && (*changes)->isEmpty());
    // Now the insider reads 2026 H2's released figures: the hidden group stays hidden.
    QSqlDatabase db = insider();
    const QList<Slot> released = groups(db, m_target.id, u"2026-07-01"_s, u"2026-12-31"_s);
    QVERIFY(std::any_of(released.cbegin(), released.cend(), [](const Slot& s) { return s.slot == u"manager"_s && s.state == u"shown"_s; }));
    for (const Slot& s : released) {
        if (s.behavior == m_behavior && (s.slot == u"other"_s || s.slot == u"others"_s))
            QVERIFY2(s.state != u"shown"_s, qPrintable(describe(released)));
    }
    closeInsider(db);
}

void TestServerRelease::releasedCycle_kept_overlappingReleaseRefused_alsoPastTheProgram()
{
    // Deleted, a released cycle would take its releases along: released afresh as release 1, or
    // another released over its days, two released periods could be subtracted (rules version 4).
    auto hr = m_org->connectAs(m_org->hr);
    const qint64 releases = scalar(*m_owner, u"SELECT count(*) FROM cycle_releases WHERE cycle_id = ?"_s, { m_released });
    QVERIFY(releases >= 1);
    auto refused = CycleRepository(*hr).remove(m_released);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"2026 H1"_s), qPrintable(refused.error().message));
    auto bypassed = hr->execStatement(u"DELETE FROM cycles WHERE id = ?"_s, { m_released });
    QVERIFY(!bypassed);
    QVERIFY2(bypassed.error().detail.contains(u"released"_s), qPrintable(bypassed.error().detail));
    QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM cycles WHERE id = ?"_s, { m_released }), qint64(1));
    QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM cycle_releases WHERE cycle_id = ?"_s, { m_released }), releases);

    // A cycle over the released one's last month (the owner's SQL, past the program's overlap check),
    // released by HR calling the server's function directly: refused there too.
    const Id overlap = 4503599627370000;
    PR_VERIFY_OK(m_owner->execStatement(u"INSERT INTO cycles (id, uuid, name, starts_on, ends_on) "
                                        "VALUES (?, ?, 'Overlap', '2026-06-01', '2026-06-30')"_s,
        { overlap, newUuid() }));
    auto overlapping = hr->execStatement(u"SELECT peerradar_api.pr_release_cycle(?)"_s, { overlap });
    QVERIFY(!overlapping);
    QVERIFY2(overlapping.error().detail.contains(u"share days"_s), qPrintable(overlapping.error().detail));
    QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM cycle_releases WHERE cycle_id = ?"_s, { overlap }), qint64(0));
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM cycles WHERE id = ?"_s, { overlap }));
}

QTEST_GUILESS_MAIN(TestServerRelease)
#include "tst_server_release.moc"
