#include "common/FlowLayout.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace peerradar {

namespace {

bool isStretch(QLayoutItem* item)
{
    return item->spacerItem() && (item->spacerItem()->expandingDirections() & Qt::Horizontal);
}

} // namespace

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) { }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addSpacing(int size)
{
    addItem(new QSpacerItem(size, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
}

void FlowLayout::addStretch(int stretch)
{
    Q_UNUSED(stretch) // one stretch per line is all a bar needs
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    invalidate();
    return m_items.takeAt(index);
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* parent = parentWidget();
    return (parent ? parent->style() : QApplication::style())
        ->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent);
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest control: everything else can go onto another line.
    QSize size;
    for (QLayoutItem* item : m_items) {
        if (!item->isEmpty() && !item->spacerItem())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size.grownBy(margins);
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty() && !item->spacerItem())
            continue;
        width += item->sizeHint().width() + (width > 0 ? horizontalGap() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    return QSize(width, height).grownBy(contentsMargins());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    const int verticalGap = gap;
    // Break into lines first: a stretch needs to know what is left over on its line.
    QList<QList<QLayoutItem*>> lines(1);
    int x = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty() && !item->spacerItem())
            continue;
        const int width = item->sizeHint().width();
        if (!lines.constLast().isEmpty() && x + gap + width > area.width() && !item->spacerItem()) {
            lines.append(QList<QLayoutItem*>());
            x = 0;
        }
        if (lines.constLast().isEmpty() && item->spacerItem())
            continue; // no gap at the start of a line
        x += (lines.constLast().isEmpty() ? 0 : gap) + width;
        lines.last().append(item);
    }
    int y = area.top();
    bool afterStretch = false; // what follows a stretch keeps to the right, on later lines too
    for (const QList<QLayoutItem*>& line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        int used = 0;
        int height = 0;
        for (QLayoutItem* item : line) {
            used += (used > 0 ? gap : 0) + item->sizeHint().width();
            height = std::max(height, item->sizeHint().height());
        }
        const int spare = std::max(0, area.width() - used);
        int left = area.left() + (afterStretch ? spare : 0);
        for (QLayoutItem* item : line) {
            const QSize hint = item->sizeHint();
            if (isStretch(item) && !afterStretch) {
                left += spare;
                afterStretch = true;
            }
            if (place)
                item->setGeometry(QRect(QPoint(left, y + (height - hint.height()) / 2), hint));
            left += hint.width() + gap;
        }
        y += height + verticalGap;
    }
    const int used = y > area.top() ? y - verticalGap - area.top() : 0;
    return used + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace peerradar
