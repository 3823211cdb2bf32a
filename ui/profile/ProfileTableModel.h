#pragma once

#include "analytics/Profile.h"
#include "charts/RadarChart.h"

#include <QAbstractTableModel>

namespace peerradar {

// A person's figures per behavior (rows) and rater group (columns), as the core computed them
// under the anonymity rule: a suppressed cell says "hidden", an empty one "–". The numbers behind
// each cell are available under ValueRole so that tests and the chart read the same figures.
class ProfileTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BehaviorColumn, OthersColumn, SelfColumn, ManagerColumn, PeerColumn, DirectReportColumn,
        OtherColumn, PooledColumn, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, // double (mean or per 30 days, by the measure); invalid when not shown
        StateRole, // int(GroupStats::State)
        BehaviorKeyRole, // QString
    };

    explicit ProfileTableModel(QObject* parent = nullptr);

    void setProfile(const PersonProfile& profile);
    void setMeasure(RadarMeasure measure);
    RadarMeasure measure() const { return m_measure; }

    // The figures of a cell, or null for the behavior column / out of range.
    const GroupStats* stats(int row, int column) const;
    int rowOfBehavior(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const GroupStats& stats) const;

    QList<BehaviorProfile> m_rows;
    DatabaseSettings m_settings;
    RadarMeasure m_measure = RadarMeasure::MeanImpact;
    bool m_anyPooled = false;
};

} // namespace peerradar
