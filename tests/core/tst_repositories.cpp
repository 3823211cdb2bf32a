#include "TestSupport.h"

#include "storage/CycleRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Stewardship.h"

#include <QSqlQuery>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

// A small org: team A with manager Mia and members Ann, Bob; team B with Cy; Hal from HR.
struct Org
{
    TempDatabase t;
    Team a, b;
    Person mia, ann, bob, cy, hal;
    Behavior influence;

    Org()
    {
        PeopleRepository people(t.db());
        a.name = u"Team A"_s;
        b.name = u"Team B"_s;
        people.addTeam(a).value();
        people.addTeam(b).value();
        auto add = [&](Person& p, const QString& name, Id team, Id manager, Role role) {
            p.name = name;
            p.email = name.toLower() + u"@example.com"_s;
            p.teamId = team;
            p.managerId = manager;
            p.role = role;
            if (!people.add(p))
                qFatal("could not add %s", qPrintable(name));
        };
        add(mia, u"Mia"_s, a.id, 0, Role::Manager);
        add(ann, u"Ann"_s, a.id, mia.id, Role::Member);
        add(bob, u"Bob"_s, a.id, mia.id, Role::Member);
        add(cy, u"Cy"_s, b.id, 0, Role::Member);
        add(hal, u"Hal"_s, 0, 0, Role::Hr);
        influence = FrameworkRepository(t.db()).active().value().behaviors.at(0);
    }

    Observation observation(const Person& observer, const Person& subject, int impact = 4)
    {
        Observation o;
        o.observerId = observer.id;
        o.subjectId = subject.id;
        o.behaviorId = influence.id;
        o.date = QDate::currentDate().addDays(-3);
        o.impact = impact;
        o.note = { u"In the retro"_s, u"asked the quiet ones first"_s, u"we heard new ideas"_s };
        return o;
    }
};

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void log_storesDerivedRaterGroup_data();
    void log_storesDerivedRaterGroup();
    void log_keepsGroupWhenPeopleMoveLater();
    void log_refusesRetiredBehaviorAndRemovedPeople();
    void update_byOtherMember_refused_byHr_allowed();
    void remove_thenRestore_givesBackTheSameRow();
    void people_duplicateEmailAndManagerLoop_refused();
    void people_search_escapesLikeWildcards();
    void people_removeUnreferenced_onlyWhileNothingRefersToThem_restoreKeepsTheId();
    void teamsCyclesBehaviors_restoredWithTheirIds();
    void framework_behaviorInUse_cannotBeDeleted_canBeRetired();
    void framework_addWithDuplicateKeys_refused();
    void cycles_previous_isTheOneEndedLastBefore();
    void cycles_overlapping_refusedOnAddAndUpdate();
    void settings_roundTrip_andValidation();
    void stewardship_hideNote_onlyHr_andAudited();
    void stewardship_removePerson_deletesAboutThem_keepsWhatTheySaidAnonymised();
};

void TestRepositories::log_storesDerivedRaterGroup_data()
{
    QTest::addColumn<QString>("observer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("group");
    QTest::newRow("self") << u"Ann"_s << u"Ann"_s << u"self"_s;
    QTest::newRow("manager") << u"Mia"_s << u"Ann"_s << u"manager"_s;
    QTest::newRow("direct report") << u"Ann"_s << u"Mia"_s << u"direct_report"_s;
    QTest::newRow("peer") << u"Bob"_s << u"Ann"_s << u"peer"_s;
    QTest::newRow("other") << u"Cy"_s << u"Ann"_s << u"other"_s;
}

void TestRepositories::log_storesDerivedRaterGroup()
{
    QFETCH(QString, observer);
    QFETCH(QString, subject);
    QFETCH(QString, group);
    Org org;
    auto byName = [&](const QString& name) {
        return PeopleRepository(org.t.db()).byEmail(name.toLower() + u"@example.com"_s).value();
    };
    Observation o = org.observation(byName(observer), byName(subject));
    PR_VERIFY_OK(ObservationRepository(org.t.db()).log(o));
    auto q = org.t.db().exec(u"SELECT rater_group, impact, situation FROM observations WHERE id = ?"_s, { o.id });
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), group);
    QCOMPARE(q->value(1).toInt(), 4);
    QCOMPARE(q->value(2).toString(), u"In the retro"_s);
    QCOMPARE(o.uuid.size(), 36);
}

