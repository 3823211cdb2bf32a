#pragma once

#include <QStyledItemDelegate>

namespace peerradar {

// Draws a cell of a RadarFiguresModel as a horizontal bar (value / maximum, in the series' colour)
// behind its text, so that the plain view reads like a bar chart and stays a table for the keyboard
// and screen readers.
class BarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace peerradar
