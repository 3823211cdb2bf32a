#include "charts/NetworkPainter.h"

#include "analytics/TeamProfile.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace peerradar {

void paintInfluenceNetwork(QPainter& painter, const QRectF& rect, const TeamProfile& team, const NetworkColors& colors)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qsizetype n = team.members.size();
    if (n == 0) {
        painter.restore();
        return;
    }
    QFont font = painter.font();
    font.setPointSizeF(7);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // no ligatures: names read back as typed
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QPointF centre = rect.center();
    const double labelRoom = metrics.height() * 1.5;
    const double radius = std::max(10.0, std::min(rect.width() * 0.32, rect.height() / 2 - labelRoom));
    const double nodeRadius = std::clamp(radius * 2 * M_PI / double(n) / 5.0, 3.0, 9.0);

    QHash<Id, QPointF> position;
    QHash<Id, bool> leader;
    for (const InformalLeader& l : team.informalLeaders)
        leader.insert(l.personId, true);
    for (qsizetype i = 0; i < n; ++i) {
        const double angle = -M_PI / 2 + 2 * M_PI * double(i) / double(n);
        position.insert(team.members.at(i).id, centre + QPointF(std::cos(angle), std::sin(angle)) * radius);
    }

    int heaviest = 1;
    for (const NetworkEdge& e : team.edges)
        heaviest = std::max(heaviest, e.weight);
    for (const NetworkEdge& e : team.edges) {
        if (!position.contains(e.subjectId) || !position.contains(e.observerId))
            continue;
        const QPointF from = position.value(e.subjectId);
        const QPointF to = position.value(e.observerId);
        const QPointF d = to - from;
        const double length = std::hypot(d.x(), d.y());
        if (length < 1e-6)
            continue;
        const QPointF unit = d / length;
        // A → B and B → A are drawn side by side, each shifted to its own right.
        const QPointF shift = QPointF(-unit.y(), unit.x()) * std::min(3.0, nodeRadius * 0.5);
        const QPointF start = from + unit * nodeRadius + shift;
        const QPointF end = to - unit * (nodeRadius + 1) + shift;
        const double width = 0.4 + 2.6 * double(e.weight) / double(heaviest);
        QColor edge = colors.edge;
        edge.setAlphaF(0.35 + 0.55 * double(e.weight) / double(heaviest));
        painter.setPen(QPen(edge, width, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(start, end);
        // Arrow head towards the observer.
        const QPointF normal(-unit.y(), unit.x());
        const double head = 3 + width;
        QPainterPath arrow;
        arrow.moveTo(end);
        arrow.lineTo(end - unit * head + normal * head * 0.5);
        arrow.lineTo(end - unit * head - normal * head * 0.5);
        arrow.closeSubpath();
        painter.fillPath(arrow, edge);
    }

    for (qsizetype i = 0; i < n; ++i) {
        const Person& m = team.members.at(i);
        const QPointF p = position.value(m.id);
        const bool isLeader = leader.value(m.id);
        painter.setPen(QPen(colors.background, 1.2));
        painter.setBrush(isLeader ? colors.leader : colors.node);
        const double r = isLeader ? nodeRadius * 1.35 : nodeRadius;
        painter.drawEllipse(p, r, r);
        // Labels outside the circle, aligned away from the centre.
        const QPointF outward = (p - centre) / std::max(1.0, std::hypot(p.x() - centre.x(), p.y() - centre.y()));
        const QString label = isLeader ? QStringLiteral("★ ") + m.name : m.name;
        const double w = metrics.horizontalAdvance(label);
        QPointF anchor = p + outward * (r + 4);
        if (outward.x() < -0.2)
            anchor.rx() -= w;
        else if (std::abs(outward.x()) <= 0.2)
            anchor.rx() -= w / 2;
        if (outward.y() > 0.2)
            anchor.ry() += metrics.ascent();
        else if (std::abs(outward.y()) <= 0.2)
            anchor.ry() += metrics.ascent() / 2;
        painter.setPen(isLeader ? colors.leader : colors.text);
        painter.drawText(anchor, label);
    }
    painter.restore();
}

} // namespace peerradar
