#include "profile/ProfileTableModel.h"

#include "analytics/Anonymity.h"
#include "report/ReportContent.h"

#include <QLocale>

namespace peerradar {

ProfileTableModel::ProfileTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void ProfileTableModel::setProfile(const PersonProfile& profile)
{
    bool anyPooled = false;
    for (const BehaviorProfile& b : profile.behaviors)
        anyPooled = anyPooled || b.pooled.has_value();
    // Same shape (the usual case when switching person): change the cells, keep the views' state.
    if (profile.behaviors.size() == m_rows.size() && anyPooled == m_anyPooled) {
        m_rows = profile.behaviors;
        m_settings = profile.settings;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = profile.behaviors;
    m_settings = profile.settings;
    m_anyPooled = anyPooled;
    endResetModel();
}

void ProfileTableModel::setMeasure(RadarMeasure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

const GroupStats* ProfileTableModel::stats(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const BehaviorProfile& b = m_rows.at(row);
    switch (column) {
    case OthersColumn:
        return &b.others;
    case SelfColumn:
        return &b.group(RaterGroup::Self);
    case ManagerColumn:
        return &b.group(RaterGroup::Manager);
    case PeerColumn:
        return &b.group(RaterGroup::Peer);
    case DirectReportColumn:
        return &b.group(RaterGroup::DirectReport);
    case OtherColumn:
        return &b.group(RaterGroup::Other);
    case PooledColumn:
        return b.pooled ? &b.pooled->stats : nullptr;
    default:
        return nullptr;
    }
}

int ProfileTableModel::rowOfBehavior(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).behavior.key == key)
            return i;
    }
    return -1;
}

int ProfileTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_anyPooled ? ColumnCount : PooledColumn;
}

QString ProfileTableModel::cellText(const GroupStats& s) const
{
    if (m_measure == RadarMeasure::MeanImpact || !s.isShown())
        return ReportContent::figure(s);
    return tr("%1 per 30 days · %2").arg(QLocale().toString(s.per30Days, 'f', 2), ReportContent::counts(s));
}

QVariant ProfileTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BehaviorProfile& b = m_rows.at(index.row());
    if (role == BehaviorKeyRole)
        return b.behavior.key;
    if (index.column() == BehaviorColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return b.behavior.retired ? tr("%1 (retired)").arg(b.behavior.name) : b.behavior.name;
        if (role == Qt::ToolTipRole)
            return b.behavior.description;
        return {};
    }
    const GroupStats* s = stats(index.row(), index.column());
    if (!s) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("–");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == PooledColumn)
            return QStringLiteral("%1: %2").arg(poolLabel(b.pooled->members), cellText(*s));
        return cellText(*s);
    case Qt::ToolTipRole:
        if (s->isSuppressed())
            return s->pooledInto.isEmpty()
                ? tr("Hidden to protect the observers: fewer than %n different people in this group.", nullptr, m_settings.k)
                : tr("Shown together with other small groups in the pooled column.");
        if (s->isShown()) {
            QString tip = tr("%1 observations by %2 different observers. Each observer's observations are averaged "
                             "first, so each observer counts once.")
                              .arg(s->observations)
                              .arg(s->observers);
            if (s->adjustedMean)
                tip += u' ' + ReportContent::leniencyLegend(m_settings.k);
            return tip;
        }
        return tr("Not observed in this period.");
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        if (!s->isShown())
            return {};
        return m_measure == RadarMeasure::MeanImpact ? s->mean : s->per30Days;
    case StateRole:
        return int(s->state);
    default:
        return {};
    }
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BehaviorColumn:
        return tr("Behavior");
    case OthersColumn:
        return tr("All others");
    case SelfColumn:
        return tr("Self");
    case ManagerColumn:
        return tr("Manager");
    case PeerColumn:
        return tr("Peers");
    case DirectReportColumn:
        return tr("Direct reports");
    case OtherColumn:
        return tr("Others in the organisation");
    case PooledColumn:
        return tr("Pooled groups");
    default:
        return {};
    }
}

} // namespace peerradar
