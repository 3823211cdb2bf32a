// The access rules a PostgreSQL server enforces (resources/sql/server_access.sql), proven by
// connecting as each kind of person with their own login, and the server's anonymity rule shown to
// agree with the core's (core/analytics/Anonymity.cpp) on generated organisations.
// Needs the test server: PEERRADAR_TEST_PG_URL (scripts/pg-test-server.sh start); else skipped.

#include "TestSupport.h"
#include "analytics/Profile.h"
#include "analytics/ProfileEngine.h"
#include "analytics/ServerProfile.h"
#include "analytics/TeamProfile.h"
#include "demo/DemoOrganisation.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationBulkWriter.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerAddress.h"
#include "storage/ServerSetup.h"
#include "storage/SettingsRepository.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdlib>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"correct horse 42"_s;

qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString text(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toString() : u"<failed>"_s;
}

QByteArray json(const PersonProfile& profile)
{
    return QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerDatabase> m_server;
    std::unique_ptr<Database> m_owner;
    Person m_hr, m_manager, m_report, m_member,
        m_stranger; // m_stranger: neither report nor in a managed team

    std::unique_ptr<Database> connectAs(const Person& person)
    {
        auto db = Database::open(m_server->urlAs(person.email));
        if (!db)
            qFatal("cannot connect as %s: %s", qPrintable(person.email), qPrintable(db.error().detail));
        return std::move(db).value();
    }

    Person personWhere(const QString& condition)
    {
        const qint64 id = scalar(*m_owner, u"SELECT min(p.id) FROM people p WHERE "_s + condition);
        auto person = PeopleRepository(*m_owner).byId(id);
        if (!person)
            qFatal("no person where %s", qPrintable(condition));
        return *person;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void member_readsOnlyTheObservationsTheyAuthored();
    void member_insertsObservationsOnlyAsThemself();
    void member_cannotChangeTheOrganisationOrOthersObservations();
    void member_cannotReadAccountsOrAuditTrail();
    void member_profileOnlyOwnAndThroughTheRule();
    void member_programProfileEqualsOwnersProfile();
    void member_notesOnlyOfVisibleGroupsWithoutObserver();
    void manager_readsProfilesOfReportsOnly();
    void hr_readsAndChangesEverything();
    void roleChange_changesRightsAtOnce();
    void connectedPerson_isTheLoginsPerson();
    void password_overTcp_wrongRefusedRightAccepted();
    void anonymityRule_serverAgreesWithCore_data();
    void anonymityRule_serverAgreesWithCore();
    void anonymityRule_serverAgreesWithCore_onRandomGroups_data();
    void anonymityRule_serverAgreesWithCore_onRandomGroups();

private:
    // Compares the server's rule with the core's for every person of `owner`'s database, the
    // server's through `viewer` (a login that may see every profile). Counts what was exercised.
    void compareRules(
        Database& owner, Database& viewer, const ProfileOptions& options, int& suppressed, int& pooled);
};

void TestServerRules::initTestCase()
{
    if (serverAdminUrl().isEmpty()) {
        std::fputs("skipped: PEERRADAR_TEST_PG_URL is not set (scripts/pg-test-server.sh start)\n", stderr);
        std::exit(77);
    }
    m_server = std::make_unique<ServerDatabase>();
    auto owner = ServerSetup::initialise(m_server->url());
    PR_VERIFY_OK(owner);
    m_owner = std::move(owner).value();
    DemoOptions options;
    options.people = 40;
    options.observations = 3000;
    options.seed = 7;
    options.lastDay = QDate(2026, 6, 30);
    PR_VERIFY_OK(generateDemoOrganisation(*m_owner, options));
    m_hr = personWhere(u"p.role = 'hr'"_s);
    m_manager = personWhere(
        u"p.role = 'manager' AND EXISTS (SELECT 1 FROM people r WHERE r.manager_id = p.id AND r.role = 'member')"_s);
    m_report = personWhere(u"p.manager_id = %1 AND p.role = 'member'"_s.arg(m_manager.id));
    m_member = personWhere(u"p.role = 'member' AND p.manager_id <> %1 AND p.team_id <> %2"_s.arg(m_manager.id)
                               .arg(m_report.teamId));
    m_stranger = personWhere(
        u"p.role = 'member' AND p.manager_id NOT IN (%1, %2) AND p.id <> %3 AND p.team_id NOT IN "
        "(SELECT t.id FROM teams t WHERE t.manager_id = %1)"_s.arg(m_manager.id)
            .arg(m_member.managerId)
            .arg(m_member.id));
    for (const Person* p : { &m_hr, &m_manager, &m_report, &m_member, &m_stranger })
        PR_VERIFY_OK(ServerSetup::createAccount(*m_owner, p->email, password));
}

void TestServerRules::cleanupTestCase()
{
    m_owner.reset();
    m_server.reset();
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
          "count(*) FILTER (WHERE state = 'suppressed' AND (n IS NOT NULL OR total IS NOT NULL)) "
          "FROM pr_profile_groups(?, '2000-01-01', '2100-01-01')"_s;
    auto q = member->exec(own, { m_member.id });
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
    QCOMPARE(ServerProfile::appliesRule(*member).value(), true);
    QCOMPARE(ServerProfile::appliesRule(*connectAs(m_hr)).value(), false);
}

void TestServerRules::member_programProfileEqualsOwnersProfile()
{
    // The program connected as the member computes the same profile of them as the owner (who
    // reads every row and applies the core's rule), whole history and one cycle with trend.
    auto member = connectAs(m_member);
    ProfileOptions options;
    options.today = QDate(2026, 6, 30);
    auto mine = ProfileService(*member).personProfile(m_member.id, options);
    PR_VERIFY_OK(mine);
    auto owners = ProfileService(*m_owner).personProfile(m_member.id, options);
    PR_VERIFY_OK(owners);
    QCOMPARE(json(*mine), json(*owners));
    QVERIFY(mine->trend.has_value());
    QVERIFY(!ProfileService(*member).personProfile(m_stranger.id, options));
}

void TestServerRules::member_notesOnlyOfVisibleGroupsWithoutObserver()
{
    auto member = connectAs(m_member);
    ProfileService service(*member);
    auto profile = service.personProfile(m_member.id);
    PR_VERIFY_OK(profile);
    auto notes = service.notes(*profile, Role::Member);
    PR_VERIFY_OK(notes);
    auto expected = ProfileService(*m_owner).notes(*profile, Role::Member);
    PR_VERIFY_OK(expected);
    QCOMPARE(notes->size(), expected->size());
    for (qsizetype i = 0; i < notes->size(); ++i) {
        QCOMPARE(notes->at(i).observationId, expected->at(i).observationId);
        QCOMPARE(notes->at(i).groupKey, expected->at(i).groupKey);
        QVERIFY(notes->at(i).observerName.isEmpty());
    }
    // The server hands out no note of a group the rule hides: every note it returns belongs to a
    // shown group (or a shown pool), checked against the server's own figures.
    const qint64 leaked = scalar(*member,
        u"WITH g AS (SELECT * FROM pr_profile_groups(?1, '2000-01-01', '2100-01-01')) "
        "SELECT count(*) FROM pr_profile_notes(?1, '2000-01-01', '2100-01-01') n WHERE NOT EXISTS "
        "(SELECT 1 FROM g WHERE g.behavior_id = n.behavior_id AND ((g.slot = n.rater_group AND g.state = "
        "'shown' AND "
        "g.notes_visible) OR (g.slot = 'pool' AND g.notes_visible AND g.pooled_into LIKE '%' || n.rater_group || '%')))"_s
            .replace(u"?1"_s, QString::number(m_member.id)));
    QCOMPARE(leaked, 0);
}

void TestServerRules::manager_readsProfilesOfReportsOnly()
{
    auto manager = connectAs(m_manager);
    auto report = ProfileService(*manager).personProfile(m_report.id);
    PR_VERIFY_OK(report);
    auto expected = ProfileService(*m_owner).personProfile(m_report.id);
    PR_VERIFY_OK(expected);
    QCOMPARE(json(*report), json(*expected));
    auto stranger = ProfileService(*manager).personProfile(m_stranger.id);
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

void TestServerRules::connectedPerson_isTheLoginsPerson()
{
    QCOMPARE(ServerSetup::connectedPerson(*connectAs(m_member)).value(), m_member.id);
    QCOMPARE(ServerSetup::connectedPerson(*connectAs(m_hr)).value(), m_hr.id);
    QCOMPARE(ServerSetup::connectedPerson(*m_owner).value(), Id(0));
}

void TestServerRules::password_overTcp_wrongRefusedRightAccepted()
{
    // The test server trusts its Unix socket and asks for passwords on 127.0.0.1.
    ServerAddress address = *ServerAddress::parse(m_server->urlAs(m_member.email));
    address.host = u"127.0.0.1"_s;
    auto none = Database::open(address.url());
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NeedsPassword);
    auto wrong = Database::open(
        address.url(), Database::Access::ReadWrite, Database::defaultBusyTimeoutMs, u"wrong"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::NeedsPassword);
    auto right = Database::open(
        address.url(), Database::Access::ReadWrite, Database::defaultBusyTimeoutMs, password);
    PR_VERIFY_OK(right);
    QCOMPARE(ServerSetup::connectedPerson(**right).value(), m_member.id);
    // Another connection for a worker thread reuses the password given.
    PR_VERIFY_OK((*right)->openAnother());
    // A person who is not in the file gets no account.
    QVERIFY(!ServerSetup::createAccount(*m_owner, u"nobody@example.org"_s, password));
    QVERIFY(!ServerSetup::createAccount(*m_owner, m_member.email, u"short"_s));
}

void TestServerRules::anonymityRule_serverAgreesWithCore_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("kNotes");
    QTest::addColumn<bool>("oneCycle");
    QTest::newRow("k=2") << 2 << 2 << false;
    QTest::newRow("k=3, whole history") << 3 << 3 << false;
    QTest::newRow("k=3, notes 5, one cycle") << 3 << 5 << true;
    QTest::newRow("k=4") << 4 << 4 << false;
    QTest::newRow("k=6, one cycle") << 6 << 7 << true;
}

