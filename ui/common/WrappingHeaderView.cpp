#include "common/WrappingHeaderView.h"

#include <QStyle>

#include <algorithm>
#include <limits>

namespace peerradar {

WrappingHeaderView::WrappingHeaderView(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    // The height follows the widths: a column made narrower may need another line.
    connect(this, &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
}

int WrappingHeaderView::margins() const
{
    return 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + 2; // and the frame
}

int WrappingHeaderView::markWidth(int logicalIndex) const
{
    if (!isSortIndicatorShown() || sortIndicatorSection() != logicalIndex)
        return 0;
    return style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this)
        + style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
}

QString WrappingHeaderView::title(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
}

int WrappingHeaderView::wrappedHeight(int logicalIndex) const
{
    const int width = std::max(1, sectionSize(logicalIndex) - margins() - markWidth(logicalIndex));
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, width, std::numeric_limits<int>::max() / 2),
        int(defaultAlignment()), title(logicalIndex));
    return needed.height() + margins();
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // As wide as the longest word, and as the title on at most three lines.
    const QString text = title(logicalIndex);
    int width = fontMetrics().horizontalAdvance(text) / 3;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
        width = std::max(width, fontMetrics().horizontalAdvance(word));
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.setWidth(std::min(
        size.width(), width + margins() + markWidth(logicalIndex) + fontMetrics().averageCharWidth()));
    if (sectionSize(logicalIndex) > 0)
        size.setHeight(std::max(size.height(), wrappedHeight(logicalIndex)));
    return size;
}

QSize WrappingHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    for (int section = 0; section < count(); ++section) {
        if (!isSectionHidden(section) && sectionSize(section) > 0)
            size.setHeight(std::max(size.height(), wrappedHeight(section)));
    }
    return size;
}

} // namespace peerradar
