#include "analytics/Statistics.h"

#include <QTest>

#include <cmath>

using namespace peerradar;

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void studentT975_matchesPublishedQuantiles_data();
    void studentT975_matchesPublishedQuantiles();
    void summarizeViews_handComputedSamples_data();
    void summarizeViews_handComputedSamples();
    void summarizeViews_fromSumsEqualsFromValues();
    void fewViews_widerInterval();
    void observersForReliability_spearmanBrown_data();
    void observersForReliability_spearmanBrown();
    void differenceUncertainty_oneSidedWhenOneViewIsAlone();
    void per30Days_scalesByPeriodLength_data();
    void per30Days_scalesByPeriodLength();
    void median_oddEvenEmpty();
};

void TestStatistics::studentT975_matchesPublishedQuantiles_data()
{
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    // Published two-sided 95% quantiles; df ≤ 30 from the table, beyond from the approximation.
    QTest::newRow("df 1") << 1 << 12.706205 << 1e-6;
    QTest::newRow("df 4") << 4 << 2.776445 << 1e-6;
    QTest::newRow("df 10") << 10 << 2.228139 << 1e-6;
    QTest::newRow("df 30") << 30 << 2.042272 << 1e-6;
    QTest::newRow("df 31") << 31 << 2.039513 << 2e-6;
    QTest::newRow("df 40") << 40 << 2.021075 << 2e-6;
    QTest::newRow("df 60") << 60 << 2.000298 << 2e-6;
    QTest::newRow("df 100") << 100 << 1.983972 << 2e-6;
    QTest::newRow("df 120") << 120 << 1.979930 << 2e-6;
    QTest::newRow("df 1000") << 1000 << 1.962339 << 2e-6;
    QTest::newRow("df 0: no interval") << 0 << 0.0 << 0.0;
}

void TestStatistics::studentT975_matchesPublishedQuantiles()
{
    QFETCH(int, df);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const double t = stats::studentT975(df);
    QVERIFY2(std::abs(t - expected) <= tolerance,
        qPrintable(QStringLiteral("t(%1) = %2").arg(df).arg(t, 0, 'f', 7)));
}

void TestStatistics::summarizeViews_handComputedSamples_data()
{
    QTest::addColumn<QList<double>>("views"); // one per observer (docs/statistics.md)
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd"); // -1: none
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    QTest::addColumn<double>("agreement");

    // Prior on a 1–5 scale: σ₀² = ((5² − 1)/12)/2 = 1, ν₀ = 2; df = ν₀ + n − 1 = n + 1.
    // {4,5,3,4,4}: mean 4; squared deviations 0+1+1+0+0 = 2; var 0.5, sd 0.7071068; shrunk var
    // (2·1 + 4·0.5)/6 = 0.6666667; se √0.6666667/√5 = 0.3651484; half t(6)·se = 2.446912·0.3651484 =
    // 0.8934859. r_wg = 1 − 0.5/2 = 0.75.
    QTest::newRow("five views") << QList<double> { 4, 5, 3, 4, 4 } << 5 << 4.0 << 0.7071068 << 3.1065141
                                << 4.8934859 << 0.75;
    // {1,5}: mean 3; var 8, sd 2.8284271; shrunk (2 + 8)/3 = 3.3333333; se 1.8257419/√2 = 1.2909944;
    // half t(3)·se = 3.182446·1.2909944 = 4.1085205: [−1.11, 7.11] bounded by the scale to [1, 5]
    // (the old t-interval on two values was [−22.4, 28.4]). r_wg = 1 − 8/2 < 0 → 0.
    QTest::newRow("two opposite views: the whole scale")
        << QList<double> { 1, 5 } << 2 << 3.0 << 2.8284271 << 1.0 << 5.0 << 0.0;
    // {3,3,3}: no spread, but the interval is not zero wide (it was [3, 3]): shrunk (2 + 0)/4 = 0.5;
    // se √0.5/√3 = 0.4082483; half t(4)·se = 2.776445·0.4082483 = 1.1334790. r_wg 1.
    QTest::newRow("three equal views")
        << QList<double> { 3, 3, 3 } << 3 << 3.0 << 0.0 << 1.8665210 << 4.1334790 << 1.0;
    // {5,5} at the scale's end: shrunk 2/3; se 0.8164966/√2 = 0.5773503; half t(3)·se = 1.8373862:
    // [3.1626138, 5] — bounded above, not zero wide.
    QTest::newRow("two views at the top")
        << QList<double> { 5, 5 } << 2 << 5.0 << 0.0 << 3.1626138 << 5.0 << 1.0;
    // {1,1,1,1,2}: mean 1.2; var 0.2, sd 0.4472136; shrunk (2 + 4·0.2)/6 = 0.4666667; se 0.6831301/√5
    // = 0.3055050; half t(6)·se = 0.7475439: [0.4525, 1.9475] bounded below to 1. r_wg = 0.9.
    QTest::newRow("near the bottom") << QList<double> { 1, 1, 1, 1, 2 } << 5 << 1.2 << 0.4472136 << 1.0
                                     << 1.9475439 << 0.9;
    // Views of observers who logged more than once: {2.5, 3, 2}: mean 2.5; var 0.25; shrunk (2 +
    // 0.5)/4 = 0.625; se 0.7905694/√3 = 0.4564355; half t(4)·se = 1.2672680. r_wg = 1 − 0.25/2.
    QTest::newRow("views that are means")
        << QList<double> { 2.5, 3, 2 } << 3 << 2.5 << 0.5 << 1.2327320 << 3.7672680 << 0.875;
    QTest::newRow("one view: no spread, no interval")
        << QList<double> { 2 } << 1 << 2.0 << -1.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("none") << QList<double> {} << 0 << 0.0 << -1.0 << 0.0 << 0.0 << 0.0;
}

