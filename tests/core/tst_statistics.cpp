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
    void summarize_handComputedSamples_data();
    void summarize_handComputedSamples();
    void summarize_fromSumsEqualsFromValues();
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

void TestStatistics::summarize_handComputedSamples_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd"); // -1: none
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");

    // {4,5,3,4,4}: mean 20/5 = 4; squared deviations 0+1+1+0+0 = 2; var = 2/4 = 0.5; sd = 0.7071068;
    // se = 0.7071068/√5 = 0.3162278; half = t(4)·se = 2.776445·0.3162278 = 0.8779889.
    QTest::newRow("five values") << QList<int> { 4, 5, 3, 4, 4 } << 5 << 4.0 << 0.7071068 << 3.1220111
                                 << 4.8779889;
    // {1,5}: mean 3; var = (4+4)/1 = 8; sd = 2.8284271; se = 2.8284271/√2 = 2; half = 12.706205·2 = 25.41241.
    QTest::newRow("two values") << QList<int> { 1, 5 } << 2 << 3.0 << 2.8284271 << -22.41241 << 28.41241;
    // {3,3,3}: no spread, the interval collapses on the mean.
    QTest::newRow("no spread") << QList<int> { 3, 3, 3 } << 3 << 3.0 << 0.0 << 3.0 << 3.0;
    // {2,4,4,5,5,5,3,2,1,4,5} (11 values): Σ = 40, mean = 3.6363636; Σx² = 4+16+16+25+25+25+9+4+1+16+25 =
    // 166; var = (166 − 11·3.6363636²)/10 = (166 − 145.454545)/10 = 2.0545455; sd = 1.4333686; se
    // = 1.4333686/√11 = 0.4321774; half = t(10)·se = 2.228139·0.4321774 = 0.9629501.
    QTest::newRow("eleven values") << QList<int> { 2, 4, 4, 5, 5, 5, 3, 2, 1, 4, 5 } << 11 << 3.6363636
                                   << 1.4333686 << 2.6734135 << 4.5993137;
    QTest::newRow("one value: no spread, no interval") << QList<int> { 2 } << 1 << 2.0 << -1.0 << 0.0 << 0.0;
    QTest::newRow("none") << QList<int> {} << 0 << 0.0 << -1.0 << 0.0 << 0.0;
}

void TestStatistics::summarize_handComputedSamples()
{
    QFETCH(QList<int>, values);
    QFETCH(int, n);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    const stats::Summary s = stats::summarize(values);
    QCOMPARE(s.n, n);
    QVERIFY(std::abs(s.mean - mean) < 1e-6);
    if (sd < 0) {
        QVERIFY(!s.sd);
        QVERIFY(!s.ciLow);
        QVERIFY(!s.ciHigh);
        QVERIFY(!s.standardError);
        return;
    }
    QVERIFY(s.sd && s.ciLow && s.ciHigh);
    QVERIFY2(std::abs(*s.sd - sd) < 1e-6, qPrintable(QString::number(*s.sd, 'f', 7)));
    QVERIFY2(std::abs(*s.ciLow - ciLow) < 1e-5, qPrintable(QString::number(*s.ciLow, 'f', 7)));
    QVERIFY2(std::abs(*s.ciHigh - ciHigh) < 1e-5, qPrintable(QString::number(*s.ciHigh, 'f', 7)));
}

void TestStatistics::summarize_fromSumsEqualsFromValues()
{
    // {1,2,3,4,5,5}: n 6, Σ 20, Σx² 1+4+9+16+25+25 = 80.
    const stats::Summary a = stats::summarize(QList<int> { 1, 2, 3, 4, 5, 5 });
    const stats::Summary b = stats::summarize(6, 20.0, 80.0);
    QCOMPARE(a.n, b.n);
    QCOMPARE(a.mean, b.mean);
    QCOMPARE(*a.sd, *b.sd);
    // var = (80 − 6·(20/6)²)/5 = (80 − 66.6667)/5 = 2.6666667; sd = 1.6329932.
    QVERIFY(std::abs(*a.sd - 1.6329932) < 1e-6);
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
