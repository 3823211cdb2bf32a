#include "profile/RadarView.h"

#include <QChart>
#include <QMouseEvent>

#include <cmath>
#include <numbers>

namespace peerradar {

RadarView::RadarView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 300);
    setFocusPolicy(Qt::NoFocus); // the figures table beside it is the keyboard path
}

void RadarView::setRadarData(const RadarData& data)
{
    m_data = data;
    if (m_chart && updateRadarChart(m_chart, data)) {
        applyPalette(m_chart, palette()); // the new series' legend entries
        return;
    }
    QChart* old = m_chart;
    m_chart = createRadarChart(data);
    applyPalette(m_chart, palette());
    setChart(m_chart); // a QChartView deletes the chart it showed before only if asked: do it here
    delete old;
}

int RadarView::axisAt(const QPoint& point) const
{
    if (!m_chart || m_data.axes.isEmpty())
        return -1;
    const QRectF plot = m_chart->plotArea();
    const QPointF centre = mapFromScene(m_chart->mapToScene(plot.center()));
    const double radius = std::min(plot.width(), plot.height()) / 2.0;
    const double dx = point.x() - centre.x();
    const double dy = point.y() - centre.y();
    const double distance = std::hypot(dx, dy);
    // The labels sit just outside the circle: accept clicks up to a little beyond it.
    if (distance < radius * 0.15 || distance > radius * 1.35)
        return -1;
    double angle = std::atan2(dx, -dy); // 0 at the top, clockwise, like the angular axis
    if (angle < 0)
        angle += 2.0 * std::numbers::pi;
    const int count = int(m_data.axes.size());
    const int axis = int(std::lround(angle / (2.0 * std::numbers::pi) * count)) % count;
    return axis;
}

void RadarView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int axis = axisAt(event->position().toPoint());
        if (axis >= 0) {
            Q_EMIT axisClicked(axis);
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

void RadarView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart)
        applyPalette(m_chart, palette());
}

} // namespace peerradar
