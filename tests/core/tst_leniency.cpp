// The optional correction for rater leniency (docs/statistics.md §7, issue 11 item 5): the worked
// example of the document reproduced to the digit, the correction off leaving no trace anywhere, the
// manager's leniency kept out of every corrected figure, the kept service following a change, and
// every corrected figure of a generated organisation recomputed by a reference written from the
// document (not from core/analytics/Leniency.cpp). Runs on both backends.
#include "AnalyticsFixture.h"
#include "analytics/Leniency.h"
#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
#include "demo/DemoOrganisation.h"
#include "report/ReportContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

// Every "adjusted_mean" key anywhere in a JSON document.
int adjustedKeys(const QJsonValue& value)
{
    int found = 0;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            found += (it.key() == u"adjusted_mean"_s) + adjustedKeys(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            found += adjustedKeys(v);
    }
    return found;
}

// The worked example of docs/statistics.md §7. Behavior "support", no cycle (the whole history),
// k = 3. Sam is profiled: self 4; manager Mia 4; peers Ann 5, Bob 3, Cid 3. About Tom (which is what
// their leniency is measured on): Ann 5 5 5 5, Bob 3 3 4 4, Cid 2 2, Mia 3, Dan 1; Tom himself 5.
struct WorkedExample
{
    AnalyticsOrg org;
    Id sam = 0, tom = 0, mia = 0, ann = 0, bob = 0, cid = 0, dan = 0, team = 0;

    explicit WorkedExample(bool correction)
    {
        DatabaseSettings settings;
        settings.leniencyCorrection = correction;
        QVERIFY(SettingsRepository(org.db()).save(settings).ok());
        mia = org.person(u"Mia"_s);
        team = org.team(u"Support"_s, mia);
        sam = org.person(u"Sam"_s, team, mia);
        tom = org.person(u"Tom"_s, team, mia);
        ann = org.person(u"Ann"_s, team);
        bob = org.person(u"Bob"_s, team);
        cid = org.person(u"Cid"_s, team);
        dan = org.person(u"Dan"_s, team);
        const QDate day(2026, 3, 2);
        const auto log = [&](Id observer, Id subject, RaterGroup group, const QList<int>& impacts) {
            for (int impact : impacts)
                QVERIFY(org.observe(observer, subject, u"support"_s, day, impact, group));
        };
        log(sam, sam, RaterGroup::Self, { 4 });
        log(mia, sam, RaterGroup::Manager, { 4 });
        log(ann, sam, RaterGroup::Peer, { 5 });
        log(bob, sam, RaterGroup::Peer, { 3 });
        log(cid, sam, RaterGroup::Peer, { 3 });
        log(ann, tom, RaterGroup::Peer, { 5, 5, 5, 5 });
        log(bob, tom, RaterGroup::Peer, { 3, 3, 4, 4 });
        log(cid, tom, RaterGroup::Peer, { 2, 2 });
        log(mia, tom, RaterGroup::Manager, { 3 });
        log(dan, tom, RaterGroup::Peer, { 1 });
        log(tom, tom, RaterGroup::Self, { 5 });
    }
};

// ---- The reference, from docs/statistics.md §7 ---------------------------------------------------

struct Row
{
    Id observer = 0;
    Id subject = 0;
    Id behavior = 0;
    QString group;
    int impact = 0;
};

// Σ L over one group of `subject`'s profile for `behavior`: `members` are the group's observers,
// `managers` the manager group's (each counted 0 when there are fewer than k of them).
double referenceLeniencySum(const QList<Row>& rows, Id subject, Id behavior, const std::set<Id>& members,
    const std::set<Id>& managers, int k)
{
    // The organisation's mean of the behavior without the subject's received ratings; self-ratings never.
    double total = 0.0;
    int count = 0;
    std::map<Id, std::pair<int, double>> elsewhere; // each member's ratings of other people
    for (const Row& r : rows) {
        if (r.behavior != behavior || r.group == u"self"_s || r.subject == subject)
            continue;
        total += r.impact;
        ++count;
        if (members.count(r.observer)) {
            ++elsewhere[r.observer].first;
            elsewhere[r.observer].second += r.impact;
        }
    }
    const double mean = total / count;
    double sum = 0.0;
    for (Id j : members) {
        const auto [c, impacts] = elsewhere[j];
        const bool excluded = int(managers.size()) < k && managers.count(j);
        if (c > 0 && !excluded) {
            const double rawDeviation = impacts / c - mean; // per rating
            sum += rawDeviation * c / (c + 5.0); // shrunk by c / (c + κ), κ = 5
        }
    }
    return sum;
}

} // namespace