void TestRepositories::log_keepsGroupWhenPeopleMoveLater()
{
    Org org;
    Observation o = org.observation(org.bob, org.ann);
    PR_VERIFY_OK(ObservationRepository(org.t.db()).log(o));
    org.bob.teamId = org.b.id; // Bob moves to team B
    PR_VERIFY_OK(PeopleRepository(org.t.db()).update(org.bob));
    QCOMPARE(ObservationRepository(org.t.db()).byId(o.id).value().raterGroup, RaterGroup::Peer);
    Observation later = org.observation(org.bob, org.ann);
    PR_VERIFY_OK(ObservationRepository(org.t.db()).log(later));
    QCOMPARE(later.raterGroup, RaterGroup::Other);
}

void TestRepositories::log_refusesRetiredBehaviorAndRemovedPeople()
{
    Org org;
    PR_VERIFY_OK(FrameworkRepository(org.t.db()).setRetired(org.influence.id, true));
    Observation o = org.observation(org.bob, org.ann);
    auto refused = ObservationRepository(org.t.db()).log(o);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"retired"_s));
    PR_VERIFY_OK(FrameworkRepository(org.t.db()).setRetired(org.influence.id, false));
    PR_VERIFY_OK(Stewardship(org.t.db()).removePerson(org.ann.id, org.hal));
    Observation again = org.observation(org.bob, org.ann);
    QVERIFY(!ObservationRepository(org.t.db()).log(again));
    QCOMPARE(ObservationRepository(org.t.db()).count().value(), 0);
}

void TestRepositories::update_byOtherMember_refused_byHr_allowed()
{
    Org org;
    ObservationRepository repo(org.t.db());
    Observation o = org.observation(org.bob, org.ann);
    PR_VERIFY_OK(repo.log(o));
    o.impact = 2;
    const Status refused = repo.update(o, org.cy);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"HR"_s));
    QCOMPARE(repo.byId(o.id).value().impact, 4);
    PR_VERIFY_OK(repo.update(o, org.hal));
    QCOMPARE(repo.byId(o.id).value().impact, 2);
    // Changing the subject derives the group again: Bob about Cy is "other".
    o.subjectId = org.cy.id;
    PR_VERIFY_OK(repo.update(o, org.bob));
    QCOMPARE(repo.byId(o.id).value().raterGroup, RaterGroup::Other);
    o.impact = 9;
    QVERIFY(!repo.update(o, org.bob));
}

void TestRepositories::remove_thenRestore_givesBackTheSameRow()
{
    Org org;
    ObservationRepository repo(org.t.db());
    Observation o = org.observation(org.mia, org.ann, 5);
    PR_VERIFY_OK(repo.log(o));
    QVERIFY(!repo.remove(o.id, org.bob)); // not the author
    auto removed = repo.remove(o.id, org.mia);
    PR_VERIFY_OK(removed);
    QCOMPARE(repo.count().value(), 0);
    PR_VERIFY_OK(repo.restore(*removed));
    const Observation back = repo.byId(o.id).value();
    QCOMPARE(back.uuid, o.uuid);
    QCOMPARE(back.raterGroup, RaterGroup::Manager);
    QCOMPARE(back.impact, 5);
    QCOMPARE(back.note.action, o.note.action);
    QCOMPARE(back.createdAt, removed->createdAt);
}

