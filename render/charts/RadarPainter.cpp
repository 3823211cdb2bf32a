#include "charts/RadarPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace peerradar {

namespace {

// Where values land: the circle's centre and radius, and the scale's range.
struct RadarGeometry
{
    QPointF centre;
    double radius = 0;
    double minimum = 0;
    double maximum = 1;
    int axisCount = 1;

    QPointF direction(double axisPosition) const
    {
        const double angle = radarAngle(axisPosition, axisCount);
        return { std::sin(angle), -std::cos(angle) };
    }
    QPointF point(double axisPosition, double value) const
    {
        const double span = maximum > minimum ? maximum - minimum : 1.0;
        const double fraction = std::clamp((value - minimum) / span, 0.0, 1.0);
        return centre + direction(axisPosition) * radius * fraction;
    }
};

struct AxisLabel
{
    QString text;
    QSizeF size;
};

void paintGrid(
    QPainter& painter, const RadarGeometry& geometry, const RadarScale& scale, const RadarPaintStyle& style)
{
    painter.setPen(QPen(style.grid, 1.0));
    painter.setBrush(Qt::NoBrush);
    for (double tick : scale.ticks) {
        const double r = QLineF(geometry.centre, geometry.point(0, tick)).length();
        if (r > 0)
            painter.drawEllipse(geometry.centre, r, r);
    }
    for (int i = 0; i < geometry.axisCount; ++i)
        painter.drawLine(geometry.centre, geometry.point(i, geometry.maximum));
    // The scale's figures beside the first (upright) axis, as on screen.
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.setPen(style.muted);
    for (double tick : scale.ticks) {
        const QPointF at = geometry.point(0, tick);
        const QString figure = QString::number(tick, 'f', scale.decimals);
        painter.drawText(QRectF(at.x() + 3, at.y() - metrics.height() / 2,
                             metrics.horizontalAdvance(figure) + 2, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, figure);
    }
}

void paintLabels(QPainter& painter, const RadarGeometry& geometry, const QList<AxisLabel>& labels, double gap,
    const RadarPaintStyle& style)
{
    painter.setPen(style.text);
    for (int i = 0; i < labels.size(); ++i) {
        const QPointF d = geometry.direction(i);
        const QPointF anchor = geometry.centre + d * (geometry.radius + gap);
        const QSizeF size = labels.at(i).size;
        // Right of the circle the text starts at the anchor, left of it the text ends there, at the
        // top and bottom it is centred; vertically it moves from above (top) to below (bottom).
        int align = Qt::AlignHCenter;
        double left = anchor.x() - size.width() / 2;
        if (d.x() > 0.3) {
            align = Qt::AlignLeft;
            left = anchor.x();
        } else if (d.x() < -0.3) {
            align = Qt::AlignRight;
            left = anchor.x() - size.width();
        }
        const double top = anchor.y() - size.height() * (1.0 - d.y()) / 2.0;
        painter.drawText(QRectF(left, top, size.width(), size.height()),
            align | Qt::AlignTop | Qt::TextWordWrap, labels.at(i).text);
    }
}

QPen seriesPen(const RadarSeries& series, double width)
{
    QPen pen(series.color, width);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::FlatCap);
    if (series.dashed)
        pen.setStyle(Qt::DashLine);
    return pen;
}

void paintSeries(QPainter& painter, const RadarGeometry& geometry, const RadarSeries& series)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(seriesPen(series, radarLineWidth));
    for (const QList<QPointF>& run : radarRuns(series, geometry.axisCount)) {
        QPolygonF line;
        for (const QPointF& p : run)
            line << geometry.point(p.x(), p.y());
        if (line.size() > 1)
            painter.drawPolyline(line);
    }
    // A dot on every value, so that a value between two gaps still shows.
    painter.setPen(Qt::NoPen);
    painter.setBrush(series.color);
    for (int i = 0; i < geometry.axisCount; ++i) {
        if (const std::optional<double> value = series.values.value(i))
            painter.drawEllipse(geometry.point(i, *value), radarDotSize / 2, radarDotSize / 2);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(series.color, radarWhiskerWidth));
    for (int i = 0; i < geometry.axisCount; ++i) {
        if (const auto interval = series.intervals.value(i))
            painter.drawLine(geometry.point(i, interval->first), geometry.point(i, interval->second));
    }
}

