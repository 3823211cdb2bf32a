#include "charts/RadarChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace peerradar {

namespace {

// Polygons are drawn as line segments between neighbouring axes that both have a value, so that a
// missing value leaves a gap instead of pulling the line to the centre.
void addPolygon(QPolarChart* chart, const RadarSeries& s, int axisCount, QAbstractAxis* angular, QValueAxis* radial)
{
    const double minimum = radial->min();
    const double maximum = radial->max();
    QPen pen(s.color, radarLineWidth);
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
    for (const QList<QPointF>& run : radarRuns(s, axisCount)) {
        QLineSeries* segment = newSegment();
        segment->append(run);
    }
    // Single points (both neighbours missing) still need a visible mark.
    auto* dots = new QScatterSeries(chart);
    dots->setName(s.name);
    dots->setColor(s.color);
    dots->setBorderColor(s.color);
    dots->setMarkerSize(radarDotSize);
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

    QPen whiskerPen(s.color, radarWhiskerWidth);
    for (int i = 0; i < axisCount; ++i) {
        const auto& interval = s.intervals.value(i);
        if (!interval)
            continue;
        auto* whisker = new QLineSeries(chart);
        whisker->setPen(whiskerPen);
        // Inside the scale: a whisker never runs past the outer ring or through the centre.
        whisker->append(i, std::clamp(interval->first, minimum, maximum));
        whisker->append(i, std::clamp(interval->second, minimum, maximum));
        chart->addSeries(whisker);
        whisker->attachAxis(angular);
        whisker->attachAxis(radial);
        for (QLegendMarker* marker : chart->legend()->markers(whisker))
            marker->setVisible(false);
    }
}

} // namespace

namespace {

void setScale(QValueAxis* radial, const RadarData& data)
{
    const RadarScale scale = radarScale(data);
    radial->setRange(data.minimum, data.maximum);
    radial->setTickCount(int(scale.ticks.size()));
    radial->setLabelFormat(scale.decimals == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
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
