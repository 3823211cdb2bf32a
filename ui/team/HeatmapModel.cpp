#include "team/HeatmapModel.h"

#include "report/ReportContent.h"

#include <QFont>
#include <QLocale>

namespace peerradar {

HeatmapModel::HeatmapModel(QObject* parent) : QAbstractTableModel(parent) { }

void HeatmapModel::setTeam(const TeamProfile& team)
{
    beginResetModel();
    m_members = team.members;
    m_behaviors = team.behaviors;
    m_cells = team.heatmap;
    m_leaders.clear();
    for (const InformalLeader& leader : team.informalLeaders)
        m_leaders << leader.personId;
    m_k = team.settings.k;
    endResetModel();
}

QColor HeatmapModel::heatColor(double mean)
{
    const double t = std::clamp((mean - 1.0) / 4.0, 0.0, 1.0);
    return QColor::fromRgbF(float(0.93 - 0.80 * t), float(0.95 - 0.60 * t), float(0.98 - 0.28 * t));
}

QColor HeatmapModel::textColorOn(const QColor& background)
{
    // Relative luminance (sRGB approximation): dark text on light cells, white on dark ones.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

int HeatmapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int HeatmapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_behaviors.size());
}

QVariant HeatmapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& member = m_members.at(index.row());
    if (role == PersonIdRole)
        return member.id;
    if (index.column() == 0) {
        const bool leader = m_leaders.contains(member.id);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return leader ? tr("%1 ★ informal leader").arg(member.name) : member.name;
        case SortRole:
            return member.name;
        case Qt::FontRole:
            if (leader) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
    const GroupStats cell = m_cells.value(index.row()).value(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return cell.isShown() ? QLocale().toString(cell.mean, 'f', 1)
            : cell.isSuppressed() ? tr("hidden")
                                  : QStringLiteral("–");
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(member.name, m_behaviors.at(index.column() - 1).name,
                data(index, Qt::DisplayRole).toString());
    case Qt::ToolTipRole:
        if (cell.isSuppressed())
            return tr("Hidden to protect the observers: fewer than %n different people.", nullptr, m_k);
        if (cell.isShown())
            return ReportContent::figure(cell);
        return tr("Not observed by others in this period.");
    case Qt::BackgroundRole:
        return cell.isShown() ? QVariant(heatColor(cell.mean)) : QVariant();
    case Qt::ForegroundRole:
        return cell.isShown() ? QVariant(textColorOn(heatColor(cell.mean))) : QVariant();
    case Qt::FontRole:
        if (cell.isSuppressed()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case ValueRole:
        return cell.isShown() ? QVariant(cell.mean) : QVariant();
    case SortRole:
        // Below every shown value, so that sorting by the highest puts them last.
        return cell.isShown() ? cell.mean : cell.isSuppressed() ? -1.0 : -2.0;
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Member")) : QVariant();
    const Behavior& b = m_behaviors.value(section - 1);
    if (role == Qt::DisplayRole)
        return b.name;
    if (role == Qt::ToolTipRole)
        return b.description;
    return {};
}

} // namespace peerradar
