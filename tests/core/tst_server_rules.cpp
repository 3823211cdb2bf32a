// The access rules a PostgreSQL server enforces (resources/sql/server_access.sql and
// server_profiles.sql), proven by connecting as each kind of person with their own login: what each
// may read and write, and the refusals, each shown to fail on rules without them. Logins and
// server-init: tst_server_accounts; the server's rule against the core's: tst_server_anonymity.
// Needs the test server: PEERRADAR_TEST_PG_URL (scripts/pg-test-server.sh start); else skipped.

#include "ServerOrganisation.h"
#include "analytics/ProfileEngine.h"
#include "analytics/ServerProfile.h"
#include "analytics/TeamProfile.h"
#include "domain/Rules.h"
#include "io/Merge.h"
#include "storage/ObservationRepository.h"
#include "storage/SettingsRepository.h"

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QString& password = serverTestPassword;

} // namespace

class TestServerRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerOrganisation> m_org;
    Database* m_owner = nullptr;
    ServerDatabase* m_server = nullptr;
    Person m_hr, m_manager, m_report, m_member,
        m_stranger; // m_stranger: neither report nor in a managed team

    QString loginOf(const Person& person) const { return m_org->loginOf(person); }
    std::unique_ptr<Database> connectAs(const Person& person) { return m_org->connectAs(person); }
    Person personWhere(const QString& condition) { return m_org->personWhere(condition); }

    Id activeBehavior()
    {
        return scalar(*m_owner,
            u"SELECT min(b.id) FROM behaviors b JOIN frameworks f ON f.id = b.framework_id WHERE f.active = 1"_s);
    }

    // An observation by `observer` written straight into the table, as a hand-written statement with
    // the login's password would: the program's own checks are not in the way.
    Result<qint64> insertRaw(Database& db, const Person& observer, Id subject, const QString& group)
    {
        const QString uuid = u"raw-"_s + QString::number(++m_rawCount);
        if (auto s = db.execStatement(u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, "
                                      "observed_on, impact, rater_group, situation, created_at) VALUES (?, ?, ?, ?, "
                                      "'2026-06-30', 3, ?, 'Raw', '2026-06-30T00:00:00.000Z')"_s,
                { uuid, observer.id, subject, activeBehavior(), group });
            !s)
            return s.error();
        return scalar(*m_owner, u"SELECT id FROM observations WHERE uuid = ?"_s, { uuid });
    }
    int m_rawCount = 0;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void member_readsOnlyTheObservationsTheyAuthored();
    void member_insertsObservationsOnlyAsThemself();
    void member_cannotChangeTheOrganisationOrOthersObservations();
    void member_cannotReadAccountsOrAuditTrail();
    void member_profileOnlyOwnAndThroughTheRule();
    void member_programProfileEqualsOwnersProfile();
    void member_leniencyCorrectionOnlyThroughTheRule();
    void member_trendLeftOutWhenTheCycleBeforeOverlapsAnother();
    void member_notesOnlyOfVisibleGroupsWithoutObserver();
    void manager_readsProfilesOfReportsOnly();
    void hr_readsAndChangesEverything();
    void roleChange_changesRightsAtOnce();
    void period_onlyACycleOrTheWholeHistory_data();
    void period_onlyACycleOrTheWholeHistory();
    void insert_serverDerivesTheRaterGroup_data();
    void insert_serverDerivesTheRaterGroup();
    void insert_aboutSomebodyWhoLeftRefused();
    void update_authorChangesOnlyWhatTheEditDialogEdits();
    void loginWithoutPerson_seesNothing();
    void missingSettings_ruleUsesTheDefaults();
    void hr_mergesAFileIntoTheServer();
};

void TestServerRules::initTestCase()
{
    skipWithoutTestServer();
    m_org = std::make_unique<ServerOrganisation>();
    m_owner = &m_org->owner();
    m_server = &m_org->server();
    m_hr = m_org->hr;
    m_manager = m_org->manager;
    m_report = m_org->report;
    m_member = m_org->member;
    m_stranger = m_org->stranger;
}

void TestServerRules::cleanupTestCase()
{
    m_org.reset();
}

