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
    viewport()->setFocusPolicy(Qt::NoFocus);
}

namespace {

// A polar chart gives up as much radius as its widest axis label: a long name goes on two lines.
QString wrapLabel(const QString& html)
{
    const qsizetype br = html.indexOf(u"<br>");
    const QString first = br < 0 ? html : html.left(br);
    const QString rest = br < 0 ? QString() : html.mid(br);
    if (first.size() <= 14)
        return html;
    qsizetype best = -1;
    for (qsizetype i = first.indexOf(u' '); i >= 0; i = first.indexOf(u' ', i + 1)) {
        if (best < 0 || std::abs(i - first.size() / 2) < std::abs(best - first.size() / 2))
            best = i;
    }
    if (best < 0)
        return html;
    return first.left(best) + QStringLiteral("<br>") + first.mid(best + 1) + rest;
}

} // namespace

void RadarView::setRadarData(const RadarData& radar)
{
    m_data = radar;
    RadarData shown = radar;
    for (QString& label : shown.axes)
        label = wrapLabel(label);
    if (m_chart && updateRadarChart(m_chart, shown)) {
        applyPalette(m_chart, palette()); // the new series' legend entries
        return;
    }
    QChart* old = m_chart;
    m_chart = createRadarChart(shown);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
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
