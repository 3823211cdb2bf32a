#include "charts/RadarChart.h"

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace peerradar {

namespace {

struct RadarChartText
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::RadarChart)
};

const QColor othersColor(31, 119, 180);
const QColor selfColor(230, 85, 13);
const QColor teamColor(120, 120, 120);

std::optional<double> shownValue(const GroupStats& stats, RadarMeasure measure)
{
    if (!stats.isShown())
        return std::nullopt;
    return measure == RadarMeasure::MeanImpact ? stats.mean : stats.per30Days;
}

std::optional<std::pair<double, double>> shownInterval(const GroupStats& stats, RadarMeasure measure)
{
    if (measure != RadarMeasure::MeanImpact || !stats.isShown() || !stats.ciLow || !stats.ciHigh)
        return std::nullopt;
    // The interval of a mean impact cannot leave the scale.
    return std::pair { std::max(1.0, *stats.ciLow), std::min(5.0, *stats.ciHigh) };
}

// Polygons are drawn as line segments between neighbouring axes that both have a value, so that a
// missing value leaves a gap instead of pulling the line to the centre.
void addPolygon(QPolarChart* chart, const RadarSeries& s, int axisCount, QAbstractAxis* angular, QAbstractAxis* radial)
{
    QPen pen(s.color, 2.5);
    if (s.dashed)
        pen.setStyle(Qt::DashLine);
    bool legendShown = false;
    auto newSegment = [&]() {
        auto* line = new QLineSeries(chart);
        line->setName(s.name);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
        const auto markers = chart->legend()->markers(line);
        for (QLegendMarker* marker : markers)
            marker->setVisible(!legendShown);
        legendShown = true;
        return line;
    };
    QLineSeries* current = nullptr;
    for (int i = 0; i <= axisCount; ++i) {
        const auto& value = s.values.value(i % axisCount);
        if (!value) {
            current = nullptr;
            continue;
        }
        if (!current)
            current = newSegment();
        current->append(i, *value);
    }
    // Single points (both neighbours missing) still need a visible mark.
    auto* dots = new QScatterSeries(chart);
    dots->setName(s.name);
    dots->setColor(s.color);
    dots->setBorderColor(s.color);
    dots->setMarkerSize(7.0);
    for (int i = 0; i < axisCount; ++i) {
        if (const auto& value = s.values.value(i))
            dots->append(i, *value);
    }
    chart->addSeries(dots);
    dots->attachAxis(angular);
    dots->attachAxis(radial);
    for (QLegendMarker* marker : chart->legend()->markers(dots))
        marker->setVisible(!legendShown);
    legendShown = true;

    QPen whiskerPen(s.color, 1.5);
    for (int i = 0; i < axisCount; ++i) {
        const auto& interval = s.intervals.value(i);
        if (!interval)
            continue;
        auto* whisker = new QLineSeries(chart);
        whisker->setPen(whiskerPen);
        whisker->append(i, interval->first);
        whisker->append(i, interval->second);
        chart->addSeries(whisker);
        whisker->attachAxis(angular);
        whisker->attachAxis(radial);
        for (QLegendMarker* marker : chart->legend()->markers(whisker))
            marker->setVisible(false);
    }
}

