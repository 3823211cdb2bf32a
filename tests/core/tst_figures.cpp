// The statistical model of a profile (docs/statistics.md), end to end: every figure of hand-built
// profiles is recomputed here from the raw observations by a reference written from the document,
// not from the analytics code (its own t table, prior, reliabilities and agreement index), and the
// notable ones are also written out as hand-computed numbers. Then every profile of a generated
// demo organisation is walked for the properties the model promises.
#include "AnalyticsFixture.h"
#include "analytics/Profile.h"
#include "demo/DemoOrganisation.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

// ---- The reference, from docs/statistics.md ------------------------------------------------------

// t(0.975, df), published two-sided 95% quantiles.
double referenceT(int df)
{
    static const std::map<int, double> table { { 1, 12.7062 }, { 2, 4.3027 }, { 3, 3.1824 }, { 4, 2.7764 },
        { 5, 2.5706 }, { 6, 2.4469 }, { 7, 2.3646 }, { 8, 2.3060 }, { 9, 2.2622 }, { 10, 2.2281 },
        { 11, 2.2010 }, { 12, 2.1788 }, { 13, 2.1604 }, { 14, 2.1448 }, { 15, 2.1314 }, { 16, 2.1199 },
        { 17, 2.1098 } };
    return table.at(df);
}

struct Rating
{
    Id observer = 0;
    RaterGroup group = RaterGroup::Peer;
    int impact = 0;
};

struct Expected
{
    int observations = 0;
    int observers = 0;
    double mean = 0.0;
    std::optional<double> sd;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<double> half;
    std::optional<double> agreement;
    bool indicative = false;
};

// `needed`: observers for reliability 0.70 by Spearman–Brown, n = 0.7(1 − r)/(0.3r) rounded up, from
// r = .50 (manager), .37 (peers, others in the organisation, a mix), .30 (direct reports).
Expected reference(const QList<Rating>& ratings, int needed)
{
    std::map<Id, std::pair<int, double>> byObserver; // count, sum
    Expected e;
    for (const Rating& r : ratings) {
        ++e.observations;
        byObserver[r.observer].first += 1;
        byObserver[r.observer].second += r.impact;
    }
    QList<double> views;
    for (const auto& [observer, tally] : byObserver)
        views << tally.second / tally.first;
    e.observers = int(views.size());
    double sum = 0.0;
    for (double v : views)
        sum += v;
    e.mean = sum / e.observers;
    e.indicative = e.observers < needed;
    if (e.observers < 2)
        return e;
    double squares = 0.0;
    for (double v : views)
        squares += (v - e.mean) * (v - e.mean);
    const double variance = squares / (e.observers - 1);
    e.sd = std::sqrt(variance);
    // Prior: ν₀ = 2 degrees of freedom of the spread σ₀² = ((5² − 1)/12)/2 = 1.
    const int df = 2 + e.observers - 1;
    const double shrunk = (2 * 1.0 + (e.observers - 1) * variance) / df;
    e.half = referenceT(df) * std::sqrt(shrunk / e.observers);
    e.ciLow = std::max(1.0, e.mean - *e.half);
    e.ciHigh = std::min(5.0, e.mean + *e.half);
    e.agreement = std::clamp(1.0 - variance / 2.0, 0.0, 1.0);
    return e;
}

// The reference t table has 4 decimals: figures agree to 1e-3 relative to the interval.
void compareWithReference(const GroupStats& actual, const Expected& e, const char* what)
{
    const QByteArray where = QByteArray(what);
    QVERIFY2(actual.isShown(), where.constData());
    QVERIFY2(actual.observations == e.observations, where.constData());
    QVERIFY2(actual.observers == e.observers, where.constData());
    QVERIFY2(near(actual.mean, e.mean), where.constData());
    QVERIFY2(actual.indicative == e.indicative, where.constData());
    QVERIFY2(actual.sd.has_value() == e.sd.has_value(), where.constData());
    QVERIFY2(actual.ciLow.has_value() == e.ciLow.has_value(), where.constData());
    QVERIFY2(actual.agreement.has_value() == e.agreement.has_value(), where.constData());
    if (!e.sd)
        return;
    QVERIFY2(near(*actual.sd, *e.sd), where.constData());
    QVERIFY2(near(*actual.ciLow, *e.ciLow, 1e-3),
        QByteArray(where + " low " + QByteArray::number(*actual.ciLow)).constData());
    QVERIFY2(near(*actual.ciHigh, *e.ciHigh, 1e-3),
        QByteArray(where + " high " + QByteArray::number(*actual.ciHigh)).constData());
    QVERIFY2(near(*actual.halfWidth, *e.half, 1e-3), where.constData());
    QVERIFY2(near(*actual.agreement, *e.agreement), where.constData());
}

