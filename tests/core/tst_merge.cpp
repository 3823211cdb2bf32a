// Merging one PeerRadar file into another (io/Merge.h): new rows come in with the target's ids,
// merging again changes nothing, conflicts are listed and change nothing, hostile sources are
// refused, and two demo organisations merge into their exact union. In a server run the target of
// every merge is a database on the test server (the sources stay files): merging a team's offline
// file into the organisation's server.
#include "MergeFixture.h"
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "io/Merge.h"
#include "storage/CycleRepository.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Stewardship.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void copyWithNewRows_newPeopleAndObservationsGetTargetIds();
    void mergeTwice_secondChangesNothing();
    void independentFiles_matchFrameworksByNameAndPeopleByEmail();
    void conflict_isListedAndChangesNothing_data();
    void conflict_isListedAndChangesNothing();
    void conflictMessage_namesWhoWhatAndBothValues();
    void preferTarget_keepsTargetAndAddsTheRest();
    void preferSource_takesSourceValues();
    void hostileSource_isRefusedAndNothingChanges_data();
    void hostileSource_isRefusedAndNothingChanges();
    void removedInTarget_staysRemovedAndWhatOthersSaidStaysOut();
    void removedInSourceOnly_isRefusedWhateverThePreference();
    void removedAfterMatchByEmail_isNotBroughtBackUnderTheOldAddress();
    void noteHiddenInSource_isHiddenInTargetWithItsAuditEntry();
    void dryRun_reportsCountsAndChangesNothing();
    void stricterAnonymityThreshold_wins();
    void cancel_changesNothing();
    void twoDemoOrganisations_mergeIntoTheirExactUnion();

private:
    std::unique_ptr<Database> create(const QString& name);
    std::unique_ptr<Database> copyOf(Database& db, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    MergeTargets m_targets;
    std::unique_ptr<Database> m_a; // the target
    Org m_org;
    const QDate m_day { 2026, 3, 2 };
};

std::unique_ptr<Database> TestMerge::create(const QString& name)
{
    auto db = Database::create(m_dir->filePath(name));
    return db ? std::move(db).value() : nullptr;
}

std::unique_ptr<Database> TestMerge::copyOf(Database& db, const QString& name)
{
    if (!db.saveCopy(m_dir->filePath(name)))
        return nullptr;
    auto copy = Database::open(m_dir->filePath(name));
    return copy ? std::move(copy).value() : nullptr;
}

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = m_targets.create(m_dir->path(), u"a.peerradar"_s);
    QVERIFY(m_a);
    m_org = {};
    QVERIFY(buildOrg(*m_a, m_org, m_day));
}

void TestMerge::cleanup()
{
    m_a.reset();
    m_targets.clear();
    m_dir.reset();
}

