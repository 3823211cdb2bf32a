#include "AnalyticsFixture.h"
#include "analytics/Profile.h"
#include "analytics/ProfileEngine.h"
#include "storage/FrameworkRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

using namespace peerradar;
using namespace peerradar::test;

namespace {

bool near(double a, double b, double tolerance = 1e-5)
{
    return std::abs(a - b) <= tolerance;
}

// Subject Sam (team Core, manager Mia) with peers Ann, Bob, Cid. Hand-computed figures are in the
// tests that read them.
struct Org
{
    AnalyticsOrg org;
    Id team = 0;
    Id mia = 0;
    Id sam = 0;
    Id ann = 0;
    Id bob = 0;
    Id cid = 0;
    Id zoe = 0;

    bool build()
    {
        mia = org.person(QStringLiteral("Mia"));
        team = org.team(QStringLiteral("Core"), mia);
        sam = org.person(QStringLiteral("Sam"), team, mia);
        ann = org.person(QStringLiteral("Ann"), team, mia);
        bob = org.person(QStringLiteral("Bob"), team, mia);
        cid = org.person(QStringLiteral("Cid"), team, mia);
        zoe = org.person(QStringLiteral("Zoe"));
        const auto d = [](int month, int day) { return QDate(2026, month, day); };
        const QString influence = QStringLiteral("influence");
        bool ok = true;
        // influence: self {4, 5}; manager {3}; peers Ann 2 and 3, Bob 3, Cid 2.
        ok = ok
            && org.observe(sam, sam, influence, d(1, 10), 4, RaterGroup::Self, QStringLiteral("self note"));
        ok = ok && org.observe(sam, sam, influence, d(2, 10), 5, RaterGroup::Self);
        ok = ok
            && org.observe(
                mia, sam, influence, d(1, 15), 3, RaterGroup::Manager, QStringLiteral("manager note"));
        ok = ok
            && org.observe(
                ann, sam, influence, d(1, 20), 2, RaterGroup::Peer, QStringLiteral("peer note secret"));
        ok = ok && org.observe(ann, sam, influence, d(2, 1), 3, RaterGroup::Peer);
        ok = ok && org.observe(bob, sam, influence, d(2, 2), 3, RaterGroup::Peer);
        ok = ok && org.observe(cid, sam, influence, d(2, 3), 2, RaterGroup::Peer);
        // change: self {2, 1}; manager {5}; peers {5, 5, 4}.
        const QString change = QStringLiteral("change");
        ok = ok && org.observe(sam, sam, change, d(1, 11), 2, RaterGroup::Self);
        ok = ok && org.observe(sam, sam, change, d(1, 12), 1, RaterGroup::Self);
        ok = ok && org.observe(mia, sam, change, d(1, 13), 5, RaterGroup::Manager);
        ok = ok && org.observe(ann, sam, change, d(1, 14), 5, RaterGroup::Peer);
        ok = ok && org.observe(bob, sam, change, d(1, 15), 5, RaterGroup::Peer);
        ok = ok && org.observe(cid, sam, change, d(1, 16), 4, RaterGroup::Peer);
        // support {4,4,4}, inspire {1,2,3}, encourage {3,3,3} by the three peers; welcome: nothing.
        const QList<std::pair<QString, QList<int>>> more { { QStringLiteral("support"), { 4, 4, 4 } },
            { QStringLiteral("inspire"), { 1, 2, 3 } }, { QStringLiteral("encourage"), { 3, 3, 3 } } };
        for (const auto& [key, impacts] : more) {
            ok = ok && org.observe(ann, sam, key, d(1, 20), impacts[0], RaterGroup::Peer);
            ok = ok && org.observe(bob, sam, key, d(1, 21), impacts[1], RaterGroup::Peer);
            ok = ok && org.observe(cid, sam, key, d(1, 22), impacts[2], RaterGroup::Peer);
        }
        // The latest observation in the file, about someone else: ends the period on 10 March.
        ok = ok && org.observe(ann, zoe, influence, d(3, 10), 4, RaterGroup::Other);
        return ok;
    }
};

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void person_figuresPerGroupMatchHandComputed();
    void person_flagsStrengthsGrowthBlindSpotHiddenStrength();
    void json_hasIssueShapeRoundedFigures();
    void blindSpot_onlyWhenGapExceedsUncertainty_data();
    void blindSpot_onlyWhenGapExceedsUncertainty();
    void trend_comparesWithPreviousCycle();
    void retiredBehavior_appearsOnlyWithObservations();
    void unknownPerson_isNotFound();
    void exportPersonData_authoredInFullProfileOnlyAboutThem();
    void profileQuery_usesCoveringIndex();
    void period_followsWritesWithSameService();
    void keptService_seesChanges_data();
    void keptService_seesChanges();
    void keptService_forgetsWhatARolledBackTransactionShowed();
};