class TestLeniency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void observerLeniency_byHand();
    void workedExample_matchesTheDocument();
    void workedExample_reportAndTeamShowTheCorrectedFigure();
    void correctionOff_noCorrectedFigureAnywhere();
    void keptService_followsANewObservation();
    void demo_everyCorrectedFigureRecomputed();
};

void TestLeniency::observerLeniency_byHand()
{
    // Ann: 5 ratings of b of which 1 of the subject (5): 4 others summing 20; organisation 16 ratings
    // summing 57 of which the subject received 4 summing 15: mean without the subject 42/12 = 3.5.
    // D·c = 20 − 4·3.5 = 6; L = 6/(4 + 5) = 0.6666667.
    QVERIFY(near(leniency::observerLeniency({ 5, 25 }, { 1, 5 }, { 16, 57 }, { 4, 15 }), 6.0 / 9.0));
    // Cid: 2 ratings summing 4 elsewhere: 4 − 7 = −3; L = −3/7.
    QVERIFY(near(leniency::observerLeniency({ 3, 7 }, { 1, 3 }, { 16, 57 }, { 4, 15 }), -3.0 / 7.0));
    // Nobody else rated by this observer: no evidence, no leniency.
    QCOMPARE(leniency::observerLeniency({ 2, 9 }, { 2, 9 }, { 16, 57 }, { 4, 15 }), 0.0);
    // Shrinkage: the same deviation of +1 per rating counts 1/6 after one rating, 20/25 after twenty.
    QVERIFY(near(leniency::observerLeniency({ 1, 4 }, {}, { 100, 300 }, {}), 1.0 / 6.0));
    QVERIFY(near(leniency::observerLeniency({ 20, 80 }, {}, { 100, 300 }, {}), 0.8));
    // A corrected mean never leaves the scale.
    QCOMPARE(leniency::adjustedMean(4.9, -1.5, 3), 5.0);
    QCOMPARE(leniency::adjustedMean(1.2, 1.5, 3), 1.0);
}

void TestLeniency::workedExample_matchesTheDocument()
{
    WorkedExample x(true);
    auto profile = ProfileService(x.org.db()).personProfile(x.sam);
    PR_VERIFY_OK(profile);
    const BehaviorProfile* b = profile->behavior(u"support"_s);
    QVERIFY(b);
    // Peers: views 5, 3, 3, mean 3.6666667; L Ann 6/9, Bob 0 (14 − 4·3.5), Cid −3/7; Σ 0.2380952;
    // corrected 3.6666667 − 0.2380952/3 = 3.5873016.
    const GroupStats& peers = b->group(RaterGroup::Peer);
    QVERIFY(peers.isShown());
    QVERIFY(near(peers.mean, 11.0 / 3.0));
    QVERIFY(peers.adjustedMean);
    QVERIFY2(near(*peers.adjustedMean, 3.5873016), qPrintable(QString::number(*peers.adjustedMean, 'f', 7)));
    // All others: views 4, 5, 3, 3, mean 3.75; Mia's leniency (−0.5/6) is left out: a single manager's
    // would be others − peers. Corrected 3.75 − 0.2380952/4 = 3.6904762 (3.7113095 with Mia's).
    QVERIFY(b->others.adjustedMean);
    QVERIFY2(near(*b->others.adjustedMean, 3.6904762), qPrintable(QString::number(*b->others.adjustedMean, 'f', 7)));
    // One identifiable observer: no corrected figure for the manager, none for self.
    QVERIFY(b->group(RaterGroup::Manager).isShown());
    QVERIFY(!b->group(RaterGroup::Manager).adjustedMean);
    QVERIFY(!b->group(RaterGroup::Self).adjustedMean);
    // The interval, the findings and the gap stay those of the figure itself.
    QVERIFY(near(*b->gap, 4.0 - 3.75));

    const QJsonObject json = profileToJson(*profile);
    QJsonObject support;
    for (const QJsonValue& v : json.value(u"behaviors"_s).toArray()) {
        if (v.toObject().value(u"key"_s).toString() == u"support"_s)
            support = v.toObject();
    }
    QCOMPARE(support.value(u"others"_s).toObject().value(u"adjusted_mean"_s).toDouble(), 3.6905);
    const QJsonObject groups = support.value(u"groups"_s).toObject();
    QCOMPARE(groups.value(u"peer"_s).toObject().value(u"adjusted_mean"_s).toDouble(), 3.5873);
    QVERIFY(groups.value(u"manager"_s).toObject().contains(u"adjusted_mean"_s));
    QVERIFY(groups.value(u"manager"_s).toObject().value(u"adjusted_mean"_s).isNull());
    QVERIFY(groups.value(u"self"_s).toObject().value(u"adjusted_mean"_s).isNull());
}