void TestMerge::copyWithNewRows_newPeopleAndObservationsGetTargetIds()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    // In B: Zoe joins Platform and two observations involve her. In A meanwhile: Dan joins, so
    // that the integer ids of the two files part ways.
    Person zoe
        = makePerson(u"Zoe Zeal"_s, u"zoe@example.org"_s, m_org.platform.id, m_org.ann.id, Role::Member);
    PR_VERIFY_OK(PeopleRepository(*b).add(zoe));
    const Id byZoe = logObservation(*b, zoe, m_org.ben, m_org.behaviors[3], 2, m_day, u"Pairing"_s);
    const Id aboutZoe = logObservation(*b, m_org.cat, zoe, m_org.behaviors[4], 5, m_day);
    QVERIFY(byZoe && aboutZoe);
    Person dan
        = makePerson(u"Dan Designer"_s, u"dan@example.org"_s, m_org.platform.id, m_org.ann.id, Role::Member);
    PR_VERIFY_OK(PeopleRepository(*m_a).add(dan));
    QCOMPARE(dan.id, zoe.id); // the same integer id stands for two different people

    auto report = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(report);
    QVERIFY(report->changed);
    QVERIFY(report->conflicts.isEmpty());
    QCOMPARE(report->count(MergeKind::Person).added, 1);
    QCOMPARE(report->count(MergeKind::Person).alreadyPresent, 4);
    QCOMPARE(report->count(MergeKind::Observation).added, 2);
    QCOMPARE(report->count(MergeKind::Observation).alreadyPresent, 3);
    QCOMPARE(report->count(MergeKind::Team).alreadyPresent, 1);
    QCOMPARE(report->count(MergeKind::Framework).alreadyPresent, 2);
    QCOMPARE(report->count(MergeKind::Behavior).alreadyPresent, 12);
    QCOMPARE(report->count(MergeKind::Cycle).alreadyPresent, 1);

    const Id zoeHere = scalar(*m_a, u"SELECT id FROM people WHERE uuid = ?"_s, { zoe.uuid });
    QVERIFY(zoeHere > dan.id);
    QCOMPARE(
        text(*m_a,
            u"SELECT name || '/' || email || '/' || team_id || '/' || manager_id || '/' || role FROM people "
            u"WHERE id = ?"_s,
            { zoeHere }),
        u"Zoe Zeal/zoe@example.org/%1/%2/member"_s.arg(m_org.platform.id).arg(m_org.ann.id));
    auto byZoeHere = ObservationRepository(*b).byId(byZoe);
    PR_VERIFY_OK(byZoeHere);
    QCOMPARE(text(*m_a,
                 u"SELECT observer_id || '/' || subject_id || '/' || behavior_id || '/' || impact || '/' || "
                 u"rater_group || '/' || situation || '/' || observed_on FROM observations WHERE uuid = ?"_s,
                 { byZoeHere->uuid }),
        u"%1/%2/%3/2/peer/Pairing/2026-03-02"_s.arg(zoeHere).arg(m_org.ben.id).arg(m_org.behaviors[3].id));
    auto aboutZoeHere = ObservationRepository(*b).byId(aboutZoe);
    PR_VERIFY_OK(aboutZoeHere);
    QCOMPARE(scalar(*m_a, u"SELECT subject_id FROM observations WHERE uuid = ?"_s, { aboutZoeHere->uuid }),
        zoeHere);
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM observations WHERE subject_id = ?"_s, { dan.id }), 0);
    QVERIFY(m_a->integrityProblems().isEmpty());
}

void TestMerge::mergeTwice_secondChangesNothing()
{
    auto b = create(u"b.peerradar"_s);
    QVERIFY(b);
    Org other;
    QVERIFY(buildOrg(*b, other, m_day)); // same emails and names, other uuids
    Person yan = makePerson(u"Yan Yu"_s, u"yan@example.org"_s, other.platform.id, other.ann.id, Role::Member);
    PR_VERIFY_OK(PeopleRepository(*b).add(yan));
    QVERIFY(logObservation(*b, yan, other.cat, other.behaviors[0], 3, m_day));

    auto first = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(first);
    QVERIFY2(first->conflicts.isEmpty(), qPrintable(first->conflictMessages().join(u'\n')));
    QVERIFY(first->changed);
    const QString afterFirst = dump(*m_a);
    const qint64 rows = scalar(*m_a,
        u"SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM observations) + "
        u"(SELECT count(*) FROM uuid_aliases)"_s);
    QCOMPARE(rows,
        5 + 7
            + (2 + 12 + 1 + 4
                + 1)); // 5 people, 3+4 observations, aliases: frameworks, behaviors, team, people, cycle

    auto second = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(second);
    QVERIFY(second->conflicts.isEmpty());
    for (int k = 0; k < mergeKindCount; ++k)
        QCOMPARE(second->counts[size_t(k)].added, 0);
    QCOMPARE(second->count(MergeKind::Person).alreadyPresent, 5);
    QCOMPARE(second->count(MergeKind::Observation).alreadyPresent, 4); // all of B's
    QCOMPARE(dump(*m_a), afterFirst);
}