void TestServerRules::member_readsOnlyTheObservationsTheyAuthored()
{
    const qint64 authored
        = scalar(*m_owner, u"SELECT count(*) FROM observations WHERE observer_id = ?"_s, { m_member.id });
    const qint64 all = scalar(*m_owner, u"SELECT count(*) FROM observations"_s);
    QVERIFY(authored > 10);
    QVERIFY(all > authored * 5);
    auto member = connectAs(m_member);
    QCOMPARE(scalar(*member, u"SELECT count(*) FROM observations"_s), authored);
    QCOMPARE(
        scalar(*member, u"SELECT count(*) FROM observations WHERE observer_id <> ?"_s, { m_member.id }), 0);
    // What others wrote about them is not readable either: only their profile is.
    QCOMPARE(scalar(*member, u"SELECT count(*) FROM observations WHERE subject_id = ? AND observer_id <> ?"_s,
                 { m_member.id, m_member.id }),
        0);
    QVERIFY(scalar(*m_owner, u"SELECT count(*) FROM observations WHERE subject_id = ? AND observer_id <> ?"_s,
                { m_member.id, m_member.id })
        > 0);
}

void TestServerRules::member_insertsObservationsOnlyAsThemself()
{
    auto member = connectAs(m_member);
    const Id behavior = scalar(*m_owner,
        u"SELECT min(b.id) FROM behaviors b JOIN frameworks f ON f.id = b.framework_id "
        "WHERE f.active = 1"_s);
    // Through the program's own path: logged as themself, it is stored and the server sees it.
    Observation own;
    own.observerId = m_member.id;
    own.subjectId = m_stranger.id;
    own.behaviorId = behavior;
    own.date = QDate(2026, 6, 30);
    own.impact = 4;
    auto id = ObservationRepository(*member).log(own);
    PR_VERIFY_OK(id);
    QCOMPARE(scalar(*m_owner, u"SELECT observer_id FROM observations WHERE id = ?"_s, { *id }), m_member.id);
    // As somebody else: refused by the server, nothing stored.
    const qint64 before = scalar(*m_owner, u"SELECT count(*) FROM observations"_s);
    const Status forged = member->execStatement(
        u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, "
        u"rater_group, created_at) "
        "VALUES ('forged', ?, ?, ?, '2026-06-30', 1, 'peer', '2026-06-30T00:00:00.000Z')"_s,
        { m_stranger.id, m_member.id, behavior });
    QVERIFY(!forged);
    QCOMPARE(forged.error().code, ErrorCode::Denied);
    QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM observations"_s), before);
    // Nor can they turn their own observation into somebody else's.
    const Status moved = member->execStatement(
        u"UPDATE observations SET observer_id = ? WHERE id = ?"_s, { m_stranger.id, *id });
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, ErrorCode::Denied);
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM observations WHERE id = ?"_s, { *id }));
}

void TestServerRules::member_cannotChangeTheOrganisationOrOthersObservations()
{
    auto member = connectAs(m_member);
    const QString name = text(*m_owner, u"SELECT name FROM people WHERE id = ?"_s, { m_stranger.id });
    const qint64 observations = scalar(*m_owner, u"SELECT count(*) FROM observations"_s);
    // Rows the rules hide from a change are simply not touched.
    PR_VERIFY_OK(
        member->execStatement(u"UPDATE people SET name = 'Hacked' WHERE id = ?"_s, { m_stranger.id }));
    PR_VERIFY_OK(
        member->execStatement(u"DELETE FROM observations WHERE observer_id <> ?"_s, { m_member.id }));
    PR_VERIFY_OK(member->execStatement(u"UPDATE settings SET value = '1'"_s));
    QCOMPARE(text(*m_owner, u"SELECT name FROM people WHERE id = ?"_s, { m_stranger.id }), name);
    QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM observations"_s), observations);
    QCOMPARE(text(*m_owner, u"SELECT value FROM settings WHERE key = 'k'"_s), u"3"_s);
    // A new row is refused outright.
    const Status added = member->execStatement(
        u"INSERT INTO people (uuid, name, email, role) VALUES ('x', 'Mallory', 'mallory@example.org', 'hr')"_s);
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::Denied);
    // The program's own check says the same before the server has to.
    Person mallory;
    mallory.name = u"Mallory"_s;
    mallory.email = u"mallory@example.org"_s;
    QVERIFY(!PeopleRepository(*member).add(mallory));
}