void TestLeniency::workedExample_reportAndTeamShowTheCorrectedFigure()
{
    WorkedExample x(true);
    auto profile = ProfileService(x.org.db()).personProfile(x.sam);
    PR_VERIFY_OK(profile);
    const PersonReport report = ReportContent::person(*profile, {}, QDate(2026, 3, 3));
    QString table;
    for (const QStringList& row : report.groupTable.rows)
        table += row.join(u" | "_s) + u'\n';
    QVERIFY2(table.contains(u"3.67 (") && table.contains(u"corrected for leniency 3.59"), qPrintable(table));
    QVERIFY2(table.contains(u"corrected for leniency 3.69"), qPrintable(table));
    QVERIFY(report.tableLegend.contains(u"\"corrected for leniency\""_s));

    // The team: the mean of the members' corrected "others" means, beside the mean of their means.
    DatabaseSettings settings { 2, 2, true };
    PR_VERIFY_OK(SettingsRepository(x.org.db()).save(settings));
    auto team = TeamProfileService(x.org.db()).teamProfile(x.team);
    PR_VERIFY_OK(team);
    ProfileService service(x.org.db());
    double sum = 0.0;
    int members = 0;
    for (const Person& p : team->members) {
        auto member = service.personProfile(p.id);
        PR_VERIFY_OK(member);
        const BehaviorProfile* b = member->behavior(u"support"_s);
        if (b && b->others.isShown() && b->others.adjustedMean) {
            sum += *b->others.adjustedMean;
            ++members;
        }
    }
    QCOMPARE(members, 2); // Sam and Tom
    const auto axis = std::find_if(team->radar.cbegin(), team->radar.cend(),
        [](const TeamRadarAxis& a) { return a.key == u"support"_s; });
    QVERIFY(axis != team->radar.cend() && axis->adjustedMean);
    QVERIFY(near(*axis->adjustedMean, sum / members));
    QVERIFY(!near(*axis->adjustedMean, *axis->mean, 1e-3));
    QCOMPARE(teamProfileToJson(*team).value(u"radar"_s).toArray().at(0).toObject().contains(u"adjusted_mean"_s), true);
    const TeamReport teamReport = ReportContent::team(*team, QDate(2026, 3, 3));
    QVERIFY(teamReport.radarTable.header.contains(u"Mean corrected for leniency"_s));
}

void TestLeniency::correctionOff_noCorrectedFigureAnywhere()
{
    WorkedExample x(false);
    auto profile = ProfileService(x.org.db()).personProfile(x.sam);
    PR_VERIFY_OK(profile);
    for (const BehaviorProfile& b : profile->behaviors) {
        QVERIFY(!b.others.adjustedMean);
        for (RaterGroup g : allRaterGroups)
            QVERIFY(!b.group(g).adjustedMean);
    }
    QCOMPARE(adjustedKeys(profileToJson(*profile)), 0);
    const PersonReport report = ReportContent::person(*profile, {}, QDate(2026, 3, 3));
    for (const QStringList& row : report.groupTable.rows)
        QVERIFY(!row.join(u' ').contains(u"leniency"_s));
    QVERIFY(!report.tableLegend.contains(u"leniency"_s));
    auto team = TeamProfileService(x.org.db()).teamProfile(x.team);
    PR_VERIFY_OK(team);
    QCOMPARE(adjustedKeys(teamProfileToJson(*team)), 0);
    QVERIFY(!ReportContent::team(*team, QDate(2026, 3, 3)).radarTable.header.join(u' ').contains(u"leniency"_s));
    // The setting itself: off by default, on and off again through the repository.
    auto loaded = SettingsRepository(x.org.db()).load();
    PR_VERIFY_OK(loaded);
    QVERIFY(!loaded->leniencyCorrection);
}