void TestMerge::independentFiles_matchFrameworksByNameAndPeopleByEmail()
{
    auto b = create(u"b.peerradar"_s);
    QVERIFY(b);
    Org other;
    QVERIFY(buildOrg(*b, other, m_day));
    QVERIFY(other.ben.uuid != m_org.ben.uuid);
    QVERIFY(other.behaviors[0].uuid != m_org.behaviors[0].uuid);

    auto report = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(report);
    QVERIFY(report->conflicts.isEmpty());
    QCOMPARE(report->count(MergeKind::Framework).alreadyPresent, 2);
    QCOMPARE(report->count(MergeKind::Behavior).alreadyPresent, 12);
    QCOMPARE(report->count(MergeKind::Person).alreadyPresent, 4);
    QCOMPARE(report->count(MergeKind::Person).added, 0);
    QCOMPARE(report->count(MergeKind::Observation).added, 3); // their uuids differ: logged in each file
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM people"_s), 4);
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM frameworks"_s), 2);
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM observations WHERE subject_id = ?"_s, { m_org.ben.id }), 4);
    QCOMPARE(
        text(*m_a, u"SELECT same_as FROM uuid_aliases WHERE uuid = ?"_s, { other.ben.uuid }), m_org.ben.uuid);
}

void TestMerge::conflict_isListedAndChangesNothing_data()
{
    QTest::addColumn<QString>("change"); // an UPDATE run on the copy
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("targetValue");
    QTest::addColumn<QString>("sourceValue");
    QTest::addColumn<int>("kind");
    QTest::newRow("person's name")
        << u"UPDATE people SET name = 'Benjamin Builder' WHERE email = 'ben@example.org'"_s << u"the name"_s
        << u"Ben Builder"_s << u"Benjamin Builder"_s << int(MergeKind::Person);
    QTest::newRow("person's team") << u"UPDATE people SET team_id = NULL WHERE email = 'cat@example.org'"_s
                                   << u"the team"_s << u"Platform"_s << QString() << int(MergeKind::Person);
    QTest::newRow("observation's impact")
        << u"UPDATE observations SET impact = 1 WHERE impact = 4"_s << u"the impact"_s << u"4"_s << u"1"_s
        << int(MergeKind::Observation);
    QTest::newRow("observation's note")
        << u"UPDATE observations SET situation = 'Retro' WHERE impact = 4"_s << u"the situation"_s
        << u"Sprint review"_s << u"Retro"_s << int(MergeKind::Observation);
    QTest::newRow("team's manager")
        << u"UPDATE teams SET manager_id = (SELECT id FROM people WHERE email = 'ben@example.org')"_s
        << u"the manager"_s << u"Ann Archer (ann@example.org)"_s << u"Ben Builder (ben@example.org)"_s
        << int(MergeKind::Team);
    QTest::newRow("cycle's dates") << u"UPDATE cycles SET ends_on = '2026-05-31'"_s << u"the last day"_s
                                   << u"2026-06-30"_s << u"2026-05-31"_s << int(MergeKind::Cycle);
    QTest::newRow("behavior's name") << u"UPDATE behaviors SET name = 'Sways peers' WHERE key = 'influence'"_s
                                     << u"the name"_s << u"Influences peers"_s << u"Sways peers"_s
                                     << int(MergeKind::Behavior);
}

void TestMerge::conflict_isListedAndChangesNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    QFETCH(QString, targetValue);
    QFETCH(QString, sourceValue);
    QFETCH(int, kind);
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    PR_VERIFY_OK(b->execStatement(change));
    Person newcomer = makePerson(u"Nia New"_s, u"nia@example.org"_s, 0, 0, Role::Member);
    PR_VERIFY_OK(PeopleRepository(*b).add(newcomer)); // not conflicting, but the merge is all or nothing
    const QString before = dump(*m_a);

    auto report = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(report);
    QVERIFY(report->refused());
    QVERIFY(!report->changed);
    QCOMPARE(report->conflicts.size(), 1);
    const MergeConflict& conflict = report->conflicts.front();
    QCOMPARE(int(conflict.kind), kind);
    QCOMPARE(conflict.field, field);
    QCOMPARE(conflict.targetValue, targetValue);
    QCOMPARE(conflict.sourceValue, sourceValue);
    QVERIFY(conflict.resolvable);
    QCOMPARE(report->count(MergeKind(kind)).conflicts, 1);
    QCOMPARE(report->count(MergeKind::Person).added, 1);
    QCOMPARE(dump(*m_a), before);
}