double niceMaximum(double value)
{
    if (value <= 1.0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

RadarData personRadarData(const PersonProfile& profile, const TeamProfile* team, RadarMeasure measure)
{
    RadarData data;
    RadarSeries others { RadarChartText::tr("Others"), {}, {}, othersColor, false };
    RadarSeries self { RadarChartText::tr("Self"), {}, {}, selfColor, false };
    RadarSeries teamAverage { RadarChartText::tr("Team average"), {}, {}, teamColor, true };
    double largest = 0.0;
    for (const BehaviorProfile& b : profile.behaviors) {
        // Qt Charts draws axis labels as HTML: the name is escaped, and the second line is short
        // because a polar chart gives up as much radius as its widest label (the text beside the
        // chart explains the rule).
        QString label = b.behavior.name.toHtmlEscaped();
        if (b.others.isSuppressed())
            label += QStringLiteral("<br>") + RadarChartText::tr("(hidden)");
        else if (b.others.isEmpty())
            label += QStringLiteral("<br>") + RadarChartText::tr("(not observed)");
        data.axes << label;
        others.values << shownValue(b.others, measure);
        others.intervals << shownInterval(b.others, measure);
        const GroupStats& s = b.group(RaterGroup::Self);
        self.values << shownValue(s, measure);
        self.intervals << std::nullopt;
        std::optional<double> teamValue;
        if (team && measure == RadarMeasure::MeanImpact) {
            for (const TeamRadarAxis& axis : team->radar) {
                if (axis.key == b.behavior.key)
                    teamValue = axis.mean;
            }
        }
        teamAverage.values << teamValue;
        teamAverage.intervals << std::nullopt;
        for (const auto& v : { others.values.constLast(), self.values.constLast() }) {
            if (v)
                largest = std::max(largest, *v);
        }
    }
    if (measure == RadarMeasure::MeanImpact) {
        data.maximum = 5.0;
        data.valueTitle = RadarChartText::tr("Mean impact (1 = small, 5 = large)");
    } else {
        data.maximum = niceMaximum(largest);
        data.valueTitle = RadarChartText::tr("Observations per 30 days");
    }
    data.series << others << self;
    if (team && measure == RadarMeasure::MeanImpact)
        data.series << teamAverage;
    return data;
}

RadarData teamRadarData(const TeamProfile& team)
{
    RadarData data;
    data.valueTitle = RadarChartText::tr("Mean of the members' means (1–5)");
    RadarSeries mean { RadarChartText::tr("Team mean"), {}, {}, othersColor, false };
    RadarSeries median { RadarChartText::tr("Team median"), {}, {}, teamColor, true };
    for (const TeamRadarAxis& axis : team.radar) {
        data.axes << axis.name.toHtmlEscaped(); // Qt Charts draws axis labels as HTML
        mean.values << axis.mean;
        mean.intervals << std::nullopt;
        median.values << axis.median;
        median.intervals << std::nullopt;
    }
    data.series << mean << median;
    return data;
}

namespace {

void setScale(QValueAxis* radial, const RadarData& data)
{
    radial->setRange(data.minimum, data.maximum);
    radial->setTickCount(data.maximum == 5.0 ? 6 : 5);
    radial->setLabelFormat(data.maximum <= 5.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

} // namespace

QChart* createRadarChart(const RadarData& data)
{
    auto* chart = new QPolarChart();
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    const int axisCount = std::max(1, int(data.axes.size()));

    auto* angular = new QCategoryAxis(chart);
    angular->setRange(0, axisCount);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < data.axes.size(); ++i)
        angular->append(data.axes.at(i), i);
    angular->setShadesVisible(false);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    auto* radial = new QValueAxis(chart);
    setScale(radial, data);
    chart->setTitle(data.valueTitle); // on the chart, not along a spoke where it would cross the data
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    for (const RadarSeries& s : data.series)
        addPolygon(chart, s, axisCount, angular, radial);
    return chart;
}

bool updateRadarChart(QChart* chart, const RadarData& data)
{
    auto* polar = qobject_cast<QPolarChart*>(chart);
    if (!polar)
        return false;
    const auto angularAxes = polar->axes(QPolarChart::PolarOrientationAngular);
    const auto radialAxes = polar->axes(QPolarChart::PolarOrientationRadial);
    auto* angular = angularAxes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis*>(angularAxes.constFirst());
    auto* radial = radialAxes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(radialAxes.constFirst());
    const int axisCount = std::max(1, int(data.axes.size()));
    if (!angular || !radial || angular->count() != data.axes.size() || angular->max() != axisCount)
        return false;
    if (angular->categoriesLabels() != data.axes) {
        const QStringList old = angular->categoriesLabels();
        for (const QString& label : old)
            angular->remove(label);
        for (int i = 0; i < data.axes.size(); ++i)
            angular->append(data.axes.at(i), i);
    }
    setScale(radial, data);
    chart->setTitle(data.valueTitle);
    // The series keep the chart's theme colours through their own pens; the new ones get theirs.
    chart->removeAllSeries();
    for (const RadarSeries& s : data.series)
        addPolygon(polar, s, axisCount, angular, radial);
    return true;
}

void applyPalette(QChart* chart, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    const QColor text = palette.color(QPalette::Text);
    chart->legend()->setLabelColor(text);
    chart->setTitleBrush(text);
    const QColor grid = dark ? QColor(90, 90, 90) : QColor(210, 210, 210);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace peerradar