// One subject's ratings of "support", by group; self is the subject.
struct Scenario
{
    QList<Rating> ratings;

    QList<Rating> of(std::optional<RaterGroup> group) const // none: every group but self
    {
        QList<Rating> result;
        for (const Rating& r : ratings) {
            if (group ? r.group == *group : r.group != RaterGroup::Self)
                result << r;
        }
        return result;
    }
};

int neededFor(std::optional<RaterGroup> group)
{
    if (!group)
        return 4;
    switch (*group) {
    case RaterGroup::Self:
        return 1;
    case RaterGroup::Manager:
        return 3;
    case RaterGroup::DirectReport:
        return 6;
    default:
        return 4;
    }
}

QJsonObject behaviorJson(const PersonProfile& profile, const QString& key)
{
    for (const QJsonValue& b : profileToJson(profile).value(u"behaviors"_s).toArray()) {
        if (b.toObject().value(u"key"_s).toString() == key)
            return b.toObject();
    }
    return {};
}

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handBuilt_everyFigureRecomputed_data();
    void handBuilt_everyFigureRecomputed();
    void handBuilt_notableFiguresByHand();
    void observersAndObservations_areDistinct();
    void demo_everyIntervalInsideTheScaleAndEveryFindingBeyondItsUncertainty();
};

void TestFigures::handBuilt_everyFigureRecomputed_data()
{
    QTest::addColumn<QList<int>>("self"); // the subject's own observations
    QTest::addColumn<QList<int>>("manager"); // one manager, any number of observations
    QTest::addColumn<QList<QList<int>>>("peers"); // per peer, their observations
    QTest::addColumn<QList<QList<int>>>("reports"); // per direct report

    // One peer logs 5 fifteen times, three others once: the fifteen are one voice. Self repeats 4.
    QTest::newRow("one observer logs many times")
        << QList<int>(15, 4) << QList<int> {} << QList<QList<int>> { QList<int>(15, 5), { 2 }, { 2 }, { 3 } }
        << QList<QList<int>> {};
    QTest::newRow("observers disagree")
        << QList<int> { 5 } << QList<int> {} << QList<QList<int>> { { 1 }, { 5 }, { 1 }, { 5 } }
        << QList<QList<int>> {};
    QTest::newRow("all agree") << QList<int> { 1 } << QList<int> {}
                               << QList<QList<int>> { { 4 }, { 4 }, { 4 } } << QList<QList<int>> {};
    QTest::newRow("a group of one observer")
        << QList<int> { 3, 4 } << QList<int> { 2, 3 } << QList<QList<int>> { { 3 }, { 3, 4 }, { 4 } }
        << QList<QList<int>> { { 2 }, { 2 }, { 3 } };
    QTest::newRow("the scale's ends")
        << QList<int> { 5 } << QList<int> { 5 } << QList<QList<int>> { { 4, 5 }, { 5 } }
        << QList<QList<int>> { { 1 }, { 1 }, { 1, 1, 1 } };
}

