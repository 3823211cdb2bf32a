#pragma once

#include "charts/RadarData.h"

class QChart;
class QPalette;

namespace peerradar {

// A Qt Charts polar chart of `data`. The caller owns it (put it in a QChartView or a QGraphicsScene).
QChart* createRadarChart(const RadarData& data);
// Shows `data` on a chart made by createRadarChart without rebuilding it: axis labels, scale and
// series are replaced, the chart, its axes and theme stay. False (nothing changed) when the number
// of axes differs; then make a new chart.
bool updateRadarChart(QChart* chart, const RadarData& data);
// Dark or light chart theme following the palette, keeping the series' own colors.
void applyPalette(QChart* chart, const QPalette& palette);

} // namespace peerradar
