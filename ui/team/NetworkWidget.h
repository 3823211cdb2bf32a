#pragma once

#include "analytics/TeamProfile.h"

#include <QWidget>

#include <optional>

namespace peerradar {

// The team's influence network on screen, drawn by the same function as the PDF
// (render/charts/NetworkPainter) with the palette's colours.
class NetworkWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkWidget(QWidget* parent = nullptr);

    void setTeam(const TeamProfile& team);
    QSize sizeHint() const override { return { 420, 360 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<TeamProfile> m_team;
};

} // namespace peerradar