void TestLeniency::keptService_followsANewObservation()
{
    // The program's profile view keeps one service, which keeps what the correction read of the
    // period: a new observation must be seen. Bob rates Tom 5 once more: Bob's ratings elsewhere are
    // 3 3 4 4 5 (sum 19); the organisation's mean without Sam becomes 47/13; Bob's L = (19 − 5·47/13)
    // / 10 = 0.0923077; Ann's (20 − 4·47/13)/9 = 0.6153846; Cid's (4 − 2·47/13)/7 = −0.4615385.
    WorkedExample x(true);
    ProfileService service(x.org.db());
    auto before = service.personProfile(x.sam);
    PR_VERIFY_OK(before);
    QVERIFY(near(*before->behavior(u"support"_s)->group(RaterGroup::Peer).adjustedMean, 3.5873016));
    QVERIFY(x.org.observe(x.bob, x.tom, u"support"_s, QDate(2026, 3, 2), 5, RaterGroup::Peer));
    auto after = service.personProfile(x.sam);
    PR_VERIFY_OK(after);
    const double sum = (20.0 - 4 * 47.0 / 13) / 9 + (19.0 - 5 * 47.0 / 13) / 10 + (4.0 - 2 * 47.0 / 13) / 7;
    QVERIFY(near(*after->behavior(u"support"_s)->group(RaterGroup::Peer).adjustedMean, 11.0 / 3 - sum / 3));
}

void TestLeniency::demo_everyCorrectedFigureRecomputed()
{
    // A generated organisation with the correction on, the whole history and one cycle: every corrected
    // figure against the reference above; a corrected figure only where the rule shows a group of at
    // least k observers other than self.
    TempDatabase temp;
    DemoOptions options;
    options.people = 120;
    options.observations = 12000;
    options.seed = 7;
    options.lastDay = QDate(2026, 11, 20);
    PR_VERIFY_OK(generateDemoOrganisation(temp.db(), options));
    DatabaseSettings settings;
    settings.leniencyCorrection = true;
    PR_VERIFY_OK(SettingsRepository(temp.db()).save(settings));
    QList<Row> rows;
    auto q = temp.db().exec(u"SELECT observer_id, subject_id, behavior_id, rater_group, impact FROM observations"_s);
    PR_VERIFY_OK(q);
    while (q->next())
        rows << Row { q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
            q->value(3).toString(), q->value(4).toInt() };
    auto people = PeopleRepository(temp.db()).all();
    PR_VERIFY_OK(people);

    ProfileService service(temp.db());
    int corrected = 0;
    int managersLeftOut = 0;
    for (const Person& person : std::as_const(*people)) {
        auto profile = service.personProfile(person.id);
        PR_VERIFY_OK(profile);
        for (const BehaviorProfile& b : profile->behaviors) {
            std::map<QString, std::set<Id>> groups;
            for (const Row& r : std::as_const(rows)) {
                if (r.subject == person.id && r.behavior == b.behavior.id && r.group != u"self"_s) {
                    groups[r.group].insert(r.observer);
                    groups[u"others"_s].insert(r.observer);
                }
            }
            const std::set<Id>& managers = groups[u"manager"_s];
            managersLeftOut += !managers.empty() && int(managers.size()) < 3;
            const auto check = [&](const GroupStats& s, const std::set<Id>& members, const QString& what) {
                const QByteArray where = u"%1, %2 %3"_s.arg(person.name, b.behavior.key, what).toUtf8();
                if (!s.isShown() || what == u"self"_s || s.observers < 3) {
                    QVERIFY2(!s.adjustedMean, where.constData());
                    return;
                }
                QVERIFY2(s.adjustedMean, where.constData());
                QCOMPARE(s.observers, int(members.size()));
                // The mean itself is tst_figures' subject; here what the correction takes off it.
                const double expected = std::clamp(
                    s.mean - referenceLeniencySum(rows, person.id, b.behavior.id, members, managers, 3) / s.observers,
                    1.0, 5.0);
                QVERIFY2(near(*s.adjustedMean, expected, 1e-9),
                    qPrintable(u"%1: %2 against %3"_s.arg(QString::fromUtf8(where)).arg(*s.adjustedMean).arg(expected)));
                ++corrected;
            };
            check(b.others, groups[u"others"_s], u"others"_s);
            for (RaterGroup g : allRaterGroups)
                check(b.group(g), groups[raterGroupKey(g)], raterGroupKey(g));
            if (b.pooled) {
                std::set<Id> members;
                for (RaterGroup g : b.pooled->members)
                    members.insert(groups[raterGroupKey(g)].cbegin(), groups[raterGroupKey(g)].cend());
                check(b.pooled->stats, members, u"pool"_s);
            }
        }
    }
    QVERIFY2(corrected > 500, qPrintable(QString::number(corrected)));
    QVERIFY2(managersLeftOut > 50, qPrintable(QString::number(managersLeftOut)));
}

QTEST_GUILESS_MAIN(TestLeniency)
#include "tst_leniency.moc"