void TestServerRules::anonymityRule_serverAgreesWithCore()
{
    // Every person of the generated organisation, figure by figure: the server's rule (through an
    // HR login, which may see every profile) against the core's rule on the raw rows.
    QFETCH(int, k);
    QFETCH(int, kNotes);
    QFETCH(bool, oneCycle);
    DatabaseSettings settings;
    settings.k = k;
    settings.kNotes = kNotes;
    PR_VERIFY_OK(SettingsRepository(*m_owner).save(settings));
    auto hr = connectAs(m_hr);
    ProfileOptions options;
    if (oneCycle)
        options.cycleId = scalar(*m_owner, u"SELECT max(id) FROM cycles"_s);
    int suppressed = 0, pooled = 0;
    compareRules(*m_owner, *hr, options, suppressed, pooled);
    // The generated data exercise the rule's branches, not only the easy case.
    QVERIFY2(suppressed > 20, qPrintable(QString::number(suppressed)));
    if (k <= 4)
        QVERIFY2(pooled > 0, qPrintable(QString::number(pooled)));
    PR_VERIFY_OK(SettingsRepository(*m_owner).save(DatabaseSettings {}));
}

void TestServerRules::compareRules(
    Database& owner, Database& viewer, const ProfileOptions& options, int& suppressed, int& pooled)
{
    auto context = loadProfileContext(owner, options);
    PR_VERIFY_OK(context);
    auto people = PeopleRepository(owner).all();
    PR_VERIFY_OK(people);
    for (const Person& person : *people) {
        auto rows = loadSubjectRows(owner, person.id);
        PR_VERIFY_OK(rows);
        const auto [from, to] = profilePeriod(*context, *rows);
        const PersonProfile core = computeProfile(*context, person, {}, *rows);
        auto serverBehaviors = ServerProfile::behaviors(viewer, *context, person.id, from, to);
        PR_VERIFY_OK(serverBehaviors);
        const PersonProfile server = profileFromBehaviors(*context, person, {}, from, to, *serverBehaviors);
        QCOMPARE(json(server), json(core));
        for (const BehaviorProfile& b : core.behaviors) {
            for (RaterGroup g : allRaterGroups) {
                suppressed += b.group(g).isSuppressed();
                QCOMPARE(server.behavior(b.behavior.key)->group(g).notesVisible, b.group(g).notesVisible);
            }
            pooled += b.pooled.has_value();
        }
    }
}

