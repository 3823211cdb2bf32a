#include "common/FittingTextDelegate.h"

#include <algorithm>

namespace peerradar {

QString FittingTextDelegate::fitted(const QString& text, int width, const QFontMetrics& metrics)
{
    if (width <= 0)
        return text; // a size hint, not a cell
    int narrowest = width;
    for (const QChar c : QStringLiteral(" .,:;'|!ijl"))
        narrowest = std::min(narrowest, metrics.horizontalAdvance(c));
    // Twice that, for marks that add no width of their own (combining accents, joiners).
    const qsizetype fits = 2 * (width / std::max(1, narrowest) + 1);
    if (text.size() <= fits)
        return text;
    qsizetype cut = fits;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return text.left(cut) + QChar(0x2026);
}

void FittingTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->features & QStyleOptionViewItem::HasDisplay)
        option->text = fitted(option->text, option->rect.width(), option->fontMetrics);
}

} // namespace peerradar