void TestProfile::person_figuresPerGroupMatchHandComputed()
{
    Org o;
    QVERIFY(o.build());
    auto profile = ProfileService(o.org.db()).personProfile(o.sam);
    PR_VERIFY_OK(profile);
    QCOMPARE(profile->teamName, QStringLiteral("Core"));
    // Period: Sam's first received observation (10 Jan) to the latest in the file (10 Mar):
    // 22 days of January + 28 of February + 10 of March = 60 days.
    QCOMPARE(profile->from, QDate(2026, 1, 10));
    QCOMPARE(profile->to, QDate(2026, 3, 10));
    QCOMPARE(profile->periodDays(), 60);
    QCOMPARE(profile->behaviors.size(), 6);

    const BehaviorProfile* b = profile->behavior(QStringLiteral("influence"));
    QVERIFY(b);
    // The model of docs/statistics.md: each observer's observations are averaged first (their view);
    // a group's mean is the mean of the views, its sd their spread, its interval a t-interval on
    // them whose spread is shrunk toward σ₀² = 1 with ν₀ = 2 (df = observers + 1), bounded by 1–5.
    // Self {4, 5}: one observer, one view of 4.5: no spread, no interval (it had ±6.35 from two
    // observations). Frequency still counts observations: 2·30/60.
    const GroupStats& self = b->group(RaterGroup::Self);
    QCOMPARE(self.observations, 2);
    QCOMPARE(self.observers, 1);
    QVERIFY(near(self.mean, 4.5));
    QVERIFY(!self.sd);
    QVERIFY(!self.ciLow && !self.ciHigh);
    QVERIFY(!self.indicative); // a view of oneself is not a sample of raters
    QVERIFY(near(self.per30Days, 1.0));
    // Manager {3}: n 1, no spread, no interval.
    const GroupStats& manager = b->group(RaterGroup::Manager);
    QCOMPARE(manager.observations, 1);
    QVERIFY(near(manager.mean, 3.0));
    QVERIFY(!manager.sd);
    QVERIFY(!manager.ciLow);
    QVERIFY(manager.indicative); // 1 < 3 (supervisors' single-rater reliability .50)
    // Peers: Ann {2, 3} → 2.5, Bob 3, Cid 2: views {2.5, 3, 2}, mean 2.5; var 0.25, sd 0.5; shrunk
    // (2·1 + 2·0.25)/4 = 0.625; se √0.625/√3 = 0.4564355; half t(4)·se = 2.776445·0.4564355 =
    // 1.2672680 → [1.2327320, 3.7672680]; r_wg 1 − 0.25/2 = 0.875; 4·30/60 = 2 per 30 days.
    const GroupStats& peer = b->group(RaterGroup::Peer);
    QVERIFY(peer.isShown());
    QCOMPARE(peer.observations, 4);
    QCOMPARE(peer.observers, 3);
    QVERIFY(near(peer.mean, 2.5));
    QVERIFY(near(*peer.sd, 0.5));
    QVERIFY(near(*peer.ciLow, 1.2327320));
    QVERIFY(near(*peer.ciHigh, 3.7672680));
    QVERIFY(near(*peer.agreement, 0.875));
    QVERIFY(peer.indicative); // 3 < 4 (peers' .37)
    QVERIFY(near(peer.per30Days, 2.0));
    QVERIFY(b->group(RaterGroup::DirectReport).isEmpty());
    QVERIFY(b->group(RaterGroup::Other).isEmpty());
    // Others = views of Mia 3, Ann 2.5, Bob 3, Cid 2 (it was the mean of 5 observations, 2.6): mean
    // 10.5/4 = 2.625; squared deviations 0.140625 + 0.015625 + 0.140625 + 0.390625 = 0.6875; var
    // 0.2291667, sd 0.4787136; shrunk (2 + 0.6875)/5 = 0.5375; se √0.5375/2 = 0.3665720; half t(5)·se
    // = 2.570582·0.3665720 = 0.9423032 → [1.6826968, 3.5673032].
    QVERIFY(b->others.isShown());
    QCOMPARE(b->others.observations, 5);
    QCOMPARE(b->others.observers, 4);
    QVERIFY(near(b->others.mean, 2.625));
    QVERIFY(near(*b->others.sd, 0.4787136));
    QVERIFY(near(*b->others.ciLow, 1.6826968));
    QVERIFY(near(*b->others.ciHigh, 3.5673032));
    QVERIFY(!b->others.indicative); // 4 observers
    QVERIFY(near(b->others.per30Days, 2.5)); // 5·30/60

    const BehaviorProfile* welcome = profile->behavior(QStringLiteral("welcome"));
    QVERIFY(welcome);
    QVERIFY(welcome->others.isEmpty());
    QVERIFY(!welcome->gap);

    // With a cycle the period is the cycle: 1 Jan – 31 Mar 2026 = 90 days; others 5·30/90.
    const Id q1 = o.org.cycle(QStringLiteral("2026 Q1"), QDate(2026, 1, 1), QDate(2026, 3, 31));
    ProfileOptions options;
    options.cycleId = q1;
    auto inCycle = ProfileService(o.org.db()).personProfile(o.sam, options);
    PR_VERIFY_OK(inCycle);
    QCOMPARE(inCycle->periodDays(), 90);
    QVERIFY(near(inCycle->behavior(QStringLiteral("influence"))->others.per30Days, 5.0 * 30.0 / 90.0));
}