void paintLegend(
    QPainter& painter, const QRectF& row, const QList<RadarSeries>& series, const RadarPaintStyle& style)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double sample = 22;
    const double spacing = 6;
    const double between = 18;
    double total = 0;
    for (const RadarSeries& s : series)
        total += sample + spacing + metrics.horizontalAdvance(s.name) + between;
    total -= between;
    double x = row.center().x() - total / 2;
    const double y = row.center().y();
    for (const RadarSeries& s : series) {
        painter.setPen(seriesPen(s, radarLineWidth));
        painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
        painter.setPen(Qt::NoPen);
        painter.setBrush(s.color);
        painter.drawEllipse(QPointF(x + sample / 2, y), radarDotSize / 2, radarDotSize / 2);
        x += sample + spacing;
        const double width = metrics.horizontalAdvance(s.name) + 1;
        painter.setPen(style.text);
        painter.drawText(QRectF(x, row.top(), width, row.height()), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        x += width - 1 + between;
    }
}

} // namespace

namespace {

// The whole drawing's layout: title row, labels, circle, legend row.
struct RadarLayout
{
    QRectF titleRow;
    QRectF legendRow;
    QList<AxisLabel> labels;
    double gap = 0;
    RadarGeometry geometry;
};

// Labels wider than a fifth of the drawing wrap; the circle gets what the widest and the tallest
// label leave. Needs the painter's font set to the style's.
RadarLayout layOut(QPainter& painter, const QRectF& rect, const RadarData& data)
{
    RadarLayout layout;
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double lineHeight = metrics.height();
    layout.gap = lineHeight * 0.6;
    double widest = 0;
    double tallest = 0;
    for (const QString& html : data.axes) {
        const QString text = radarLabelText(html);
        const QRectF bounds = painter.boundingRect(
            QRectF(0, 0, rect.width() / 5, rect.height()), Qt::AlignHCenter | Qt::TextWordWrap, text);
        layout.labels.append({ text, bounds.size() + QSizeF(1, 0) });
        widest = std::max(widest, bounds.width());
        tallest = std::max(tallest, bounds.height());
    }
    layout.titleRow = QRectF(rect.left(), rect.top(), rect.width(), lineHeight);
    layout.legendRow = QRectF(rect.left(), rect.bottom() - lineHeight, rect.width(), lineHeight);
    // A little more room above the legend than below the title: it must not read as an axis label.
    const QRectF plot(rect.left(), layout.titleRow.bottom() + layout.gap, rect.width(),
        layout.legendRow.top() - layout.titleRow.bottom() - 3 * layout.gap);
    RadarGeometry& geometry = layout.geometry;
    geometry.axisCount = std::max(1, int(data.axes.size()));
    geometry.minimum = data.minimum;
    geometry.maximum = data.maximum;
    geometry.centre = plot.center();
    geometry.radius = std::max(
        10.0, std::min(plot.width() / 2 - widest - layout.gap, plot.height() / 2 - tallest - layout.gap));
    return layout;
}

} // namespace

RadarFrame radarFrame(
    QPainter& painter, const QRectF& rect, const RadarData& data, const RadarPaintStyle& style)
{
    painter.save();
    painter.setFont(style.font);
    const RadarLayout layout = layOut(painter, rect, data);
    painter.restore();
    return { layout.geometry.centre, layout.geometry.radius };
}

void paintRadar(QPainter& painter, const QRectF& rect, const RadarData& data, const RadarPaintStyle& style)
{
    if (data.axes.isEmpty() || rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style.font);
    const RadarLayout layout = layOut(painter, rect, data);
    painter.setPen(style.text);
    painter.drawText(layout.titleRow, Qt::AlignHCenter | Qt::AlignVCenter, data.valueTitle);
    paintGrid(painter, layout.geometry, radarScale(data), style);
    paintLabels(painter, layout.geometry, layout.labels, layout.gap, style);
    for (const RadarSeries& series : data.series)
        paintSeries(painter, layout.geometry, series);
    paintLegend(painter, layout.legendRow, data.series, style);
    painter.restore();
}

} // namespace peerradar