void TestMerge::conflictMessage_namesWhoWhatAndBothValues()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    PR_VERIFY_OK(
        b->execStatement(u"UPDATE people SET name = 'Benjamin Builder' WHERE email = 'ben@example.org'"_s));
    PR_VERIFY_OK(b->execStatement(u"UPDATE observations SET impact = 2 WHERE impact = 4"_s));
    auto report = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(report);
    QCOMPARE(report->conflictMessages(),
        QStringList(
            { u"Person Ben Builder (ben@example.org): the name is “Ben Builder” in %1 but “Benjamin "
              u"Builder” in b.peerradar."_s.arg(m_targets.name()),
                u"Observation by Ben Builder (ben@example.org) about Cat Coder (cat@example.org) on "
                u"2026-03-02 (Influences "
                u"peers): the impact is “4” in %1 but “2” in b.peerradar."_s.arg(m_targets.name()) }));
    QCOMPARE(report->conflictMessages(1).last(), u"… and 1 more."_s);
    QCOMPARE(report->summary().section(u'\n', 0, 0),
        u"b.peerradar was not merged into %1: 2 item(s) differ between the two files. Nothing was changed."_s.arg(
            m_targets.name()));
}

void TestMerge::preferTarget_keepsTargetAndAddsTheRest()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    PR_VERIFY_OK(
        b->execStatement(u"UPDATE people SET name = 'Benjamin Builder' WHERE email = 'ben@example.org'"_s));
    Person newcomer = makePerson(u"Nia New"_s, u"nia@example.org"_s, 0, 0, Role::Member);
    PR_VERIFY_OK(PeopleRepository(*b).add(newcomer));
    MergeOptions options;
    options.prefer = MergePreference::Target;
    auto report = mergeFile(*m_a, b->path(), options);
    PR_VERIFY_OK(report);
    QVERIFY(report->changed);
    QCOMPARE(report->conflicts.size(), 1);
    QCOMPARE(report->count(MergeKind::Person).added, 1);
    QCOMPARE(report->count(MergeKind::Person).conflicts, 1);
    QCOMPARE(text(*m_a, u"SELECT name FROM people WHERE email = 'ben@example.org'"_s), u"Ben Builder"_s);
    QCOMPARE(text(*m_a, u"SELECT name FROM people WHERE email = 'nia@example.org'"_s), u"Nia New"_s);
    QVERIFY(report->summary().contains(u"Where the files differ, %1 was kept as it was."_s.arg(m_targets.name())));
}

void TestMerge::preferSource_takesSourceValues()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    PR_VERIFY_OK(
        b->execStatement(u"UPDATE people SET name = 'Benjamin Builder' WHERE email = 'ben@example.org'"_s));
    PR_VERIFY_OK(
        b->execStatement(u"UPDATE observations SET impact = 1, situation = 'Retro' WHERE impact = 4"_s));
    PR_VERIFY_OK(b->execStatement(u"UPDATE teams SET name = 'Platform Core'"_s));
    MergeOptions options;
    options.prefer = MergePreference::Source;
    auto report = mergeFile(*m_a, b->path(), options);
    PR_VERIFY_OK(report);
    QVERIFY(report->changed);
    QCOMPARE(report->conflicts.size(), 4); // name; impact and situation; team name
    QCOMPARE(report->count(MergeKind::Observation).conflicts, 1);
    QCOMPARE(text(*m_a, u"SELECT name FROM people WHERE email = 'ben@example.org'"_s), u"Benjamin Builder"_s);
    QCOMPARE(text(*m_a, u"SELECT impact || situation FROM observations WHERE observed_on = '2026-03-02'"_s),
        u"1Retro"_s);
    QCOMPARE(text(*m_a, u"SELECT name FROM teams"_s), u"Platform Core"_s);
    // Now the same: a second merge finds nothing to do.
    auto again = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(again);
    QVERIFY(again->conflicts.isEmpty());
}

