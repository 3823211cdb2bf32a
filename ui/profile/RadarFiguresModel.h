#pragma once

#include "charts/RadarChart.h"

#include <QAbstractTableModel>

#include <functional>

namespace peerradar {

// The plain table/bar view of a radar (PRODUCT.md: radar charts confuse half of first-time
// readers): one row per axis, one column per series, the very figures the chart draws. A missing
// value shows the text the owner gives for it ("hidden", "–"), never zero.
class RadarFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole + 1; // double, or invalid when not drawn
    static constexpr int MaximumRole = Qt::UserRole + 2; // the scale's maximum, for the bar
    static constexpr int ColorRole = Qt::UserRole + 3; // the series' colour

    using MissingText = std::function<QString(int series, int axis)>;

    explicit RadarFiguresModel(QObject* parent = nullptr);

    // `rowLabels` parallel to data.axes (without the chart's "hidden" line).
    void setFigures(const QStringList& rowLabels, const RadarData& data, const MissingText& missing = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_labels;
    RadarData m_data;
    QList<QStringList> m_missing; // [series][axis]
};

} // namespace peerradar