void TestServerRules::member_cannotReadAccountsOrAuditTrail()
{
    auto member = connectAs(m_member);
    auto accounts = member->exec(u"SELECT login FROM server_accounts"_s);
    QVERIFY(!accounts);
    QCOMPARE(accounts.error().code, ErrorCode::Denied);
    PR_VERIFY_OK(m_owner->execStatement(
        u"INSERT INTO audit_log (at, actor_id, action, target) VALUES ('2026-01-01T00:00:00.000Z', ?, 'hide_note', 'x')"_s,
        { m_hr.id }));
    QCOMPARE(scalar(*member, u"SELECT count(*) FROM audit_log"_s), 0);
    QCOMPARE(scalar(*connectAs(m_hr), u"SELECT count(*) FROM audit_log"_s), 1);
    // Creating logins is the owner's alone.
    QVERIFY(!member->execStatement(u"SELECT pr_create_account('eve', 'password1', ?)"_s, { m_member.id }));
}

void TestServerRules::member_profileOnlyOwnAndThroughTheRule()
{
    auto member = connectAs(m_member);
    // Their own: through the rule. Every suppressed slot carries no figure at all.
    const QString own
        = u"SELECT count(*), count(*) FILTER (WHERE state = 'suppressed'), "
          "count(*) FILTER (WHERE state = 'suppressed' AND (n IS NOT NULL OR observers IS NOT NULL "
          "OR view_sum IS NOT NULL OR view_squares IS NOT NULL)) "
          "FROM pr_profile_groups(?, ?, ?)"_s;
    auto q = member->exec(own, { m_member.id, m_org->latestCycleStart(), m_org->latestCycleEnd() });
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QVERIFY(q->value(0).toLongLong() > 0);
    QCOMPARE(q->value(2).toLongLong(), 0);
    // Somebody else's: refused.
    auto other = member->exec(
        u"SELECT count(*) FROM pr_profile_groups(?, '2000-01-01', '2100-01-01')"_s, { m_stranger.id });
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::Denied);
    auto otherNotes = member->exec(
        u"SELECT count(*) FROM pr_profile_notes(?, '2000-01-01', '2100-01-01')"_s, { m_stranger.id });
    QVERIFY(!otherNotes);
    // The aggregates behind the rule are not a login's to call: they would skip it.
    QVERIFY(!member->exec(
        u"SELECT * FROM pr_view_sums(?, 1, ARRAY['peer'], '2000-01-01', '2100-01-01')"_s, { m_stranger.id }));
    QCOMPARE(ServerProfile::appliesRule(*member).value(), true);
    QCOMPARE(ServerProfile::appliesRule(*connectAs(m_hr)).value(), false);
}

void TestServerRules::member_programProfileEqualsOwnersProfile()
{
    // The program connected as the member computes the same profile of them as the owner (who
    // reads every row and applies the core's rule), one cycle with the trend of the one before.
    auto member = connectAs(m_member);
    const ProfileOptions options = m_org->latestCycle();
    auto mine = ProfileService(*member).personProfile(m_member.id, options);
    PR_VERIFY_OK(mine);
    auto owners = ProfileService(*m_owner).personProfile(m_member.id, options);
    PR_VERIFY_OK(owners);
    QCOMPARE(json(*mine), json(*owners));
    QVERIFY(mine->trend.has_value());
    QVERIFY(!ProfileService(*member).personProfile(m_stranger.id, options));
    // The whole history, while there are cycles: refused with a message that says what to do.
    ProfileOptions wholeHistory = options;
    wholeHistory.cycleId.reset();
    auto refused = ProfileService(*member).personProfile(m_member.id, wholeHistory);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Denied);
    QVERIFY2(refused.error().message.contains(u"--cycle"_s), qPrintable(refused.error().message));
}