void TestMerge::hostileSource_isRefusedAndNothingChanges_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("not ours: text") << u"text"_s << int(ErrorCode::NotPeerRadar)
                                    << u"is not a PeerRadar file"_s;
    QTest::newRow("not ours: other SQLite")
        << u"sqlite"_s << int(ErrorCode::NotPeerRadar) << u"is not a PeerRadar file"_s;
    QTest::newRow("future version") << u"future"_s << int(ErrorCode::NewerVersion)
                                    << u"newer version of PeerRadar"_s;
    QTest::newRow("older version") << u"older"_s << int(ErrorCode::OlderVersion)
                                   << u"older version of PeerRadar. Open it once with this PeerRadar"_s;
    QTest::newRow("the target itself")
        << u"same"_s << int(ErrorCode::Invalid) << u"is the file you are merging into"_s;
    if (!serverRun()) // a link to a server database does not exist
        QTest::newRow("the target by a link")
            << u"link"_s << int(ErrorCode::Invalid) << u"is the file you are merging into"_s;
    QTest::newRow("missing") << u"missing"_s << int(ErrorCode::NotFound) << u"does not exist"_s;
}

void TestMerge::hostileSource_isRefusedAndNothingChanges()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, says);
    QString path = m_dir->filePath(u"source.peerradar"_s);
    if (kind == u"text") {
        writeFile(path, "date,observer_email\n2026-01-01,a@b.c\n");
    } else if (kind == u"sqlite") {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery(other).exec(u"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"_s);
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(u"other"_s);
    } else if (kind == u"future" || kind == u"older") {
        auto b = copyOf(*m_a, u"source.peerradar"_s);
        QVERIFY(b);
        PR_VERIFY_OK(b->execStatement(u"PRAGMA user_version = %1"_s.arg(kind == u"future" ? 99 : 3)));
    } else if (kind == u"same") {
        path = m_a->path();
    } else if (kind == u"link") {
        QVERIFY(QFile::link(m_a->path(), path));
    }
    const QByteArray sourceBefore = fileBytes(path);
    const QString before = dump(*m_a);

    auto report = mergeFile(*m_a, path);
    QVERIFY(!report);
    QCOMPARE(int(report.error().code), code);
    QVERIFY2(report.error().message.contains(says), qPrintable(report.error().message));
    QCOMPARE(dump(*m_a), before);
    QCOMPARE(fileBytes(path), sourceBefore);
}

void TestMerge::removedInTarget_staysRemovedAndWhatOthersSaidStaysOut()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    // B logs one more about Cat and one by Cat; A removes Cat (she left).
    QVERIFY(logObservation(*b, m_org.ben, m_org.cat, m_org.behaviors[5], 2, m_day.addDays(3)));
    QVERIFY(logObservation(*b, m_org.cat, m_org.ann, m_org.behaviors[5], 4, m_day.addDays(3)));
    PR_VERIFY_OK(Stewardship(*m_a).removePerson(m_org.cat.id, m_org.hal));
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM observations"_s), 2);

    auto report = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(report);
    QVERIFY(report->conflicts.isEmpty());
    QCOMPARE(report->skippedAboutRemoved, 2); // the old one and the new one about Cat
    QCOMPARE(report->count(MergeKind::Observation).added, 1); // the one by Cat
    QCOMPARE(text(*m_a, u"SELECT name FROM people WHERE id = ?"_s, { m_org.cat.id }), u"Former colleague"_s);
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM observations WHERE subject_id = ?"_s, { m_org.cat.id }), 0);
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM observations WHERE observer_id = ?"_s, { m_org.cat.id }), 2);
}

