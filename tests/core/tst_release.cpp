// Released cycles (issue 12 item 2) in a file: everyone but HR reads a cycle's anonymous groups only
// once HR has released it, and then as they were at release, whatever changes later; HR reads live
// figures and what changed since the release. The rule: domain/Rules.h anonymousGroupsFor.

#include "AnalyticsFixture.h"
#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
#include "domain/Rules.h"
#include "report/ReportContent.h"
#include "storage/Stewardship.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QDate cycleStart(2026, 1, 1);
const QDate cycleEnd(2026, 6, 30);

qint64 scalarOf(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRelease : public QObject
{
    Q_OBJECT

    std::unique_ptr<AnalyticsOrg> m_org;
    Id m_team = 0, m_otherTeam = 0, m_manager = 0, m_subject = 0, m_cycle = 0;
    QList<Id> m_peers; // four peers of the subject, in m_team
    Id m_outsider = 0; // in m_otherTeam

    ProfileOptions reader() const
    {
        ProfileOptions o;
        o.cycleId = m_cycle;
        o.readerIsHr = false;
        o.withTrend = true;
        return o;
    }
    ProfileOptions hr() const
    {
        ProfileOptions o = reader();
        o.readerIsHr = true;
        return o;
    }
    PersonProfile profile(const ProfileOptions& options)
    {
        auto p = ProfileService(m_org->db()).personProfile(m_subject, options);
        if (!p)
            qFatal("profile: %s", qPrintable(p.error().message));
        return *p;
    }
    // Everything a reader gets of the subject's cycle: the profile's JSON, its notes and the team's JSON.
    QByteArray everythingReadersGet()
    {
        ProfileService service(m_org->db());
        auto p = service.personProfile(m_subject, reader());
        if (!p)
            qFatal("profile: %s", qPrintable(p.error().message));
        auto notes = service.notes(*p, Role::Manager);
        if (!notes)
            qFatal("notes: %s", qPrintable(notes.error().message));
        QByteArray bytes = json(profileToJson(*p));
        for (const ProfileNote& n : *notes)
            bytes += '\n' + n.groupKey.toUtf8() + ' ' + n.date.toString(Qt::ISODate).toUtf8() + ' '
                + n.note.situation.toUtf8();
        auto team = TeamProfileService(m_org->db()).teamProfile(m_team, reader());
        if (!team)
            qFatal("team: %s", qPrintable(team.error().message));
        bytes += '\n' + json(teamProfileToJson(*team));
        return bytes;
    }

private Q_SLOTS:
    void init()
    {
        m_org = std::make_unique<AnalyticsOrg>();
        AnalyticsOrg& o = *m_org;
        m_manager = o.person(u"Mona Manager"_s, 0, 0, Role::Manager);
        m_team = o.team(u"Radar"_s, m_manager);
        m_otherTeam = o.team(u"Elsewhere"_s);
        m_subject = o.person(u"Sam Subject"_s, m_team, m_manager);
        m_peers.clear();
        for (int i = 0; i < 4; ++i)
            m_peers << o.person(u"Peer %1"_s.arg(i), m_team, m_manager);
        m_outsider = o.person(u"Olga Outside"_s, m_otherTeam);
        m_cycle = o.cycle(u"2026 H1"_s, cycleStart, cycleEnd);
        const QDate day(2026, 3, 2);
        // Self, the manager, three peers (shown at k = 3) and one other (hidden); notes to list.
        QVERIFY(o.observe(m_subject, m_subject, u"influence"_s, day, 4, RaterGroup::Self, u"I did"_s));
        QVERIFY(o.observe(m_manager, m_subject, u"influence"_s, day, 3, RaterGroup::Manager, u"She did"_s));
        for (int i = 0; i < 3; ++i)
            QVERIFY(o.observe(m_peers[i], m_subject, u"influence"_s, day.addDays(i), 2 + i, RaterGroup::Peer,
                u"Peer note %1"_s.arg(i)));
        QVERIFY(o.observe(m_outsider, m_subject, u"influence"_s, day, 5, RaterGroup::Other, u"Outside"_s));
        // An observation dated before the cycle, which a test moves into it.
        QVERIFY(o.observe(m_peers[3], m_subject, u"influence"_s, QDate(2025, 12, 1), 1, RaterGroup::Peer));
    }
    void cleanup() { m_org.reset(); }

    void rule_onlyHrReadsLiveFigures_othersTheReleasedOnes();
    void beforeRelease_readerSeesOnlySelfAndManager();
    void afterRelease_readerSeesTheAnonymousGroups();
    void released_laterChangesLeaveFiguresByteIdentical();
    void hr_seesLiveFiguresAndWhatChangedSinceRelease();
    void releaseAgain_onlyWhenAskedFor_thenShowsTheNewFigures();
    void release_refusedWhenItWouldShareDaysWithAnotherRelease();
    void releasedCycle_isKept_soItsReleasesStayWhatTheNextIsComparedWith();
    void releaseLine_tellsTheReaderWhereFiguresComeFrom();
    void removingAPerson_deletesWhatReleasesKeptAboutThem();
    void hiddenNote_staysHiddenWhenItsObservationIsDeleted();
    void personDataExport_holdsTheProfileThePersonReads();
};

void TestRelease::rule_onlyHrReadsLiveFigures_othersTheReleasedOnes()
{
    const Cycle cycle { 7, {}, u"C"_s, cycleStart, cycleEnd };
    CycleRelease release;
    release.cycleId = 7;
    QCOMPARE(anonymousGroupsFor(true, cycle, std::nullopt), AnonymousGroups::Live);
    QCOMPARE(anonymousGroupsFor(true, cycle, release), AnonymousGroups::Live);
    QCOMPARE(anonymousGroupsFor(false, cycle, release), AnonymousGroups::Released);
    QCOMPARE(anonymousGroupsFor(false, cycle, std::nullopt), AnonymousGroups::Withheld);
    QCOMPARE(anonymousGroupsFor(false, std::nullopt, std::nullopt), AnonymousGroups::Withheld); // whole history
    release.cycleId = 8; // another cycle's release
    QCOMPARE(anonymousGroupsFor(false, cycle, release), AnonymousGroups::Withheld);
}

void TestRelease::beforeRelease_readerSeesOnlySelfAndManager()
{
    for (const ProfileOptions& options : { reader(), [this] {
             ProfileOptions whole = reader();
             whole.cycleId.reset();
             return whole;
         }() }) {
        const PersonProfile p = profile(options);
        QCOMPARE(p.anonymousGroups, AnonymousGroups::Withheld);
        const BehaviorProfile* b = p.behavior(u"influence"_s);
        QVERIFY(b);
        QVERIFY(b->group(RaterGroup::Self).isShown());
        QVERIFY(b->group(RaterGroup::Manager).isShown());
        QVERIFY(b->group(RaterGroup::Peer).isEmpty());
        QVERIFY(b->group(RaterGroup::Other).isEmpty());
        QVERIFY(b->others.isEmpty());
        QVERIFY(!b->pooled);
        QVERIFY(!b->gap);
        auto notes = ProfileService(m_org->db()).notes(p, Role::Member);
        PR_VERIFY_OK(notes);
        for (const ProfileNote& n : *notes)
            QVERIFY2(n.groupKey == u"self"_s || n.groupKey == u"manager"_s, qPrintable(n.groupKey));
    }
    // HR reads the same cycle live.
    const PersonProfile live = profile(hr());
    QCOMPARE(live.anonymousGroups, AnonymousGroups::Live);
    QCOMPARE(live.behavior(u"influence"_s)->others.observers, 5);
    // The team view of a reader shows no member's anonymous figure either.
    auto team = TeamProfileService(m_org->db()).teamProfile(m_team, reader());
    PR_VERIFY_OK(team);
    QCOMPARE(team->anonymousGroups, AnonymousGroups::Withheld);
    for (const QList<GroupStats>& row : team->heatmap) {
        for (const GroupStats& cell : row)
            QVERIFY(cell.isEmpty());
    }
    QVERIFY(team->informalLeaders.isEmpty());
}

void TestRelease::afterRelease_readerSeesTheAnonymousGroups()
{
    auto release = CycleRepository(m_org->db()).release(m_cycle, m_manager, false);
    PR_VERIFY_OK(release);
    QCOMPARE(release->number, 1);
    QCOMPARE(release->start, cycleStart);
    const PersonProfile p = profile(reader());
    QCOMPARE(p.anonymousGroups, AnonymousGroups::Released);
    QVERIFY(p.release);
    const BehaviorProfile* b = p.behavior(u"influence"_s);
    // The same figures HR reads live, as nothing changed since.
    const PersonProfile live = profile(hr());
    QCOMPARE(json(profileToJson(p)).replace("\"released\"", "\"live\""), json(profileToJson(live)).replace(
        ",\"changed_since_release\":{\"added\":0,\"dates_changed\":false,\"edited\":0,\"people_moved\":0,\"removed\":0}", ""));
    QVERIFY(b->others.isShown() || b->pooled);
    QCOMPARE(b->others.observers, 5);
    auto team = TeamProfileService(m_org->db()).teamProfile(m_team, reader());
    PR_VERIFY_OK(team);
    QCOMPARE(team->anonymousGroups, AnonymousGroups::Released);
}

void TestRelease::released_laterChangesLeaveFiguresByteIdentical()
{
    Database& db = m_org->db();
    PR_VERIFY_OK(CycleRepository(db).release(m_cycle, m_manager, false));
    const QByteArray atRelease = everythingReadersGet();
    // A late observation by the fourth peer, which would bring "other" next to three peers...
    QVERIFY(m_org->observe(m_peers[3], m_subject, u"influence"_s, QDate(2026, 6, 1), 5, RaterGroup::Peer, u"Late"_s));
    QVERIFY(m_org->observe(m_outsider, m_subject, u"influence"_s, QDate(2026, 6, 2), 1, RaterGroup::Other));
    // ...an old observation's date moved into the cycle, an edited impact and note...
    PR_VERIFY_OK(db.execStatement(u"UPDATE observations SET observed_on = '2026-02-01' WHERE observed_on = '2025-12-01'"_s));
    PR_VERIFY_OK(db.execStatement(
        u"UPDATE observations SET impact = 1, situation = 'Edited' WHERE rater_group = 'peer' AND impact = 4"_s));
    // ...a peer moved to another team, the cycle's dates moved, the thresholds changed.
    PR_VERIFY_OK(db.execStatement(u"UPDATE people SET team_id = ? WHERE id = ?"_s, { m_otherTeam, m_peers[0] }));
    Cycle moved = *CycleRepository(db).byId(m_cycle);
    moved.end = QDate(2026, 7, 31);
    PR_VERIFY_OK(CycleRepository(db).update(moved));
    QVERIFY(m_org->setThresholds(2, 2));
    QCOMPARE(everythingReadersGet(), atRelease);
    // HR's live figures did move.
    QCOMPARE(profile(hr()).behavior(u"influence"_s)->others.observers, 6);
}

void TestRelease::hr_seesLiveFiguresAndWhatChangedSinceRelease()
{
    Database& db = m_org->db();
    PR_VERIFY_OK(CycleRepository(db).release(m_cycle, m_manager, false));
    QVERIFY(m_org->observe(m_peers[3], m_subject, u"influence"_s, QDate(2026, 6, 1), 5, RaterGroup::Peer));
    PR_VERIFY_OK(db.execStatement(u"UPDATE observations SET observed_on = '2026-02-01' WHERE observed_on = '2025-12-01'"_s));
    PR_VERIFY_OK(db.execStatement(u"UPDATE observations SET impact = 1 WHERE rater_group = 'manager'"_s));
    PR_VERIFY_OK(db.execStatement(u"DELETE FROM observations WHERE rater_group = 'other'"_s));
    PR_VERIFY_OK(db.execStatement(u"UPDATE people SET team_id = ? WHERE id = ?"_s, { m_otherTeam, m_peers[0] }));
    auto changes = CycleRepository(db).changesSinceRelease(m_cycle);
    PR_VERIFY_OK(changes);
    QVERIFY(*changes);
    QCOMPARE((*changes)->added, 2);
    QCOMPARE((*changes)->edited, 1);
    QCOMPARE((*changes)->removed, 1);
    QCOMPARE((*changes)->peopleMoved, 1);
    QVERIFY(!(*changes)->datesChanged);
    const PersonProfile live = profile(hr());
    QCOMPARE(live.anonymousGroups, AnonymousGroups::Live);
    QVERIFY(live.changesSinceRelease);
    QCOMPARE(live.changesSinceRelease->added, 2);
    QCOMPARE(live.behavior(u"influence"_s)->group(RaterGroup::Peer).observers, 4);
    const QString line = ReportContent::releaseLine(live.anonymousGroups, live.cycle, live.release, live.changesSinceRelease);
    QVERIFY2(line.contains(u"2 observation"_s), qPrintable(line)); // untranslated here: "observation(s)"
    QVERIFY2(line.contains(u"1 person"_s), qPrintable(line));
    QVERIFY(profileToJson(live).contains(u"changed_since_release"_s));
    QVERIFY(!profileToJson(profile(reader())).contains(u"changed_since_release"_s));
}

void TestRelease::releaseAgain_onlyWhenAskedFor_thenShowsTheNewFigures()
{
    Database& db = m_org->db();
    CycleRepository cycles(db);
    PR_VERIFY_OK(cycles.release(m_cycle, m_manager, false));
    QVERIFY(m_org->observe(m_peers[3], m_subject, u"influence"_s, QDate(2026, 6, 1), 5, RaterGroup::Peer));
    auto refused = cycles.release(m_cycle, m_manager, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(profile(reader()).behavior(u"influence"_s)->others.observers, 5);
    auto changes = cycles.changesSinceRelease(m_cycle);
    PR_VERIFY_OK(changes);
    const QString warning = CycleRepository::releaseAgainWarning(**changes);
    QVERIFY2(warning.contains(u"compare"_s), qPrintable(warning));
    auto again = cycles.release(m_cycle, m_manager, true);
    PR_VERIFY_OK(again);
    QCOMPARE(again->number, 2);
    QCOMPARE(profile(reader()).behavior(u"influence"_s)->others.observers, 6);
    auto none = cycles.changesSinceRelease(m_cycle);
    PR_VERIFY_OK(none);
    QVERIFY((*none)->isEmpty());
}

void TestRelease::release_refusedWhenItWouldShareDaysWithAnotherRelease()
{
    Database& db = m_org->db();
    CycleRepository cycles(db);
    PR_VERIFY_OK(cycles.release(m_cycle, m_manager, false));
    Cycle shorter = *cycles.byId(m_cycle);
    shorter.end = QDate(2026, 3, 31);
    PR_VERIFY_OK(cycles.update(shorter));
    const Id second = m_org->cycle(u"2026 Q2"_s, QDate(2026, 4, 1), QDate(2026, 6, 30));
    QVERIFY(second != 0);
    auto refused = cycles.release(second, m_manager, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"2026 H1"_s), qPrintable(refused.error().message));
}

void TestRelease::releasedCycle_isKept_soItsReleasesStayWhatTheNextIsComparedWith()
{
    // Were a released cycle deleted (or its addition undone), its releases would go with it: the
    // same days could be released afresh as release 1, without the step that warns of a second one.
    Database& db = m_org->db();
    CycleRepository cycles(db);
    const Id unreleased = m_org->cycle(u"2026 H2"_s, QDate(2026, 7, 1), QDate(2026, 12, 31));
    QVERIFY(unreleased != 0);
    PR_VERIFY_OK(cycles.release(m_cycle, m_manager, false));
    auto refused = cycles.remove(m_cycle);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(u"2026 H1"_s), qPrintable(refused.error().message));
    QVERIFY(cycles.byId(m_cycle));
    QCOMPARE(scalarOf(db, u"SELECT count(*) FROM cycle_releases WHERE cycle_id = %1"_s.arg(m_cycle)), 1);
    QVERIFY(scalarOf(db, u"SELECT count(*) FROM released_observations WHERE cycle_id = %1"_s.arg(m_cycle)) > 0);
    // Renamed and with its dates changed it stays released; releasing it again still needs "again".
    Cycle renamed = *cycles.byId(m_cycle);
    renamed.name = u"First half"_s;
    PR_VERIFY_OK(cycles.update(renamed));
    auto again = cycles.release(m_cycle, m_manager, false);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    // A cycle never released is deleted as before.
    PR_VERIFY_OK(cycles.remove(unreleased));
    QVERIFY(!cycles.byId(unreleased));
}