void TestServerRules::member_leniencyCorrectionOnlyThroughTheRule()
{
    // Off (the default): the server returns no leniency at all, and the member's profile has none.
    auto member = connectAs(m_member);
    const QString sums = u"SELECT count(*) FROM pr_profile_leniency(?, ?, ?)"_s;
    const QVariantList own { m_member.id, m_org->latestCycleStart(), m_org->latestCycleEnd() };
    QCOMPARE(scalar(*member, sums, own), 0);
    // On (HR's setting; a member may not change it): the member's own profile through the rule, each
    // sum for a shown slot of at least k observers but self, and the same corrected figures as the
    // owner's profile, trend included; somebody else's refused.
    // As SettingsRepository writes it: a login writes through a view, which takes no ON CONFLICT.
    const auto turnOn = [](Database& db) {
        return db.execStatement(u"UPDATE settings SET value = '1' WHERE key = 'leniency_correction'"_s).ok()
            && db.execStatement(u"INSERT INTO settings (key, value) SELECT 'leniency_correction', '1' "
                                "WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'leniency_correction')"_s)
                   .ok();
    };
    QVERIFY(!turnOn(*member));
    QCOMPARE(scalar(*connectAs(m_member), sums, own), 0); // still off
    QVERIFY(turnOn(*connectAs(m_hr)));
    auto reconnected = connectAs(m_member);
    QVERIFY(scalar(*reconnected, sums, own) > 0);
    QCOMPARE(scalar(*reconnected,
                 u"SELECT count(*) FROM pr_profile_leniency(?1, ?2, ?3) l LEFT JOIN pr_profile_groups(?1, ?2, ?3) g "
                 "ON g.behavior_id = l.behavior_id AND g.slot = l.slot "
                 "WHERE g.state IS DISTINCT FROM 'shown' OR g.slot = 'self' OR g.observers < 3"_s
                     .replace(u"?1"_s, QString::number(m_member.id))
                     .replace(u"?2"_s, u"'"_s + m_org->latestCycleStart() + u"'"_s)
                     .replace(u"?3"_s, u"'"_s + m_org->latestCycleEnd() + u"'"_s)),
        0);
    auto other = reconnected->exec(
        u"SELECT count(*) FROM pr_profile_leniency(?, '2000-01-01', '2100-01-01')"_s, { m_stranger.id });
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::Denied);
    const ProfileOptions options = m_org->latestCycle();
    auto mine = ProfileService(*reconnected).personProfile(m_member.id, options);
    PR_VERIFY_OK(mine);
    auto owners = ProfileService(*m_owner).personProfile(m_member.id, options);
    PR_VERIFY_OK(owners);
    QCOMPARE(json(*mine), json(*owners));
    int corrected = 0;
    for (const BehaviorProfile& b : mine->behaviors)
        corrected += b.others.adjustedMean.has_value();
    QVERIFY(corrected > 0);
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM settings WHERE key = 'leniency_correction'"_s));
}

void TestServerRules::member_trendLeftOutWhenTheCycleBeforeOverlapsAnother()
{
    // The cycle before the latest overlaps a third one (an older file may hold such cycles): the
    // server refuses that period to a member, so the program shows the latest cycle without a trend
    // instead of failing; the owner still gets the trend.
    const QString previousStart = text(*m_owner,
        u"SELECT max(starts_on) FROM cycles WHERE starts_on < ?"_s, { m_org->latestCycleStart() });
    QVERIFY(!previousStart.isEmpty());
    PR_VERIFY_OK(m_owner->execStatement(
        u"INSERT INTO cycles (uuid, name, starts_on, ends_on) VALUES ('overlap-uuid', 'Overlap', ?, ?)"_s,
        { previousStart, previousStart }));
    auto member = connectAs(m_member);
    auto mine = ProfileService(*member).personProfile(m_member.id, m_org->latestCycle());
    auto owners = ProfileService(*m_owner).personProfile(m_member.id, m_org->latestCycle());
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM cycles WHERE uuid = 'overlap-uuid'"_s));
    PR_VERIFY_OK(mine);
    QVERIFY(!mine->trend.has_value());
    QVERIFY(!mine->behaviors.isEmpty());
    PR_VERIFY_OK(owners);
    QVERIFY(owners->trend.has_value());
}