void TestProfile::person_flagsStrengthsGrowthBlindSpotHiddenStrength()
{
    Org o;
    QVERIFY(o.build());
    auto profile = ProfileService(o.org.db()).personProfile(o.sam);
    PR_VERIFY_OK(profile);
    // influence: gap 4.5 − 2.625 = 1.875; self is one view, so the uncertainty is the others'
    // half-width alone, 0.9423032: a blind spot, an over-estimator.
    const BehaviorProfile* influence = profile->behavior(QStringLiteral("influence"));
    QVERIFY(near(*influence->gap, 1.875));
    QVERIFY(near(*influence->gapUncertainty, 0.9423032));
    QCOMPARE(influence->selfOther->agreement, SelfOtherAgreement::OverEstimator);
    // change: self {2, 1}, one view 1.5; others views {5, 5, 5, 4}: mean 4.75, var 0.25; shrunk
    // (2 + 0.75)/5 = 0.55; se √0.55/2 = 0.3708099; half t(5)·se = 0.9531973; gap −3.25: a hidden
    // strength, an under-estimator.
    const BehaviorProfile* change = profile->behavior(QStringLiteral("change"));
    QVERIFY(near(*change->gap, -3.25));
    QVERIFY(near(*change->gapUncertainty, 0.9531973));
    QCOMPARE(change->selfOther->agreement, SelfOtherAgreement::UnderEstimator);
    QCOMPARE(profile->blindSpots, QStringList { QStringLiteral("influence") });
    QCOMPARE(profile->hiddenStrengths, QStringList { QStringLiteral("change") });
    // Shown others means: influence 2.625, change 4.75, support 4.0, inspire 2.0, encourage 3.0
    // (welcome none); median 3.0. A strength's whole interval lies above it: change [3.797, 5] does,
    // support [2.867, 5] (three equal views, half 1.1334790) does not. A growth area's lies below:
    // inspire [1, 3.603] and influence [1.683, 3.567] do not (with the old model both were listed).
    QCOMPARE(profile->strengths, QStringList { QStringLiteral("change") });
    QCOMPARE(profile->growthAreas, QStringList {});
    // Overall self–other over the two behaviors with a self-rating: self (4.5 + 1.5)/2 = 3.0, others
    // (2.625 + 4.75)/2 = 3.6875, gap −0.6875; uncertainty √(0.9423032² + 0.9531973²)/2 = 0.6701717:
    // an under-estimator, just.
    QVERIFY(profile->selfOther);
    QCOMPARE(profile->selfOther->behaviors, 2);
    QVERIFY(near(profile->selfOther->gap, -0.6875));
    QVERIFY(near(profile->selfOther->uncertainty, 0.6701717));
    QCOMPARE(profile->selfOther->agreement, SelfOtherAgreement::UnderEstimator);
    QVERIFY(!profile->trend); // no cycles in the file
}