void TestServerRules::anonymityRule_serverAgreesWithCore_onRandomGroups_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("k=2") << 2 << 11u;
    QTest::newRow("k=3") << 3 << 12u;
    QTest::newRow("k=4") << 4 << 13u;
    QTest::newRow("k=5") << 5 << 14u;
}

void TestServerRules::anonymityRule_serverAgreesWithCore_onRandomGroups()
{
    // Group sizes a real organisation rarely produces, drawn at random: every anonymous group with
    // 0–6 observers and 1–3 observations each, so that pools grow by competing groups and ties.
    QFETCH(int, k);
    QFETCH(quint32, seed);
    ServerDatabase server;
    auto created = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(created);
    Database& owner = **created;
    DatabaseSettings settings;
    settings.k = k;
    settings.kNotes = k + 1;
    PR_VERIFY_OK(SettingsRepository(owner).save(settings));
    QList<Id> people;
    for (int i = 0; i < 30; ++i) {
        Person p;
        p.name = u"Person %1"_s.arg(i);
        p.email = u"p%1@example.org"_s.arg(i);
        p.role = i == 0 ? Role::Hr : Role::Member;
        auto id = PeopleRepository(owner).add(p);
        PR_VERIFY_OK(id);
        people << *id;
    }
    auto framework = FrameworkRepository(owner).active();
    PR_VERIFY_OK(framework);
    QRandomGenerator random(seed);
    PR_VERIFY_OK(owner.transaction([&]() -> Status {
        ObservationBulkWriter writer(owner);
        for (Id subject : std::as_const(people)) {
            for (const Behavior& behavior : std::as_const(framework->behaviors)) {
                for (RaterGroup group : allRaterGroups) {
                    const int observers = random.bounded(group == RaterGroup::Self ? 2 : 7);
                    for (int o = 0; o < observers; ++o) {
                        const int times = 1 + random.bounded(3);
                        for (int t = 0; t < times; ++t) {
                            Observation obs;
                            obs.observerId = group == RaterGroup::Self ? subject : people.at(o + 1);
                            obs.subjectId = subject;
                            obs.behaviorId = behavior.id;
                            obs.date = QDate(2026, 1, 1).addDays(random.bounded(180));
                            obs.impact = 1 + random.bounded(5);
                            obs.raterGroup = group;
                            obs.note.situation = random.bounded(2) ? u"Seen"_s : QString();
                            if (auto s = writer.insert(obs); !s)
                                return s;
                        }
                    }
                }
            }
        }
        return {};
    }));
    PR_VERIFY_OK(ServerSetup::createAccount(owner, u"p0@example.org"_s, password));
    auto hr = Database::open(server.urlAs(u"p0@example.org"_s));
    PR_VERIFY_OK(hr);
    int suppressed = 0, pooled = 0;
    compareRules(owner, **hr, {}, suppressed, pooled);
    QVERIFY2(suppressed > 50, qPrintable(QString::number(suppressed)));
    QVERIFY2(pooled > 20, qPrintable(QString::number(pooled)));
    hr->reset();
    created->reset();
}

QTEST_GUILESS_MAIN(TestServerRules)
#include "tst_server_rules.moc"