void TestServerRules::member_notesOnlyOfVisibleGroupsWithoutObserver()
{
    auto member = connectAs(m_member);
    ProfileService service(*member);
    auto profile = service.personProfile(m_member.id, m_org->latestCycle());
    PR_VERIFY_OK(profile);
    auto notes = service.notes(*profile, Role::Member);
    PR_VERIFY_OK(notes);
    auto expected = ProfileService(*m_owner).notes(*profile, Role::Member);
    PR_VERIFY_OK(expected);
    QCOMPARE(notes->size(), expected->size());
    for (qsizetype i = 0; i < notes->size(); ++i) {
        QCOMPARE(notes->at(i).observationId, Id(0)); // the server never says which observation
        QCOMPARE(notes->at(i).date, expected->at(i).date);
        QCOMPARE(notes->at(i).note.situation, expected->at(i).note.situation);
        QCOMPARE(notes->at(i).groupKey, expected->at(i).groupKey);
        QVERIFY(notes->at(i).observerName.isEmpty());
    }
    // The server hands out no note of a group the rule hides: every note it returns belongs to a
    // shown group (or a shown pool), checked against the server's own figures.
    // A pooled note carries its pool's key, exactly: never the group the pool hides.
    const qint64 leaked = scalar(*member,
        u"WITH g AS (SELECT * FROM pr_profile_groups(?1, ?2, ?3)) "
        "SELECT count(*) FROM pr_profile_notes(?1, ?2, ?3) n WHERE NOT EXISTS "
        "(SELECT 1 FROM g WHERE g.behavior_id = n.behavior_id AND ((g.slot = n.rater_group AND g.state = "
        "'shown' AND g.notes_visible) OR (g.slot = 'pool' AND g.notes_visible AND g.pooled_into = n.rater_group)))"_s
            .replace(u"?1"_s, QString::number(m_member.id))
            .replace(u"?2"_s, u"'"_s + m_org->latestCycleStart() + u"'"_s)
            .replace(u"?3"_s, u"'"_s + m_org->latestCycleEnd() + u"'"_s));
    QCOMPARE(leaked, 0);
}

void TestServerRules::manager_readsProfilesOfReportsOnly()
{
    auto manager = connectAs(m_manager);
    auto report = ProfileService(*manager).personProfile(m_report.id, m_org->latestCycle());
    PR_VERIFY_OK(report);
    auto expected = ProfileService(*m_owner).personProfile(m_report.id, m_org->latestCycle());
    PR_VERIFY_OK(expected);
    QCOMPARE(json(*report), json(*expected));
    auto stranger = ProfileService(*manager).personProfile(m_stranger.id, m_org->latestCycle());
    QVERIFY(!stranger);
    QCOMPARE(stranger.error().code, ErrorCode::Denied);
    // A team profile would need every member's rows: refused rather than computed from a part.
    auto team = TeamProfileService(*manager).teamProfile(m_report.teamId);
    QVERIFY(!team);
    QCOMPARE(team.error().code, ErrorCode::Denied);
    PR_VERIFY_OK(TeamProfileService(*connectAs(m_hr)).teamProfile(m_report.teamId));
    // Their reports' raw observations stay closed to them.
    QCOMPARE(
        scalar(*manager, u"SELECT count(*) FROM observations WHERE observer_id = ?"_s, { m_report.id }), 0);
}

void TestServerRules::hr_readsAndChangesEverything()
{
    auto hr = connectAs(m_hr);
    QCOMPARE(scalar(*hr, u"SELECT count(*) FROM observations"_s),
        scalar(*m_owner, u"SELECT count(*) FROM observations"_s));
    Person renamed = m_stranger;
    renamed.name = u"Renamed By HR"_s;
    PR_VERIFY_OK(PeopleRepository(*hr).update(renamed));
    QCOMPARE(
        text(*m_owner, u"SELECT name FROM people WHERE id = ?"_s, { m_stranger.id }), u"Renamed By HR"_s);
    PR_VERIFY_OK(PeopleRepository(*hr).update(m_stranger));
    DatabaseSettings settings;
    settings.k = 4;
    settings.kNotes = 4;
    PR_VERIFY_OK(SettingsRepository(*hr).save(settings));
    QCOMPARE(text(*m_owner, u"SELECT value FROM settings WHERE key = 'k'"_s), u"4"_s);
    PR_VERIFY_OK(SettingsRepository(*hr).save(DatabaseSettings {}));
    PR_VERIFY_OK(ProfileService(*hr).personProfile(m_stranger.id));
    QCOMPARE(ServerProfile::appliesRule(*hr).value(), false);
}