void TestProfile::json_hasIssueShapeRoundedFigures()
{
    Org o;
    QVERIFY(o.build());
    auto profile = ProfileService(o.org.db()).personProfile(o.sam);
    PR_VERIFY_OK(profile);
    const QJsonObject json = profileToJson(*profile);
    QCOMPARE(json.value(QStringLiteral("person")).toObject(),
        (QJsonObject { { QStringLiteral("name"), QStringLiteral("Sam") },
            { QStringLiteral("email"), QStringLiteral("sam@example.com") },
            { QStringLiteral("team"), QStringLiteral("Core") } }));
    QCOMPARE(json.value(QStringLiteral("anonymity_threshold")).toInt(), 3);
    QVERIFY(json.value(QStringLiteral("cycle")).isNull());
    QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
        QStringLiteral("2026-01-10"));
    QCOMPARE(json.value(QStringLiteral("blind_spots")).toArray(), QJsonArray { QStringLiteral("influence") });
    QCOMPARE(
        json.value(QStringLiteral("hidden_strengths")).toArray(), QJsonArray { QStringLiteral("change") });
    QCOMPARE(json.value(QStringLiteral("strengths")).toArray(), QJsonArray { QStringLiteral("change") });
    QCOMPARE(json.value(QStringLiteral("growth_areas")).toArray(), QJsonArray {});
    QCOMPARE(json.value(QStringLiteral("self_other")).toObject(),
        (QJsonObject { { QStringLiteral("agreement"), QStringLiteral("under_estimator") },
            { QStringLiteral("self"), 3.0 }, { QStringLiteral("others"), 3.6875 },
            { QStringLiteral("gap"), -0.6875 }, { QStringLiteral("uncertainty"), 0.6702 },
            { QStringLiteral("behaviors"), 2 } }));

    const QJsonArray behaviors = json.value(QStringLiteral("behaviors")).toArray();
    QCOMPARE(behaviors.size(), 6);
    const QJsonObject influence = behaviors.at(0).toObject();
    QCOMPARE(influence.value(QStringLiteral("key")).toString(), QStringLiteral("influence"));
    QCOMPARE(influence.value(QStringLiteral("name")).toString(), QStringLiteral("Influences peers"));
    // others: mean 2.625, sd 0.4787136 → 0.4787, ci [1.6826968, 3.5673032] → [1.6827, 3.5673],
    // r_wg 1 − 0.2291667/2 = 0.8854167 → 0.8854; 4 observers: not indicative.
    const QJsonObject others = influence.value(QStringLiteral("others")).toObject();
    QCOMPARE(others,
        (QJsonObject { { QStringLiteral("observations"), 5 }, { QStringLiteral("observers"), 4 },
            { QStringLiteral("mean"), 2.625 }, { QStringLiteral("sd"), 0.4787 },
            { QStringLiteral("ci95"), QJsonArray { 1.6827, 3.5673 } }, { QStringLiteral("per_30_days"), 2.5 },
            { QStringLiteral("indicative"), false }, { QStringLiteral("agreement"), 0.8854 } }));
    QCOMPARE(influence.value(QStringLiteral("self_other")).toString(), QStringLiteral("over_estimator"));
    const QJsonObject groups = influence.value(QStringLiteral("groups")).toObject();
    QCOMPARE(groups.keys(),
        (QStringList { QStringLiteral("direct_report"), QStringLiteral("manager"), QStringLiteral("other"),
            QStringLiteral("peer"), QStringLiteral("self") }));
    QVERIFY(groups.value(QStringLiteral("other")).isNull());
    QVERIFY(groups.value(QStringLiteral("manager")).toObject().value(QStringLiteral("sd")).isNull());
    QVERIFY(groups.value(QStringLiteral("manager")).toObject().value(QStringLiteral("ci95")).isNull());
    // per 30 days of the manager: 1·30/60 = 0.5.
    QCOMPARE(
        groups.value(QStringLiteral("manager")).toObject().value(QStringLiteral("per_30_days")).toDouble(),
        0.5);
    QVERIFY(!influence.contains(QStringLiteral("pooled")));
    QVERIFY(behaviors.at(5).toObject().value(QStringLiteral("others")).isNull());
}