void TestStatistics::summarizeViews_handComputedSamples()
{
    QFETCH(QList<double>, views);
    QFETCH(int, n);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    QFETCH(double, agreement);
    const stats::Summary s = stats::summarizeViews(views);
    QCOMPARE(s.n, n);
    QVERIFY(std::abs(s.mean - mean) < 1e-6);
    if (sd < 0) {
        QVERIFY(!s.sd);
        QVERIFY(!s.ciLow);
        QVERIFY(!s.ciHigh);
        QVERIFY(!s.standardError);
        QVERIFY(!s.halfWidth);
        QVERIFY(!s.agreement);
        return;
    }
    QVERIFY(s.sd && s.ciLow && s.ciHigh && s.agreement && s.halfWidth);
    QVERIFY2(std::abs(*s.sd - sd) < 1e-6, qPrintable(QString::number(*s.sd, 'f', 7)));
    QVERIFY2(std::abs(*s.ciLow - ciLow) < 1e-6, qPrintable(QString::number(*s.ciLow, 'f', 7)));
    QVERIFY2(std::abs(*s.ciHigh - ciHigh) < 1e-6, qPrintable(QString::number(*s.ciHigh, 'f', 7)));
    QVERIFY2(std::abs(*s.agreement - agreement) < 1e-9, qPrintable(QString::number(*s.agreement, 'f', 7)));
    // Inside the scale, and never zero wide.
    QVERIFY(*s.ciLow >= 1.0 && *s.ciHigh <= 5.0);
    QVERIFY(*s.ciHigh - *s.ciLow > 0.1);
}

void TestStatistics::summarizeViews_fromSumsEqualsFromValues()
{
    // {1,2,3,4,5,5}: n 6, Σ 20, Σv² 1+4+9+16+25+25 = 80.
    const stats::Summary a = stats::summarizeViews(QList<double> { 1, 2, 3, 4, 5, 5 });
    const stats::Summary b = stats::summarizeViews(6, 20.0, 80.0);
    QCOMPARE(a.n, b.n);
    QCOMPARE(a.mean, b.mean);
    QCOMPARE(*a.sd, *b.sd);
    QCOMPARE(*a.ciLow, *b.ciLow);
    // var = (80 − 6·(20/6)²)/5 = 2.6666667; sd = 1.6329932.
    QVERIFY(std::abs(*a.sd - 1.6329932) < 1e-6);
}

void TestStatistics::fewViews_widerInterval()
{
    // The same spread from more observers gives a narrower interval; a lone pair the widest.
    double previous = 10.0;
    for (int n : { 2, 3, 5, 10, 30 }) {
        QList<double> views;
        for (int i = 0; i < n; ++i)
            views << (i % 2 == 0 ? 3.0 : 4.0);
        const stats::Summary s = stats::summarizeViews(views);
        QVERIFY2(*s.halfWidth < previous, qPrintable(QStringLiteral("n %1").arg(n)));
        previous = *s.halfWidth;
    }
}

void TestStatistics::observersForReliability_spearmanBrown_data()
{
    QTest::addColumn<double>("singleRater");
    QTest::addColumn<int>("expected");
    // n = 0.7(1 − r)/(0.3r): .50 → 2.33 → 3; .37 → 3.97 → 4; .30 → 5.44 → 6 (Conway & Huffcutt 1997).
    QTest::newRow("supervisors") << 0.50 << 3;
    QTest::newRow("peers") << 0.37 << 4;
    QTest::newRow("direct reports") << 0.30 << 6;
    // r = .7/(.7 + .3·3)·… exactly 3: 0.7(1 − r)/(0.3r) = 3 ⇔ r = 0.4375.
    QTest::newRow("exactly three") << 0.4375 << 3;
    QTest::newRow("already reliable") << 0.8 << 1;
}

void TestStatistics::observersForReliability_spearmanBrown()
{
    QFETCH(double, singleRater);
    QTEST(stats::observersForReliability(singleRater), "expected");
}

void TestStatistics::differenceUncertainty_oneSidedWhenOneViewIsAlone()
{
    QVERIFY(!stats::differenceUncertainty(std::nullopt, std::nullopt));
    QCOMPARE(*stats::differenceUncertainty(std::nullopt, 0.8), 0.8);
    QCOMPARE(*stats::differenceUncertainty(0.3, 0.4), 0.5);
}

void TestStatistics::per30Days_scalesByPeriodLength_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("days");
    QTest::addColumn<double>("expected");
    QTest::newRow("6 in 90 days") << 6 << 90 << 2.0; // 6·30/90
    QTest::newRow("7 in 181 days") << 7 << 181 << 210.0 / 181.0;
    QTest::newRow("1 in 1 day") << 1 << 1 << 30.0;
    QTest::newRow("period shorter than a day counts as one") << 2 << 0 << 60.0;
    QTest::newRow("none") << 0 << 30 << 0.0;
}

void TestStatistics::per30Days_scalesByPeriodLength()
{
    QFETCH(int, n);
    QFETCH(int, days);
    QFETCH(double, expected);
    QVERIFY(std::abs(stats::per30Days(n, days) - expected) < 1e-9);
}

void TestStatistics::median_oddEvenEmpty()
{
    QCOMPARE(*stats::median({ 3.0, 1.0, 2.0 }), 2.0);
    QCOMPARE(*stats::median({ 4.0, 1.0, 3.0, 2.0 }), 2.5); // (2 + 3)/2
    QCOMPARE(*stats::median({ 7.5 }), 7.5);
    QVERIFY(!stats::median({}));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