void TestServerRules::roleChange_changesRightsAtOnce()
{
    auto stranger = connectAs(m_stranger);
    const qint64 all = scalar(*m_owner, u"SELECT count(*) FROM observations"_s);
    QVERIFY(scalar(*stranger, u"SELECT count(*) FROM observations"_s) < all);
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE people SET role = 'hr' WHERE id = ?"_s, { m_stranger.id }));
    QCOMPARE(scalar(*stranger, u"SELECT count(*) FROM observations"_s), all);
    PR_VERIFY_OK(
        m_owner->execStatement(u"UPDATE people SET role = 'member' WHERE id = ?"_s, { m_stranger.id }));
    QVERIFY(scalar(*stranger, u"SELECT count(*) FROM observations"_s) < all);
}

void TestServerRules::period_onlyACycleOrTheWholeHistory_data()
{
    // Two overlapping periods would difference out a hidden rating: only the periods the program
    // offers are served, a cycle's dates; the whole history only while there is no cycle (this
    // organisation has cycles; the rest: tst_server_attacks).
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("served");
    QTest::newRow("a cycle") << u"cycle"_s << true;
    QTest::newRow("whole history while there are cycles") << u"whole"_s << false;
    QTest::newRow("whole history to 2100 while there are cycles") << u"whole to 2100"_s << false;
    QTest::newRow("a cycle but its last day") << u"cycle less a day"_s << false;
    QTest::newRow("whole history but its first day") << u"whole less a day"_s << false;
    QTest::newRow("a window of one's own") << u"2026-03-01..2026-03-31"_s << false;
}

void TestServerRules::period_onlyACycleOrTheWholeHistory()
{
    QFETCH(QString, period);
    QFETCH(bool, served);
    const QString first
        = text(*m_owner, u"SELECT min(observed_on) FROM observations WHERE subject_id = ?"_s, { m_member.id });
    const QString latest = text(*m_owner, u"SELECT max(observed_on) FROM observations"_s);
    const QString cycleStart = text(*m_owner, u"SELECT max(starts_on) FROM cycles"_s);
    const QString cycleEnd = text(*m_owner, u"SELECT ends_on FROM cycles WHERE starts_on = ?"_s, { cycleStart });
    const auto dayBefore = [](const QString& date) {
        return QDate::fromString(date, Qt::ISODate).addDays(-1).toString(Qt::ISODate);
    };
    const auto dayAfter = [](const QString& date) {
        return QDate::fromString(date, Qt::ISODate).addDays(1).toString(Qt::ISODate);
    };
    const QHash<QString, std::pair<QString, QString>> periods {
        { u"cycle"_s, { cycleStart, cycleEnd } },
        { u"whole"_s, { first, latest } },
        { u"whole to 2100"_s, { first, u"2100-01-01"_s } },
        { u"cycle less a day"_s, { cycleStart, dayBefore(cycleEnd) } },
        { u"whole less a day"_s, { dayAfter(first), latest } },
        { u"2026-03-01..2026-03-31"_s, { u"2026-03-01"_s, u"2026-03-31"_s } },
    };
    const auto [from, to] = periods.value(period);
    auto member = connectAs(m_member);
    for (const QString& function : { u"pr_profile_groups"_s, u"pr_profile_notes"_s }) {
        auto q = member->exec(u"SELECT count(*) FROM %1(?, ?, ?)"_s.arg(function), { m_member.id, from, to });
        QVERIFY2(bool(q) == served, qPrintable(function));
        if (served)
            QVERIFY(q->next() && (function == u"pr_profile_notes"_s || q->value(0).toLongLong() > 0));
        else
            QCOMPARE(q.error().code, ErrorCode::Denied);
    }
}

void TestServerRules::insert_serverDerivesTheRaterGroup_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("themself") << u"self"_s;
    QTest::newRow("their manager") << u"manager"_s;
    QTest::newRow("a team mate") << u"mate"_s;
    QTest::newRow("somebody else") << u"stranger"_s;
}

