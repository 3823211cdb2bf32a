#pragma once

#include "charts/RadarData.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace peerradar {

struct RadarPaintStyle
{
    QFont font; // title, axis labels, scale and legend
    QColor text = QColor(33, 33, 33);
    QColor muted = QColor(100, 100, 100); // the scale's figures
    QColor grid = QColor(210, 210, 210);
};

// Draws a radar straight with QPainter: vector graphics on any paint device (a PDF, a printer) and
// from any thread, unlike a Qt Charts scene, which needs the GUI thread. It draws what the screen's
// Qt Charts radar (ui/charts/RadarChart.h) shows, from the same RadarData and the same geometry helpers:
// the title above, the axis labels around the circle, the scale's circles and figures, each series
// with its gaps, dots and whiskers, and a legend below.
void paintRadar(QPainter& painter, const QRectF& rect, const RadarData& data, const RadarPaintStyle& style);

// Where paintRadar puts the circle in `rect`: a value v on axis i lies at
// centre + (sin a, −cos a) · radius · (v − minimum) / (maximum − minimum), a = radarAngle(i, axes).
struct RadarFrame
{
    QPointF centre;
    double radius = 0;
};
RadarFrame radarFrame(
    QPainter& painter, const QRectF& rect, const RadarData& data, const RadarPaintStyle& style);

} // namespace peerradar