void TestRepositories::people_duplicateEmailAndManagerLoop_refused()
{
    Org org;
    PeopleRepository people(org.t.db());
    Person dup;
    dup.name = u"Other Ann"_s;
    dup.email = u"ANN@example.com"_s;
    auto refused = people.add(dup);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
    QVERIFY(refused.error().message.contains(u"Ann"_s));
    // Mia managed by Ann, who is managed by Mia: a loop.
    org.mia.managerId = org.ann.id;
    const Status loop = people.update(org.mia);
    QVERIFY(!loop);
    QVERIFY(loop.error().message.contains(u"loop"_s));
    org.mia.managerId = org.mia.id;
    QVERIFY(!people.update(org.mia));
}

// What the undo of "person added" and its redo do.
void TestRepositories::people_removeUnreferenced_onlyWhileNothingRefersToThem_restoreKeepsTheId()
{
    Org org;
    PeopleRepository people(org.t.db());
    Person ida;
    ida.name = u"Ida"_s;
    ida.email = u"ida@example.com"_s;
    PR_VERIFY_OK(people.add(ida));
    PR_VERIFY_OK(people.removeUnreferenced(ida.id));
    QCOMPARE(people.byId(ida.id).error().code, ErrorCode::NotFound);
    PR_VERIFY_OK(people.restore(ida));
    auto back = people.byId(ida.id);
    PR_VERIFY_OK(back);
    QCOMPARE(back->uuid, ida.uuid);
    QCOMPARE(back->email, ida.email);

    // Observed, or someone's manager: refused, naming them; nothing changes.
    Observation o = org.observation(org.ann, ida);
    PR_VERIFY_OK(ObservationRepository(org.t.db()).log(o));
    auto refused = people.removeUnreferenced(ida.id);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"Ida"_s));
    auto mia = people.removeUnreferenced(org.mia.id); // manages Ann and Bob
    QVERIFY(!mia);
    QVERIFY(mia.error().message.contains(u"manager"_s));
    PR_VERIFY_OK(people.byId(org.mia.id));
}

// What the undo of a delete and the redo of an add do: the same row, id and uuid.
void TestRepositories::teamsCyclesBehaviors_restoredWithTheirIds()
{
    Org org;
    PeopleRepository people(org.t.db());
    Team c;
    c.name = u"Team C"_s;
    PR_VERIFY_OK(people.addTeam(c));
    PR_VERIFY_OK(people.removeTeam(c.id));
    PR_VERIFY_OK(people.restoreTeam(c));
    QCOMPARE(people.teamById(c.id)->uuid, c.uuid);
    QVERIFY(!people.restoreTeam(Team { 0, {}, u"Team A"_s, 0 })); // the name is taken

    CycleRepository cycles(org.t.db());
    Cycle h1 { 0, {}, u"2030 H1"_s, QDate(2030, 1, 1), QDate(2030, 6, 30) };
    PR_VERIFY_OK(cycles.add(h1));
    PR_VERIFY_OK(cycles.remove(h1.id));
    PR_VERIFY_OK(cycles.restore(h1));
    QCOMPARE(cycles.byId(h1.id)->name, h1.name);

    FrameworkRepository frameworks(org.t.db());
    Behavior b;
    b.frameworkId = org.influence.frameworkId;
    b.key = u"listens"_s;
    b.name = u"Listens"_s;
    b.position = 99;
    PR_VERIFY_OK(frameworks.addBehavior(b));
    PR_VERIFY_OK(frameworks.removeBehavior(b.id));
    PR_VERIFY_OK(frameworks.restoreBehavior(b));
    auto framework = frameworks.byId(b.frameworkId);
    PR_VERIFY_OK(framework);
    const QList<Behavior>& behaviors = framework->behaviors;
    QVERIFY(std::any_of(behaviors.cbegin(), behaviors.cend(),
        [&](const Behavior& x) { return x.id == b.id && x.uuid == b.uuid && x.key == b.key; }));
}