void TestServerRules::insert_serverDerivesTheRaterGroup()
{
    // Whatever group a hand-written INSERT claims, the server stores the core's (deriveRaterGroup):
    // "peer" on one's own report cannot make a small group look bigger.
    QFETCH(QString, subject);
    const Person target = subject == u"self"_s ? m_member
        : subject == u"manager"_s              ? PeopleRepository(*m_owner).byId(m_member.managerId).value()
        : subject == u"mate"_s
        ? personWhere(u"p.team_id = %1 AND p.id <> %2"_s.arg(m_member.teamId).arg(m_member.id))
        : m_stranger;
    const QString derived = raterGroupKey(deriveRaterGroup(m_member, target));
    const QString forged = derived == u"peer"_s ? u"manager"_s : u"peer"_s;
    auto member = connectAs(m_member);
    auto id = insertRaw(*member, m_member, target.id, forged);
    PR_VERIFY_OK(id);
    QCOMPARE(text(*m_owner, u"SELECT rater_group FROM observations WHERE id = ?"_s, { *id }), derived);
    // HR and the owner are trusted with the group they give (a copy keeps the group of the day).
    auto byOwner = insertRaw(*m_owner, m_member, target.id, forged);
    PR_VERIFY_OK(byOwner);
    QCOMPARE(text(*m_owner, u"SELECT rater_group FROM observations WHERE id = ?"_s, { *byOwner }), forged);
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM observations WHERE id IN (?, ?)"_s, { *id, *byOwner }));
}

void TestServerRules::insert_aboutSomebodyWhoLeftRefused()
{
    Person left;
    left.name = u"Left Already"_s;
    left.email = u"left.already@example.org"_s;
    auto id = PeopleRepository(*m_owner).add(left);
    PR_VERIFY_OK(id);
    PR_VERIFY_OK(m_owner->execStatement(
        u"UPDATE people SET removed_at = '2026-01-01T00:00:00.000Z' WHERE id = ?"_s, { *id }));
    const qint64 before = scalar(*m_owner, u"SELECT count(*) FROM observations"_s);
    auto member = connectAs(m_member);
    auto refused = insertRaw(*member, m_member, *id, u"other"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Denied);
    QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM observations"_s), before);
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM people WHERE id = ?"_s, { *id }));
}

void TestServerRules::update_authorChangesOnlyWhatTheEditDialogEdits()
{
    auto member = connectAs(m_member);
    auto id = insertRaw(*member, m_member, m_stranger.id, u"other"_s);
    PR_VERIFY_OK(id);
    const QString group = text(*m_owner, u"SELECT rater_group FROM observations WHERE id = ?"_s, { *id });
    PR_VERIFY_OK(m_owner->execStatement(u"UPDATE observations SET note_hidden = 1 WHERE id = ?"_s, { *id }));
    // Undoing HR's hiding, backdating the creation, renaming the id: refused, nothing changed.
    for (const QString& change : { u"note_hidden = 0"_s, u"created_at = '2020-01-01T00:00:00.000Z'"_s,
             u"uuid = 'renamed'"_s }) {
        const Status s = member->execStatement(u"UPDATE observations SET %1 WHERE id = ?"_s.arg(change), { *id });
        QVERIFY2(!s, qPrintable(change));
        QCOMPARE(s.error().code, ErrorCode::Denied);
    }
    QCOMPARE(scalar(*m_owner, u"SELECT note_hidden FROM observations WHERE id = ?"_s, { *id }), 1);
    // The group stays the server's.
    const QString forged = group == u"peer"_s ? u"manager"_s : u"peer"_s;
    PR_VERIFY_OK(member->execStatement(u"UPDATE observations SET rater_group = ? WHERE id = ?"_s, { forged, *id }));
    QCOMPARE(text(*m_owner, u"SELECT rater_group FROM observations WHERE id = ?"_s, { *id }), group);
    // What the edit dialog edits goes through, the program's own way; a new subject, a new group.
    auto stored = ObservationRepository(*member).byId(*id);
    PR_VERIFY_OK(stored);
    Observation edited = *stored;
    edited.subjectId = m_member.id;
    edited.impact = 5;
    edited.note.situation = u"Edited"_s;
    PR_VERIFY_OK(ObservationRepository(*member).update(edited, m_member));
    auto q = m_owner->exec(
        u"SELECT subject_id, impact, situation, rater_group, note_hidden FROM observations WHERE id = ?"_s, { *id });
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toLongLong(), m_member.id);
    QCOMPARE(q->value(1).toInt(), 5);
    QCOMPARE(q->value(2).toString(), u"Edited"_s);
    QCOMPARE(q->value(3).toString(), u"self"_s);
    QCOMPARE(q->value(4).toInt(), 1);
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM observations WHERE id = ?"_s, { *id }));
}