void TestProfile::blindSpot_onlyWhenGapExceedsUncertainty_data()
{
    QTest::addColumn<QList<int>>("self");
    QTest::addColumn<QList<int>>("peers"); // one observation per peer
    QTest::addColumn<bool>("blindSpot");
    QTest::addColumn<bool>("hiddenStrength");
    // k = 2 in this test. Self {5, 4}: one view, 4.5, no interval. Two observers {2, 4}: mean 3, var
    // 2; shrunk (2 + 2)/3; se 1.1547005/√2 = 0.8164966; half t(3)·se = 2.5984565. Gap 1.5 is more than
    // a third of the scale (the fixed band of common tools), but less than that: not flagged.
    QTest::newRow("two observers, gap 1.5: not flagged")
        << QList<int> { 5, 4 } << QList<int> { 2, 4 } << false << false;
    // Six observers {3,3,3,3,2,4}: mean 3, var 0.4; shrunk (2 + 2)/7 = 0.5714286; se 0.3086067; half
    // t(7)·se = 0.7297389 < 1.5: a blind spot.
    QTest::newRow("six observers, gap 1.5: blind spot")
        << QList<int> { 5, 4 } << QList<int> { 3, 3, 3, 3, 2, 4 } << true << false;
    // Mirror: self {1, 2} mean 1.5 vs the six at 3: gap −1.5: a hidden strength.
    QTest::newRow("six observers, gap −1.5: hidden strength")
        << QList<int> { 1, 2 } << QList<int> { 3, 3, 3, 3, 2, 4 } << false << true;
    // One self observation is as much a view as two (the old model never flagged it): six observers
    // {1,1,1,1,2,1}: mean 1.1666667, var 1/6; shrunk (2 + 5/6)/7 = 0.4047619; se 0.2597312; half
    // t(7)·se = 0.6141668; gap 3.83: a blind spot.
    QTest::newRow("one self observation against six: blind spot")
        << QList<int> { 5 } << QList<int> { 1, 1, 1, 1, 2, 1 } << true << false;
    // Against the same six, a self-rating inside their interval [1, 1.7808] is no finding.
    QTest::newRow("one self observation inside the interval: not flagged")
        << QList<int> { 1, 2 } << QList<int> { 1, 1, 1, 1, 2, 1 } << false << false;
}

void TestProfile::blindSpot_onlyWhenGapExceedsUncertainty()
{
    QFETCH(QList<int>, self);
    QFETCH(QList<int>, peers);
    AnalyticsOrg org;
    QVERIFY(org.setThresholds(2, 2));
    const Id subject = org.person(QStringLiteral("Subject"));
    const QDate day(2026, 2, 2);
    for (int v : self)
        QVERIFY(org.observe(subject, subject, QStringLiteral("support"), day, v, RaterGroup::Self));
    for (qsizetype i = 0; i < peers.size(); ++i) {
        const Id peer = org.person(QStringLiteral("Peer %1").arg(i));
        QVERIFY(org.observe(peer, subject, QStringLiteral("support"), day, peers[i], RaterGroup::Peer));
    }
    auto profile = ProfileService(org.db()).personProfile(subject);
    PR_VERIFY_OK(profile);
    const BehaviorProfile* b = profile->behavior(QStringLiteral("support"));
    QTEST(b->blindSpot, "blindSpot");
    QTEST(b->hiddenStrength, "hiddenStrength");
    QTEST(profile->blindSpots.contains(QStringLiteral("support")), "blindSpot");
    if (QTest::currentDataTag() == QByteArray("two observers, gap 1.5: not flagged"))
        QVERIFY(near(*b->gapUncertainty, 2.5984565));
}