void TestFigures::handBuilt_everyFigureRecomputed()
{
    QFETCH(QList<int>, self);
    QFETCH(QList<int>, manager);
    QFETCH(QList<QList<int>>, peers);
    QFETCH(QList<QList<int>>, reports);
    AnalyticsOrg org;
    QVERIFY(org.setThresholds(2, 2)); // groups of two observers are shown: their intervals are tested
    const Id subject = org.person(u"Subject"_s);
    const QDate day(2026, 2, 2);
    Scenario scenario;
    const auto log = [&](Id observer, RaterGroup group, const QList<int>& impacts) {
        for (int impact : impacts) {
            QVERIFY(org.observe(observer, subject, u"support"_s, day, impact, group));
            scenario.ratings << Rating { observer, group, impact };
        }
    };
    log(subject, RaterGroup::Self, self);
    if (!manager.isEmpty())
        log(org.person(u"Manager"_s), RaterGroup::Manager, manager);
    for (qsizetype i = 0; i < peers.size(); ++i)
        log(org.person(u"Peer %1"_s.arg(i)), RaterGroup::Peer, peers[i]);
    for (qsizetype i = 0; i < reports.size(); ++i)
        log(org.person(u"Report %1"_s.arg(i)), RaterGroup::DirectReport, reports[i]);

    auto profile = ProfileService(org.db()).personProfile(subject);
    PR_VERIFY_OK(profile);
    const BehaviorProfile* b = profile->behavior(u"support"_s);
    QVERIFY(b);
    QVERIFY(!b->pooled); // every anonymous group here reaches k = 2
    for (RaterGroup g : allRaterGroups) {
        const QList<Rating> ratings = scenario.of(g);
        if (ratings.isEmpty()) {
            QVERIFY(b->group(g).isEmpty());
            continue;
        }
        compareWithReference(b->group(g), reference(ratings, neededFor(g)), qPrintable(raterGroupKey(g)));
    }
    const Expected others = reference(scenario.of(std::nullopt), neededFor(std::nullopt));
    compareWithReference(b->others, others, "others");

    // The gap: self is one observer, so its uncertainty is the others' half-width alone.
    const Expected own = reference(scenario.of(RaterGroup::Self), 1);
    const double gap = own.mean - others.mean;
    QVERIFY(near(*b->gap, gap));
    QVERIFY(near(*b->gapUncertainty, *others.half, 1e-3));
    QCOMPARE(b->blindSpot, gap > *others.half);
    QCOMPARE(b->hiddenStrength, -gap > *others.half);
    QVERIFY(b->selfOther);
    const SelfOtherAgreement verdict = gap > *others.half ? SelfOtherAgreement::OverEstimator
        : -gap > *others.half                             ? SelfOtherAgreement::UnderEstimator
        : (own.mean + others.mean) / 2 >= 3.0             ? SelfOtherAgreement::AgreeHigh
                                                          : SelfOtherAgreement::AgreeLow;
    QCOMPARE(b->selfOther->agreement, verdict);

    // JSON: one observer's figure has no interval (null), never a zero-wide one.
    const QJsonObject json = behaviorJson(*profile, u"support"_s);
    const QJsonObject selfJson = json.value(u"groups"_s).toObject().value(u"self"_s).toObject();
    QCOMPARE(selfJson.value(u"observers"_s).toInt(), 1);
    QCOMPARE(selfJson.value(u"observations"_s).toInt(), int(self.size()));
    QVERIFY(selfJson.value(u"ci95"_s).isNull());
    QVERIFY(selfJson.value(u"agreement"_s).isNull());
    const QJsonArray ci = json.value(u"others"_s).toObject().value(u"ci95"_s).toArray();
    QVERIFY(ci.at(0).toDouble() >= 1.0 && ci.at(1).toDouble() <= 5.0
        && ci.at(1).toDouble() > ci.at(0).toDouble());
    QCOMPARE(json.value(u"self_other"_s).toString(), selfOtherKey(verdict));
}

