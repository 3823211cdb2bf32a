#pragma once

#include "charts/RadarChart.h"

#include <QChartView>

namespace peerradar {

// Shows a radar (ui/charts/RadarChart) and keeps one chart while the figures change: a new
// person with the same axes only replaces the series (updateRadarChart), which is what keeps
// switching person within a frame. Clicking near an axis announces that axis.
class RadarView final : public QChartView
{
    Q_OBJECT

public:
    explicit RadarView(QWidget* parent = nullptr);

    void setRadarData(const RadarData& radar);
    const RadarData& radarData() const { return m_data; }
    // The axis nearest to a point of the view, or -1 when the point is not near the radar.
    int axisAt(const QPoint& point) const;

Q_SIGNALS:
    void axisClicked(int axis);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    RadarData m_data;
    QChart* m_chart = nullptr;
};

} // namespace peerradar