void TestRepositories::people_search_escapesLikeWildcards()
{
    Org org;
    PeopleRepository people(org.t.db());
    QCOMPARE(people.search(u"%"_s).value().size(), 0);
    QCOMPARE(people.search(u"_"_s).value().size(), 0);
    const auto found = people.search(u"an"_s).value();
    QCOMPARE(found.size(), 1); // Ann (Hal, Mia… don't contain "an")
    QCOMPARE(found.at(0).name, u"Ann"_s);
    QCOMPARE(people.search(u"EXAMPLE"_s).value().size(), 5);
}

void TestRepositories::framework_behaviorInUse_cannotBeDeleted_canBeRetired()
{
    Org org;
    FrameworkRepository frameworks(org.t.db());
    Observation o = org.observation(org.bob, org.ann);
    PR_VERIFY_OK(ObservationRepository(org.t.db()).log(o));
    const Status refused = frameworks.removeBehavior(org.influence.id);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"Retire"_s));
    PR_VERIFY_OK(frameworks.setRetired(org.influence.id, true));
    QVERIFY(frameworks.active().value().behaviors.at(0).retired);
    // An unused behavior can go.
    const Behavior unused = frameworks.active().value().behaviors.at(5);
    PR_VERIFY_OK(frameworks.removeBehavior(unused.id));
    QCOMPARE(frameworks.active().value().behaviors.size(), 5);
}

void TestRepositories::framework_addWithDuplicateKeys_refused()
{
    Org org;
    FrameworkRepository frameworks(org.t.db());
    Framework f;
    f.name = u"Mine"_s;
    for (const char* key : { "a", "b", "a" }) {
        Behavior b;
        b.key = QString::fromLatin1(key);
        b.name = b.key.toUpper();
        f.behaviors << b;
    }
    QVERIFY(!frameworks.addFramework(f));
    f.behaviors[2].key = u"c"_s;
    f.active = true;
    PR_VERIFY_OK(frameworks.addFramework(f));
    QCOMPARE(frameworks.active().value().name, u"Mine"_s);
    QCOMPARE(frameworks.all().value().size(), 3);
}

void TestRepositories::cycles_previous_isTheOneEndedLastBefore()
{
    Org org;
    CycleRepository cycles(org.t.db());
    Cycle h1 { 0, {}, u"2026 H1"_s, QDate(2026, 1, 1), QDate(2026, 6, 30) };
    Cycle h2 { 0, {}, u"2026 H2"_s, QDate(2026, 7, 1), QDate(2026, 12, 31) };
    Cycle old { 0, {}, u"2025"_s, QDate(2025, 1, 1), QDate(2025, 12, 31) };
    PR_VERIFY_OK(cycles.add(h2));
    PR_VERIFY_OK(cycles.add(old));
    PR_VERIFY_OK(cycles.add(h1));
    QCOMPARE(cycles.previous(h2).value()->name, u"2026 H1"_s);
    QCOMPARE(cycles.previous(h1).value()->name, u"2025"_s);
    QVERIFY(!cycles.previous(old).value().has_value());
    Cycle clash { 0, {}, u"2026 H1"_s, QDate(2027, 1, 1), QDate(2027, 6, 30) };
    QCOMPARE(cycles.add(clash).error().code, ErrorCode::AlreadyExists);
    QCOMPARE(cycles.all().value().first().name, u"2025"_s);
}

