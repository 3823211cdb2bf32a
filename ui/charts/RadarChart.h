#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QChart;
class QPalette;

namespace peerradar {

struct PersonProfile;
struct TeamProfile;

enum class RadarMeasure { MeanImpact, Frequency };

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

// Everything a radar draws, independent of Qt Charts: the screen and the PDF build it the same way.
struct RadarData
{
    QStringList axes; // labels, one per behavior, in framework order; HTML (escaped names), as Qt Charts draws them
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

// A Qt Charts polar chart of `data`. The caller owns it (put it in a QChartView or a QGraphicsScene).
QChart* createRadarChart(const RadarData& data);
// Shows `data` on a chart made by createRadarChart without rebuilding it: axis labels, scale and
// series are replaced, the chart, its axes and theme stay. False (nothing changed) when the number
// of axes differs; then make a new chart.
bool updateRadarChart(QChart* chart, const RadarData& data);
// Dark or light chart theme following the palette, keeping the series' own colors.
void applyPalette(QChart* chart, const QPalette& palette);

} // namespace peerradar
