// The radar drawn with QPainter (the PDF's radar): values land on their axes, a missing (suppressed)
// value leaves a gap on both sides of its axis instead of a line to the centre, and in a PDF every
// label, the title and the legend are text while nothing is a bitmap.
#include "charts/RadarPainter.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace peerradar;
using namespace Qt::StringLiterals;

namespace {

const QColor red(220, 0, 0);
const QColor green(0, 170, 0);
constexpr int axisCount = 6;

RadarData radar(int hiddenAxis)
{
    RadarData data;
    data.valueTitle = u"Mean impact (1 = small, 5 = large)"_s;
    for (int i = 0; i < axisCount; ++i)
        data.axes << u"Behavior %1"_s.arg(i);
    data.axes[2] = u"R&amp;D &lt;lead&gt;<br>(hidden)"_s; // as personRadarData escapes a name
    RadarSeries others { u"Others"_s, {}, {}, red, false };
    RadarSeries self { u"Self"_s, {}, {}, green, false };
    for (int i = 0; i < axisCount; ++i) {
        others.values << (i == hiddenAxis ? std::nullopt : std::optional(4.0));
        others.intervals << std::nullopt;
        self.values << std::optional(2.0);
        self.intervals << std::nullopt;
    }
    data.series << others << self;
    return data;
}

RadarPaintStyle style()
{
    RadarPaintStyle s;
    s.font = QFont(u"DejaVu Sans"_s, 7);
    return s;
}

bool isRed(QRgb p)
{
    return qRed(p) > 150 && qGreen(p) < 90 && qBlue(p) < 90;
}

struct Drawn
{
    QImage image;
    RadarFrame frame;
};

Drawn draw(const RadarData& data)
{
    Drawn drawn { QImage(640, 480, QImage::Format_RGB32), {} };
    drawn.image.fill(Qt::white);
    QPainter painter(&drawn.image);
    const QRectF rect(0, 0, 640, 480);
    drawn.frame = radarFrame(painter, rect, data, style());
    paintRadar(painter, rect, data, style());
    return drawn;
}

// Red pixels strictly between axis `sector` and the next one (away from both axes and the centre);
// sector -1: red pixels at any angle nearer to the centre than `outer` radii.
int redPixelsInSector(const Drawn& drawn, int sector, double outer = 0.98)
{
    const double step = 2.0 * std::numbers::pi / axisCount;
    int count = 0;
    for (int y = 0; y < drawn.image.height(); ++y) {
        for (int x = 0; x < drawn.image.width(); ++x) {
            const double dx = x - drawn.frame.centre.x();
            const double dy = y - drawn.frame.centre.y();
            const double distance = std::hypot(dx, dy);
            double angle = std::atan2(dx, -dy);
            if (angle < 0)
                angle += 2.0 * std::numbers::pi;
            const bool inSector
                = sector < 0 || (angle > (sector + 0.15) * step && angle < (sector + 0.85) * step);
            if (inSector && distance > 0.08 * drawn.frame.radius && distance < outer * drawn.frame.radius
                && isRed(drawn.image.pixel(x, y)))
                ++count;
        }
    }
    return count;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestRadarPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesLandOnTheirAxes();
    void missingValueLeavesGap_data();
    void missingValueLeavesGap();
    void missingValueIsNeverDrawnAsZero();
    void pdfRadar_labelsTitleLegendAreTextAndNothingIsAnImage();
};

void TestRadarPainter::valuesLandOnTheirAxes()
{
    const Drawn drawn = draw(radar(-1));
    QVERIFY(drawn.frame.radius > 100);
    for (int i = 0; i < axisCount; ++i) {
        const double angle = radarAngle(i, axisCount);
        const QPointF direction(std::sin(angle), -std::cos(angle));
        // Others at 4 of 5 in red, self at 2 of 5 in green: the dots' centres.
        const QPoint others = (drawn.frame.centre + direction * drawn.frame.radius * 0.8).toPoint();
        const QPoint self = (drawn.frame.centre + direction * drawn.frame.radius * 0.4).toPoint();
        QVERIFY2(isRed(drawn.image.pixel(others)), qPrintable(u"others on axis %1"_s.arg(i)));
        const QRgb s = drawn.image.pixel(self);
        QVERIFY2(qGreen(s) > 120 && qRed(s) < 90, qPrintable(u"self on axis %1"_s.arg(i)));
    }
}

void TestRadarPainter::missingValueLeavesGap_data()
{
    QTest::addColumn<int>("hiddenAxis");
    QTest::addColumn<int>("sector");
    QTest::addColumn<bool>("painted");
    QTest::newRow("all shown, sector 0-1") << -1 << 0 << true;
    QTest::newRow("all shown, sector 1-2") << -1 << 1 << true;
    QTest::newRow("axis 1 hidden, sector 0-1") << 1 << 0 << false;
    QTest::newRow("axis 1 hidden, sector 1-2") << 1 << 1 << false;
    QTest::newRow("axis 1 hidden, sector 2-3") << 1 << 2 << true;
    QTest::newRow("axis 0 hidden, last sector") << 0 << 5 << false;
    QTest::newRow("axis 0 hidden, sector 0-1") << 0 << 0 << false;
    QTest::newRow("axis 0 hidden, sector 4-5") << 0 << 4 << true;
}

void TestRadarPainter::missingValueLeavesGap()
{
    QFETCH(int, hiddenAxis);
    QFETCH(int, sector);
    QFETCH(bool, painted);
    const Drawn drawn = draw(radar(hiddenAxis));
    const int red = redPixelsInSector(drawn, sector);
    QVERIFY2(painted ? red > 20 : red == 0, qPrintable(u"%1 red pixels"_s.arg(red)));
}

void TestRadarPainter::missingValueIsNeverDrawnAsZero()
{
    // Every shown value is 4 of 5, so the polygon never comes nearer to the centre than
    // 0.8 · cos 30° ≈ 0.69 radii; a missing value drawn as 0 would pull lines to the centre.
    for (int hidden : { -1, 0, 1, 3 })
        QCOMPARE(redPixelsInSector(draw(radar(hidden)), -1, 0.6), 0);
}

void TestRadarPainter::pdfRadar_labelsTitleLegendAreTextAndNothingIsAnImage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"radar.pdf"_s);
    {
        QPdfWriter writer(path);
        writer.setResolution(96);
        QPainter painter(&writer);
        paintRadar(painter, QRectF(0, 0, 640, 480), radar(2), style());
    }
    const QString text = run(u"pdftotext"_s, { u"-raw"_s, path, u"-"_s }).replace(u'\n', u' ').simplified();
    for (int i : { 0, 1, 3, 4, 5 })
        QVERIFY2(text.contains(u"Behavior %1"_s.arg(i)), qPrintable(text));
    // The escaped name prints as the person typed it, the line break as a line break.
    QVERIFY2(text.contains(u"R&D <lead> (hidden)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Mean impact (1 = small, 5 = large)"_s));
    QVERIFY(text.contains(u"Others"_s));
    QVERIFY(text.contains(u"Self"_s));
    const QString images = run(u"pdfimages"_s, { u"-list"_s, path });
    QCOMPARE(images.trimmed().split(u'\n').size(), 2); // the header lines only
}

QTEST_MAIN(TestRadarPainter)
#include "tst_radar_painter.moc"