void TestProfile::trend_comparesWithPreviousCycle()
{
    Org o;
    QVERIFY(o.build());
    const Id q4 = o.org.cycle(QStringLiteral("2025 Q4"), QDate(2025, 10, 1), QDate(2025, 12, 31));
    const Id q1 = o.org.cycle(QStringLiteral("2026 Q1"), QDate(2026, 1, 1), QDate(2026, 3, 31));
    QVERIFY(q4 && q1);
    // Q4: influence by the three peers {1, 1, 1} → others 1.0; change by two peers only → suppressed.
    const QString influence = QStringLiteral("influence");
    QVERIFY(o.org.observe(o.ann, o.sam, influence, QDate(2025, 11, 1), 1, RaterGroup::Peer));
    QVERIFY(o.org.observe(o.bob, o.sam, influence, QDate(2025, 11, 2), 1, RaterGroup::Peer));
    QVERIFY(o.org.observe(o.cid, o.sam, influence, QDate(2025, 11, 3), 1, RaterGroup::Peer));
    QVERIFY(o.org.observe(o.ann, o.sam, QStringLiteral("change"), QDate(2025, 11, 4), 2, RaterGroup::Peer));
    QVERIFY(o.org.observe(o.bob, o.sam, QStringLiteral("change"), QDate(2025, 11, 5), 2, RaterGroup::Peer));

    ProfileService service(o.org.db());
    ProfileOptions options;
    options.cycleId = q1;
    auto profile = service.personProfile(o.sam, options);
    PR_VERIFY_OK(profile);
    QVERIFY(profile->trend);
    QCOMPARE(profile->trend->current.name, QStringLiteral("2026 Q1"));
    QCOMPARE(profile->trend->previous.name, QStringLiteral("2025 Q4"));
    QCOMPARE(profile->trend->behaviors.size(), 6);
    // influence: now 2.625 (as above, half 0.9423032), then three views of 1 (half 1.1334790): change
    // +1.625 against √(0.9423032² + 1.1334790²) = 1.4740115: changed.
    const TrendEntry& i = profile->trend->behaviors[0];
    QCOMPARE(i.key, influence);
    QVERIFY(near(i.now.mean, 2.625));
    QVERIFY(near(i.previous.mean, 1.0));
    QVERIFY(near(*i.change, 1.625));
    QVERIFY(near(*i.changeUncertainty, 1.4740115));
    QVERIFY(i.changed);
    // change: then only two observers: suppressed, so no change is given.
    const TrendEntry& c = profile->trend->behaviors[1];
    QVERIFY(near(c.now.mean, 4.75));
    QVERIFY(c.previous.isSuppressed());
    QVERIFY(!c.change);
    // welcome: nothing in either cycle.
    QVERIFY(profile->trend->behaviors[5].now.isEmpty() && profile->trend->behaviors[5].previous.isEmpty());
    const QJsonObject trendJson = profileToJson(*profile).value(QStringLiteral("trend")).toObject();
    QCOMPARE(trendJson.value(QStringLiteral("previous_cycle")).toString(), QStringLiteral("2025 Q4"));
    QCOMPARE(trendJson.value(QStringLiteral("behaviors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("change"))
                 .toDouble(),
        1.625);
    QCOMPARE(trendJson.value(QStringLiteral("behaviors"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("previous"))
                 .toObject(),
        (QJsonObject { { QStringLiteral("suppressed"), true } }));

    // Without a cycle: the latest cycle that has started (Q1 by 1 June 2026) against Q4.
    ProfileOptions june;
    june.today = QDate(2026, 6, 1);
    auto whole = service.personProfile(o.sam, june);
    PR_VERIFY_OK(whole);
    QVERIFY(whole->trend);
    QCOMPARE(whole->trend->current.name, QStringLiteral("2026 Q1"));
    QVERIFY(near(*whole->trend->behaviors[0].change, 1.625));
    // The whole history now starts at Sam's first received observation, 1 Nov 2025.
    QCOMPARE(whole->from, QDate(2025, 11, 1));
    // By 1 Nov 2025 only Q4 has started and nothing comes before it: no trend.
    ProfileOptions november;
    november.today = QDate(2025, 11, 1);
    auto early = service.personProfile(o.sam, november);
    PR_VERIFY_OK(early);
    QVERIFY(!early->trend);
}

void TestProfile::retiredBehavior_appearsOnlyWithObservations()
{
    Org o;
    QVERIFY(o.build());
    FrameworkRepository frameworks(o.org.db());
    PR_VERIFY_OK(frameworks.setRetired(o.org.behavior(QStringLiteral("welcome")), true));
    PR_VERIFY_OK(frameworks.setRetired(o.org.behavior(QStringLiteral("encourage")), true));
    auto profile = ProfileService(o.org.db()).personProfile(o.sam);
    PR_VERIFY_OK(profile);
    // welcome has no observation: gone; encourage has three: kept, flagged retired.
    QCOMPARE(profile->behaviors.size(), 5);
    QVERIFY(!profile->behavior(QStringLiteral("welcome")));
    QVERIFY(profile->behavior(QStringLiteral("encourage"))->behavior.retired);
    const QJsonArray behaviors = profileToJson(*profile).value(QStringLiteral("behaviors")).toArray();
    QCOMPARE(behaviors.at(4).toObject().value(QStringLiteral("retired")).toBool(), true);
}

void TestProfile::unknownPerson_isNotFound()
{
    AnalyticsOrg org;
    auto profile = ProfileService(org.db()).personProfile(4242);
    QVERIFY(!profile);
    QCOMPARE(profile.error().code, ErrorCode::NotFound);
    QVERIFY(!profile.error().message.isEmpty());
}

void TestProfile::exportPersonData_authoredInFullProfileOnlyAboutThem()
{
    Org o;
    QVERIFY(o.build());
    auto exported = exportPersonData(o.org.db(), o.ann);
    PR_VERIFY_OK(exported);
    QCOMPARE(exported->value(QStringLiteral("person")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("ann@example.com"));
    QCOMPARE(exported->value(QStringLiteral("person"))
                 .toObject()
                 .value(QStringLiteral("manager_email"))
                 .toString(),
        QStringLiteral("mia@example.com"));
    // Ann authored 2 influence + 1 change + 3 others about Sam + 1 about Zoe = 7, with her notes.
    const QJsonArray authored = exported->value(QStringLiteral("observations_authored")).toArray();
    QCOMPARE(authored.size(), 7);
    QCOMPARE(authored.at(0).toObject().value(QStringLiteral("subject_email")).toString(),
        QStringLiteral("sam@example.com"));
    const QByteArray text = QJsonDocument(*exported).toJson(QJsonDocument::Compact);
    QVERIFY(text.contains("peer note secret")); // her own note about Sam

    // Sam's export: his profile, never the raw rows about him (Ann's note, her name as observer).
    auto sam = exportPersonData(o.org.db(), o.sam);
    PR_VERIFY_OK(sam);
    const QByteArray samText = QJsonDocument(*sam).toJson(QJsonDocument::Compact);
    QVERIFY(!samText.contains("peer note secret"));
    QVERIFY(!samText.contains("Ann"));
    // His profile as he reads it himself: over the whole history only his own view and his manager's
    // (released cycles, domain/Rules.h), so not the blind spot HR reads live from his peers' figures.
    const QJsonObject samProfile = sam->value(QStringLiteral("profile")).toObject();
    QCOMPARE(samProfile.value(QStringLiteral("anonymous_groups")).toString(), QStringLiteral("withheld"));
    QCOMPARE(samProfile.value(QStringLiteral("blind_spots")).toArray(), QJsonArray {});
    auto live = ProfileService(o.org.db()).personProfile(o.sam);
    PR_VERIFY_OK(live);
    QCOMPARE(profileToJson(*live).value(QStringLiteral("blind_spots")).toArray(), QJsonArray { QStringLiteral("influence") });
    QCOMPARE(
        sam->value(QStringLiteral("observations_authored")).toArray().size(), 4); // his self-observations
}

void TestProfile::profileQuery_usesCoveringIndex()
{
    Org o;
    QVERIFY(o.build());
    PR_SQLITE_ONLY(o.org.db()); // SQLite's query plan
    auto plan = o.org.db().exec(QStringLiteral("EXPLAIN QUERY PLAN ") + subjectRowsSql(o.org.db().dialect()), { o.sam });
    PR_VERIFY_OK(plan);
    QStringList details;
    while (plan->next())
        details << plan->value(3).toString();
    QCOMPARE(details,
        QStringList {
            QStringLiteral("SEARCH observations USING COVERING INDEX observations_subject (subject_id=?)") });

    auto latest = o.org.db().exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT MAX((SELECT MAX(o.observed_on) FROM observations o "
                       "WHERE o.observer_id = p.id)) FROM people p"));
    PR_VERIFY_OK(latest);
    QString all;
    while (latest->next())
        all += latest->value(3).toString() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("observations_observer")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("SCAN o")), qPrintable(all));
}

void TestProfile::period_followsWritesWithSameService()
{
    Org o;
    QVERIFY(o.build());
    ProfileService service(o.org.db());
    auto before = service.personProfile(o.sam);
    PR_VERIFY_OK(before);
    QCOMPARE(before->to, QDate(2026, 3, 10));
    // A later observation anywhere in the file moves the end of the period (the service remembers
    // the latest date only until the next write).
    QVERIFY(o.org.observe(o.bob, o.zoe, QStringLiteral("support"), QDate(2026, 4, 9), 3, RaterGroup::Other));
    auto after = service.personProfile(o.sam);
    PR_VERIFY_OK(after);
    QCOMPARE(after->to, QDate(2026, 4, 9));
    // 10 Jan – 9 Apr = 22 + 28 + 31 + 9 = 90 days: others of influence 5·30/90.
    QCOMPARE(after->periodDays(), 90);
    QVERIFY(near(after->behavior(QStringLiteral("influence"))->others.per30Days, 5.0 / 3.0));
    // A write by another connection to the same file is seen too.
    auto other = o.org.db().openAnother();
    PR_VERIFY_OK(other);
    PR_VERIFY_OK((*other)->execStatement(QStringLiteral(
        "UPDATE observations SET observed_on = '2026-05-09' WHERE observed_on = '2026-04-09'")));
    auto third = service.personProfile(o.sam);
    PR_VERIFY_OK(third);
    QCOMPARE(third->to, QDate(2026, 5, 9));
}

namespace {

enum class Change { Thresholds, BehaviorName, TeamName, Cycles };

// Makes `change` through `db`: the settings, the framework, a team or the cycles, which a kept
// ProfileService remembers between profiles.
Status makeChange(Database& db, Change change, Id teamId)
{
    switch (change) {
    case Change::Thresholds:
        return SettingsRepository(db).save(DatabaseSettings { 4, 4 });
    case Change::BehaviorName: {
        auto framework = FrameworkRepository(db).active();
        if (!framework)
            return framework.error();
        for (Behavior b : framework->behaviors) {
            if (b.key == QLatin1String("influence")) {
                b.name = QStringLiteral("Influence (renamed)");
                return FrameworkRepository(db).updateBehavior(b);
            }
        }
        return makeError(ErrorCode::NotFound, QStringLiteral("no influence behavior"));
    }
    case Change::TeamName: {
        auto team = PeopleRepository(db).teamById(teamId);
        if (!team)
            return team.error();
        team->name = QStringLiteral("Core (renamed)");
        return PeopleRepository(db).updateTeam(*team);
    }
    case Change::Cycles:
        for (Cycle c : { Cycle { 0, {}, QStringLiteral("2025 H2"), QDate(2025, 7, 1), QDate(2025, 12, 31) },
                 Cycle { 0, {}, QStringLiteral("2026 Q1"), QDate(2026, 1, 1), QDate(2026, 3, 31) } }) {
            if (auto id = CycleRepository(db).add(c); !id)
                return id.error();
        }
        return {};
    }
    return {};
}

// What `change` shows on Sam's profile: true once the profile reflects it.
bool showsChange(const PersonProfile& profile, Change change)
{
    const BehaviorProfile* influence = profile.behavior(QStringLiteral("influence"));
    switch (change) {
    case Change::Thresholds: // 3 distinct peers: shown with k = 3, suppressed with k = 4
        return influence && influence->group(RaterGroup::Peer).isSuppressed() && profile.settings.k == 4;
    case Change::BehaviorName:
        return influence && influence->behavior.name == QLatin1String("Influence (renamed)");
    case Change::TeamName:
        return profile.teamName == QLatin1String("Core (renamed)");
    case Change::Cycles:
        return profile.trend && profile.trend->current.name == QLatin1String("2026 Q1")
            && profile.trend->previous.name == QLatin1String("2025 H2");
    }
    return false;
}

} // namespace

void TestProfile::keptService_seesChanges_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("throughAnotherConnection");
    const std::pair<const char*, Change> changes[] = { { "thresholds", Change::Thresholds },
        { "behavior name", Change::BehaviorName }, { "team name", Change::TeamName }, { "cycles", Change::Cycles } };
    for (const auto& [name, change] : changes) {
        QTest::addRow("%s, same connection", name) << change << false;
        QTest::addRow("%s, another connection", name) << change << true;
    }
}

void TestProfile::keptService_seesChanges()
{
    QFETCH(Change, change);
    QFETCH(bool, throughAnotherConnection);
    Org o;
    QVERIFY(o.build());
    ProfileOptions options;
    options.today = QDate(2026, 3, 15);
    ProfileService service(o.org.db());
    // Twice: the second profile comes from what the service remembers.
    for (int i = 0; i < 2; ++i) {
        auto before = service.personProfile(o.sam, options);
        PR_VERIFY_OK(before);
        QVERIFY(!showsChange(*before, change));
        QCOMPARE(before->teamName, QStringLiteral("Core"));
    }
    auto other = o.org.db().openAnother();
    PR_VERIFY_OK(other);
    PR_VERIFY_OK(makeChange(throughAnotherConnection ? **other : o.org.db(), change, o.team));
    auto after = service.personProfile(o.sam, options);
    PR_VERIFY_OK(after);
    QVERIFY(showsChange(*after, change));
}

void TestProfile::keptService_forgetsWhatARolledBackTransactionShowed()
{
    Org o;
    QVERIFY(o.build());
    ProfileService service(o.org.db());
    PR_VERIFY_OK(service.personProfile(o.sam));
    const Status rolledBack = o.org.db().transaction([&]() -> Status {
        if (auto s = makeChange(o.org.db(), Change::Thresholds, o.team); !s)
            return s;
        auto inside = service.personProfile(o.sam);
        if (!inside || !showsChange(*inside, Change::Thresholds))
            return makeError(ErrorCode::Internal, QStringLiteral("the change is not seen inside the transaction"));
        return makeError(ErrorCode::Invalid, QStringLiteral("roll back"));
    });
    QVERIFY(!rolledBack);
    QCOMPARE(rolledBack.error().message, QStringLiteral("roll back"));
    auto after = service.personProfile(o.sam);
    PR_VERIFY_OK(after);
    QCOMPARE(after->settings.k, 3);
    QVERIFY(after->behavior(QStringLiteral("influence"))->group(RaterGroup::Peer).isShown());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
