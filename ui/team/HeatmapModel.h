#pragma once

#include "analytics/TeamProfile.h"

#include <QAbstractTableModel>
#include <QColor>

namespace peerradar {

// People × behaviors of a team: each cell the member's "others" mean impact from the core's
// TeamProfile (already under the anonymity rule), coloured by value with text that stays readable;
// a suppressed cell says "hidden". Sorting uses SortRole (hidden and empty cells sort last).
class HeatmapModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole + 1; // double, or invalid when not shown
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int PersonIdRole = Qt::UserRole + 3;

    explicit HeatmapModel(QObject* parent = nullptr);

    void setTeam(const TeamProfile& team);
    // 1 → pale, 5 → deep blue (the PDF's scale), and black or white text, whichever reads better.
    static QColor heatColor(double mean);
    static QColor textColorOn(const QColor& background);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_members;
    QList<Behavior> m_behaviors;
    QList<QList<GroupStats>> m_cells;
    QList<Id> m_leaders;
    int m_k = 3;
};

} // namespace peerradar
