#pragma once

#include <QStyledItemDelegate>

namespace peerradar {

// Draws a cell's text cut, before the style elides it, to what a line of the cell's width can hold:
// eliding shapes the whole string, and a note of hundreds of characters in every visible row made
// each repaint of the Observations list cost tens of milliseconds, so that typing into its search
// stalled (issue 13 item 8). What the cell shows is the same; a cut text ends in "…".
class FittingTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // `text` cut to twice what `width` pixels can hold in `metrics` (no character being narrower
    // than the font's narrowest), with "…" where it was cut; unchanged when it may fit whole.
    static QString fitted(const QString& text, int width, const QFontMetrics& metrics);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace peerradar
