#include "team/NetworkWidget.h"

#include "charts/NetworkPainter.h"

#include <QPainter>

namespace peerradar {

NetworkWidget::NetworkWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(260, 220);
    setAccessibleName(tr("Influence network"));
}

void NetworkWidget::setTeam(const TeamProfile& team)
{
    m_team = team;
    // A screen reader cannot see the drawing: say the strongest links in words.
    QStringList links;
    auto nameOf = [&team](Id id) {
        for (const Person& p : team.members) {
            if (p.id == id)
                return p.name;
        }
        return QString();
    };
    for (const NetworkEdge& edge : team.edges) {
        if (links.size() == 5)
            break;
        links << tr("%1 influenced %2 (%n times)", nullptr, edge.weight).arg(nameOf(edge.subjectId), nameOf(edge.observerId));
    }
    setAccessibleDescription(links.isEmpty() ? tr("No one in the team was seen influencing a teammate.")
                                             : links.join(QStringLiteral("; ")));
    update();
}

void NetworkWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& p = palette();
    painter.fillRect(rect(), p.brush(QPalette::Base));
    if (!m_team)
        return;
    NetworkColors colors;
    colors.text = p.color(QPalette::Text);
    colors.background = p.color(QPalette::Base);
    const bool dark = colors.background.lightness() < 128;
    colors.node = dark ? QColor(100, 170, 230) : QColor(31, 119, 180);
    colors.leader = dark ? QColor(255, 140, 60) : QColor(230, 85, 13);
    colors.edge = p.color(QPalette::PlaceholderText);
    paintInfluenceNetwork(painter, QRectF(rect()).adjusted(8, 8, -8, -8), *m_team, colors);
}

} // namespace peerradar