void TestFigures::handBuilt_notableFiguresByHand()
{
    AnalyticsOrg org;
    QVERIFY(org.setThresholds(2, 2));
    const QDate day(2026, 2, 2);
    const auto subject = [&](const QString& name, const QList<QList<int>>& peers, const QList<int>& self) {
        const Id s = org.person(name);
        for (int v : self)
            org.observe(s, s, u"support"_s, day, v, RaterGroup::Self);
        for (qsizetype i = 0; i < peers.size(); ++i) {
            const Id p = org.person(u"%1 peer %2"_s.arg(name).arg(i));
            for (int v : peers[i])
                org.observe(p, s, u"support"_s, day, v, RaterGroup::Peer);
        }
        return s;
    };
    ProfileService service(org.db());
    const auto peersOf = [&](Id s) {
        auto p = service.personProfile(s);
        return p ? p->behavior(u"support"_s)->group(RaterGroup::Peer) : GroupStats();
    };

    // One peer logs 5 fifteen times, three others 2, 2, 3: views {5, 2, 2, 3}, mean 3.0 (the old
    // mean of 18 observations was 82/18 = 4.56); var (4 + 1 + 1 + 0)/3 = 2, sd 1.4142136; shrunk
    // (2·1 + 3·2)/5 = 1.6; se √1.6/√4 = 0.6324555; half t(5)·se = 2.570582·0.6324555 = 1.6257787.
    const Id many = subject(u"Many"_s, { QList<int>(15, 5), { 2 }, { 2 }, { 3 } }, QList<int>(15, 4));
    GroupStats s = peersOf(many);
    QCOMPARE(s.observations, 18);
    QCOMPARE(s.observers, 4);
    QVERIFY(near(s.mean, 3.0));
    QVERIFY(near(*s.sd, 1.4142136));
    QVERIFY(near(*s.ciLow, 1.3742213) && near(*s.ciHigh, 4.6257787));
    QVERIFY(s.observersDisagree()); // r_wg = 1 − 2/2 = 0
    // The self-review repeated fifteen times is one view: 4.0, no interval (it was "4.00 ±0.0 (n=15)").
    auto manyProfile = service.personProfile(many);
    PR_VERIFY_OK(manyProfile);
    const GroupStats& self = manyProfile->behavior(u"support"_s)->group(RaterGroup::Self);
    QCOMPARE(self.observations, 15);
    QCOMPARE(self.observers, 1);
    QVERIFY(!self.ciLow && !self.sd);
    // Gap 4 − 3 = 1 against the others' 1.6257787: no blind spot.
    QVERIFY(!manyProfile->behavior(u"support"_s)->blindSpot);

    // Two peers {4, 5}: the old t-interval was 4.5 ± 12.706·0.5 = [−1.85, 10.85]. Now var 0.5; shrunk
    // (2 + 0.5)/3 = 0.8333333; se 0.9128709/√2 = 0.6454972; half t(3)·se = 2.0542603: [2.4457397, 5].
    s = peersOf(subject(u"Two"_s, { { 4 }, { 5 } }, {}));
    QVERIFY(near(s.mean, 4.5));
    QVERIFY(near(*s.ciLow, 2.4457397) && near(*s.ciHigh, 5.0));
    QVERIFY(s.indicative); // 2 < 4 peers

    // Two equal peers {4, 4}: the old interval was [4, 4], zero wide. Now shrunk 2/3; se
    // 0.8164966/√2 = 0.5773503; half t(3)·se = 1.8373862: [2.1626138, 5].
    s = peersOf(subject(u"Equal"_s, { { 4 }, { 4 } }, {}));
    QVERIFY(near(*s.ciLow, 2.1626138) && near(*s.ciHigh, 5.0));
    QCOMPARE(*s.agreement, 1.0);

    // Three peers at the bottom {1, 1, 1}: half 1.1334790 (as {3, 3, 3}): [1, 2.1334790].
    s = peersOf(subject(u"Bottom"_s, { { 1 }, { 1 }, { 1, 1 } }, {}));
    QCOMPARE(s.observations, 4);
    QVERIFY(near(*s.ciLow, 1.0) && near(*s.ciHigh, 2.1334790));
}

void TestFigures::observersAndObservations_areDistinct()
{
    // The "from 6 observers" beside "n=7": the table's n and the findings' are now one.
    AnalyticsOrg org;
    const Id s = org.person(u"Sam"_s);
    const QDate day(2026, 2, 2);
    for (int i = 0; i < 6; ++i) {
        const Id p = org.person(u"Peer %1"_s.arg(i));
        QVERIFY(org.observe(p, s, u"support"_s, day, 5, RaterGroup::Peer));
        if (i == 0)
            QVERIFY(org.observe(p, s, u"support"_s, day, 5, RaterGroup::Peer));
    }
    auto profile = ProfileService(org.db()).personProfile(s);
    PR_VERIFY_OK(profile);
    const QJsonObject others = behaviorJson(*profile, u"support"_s).value(u"others"_s).toObject();
    QCOMPARE(others.value(u"observers"_s).toInt(), 6);
    QCOMPARE(others.value(u"observations"_s).toInt(), 7);
}

