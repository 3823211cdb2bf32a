#include "profile/ReportTableModel.h"

namespace peerradar {

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void ReportTableModel::setTable(const ReportTable& table)
{
    if (table.header == m_table.header && table.rows.size() == m_table.rows.size()) {
        m_table = table;
        if (!m_table.rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.header.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return m_table.rows.at(index.row()).value(index.column());
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal)
        return m_table.header.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace peerradar
