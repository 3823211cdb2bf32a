#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerradar {

struct PersonProfile;
struct TeamProfile;

enum class RadarMeasure
{
    MeanImpact,
    Frequency
};

// One polygon of a radar: a value per axis (none: not drawn there — no data, or suppressed) and,
// optionally, a 95% interval per axis drawn as a radial whisker.
struct RadarSeries
{
    QString name;
    QList<std::optional<double>> values;
    QList<std::optional<std::pair<double, double>>> intervals;
    QColor color;
    bool dashed = false;
};

// Everything a radar draws, independent of how it is drawn: the screen (Qt Charts, ui/charts/RadarChart.h)
// and the PDF (QPainter, RadarPainter.h) both take it, and the helpers below decide the geometry
// they share, so the two always show the same axes, scale, gaps and legend.
struct RadarData
{
    QStringList
        axes; // labels, one per behavior, in framework order; HTML (escaped names), as Qt Charts draws them
    double maximum = 5.0;
    double minimum = 0.0;
    QString valueTitle; // "Mean impact (1–5)" or "Observations per 30 days"
    QList<RadarSeries> series;
};

// The person radar of PRODUCT.md: others vs self vs the team average. Axes where "others" is
// suppressed say so in their label ("(hidden)") and the polygon has a gap there:
// a suppressed figure is never drawn as zero. `team` may be null (no team, or not allowed to see it).
RadarData personRadarData(const PersonProfile& profile, const TeamProfile* team, RadarMeasure measure);
// The team radar: mean of the members' means, and the median.
RadarData teamRadarData(const TeamProfile& team);

// Line widths and the dot size of every radar, on screen and on paper (in pixels at 96 dpi).
constexpr double radarLineWidth = 2.5;
constexpr double radarWhiskerWidth = 1.5;
constexpr double radarDotSize = 7.0;

// The radial scale: circles (and their labels) at these values, written with `decimals` digits.
struct RadarScale
{
    QList<double> ticks;
    int decimals = 0;
};
RadarScale radarScale(const RadarData& data);

// The unbroken stretches of a polygon, as points (axis position, value): axis position i is axis
// i % axisCount, and the last axis joins the first one at position axisCount. A missing value
// ends a stretch, so that the line has a gap there instead of dropping to the centre.
QList<QList<QPointF>> radarRuns(const RadarSeries& series, int axisCount);

// Angle of an axis position in radians, clockwise from the top (the first axis points up).
double radarAngle(double axisPosition, int axisCount);

// An axis label as plain text: the HTML line breaks become newlines and the escapes are undone.
QString radarLabelText(const QString& htmlLabel);

} // namespace peerradar
