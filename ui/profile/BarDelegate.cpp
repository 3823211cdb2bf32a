#include "profile/BarDelegate.h"

#include "profile/RadarFiguresModel.h"

#include <QPainter>

namespace peerradar {

void BarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant value = index.data(RadarFiguresModel::ValueRole);
    const double maximum = index.data(RadarFiguresModel::MaximumRole).toDouble();
    if (value.isValid() && maximum > 0) {
        QColor color = index.data(RadarFiguresModel::ColorRole).value<QColor>();
        color.setAlpha(90);
        const double share = std::clamp(value.toDouble() / maximum, 0.0, 1.0);
        QRectF bar = QRectF(option.rect).adjusted(2, 3, -2, -3);
        bar.setWidth(bar.width() * share);
        painter->save();
        painter->fillRect(bar, color);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace peerradar