void TestMerge::removedInSourceOnly_isRefusedWhateverThePreference()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    PR_VERIFY_OK(Stewardship(*b).removePerson(m_org.cat.id, m_org.hal));
    const QString before = dump(*m_a);
    MergeOptions options;
    options.prefer = MergePreference::Source;
    auto report = mergeFile(*m_a, b->path(), options);
    PR_VERIFY_OK(report);
    QVERIFY(report->refused());
    QCOMPARE(report->conflicts.size(), 1);
    QVERIFY(!report->conflicts.front().resolvable);
    QCOMPARE(report->conflicts.front().message,
        u"Person Cat Coder (cat@example.org): removed from b.peerradar (they left the organisation) but "
        u"still in "
        u"%1. If they left, remove them in %1 too (Organisation › People), then merge again."_s.arg(m_targets.name()));
    QCOMPARE(dump(*m_a), before);

    // Once HR removed her here too, the files merge (and her removal's audit entry comes along).
    PR_VERIFY_OK(Stewardship(*m_a).removePerson(m_org.cat.id, m_org.hal));
    auto again = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(again);
    QVERIFY(again->conflicts.isEmpty());
    QCOMPARE(again->count(MergeKind::AuditEntry).added, 1);
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM audit_log WHERE action = 'remove_person'"_s), 2);
}

void TestMerge::removedAfterMatchByEmail_isNotBroughtBackUnderTheOldAddress()
{
    auto b = create(u"b.peerradar"_s);
    QVERIFY(b);
    Org other;
    QVERIFY(buildOrg(*b, other, m_day)); // Ben has another uuid there
    PR_VERIFY_OK(mergeFile(*m_a, b->path()));
    PR_VERIFY_OK(Stewardship(*m_a).removePerson(m_org.ben.id, m_org.hal));
    // Ben's address is free again here; the alias still says B's Ben is this (removed) person.
    auto report = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(report);
    QVERIFY(report->conflicts.isEmpty());
    QCOMPARE(report->count(MergeKind::Person).added, 0);
    QCOMPARE(report->skippedAboutRemoved, 2); // B's two observations about Ben
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM people WHERE email = 'ben@example.org'"_s), 0);
    QCOMPARE(scalar(*m_a, u"SELECT count(*) FROM observations WHERE subject_id = ?"_s, { m_org.ben.id }), 0);
}

void TestMerge::noteHiddenInSource_isHiddenInTargetWithItsAuditEntry()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    const Id observation = scalar(*b, u"SELECT id FROM observations WHERE situation = 'Sprint review'"_s);
    PR_VERIFY_OK(Stewardship(*b).setNoteHidden(observation, true, m_org.hal));
    auto report = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(report);
    QVERIFY(report->conflicts.isEmpty());
    QCOMPARE(report->notesHidden, 1);
    QCOMPARE(report->count(MergeKind::AuditEntry).added, 1);
    QCOMPARE(scalar(*m_a, u"SELECT note_hidden FROM observations WHERE id = ?"_s, { observation }), 1);
    QCOMPARE(text(*m_a, u"SELECT action || '/' || actor_id FROM audit_log"_s),
        u"hide_note/%1"_s.arg(m_org.hal.id));
    // Shown again in B: stays hidden here (hiding protects someone; showing is HR's act in this file).
    PR_VERIFY_OK(Stewardship(*b).setNoteHidden(observation, false, m_org.hal));
    auto again = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(again);
    QCOMPARE(again->notesHidden, 0);
    QCOMPARE(scalar(*m_a, u"SELECT note_hidden FROM observations WHERE id = ?"_s, { observation }), 1);
}

void TestMerge::dryRun_reportsCountsAndChangesNothing()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    QVERIFY(logObservation(*b, m_org.ben, m_org.ann, m_org.behaviors[0], 3, m_day));
    const QString before = dump(*m_a);
    MergeOptions options;
    options.dryRun = true;
    auto report = mergeFile(*m_a, b->path(), options);
    PR_VERIFY_OK(report);
    QVERIFY(!report->changed);
    QCOMPARE(report->count(MergeKind::Observation).added, 1);
    QCOMPARE(dump(*m_a), before);
    QVERIFY(report->summary().startsWith(u"Merging b.peerradar into %1 would bring in"_s.arg(m_targets.name())));
}

void TestMerge::stricterAnonymityThreshold_wins()
{
    auto b = copyOf(*m_a, u"b.peerradar"_s);
    QVERIFY(b);
    PR_VERIFY_OK(SettingsRepository(*b).save(DatabaseSettings { 4, 2 }));
    auto report = mergeFile(*m_a, b->path());
    PR_VERIFY_OK(report);
    QCOMPARE(report->kRaisedTo, 4);
    QCOMPARE(report->kNotesRaisedTo, 0);
    auto settings = SettingsRepository(*m_a).load();
    PR_VERIFY_OK(settings);
    QCOMPARE(settings->k, 4);
    QCOMPARE(settings->kNotes, 3);
}