void TestRelease::releaseLine_tellsTheReaderWhereFiguresComeFrom()
{
    const PersonProfile before = profile(reader());
    const QString withheld = ReportContent::releaseLine(before.anonymousGroups, before.cycle, before.release, std::nullopt);
    QVERIFY2(withheld.contains(u"when HR releases the cycle"_s), qPrintable(withheld));
    QVERIFY(ReportContent::person(before, {}, QDate(2026, 7, 1)).releaseLine == withheld);
    PR_VERIFY_OK(CycleRepository(m_org->db()).release(m_cycle, m_manager, false));
    const PersonProfile after = profile(reader());
    const QString released = ReportContent::releaseLine(after.anonymousGroups, after.cycle, after.release, std::nullopt);
    QVERIFY2(released.contains(u"later changes do not alter them"_s), qPrintable(released));
    QCOMPARE(profileToJson(after).value(u"anonymous_groups"_s).toString(), u"released"_s);
    QCOMPARE(profileToJson(before).value(u"anonymous_groups"_s).toString(), u"withheld"_s);
}

void TestRelease::removingAPerson_deletesWhatReleasesKeptAboutThem()
{
    Database& db = m_org->db();
    PR_VERIFY_OK(CycleRepository(db).release(m_cycle, m_manager, false));
    QVERIFY(scalarOf(db, u"SELECT count(*) FROM released_observations WHERE subject_id = %1"_s.arg(m_subject)) > 0);
    Person hrPerson;
    hrPerson.name = u"Hanna HR"_s;
    hrPerson.email = u"hanna@example.com"_s;
    hrPerson.role = Role::Hr;
    auto hrId = PeopleRepository(db).add(hrPerson);
    PR_VERIFY_OK(hrId);
    hrPerson.id = *hrId;
    PR_VERIFY_OK(Stewardship(db).removePerson(m_subject, hrPerson));
    QCOMPARE(scalarOf(db, u"SELECT count(*) FROM released_observations WHERE subject_id = %1"_s.arg(m_subject)), 0);
}

