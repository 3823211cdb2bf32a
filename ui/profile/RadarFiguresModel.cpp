#include "profile/RadarFiguresModel.h"

#include <QLocale>

namespace peerradar {

RadarFiguresModel::RadarFiguresModel(QObject* parent) : QAbstractTableModel(parent) { }

void RadarFiguresModel::setFigures(const QStringList& rowLabels, const RadarData& data, const MissingText& missing)
{
    const bool sameShape = rowLabels.size() == m_labels.size() && data.series.size() == m_data.series.size();
    if (!sameShape)
        beginResetModel();
    m_labels = rowLabels;
    m_data = data;
    m_missing.clear();
    for (int s = 0; s < data.series.size(); ++s) {
        QStringList texts;
        for (int a = 0; a < rowLabels.size(); ++a)
            texts << (missing ? missing(s, a) : QStringLiteral("–"));
        m_missing << texts;
    }
    if (!sameShape) {
        endResetModel();
        return;
    }
    if (!m_labels.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int RadarFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

int RadarFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_data.series.size());
}

QVariant RadarFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(m_labels.at(index.row())) : QVariant();
    const int s = index.column() - 1;
    const RadarSeries& series = m_data.series.at(s);
    const std::optional<double> value = series.values.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        if (!value)
            return m_missing.value(s).value(index.row(), QStringLiteral("–"));
        const auto interval = series.intervals.value(index.row());
        const QString number = QLocale().toString(*value, 'f', 2);
        if (interval)
            return tr("%1 (95%: %2–%3)")
                .arg(number, QLocale().toString(interval->first, 'f', 1), QLocale().toString(interval->second, 'f', 1));
        return number;
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case MaximumRole:
        return m_data.maximum;
    case ColorRole:
        return series.color;
    default:
        return {};
    }
}

QVariant RadarFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Behavior");
    return m_data.series.value(section - 1).name;
}

} // namespace peerradar
