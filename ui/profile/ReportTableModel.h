#pragma once

#include "report/ReportContent.h"

#include <QAbstractTableModel>

namespace peerradar {

// A read-only table of report content (core/report/ReportContent), so that the screen shows the
// same rows and wording as the PDF: the trend, the team's radar figures, the member table.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace peerradar
