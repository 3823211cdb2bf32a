#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace peerradar {

struct TeamProfile;

struct NetworkColors
{
    QColor text = QColor(33, 33, 33);
    QColor node = QColor(31, 119, 180);
    QColor leader = QColor(230, 85, 13);
    QColor edge = QColor(120, 120, 120);
    QColor background = Qt::white;
};

// Draws a team's influence network: members on a circle, an arrow from the person seen influencing
// to the observer, thicker with more observations; informal leaders in their own colour. The team
// view and the team PDF both draw it with this function, so they always agree.
void paintInfluenceNetwork(QPainter& painter, const QRectF& rect, const TeamProfile& team, const NetworkColors& colors);

} // namespace peerradar