QTEST_GUILESS_MAIN(TestRelease)
// A note HR hid after the release is not read from the release either; nor once its observation is
// deleted, which must not bring it back.
void TestRelease::hiddenNote_staysHiddenWhenItsObservationIsDeleted()
{
    Database& db = m_org->db();
    PR_VERIFY_OK(CycleRepository(db).release(m_cycle, m_manager, false));
    const auto readerNotes = [&] {
        ProfileService service(db);
        auto p = service.personProfile(m_subject, reader());
        auto notes = p ? service.notes(*p, Role::Manager) : Result<QList<ProfileNote>>(p.error());
        if (!notes)
            qFatal("notes: %s", qPrintable(notes.error().message));
        QStringList texts;
        for (const ProfileNote& n : *notes)
            texts << n.note.situation;
        return texts;
    };
    QVERIFY2(readerNotes().contains(u"Peer note 0"_s), qPrintable(readerNotes().join(u", "_s)));
    PR_VERIFY_OK(db.execStatement(u"UPDATE observations SET note_hidden = 1 WHERE situation = 'Peer note 0'"_s));
    QVERIFY2(!readerNotes().contains(u"Peer note 0"_s), qPrintable(readerNotes().join(u", "_s)));
    PR_VERIFY_OK(db.execStatement(u"DELETE FROM observations WHERE situation = 'Peer note 0'"_s));
    QVERIFY2(!readerNotes().contains(u"Peer note 0"_s), qPrintable(readerNotes().join(u", "_s)));
    QVERIFY(readerNotes().contains(u"Peer note 1"_s));
}

// What a person gets when HR exports their data is the profile they read themselves: over their whole
// history that is only their own view and their manager's, never the anonymous groups live.
void TestRelease::personDataExport_holdsTheProfileThePersonReads()
{
    auto exported = exportPersonData(m_org->db(), m_subject);
    PR_VERIFY_OK(exported);
    const QJsonObject profile = exported->value(u"profile"_s).toObject();
    QCOMPARE(profile.value(u"anonymous_groups"_s).toString(), u"withheld"_s);
    // Three peers observed "influence" in the cycle: live, HR would read their mean.
    const QJsonArray behaviors = profile.value(u"behaviors"_s).toArray();
    const auto influence = std::find_if(behaviors.cbegin(), behaviors.cend(),
        [](const QJsonValue& b) { return b.toObject().value(u"key"_s).toString() == u"influence"_s; });
    QVERIFY(influence != behaviors.cend());
    const QJsonObject peers = influence->toObject().value(u"groups"_s).toObject().value(u"peer"_s).toObject();
    QVERIFY2(!peers.contains(u"mean"_s), json(peers).constData());
}

#include "tst_release.moc"