void TestFigures::demo_everyIntervalInsideTheScaleAndEveryFindingBeyondItsUncertainty()
{
    // 300 people and 40,000 observations (about 130 each) by default: runs in seconds. The
    // benchmark's 2,000-person file is too slow for ctest; PEERRADAR_FIGURES_FILE walks such a file
    // instead (e.g. tests/bench/run.sh's bench-data/p2000-o1000000-s2026/org.peerradar).
    TempDatabase temp;
    std::unique_ptr<Database> file;
    Database* db = &temp.db();
    if (const QString path = qEnvironmentVariable("PEERRADAR_FIGURES_FILE"); !path.isEmpty()) {
        PR_FILE_ONLY("a given file is walked in the file run");
        auto opened = Database::open(path, Database::Access::ReadOnly);
        PR_VERIFY_OK(opened);
        file = std::move(opened).value();
        db = file.get();
    } else {
        DemoOptions options;
        options.people = 300;
        options.observations = 40000;
        options.seed = 2026;
        options.lastDay = QDate(2026, 11, 20);
        PR_VERIFY_OK(generateDemoOrganisation(temp.db(), options));
    }
    auto people = db->exec(u"SELECT id FROM people ORDER BY id"_s);
    PR_VERIFY_OK(people);
    QList<Id> ids;
    while (people->next())
        ids << people->value(0).toLongLong();

    ProfileService service(*db);
    int intervals = 0;
    int blindSpots = 0;
    int hiddenStrengths = 0;
    int singles = 0;
    for (Id id : std::as_const(ids)) {
        auto profile = service.personProfile(id);
        PR_VERIFY_OK(profile);
        const auto check = [&](const GroupStats& g, const QString& what) {
            if (!g.isShown())
                return;
            const QByteArray where = u"person %1, %2"_s.arg(id).arg(what).toUtf8();
            QVERIFY2(g.mean >= 1.0 && g.mean <= 5.0, where.constData());
            if (g.observers < 2) {
                QVERIFY2(!g.ciLow && !g.ciHigh, where.constData()); // one observer: no interval
                ++singles;
                return;
            }
            QVERIFY2(g.ciLow && g.ciHigh, where.constData());
            QVERIFY2(*g.ciLow >= 1.0 && *g.ciHigh <= 5.0, where.constData());
            QVERIFY2(*g.ciHigh - *g.ciLow > 0.0, where.constData());
            QVERIFY2(*g.ciLow <= g.mean && g.mean <= *g.ciHigh, where.constData());
            ++intervals;
        };
        for (const BehaviorProfile& b : profile->behaviors) {
            check(b.others, b.behavior.key + u" others"_s);
            for (RaterGroup g : allRaterGroups)
                check(b.group(g), b.behavior.key + u' ' + raterGroupKey(g));
            if (b.pooled)
                check(b.pooled->stats, b.behavior.key + u" pool"_s);
            // A blind spot (hidden strength): self, one view, lies outside the others' interval.
            if (b.blindSpot) {
                QVERIFY(*b.gap > *b.gapUncertainty);
                QVERIFY(b.group(RaterGroup::Self).mean > *b.others.ciHigh);
                ++blindSpots;
            }
            if (b.hiddenStrength) {
                QVERIFY(-*b.gap > *b.gapUncertainty);
                QVERIFY(b.group(RaterGroup::Self).mean < *b.others.ciLow);
                ++hiddenStrengths;
            }
        }
        // The JSON carries the same intervals: inside 1–5, never zero wide, null for one observer.
        const QJsonArray behaviors = profileToJson(*profile).value(u"behaviors"_s).toArray();
        for (const QJsonValue& b : behaviors) {
            QList<QJsonValue> figures { b.toObject().value(u"others"_s) };
            for (const QJsonValue& g : b.toObject().value(u"groups"_s).toObject())
                figures << g;
            for (const QJsonValue& f : figures) {
                const QJsonObject o = f.toObject();
                if (!o.contains(u"mean"_s))
                    continue;
                const QJsonValue ci = o.value(u"ci95"_s);
                QCOMPARE(ci.isNull(), o.value(u"observers"_s).toInt() < 2);
                if (!ci.isNull())
                    QVERIFY(ci[0].toDouble() >= 1.0 && ci[1].toDouble() <= 5.0
                        && ci[1].toDouble() > ci[0].toDouble());
            }
        }
    }
    qInfo("%lld profiles: %d intervals, %d single-observer figures, %d blind spots, %d hidden strengths",
        qlonglong(ids.size()), intervals, singles, blindSpots, hiddenStrengths);
    QVERIFY(intervals > 1000);
    QVERIFY(singles > 100);
}

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