void TestMerge::cancel_changesNothing()
{
    auto b = create(u"b.peerradar"_s);
    QVERIFY(b);
    DemoOptions demo;
    demo.people = 20;
    demo.observations = 1200;
    demo.lastDay = m_day;
    PR_VERIFY_OK(generateDemoOrganisation(*b, demo));
    const QString before = dump(*m_a);
    MergeOptions options;
    qint64 calls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    };
    auto report = mergeFile(*m_a, b->path(), options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(report.error().message, u"The merge was cancelled. Nothing was changed."_s);
    QVERIFY(calls >= 2);
    QCOMPARE(dump(*m_a), before);
}

void TestMerge::twoDemoOrganisations_mergeIntoTheirExactUnion()
{
    m_a.reset();
    std::unique_ptr<Database> files[2] = { m_targets.create(m_dir->path(), u"one.peerradar"_s), create(u"two.peerradar"_s) };
    for (int i = 0; i < 2; ++i) {
        QVERIFY(files[i]);
        DemoOptions demo;
        demo.people = 150;
        demo.observations = 6000;
        demo.seed = quint32(11 + i);
        demo.lastDay = m_day;
        PR_VERIFY_OK(generateDemoOrganisation(*files[i], demo));
    }
    // The union, worked out from the two files alone: people by email, teams and cycles by name.
    QSet<QString> emails, teams, cycles;
    qint64 observations = 0;
    for (auto& db : files) {
        for (const auto& [set, sql] : { std::pair { &emails, "SELECT email FROM people" },
                 std::pair { &teams, "SELECT name FROM teams" },
                 std::pair { &cycles, "SELECT name FROM cycles" } }) {
            auto q = db->exec(QString::fromLatin1(sql));
            PR_VERIFY_OK(q);
            while (q->next())
                set->insert(q->value(0).toString());
        }
        observations += scalar(*db, u"SELECT count(*) FROM observations"_s);
    }
    QVERIFY(emails.size() < 300); // some people are in both (same generated name), others in one only
    Database& target = *files[0];
    const QString before = dump(target);

    // The same addresses with other teams or managers: refused as it is, merged keeping the target's.
    auto refused = mergeFile(target, files[1]->path());
    PR_VERIFY_OK(refused);
    QVERIFY(refused->refused());
    QCOMPARE(dump(target), before);
    MergeOptions options;
    options.prefer = MergePreference::Target;
    auto report = mergeFile(target, files[1]->path(), options);
    PR_VERIFY_OK(report);
    QVERIFY(report->changed);
    QCOMPARE(report->count(MergeKind::Person).added + report->count(MergeKind::Person).alreadyPresent
            + report->count(MergeKind::Person).conflicts,
        150);
    QCOMPARE(scalar(target, u"SELECT count(*) FROM people"_s), emails.size());
    QCOMPARE(scalar(target, u"SELECT count(*) FROM teams"_s), teams.size());
    QCOMPARE(scalar(target, u"SELECT count(*) FROM cycles"_s), cycles.size());
    QCOMPARE(scalar(target, u"SELECT count(*) FROM observations"_s), observations);
    QCOMPARE(scalar(target, u"SELECT count(*) FROM frameworks"_s), 2);
    QCOMPARE(scalar(target, u"SELECT count(*) FROM behaviors"_s), 12);
    QCOMPARE(report->count(MergeKind::Observation).added,
        scalar(*files[1], u"SELECT count(*) FROM observations"_s));
    QVERIFY(target.integrityProblems().isEmpty());

    const QString merged = dump(target);
    auto again = mergeFile(target, files[1]->path(), options);
    PR_VERIFY_OK(again);
    QCOMPARE(again->count(MergeKind::Observation).added, 0);
    QCOMPARE(dump(target), merged);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