void TestServerRules::loginWithoutPerson_seesNothing()
{
    // HR deletes a person in psql: their login stays in the group, without a person. It is not the
    // owner and sees nothing: no organisation, no observation, no profile.
    Person gone;
    gone.name = u"Soon Gone"_s;
    gone.email = u"soon.gone@example.org"_s;
    auto id = PeopleRepository(*m_owner).add(gone);
    PR_VERIFY_OK(id);
    gone.id = *id;
    PR_VERIFY_OK(ServerSetup::createAccount(*m_owner, gone.email, password, loginOf(gone)));
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM people WHERE id = ?"_s, { gone.id }));
    auto orphan = connectAs(gone);
    QCOMPARE(ServerSetup::seesEverything(*orphan).value(), false);
    QCOMPARE(ServerProfile::appliesRule(*orphan).value(), true);
    QCOMPARE(ServerSetup::connectedPerson(*orphan).value(), Id(0));
    for (const QString& table : { u"people"_s, u"teams"_s, u"settings"_s, u"observations"_s, u"cycles"_s })
        QCOMPARE(scalar(*orphan, u"SELECT count(*) FROM %1"_s.arg(table)), 0);
    auto profile
        = orphan->exec(u"SELECT count(*) FROM pr_profile_groups(?, pr_first_received_date(?), '2100-01-01')"_s,
            { m_member.id, m_member.id });
    QVERIFY(!profile);
    QCOMPARE(profile.error().code, ErrorCode::Denied);
    // The owner still sees everything.
    QCOMPARE(ServerSetup::seesEverything(*m_owner).value(), true);
}

void TestServerRules::missingSettings_ruleUsesTheDefaults()
{
    // Without k and k_notes the core uses its defaults (3 and 3); so does the server, instead of
    // comparing with NULL and showing every group.
    PR_VERIFY_OK(m_owner->execStatement(u"DELETE FROM settings WHERE key IN ('k', 'k_notes')"_s));
    auto owners = ProfileService(*m_owner).personProfile(m_member.id, m_org->latestCycle());
    PR_VERIFY_OK(owners);
    int suppressed = 0;
    for (const BehaviorProfile& b : owners->behaviors) {
        for (RaterGroup g : allRaterGroups)
            suppressed += b.group(g).isSuppressed();
    }
    QVERIFY2(suppressed > 0, "the member's profile must hide a group for this test to mean anything");
    auto mine = ProfileService(*connectAs(m_member)).personProfile(m_member.id, m_org->latestCycle());
    PR_VERIFY_OK(mine);
    QCOMPARE(json(*mine), json(*owners));
    PR_VERIFY_OK(SettingsRepository(*m_owner).save(DatabaseSettings {}));
}

void TestServerRules::hr_mergesAFileIntoTheServer()
{
    // A merge writes uuid_aliases (a person matched by email): HR may, a member may not.
    Person newcomer;
    newcomer.name = u"Merged Newcomer"_s;
    newcomer.email = u"merged.newcomer@example.org"_s;
    PR_VERIFY_OK(PeopleRepository(*m_owner).add(newcomer));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"offline.peerradar"_s);
    {
        auto file = Database::create(path);
        PR_VERIFY_OK(file);
        Person sameEmail = newcomer; // another uuid: the merge matches them by email
        sameEmail.uuid.clear();
        PR_VERIFY_OK(PeopleRepository(**file).add(sameEmail));
    }
    auto report = mergeFile(*connectAs(m_hr), path, { MergePreference::Target });
    PR_VERIFY_OK(report);
    QVERIFY(!report->refused());
    QVERIFY(scalar(*m_owner, u"SELECT count(*) FROM uuid_aliases WHERE kind = 'people'"_s) >= 1);
    auto member = connectAs(m_member);
    QVERIFY(scalar(*member, u"SELECT count(*) FROM uuid_aliases"_s) >= 1);
    const Status forged = member->execStatement(
        u"INSERT INTO uuid_aliases (uuid, kind, same_as) VALUES ('x', 'person', 'y')"_s);
    QVERIFY(!forged);
    QCOMPARE(forged.error().code, ErrorCode::Denied);
}

QTEST_GUILESS_MAIN(TestServerRules)
#include "tst_server_rules.moc"