void TestRepositories::cycles_overlapping_refusedOnAddAndUpdate()
{
    Org org;
    CycleRepository cycles(org.t.db());
    Cycle h1 { 0, {}, u"2026 H1"_s, QDate(2026, 1, 1), QDate(2026, 6, 30) };
    Cycle h2 { 0, {}, u"2026 H2"_s, QDate(2026, 7, 1), QDate(2026, 12, 31) };
    PR_VERIFY_OK(cycles.add(h1));
    PR_VERIFY_OK(cycles.add(h2));
    Cycle q2 { 0, {}, u"2026 Q2"_s, QDate(2026, 4, 1), QDate(2026, 6, 30) };
    const auto refused = cycles.add(q2);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(u"\"2026 H1\" (2026-01-01 to 2026-06-30)"_s),
        qPrintable(refused.error().message));
    QCOMPARE(q2.id, Id(0));
    QCOMPARE(cycles.all().value().size(), 2);
    // Changing a cycle within its own dates is fine; moving it onto its neighbour is not.
    h1.start = QDate(2026, 2, 1);
    PR_VERIFY_OK(cycles.update(h1));
    h1.end = QDate(2026, 7, 1);
    const Status moved = cycles.update(h1);
    QVERIFY(!moved);
    QVERIFY(moved.error().message.contains(u"\"2026 H2\""_s));
    QCOMPARE(cycles.byId(h1.id).value().end, QDate(2026, 6, 30));
}

void TestRepositories::settings_roundTrip_andValidation()
{
    Org org;
    SettingsRepository settings(org.t.db());
    PR_VERIFY_OK(settings.save({ 4, 6 }));
    QCOMPARE(settings.load().value().k, 4);
    QCOMPARE(settings.load().value().kNotes, 6);
    QVERIFY(!settings.save({ 1, 6 }));
    QCOMPARE(settings.load().value().k, 4);
}

void TestRepositories::stewardship_hideNote_onlyHr_andAudited()
{
    Org org;
    Observation o = org.observation(org.bob, org.ann);
    PR_VERIFY_OK(ObservationRepository(org.t.db()).log(o));
    Stewardship stewardship(org.t.db());
    QVERIFY(!stewardship.setNoteHidden(o.id, true, org.mia));
    PR_VERIFY_OK(stewardship.setNoteHidden(o.id, true, org.hal));
    const Observation hidden = ObservationRepository(org.t.db()).byId(o.id).value();
    QVERIFY(hidden.noteHidden);
    QCOMPARE(hidden.note.situation, u"In the retro"_s); // hidden, not deleted
    const auto trail = stewardship.auditTrail().value();
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.at(0).action, u"hide_note"_s);
    QCOMPARE(trail.at(0).actorName, u"Hal"_s);
    QCOMPARE(trail.at(0).target, o.uuid);
    QVERIFY(qAbs(trail.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestRepositories::stewardship_removePerson_deletesAboutThem_keepsWhatTheySaidAnonymised()
{
    Org org;
    ObservationRepository repo(org.t.db());
    Observation aboutAnn = org.observation(org.bob, org.ann);
    Observation byAnn = org.observation(org.ann, org.bob);
    PR_VERIFY_OK(repo.log(aboutAnn));
    PR_VERIFY_OK(repo.log(byAnn));
    QVERIFY(!Stewardship(org.t.db()).removePerson(org.ann.id, org.bob));
    PR_VERIFY_OK(Stewardship(org.t.db()).removePerson(org.ann.id, org.hal));
    QVERIFY(!repo.byId(aboutAnn.id));
    const Observation kept = repo.byId(byAnn.id).value();
    QCOMPARE(kept.observerId, org.ann.id);
    const Person gone = PeopleRepository(org.t.db()).byId(org.ann.id).value();
    QVERIFY(gone.removed);
    QCOMPARE(gone.name, u"Former colleague"_s);
    QVERIFY(!gone.email.contains(u"ann"_s));
    QCOMPARE(gone.teamId, Id(0));
    auto q = org.t.db().exec(u"SELECT count(*) FROM people WHERE name LIKE '%Ann%' OR email LIKE '%ann@%'"_s);
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 0);
    QCOMPARE(Stewardship(org.t.db()).auditTrail().value().at(0).action, u"remove_person"_s);
    for (const Person& p : PeopleRepository(org.t.db()).all().value())
        QVERIFY(p.id != org.ann.id);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
