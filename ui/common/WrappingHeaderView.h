#pragma once

#include <QHeaderView>

namespace peerradar {

// A horizontal header whose titles wrap onto as many lines as their column's width needs, and
// that grows tall enough for them: QHeaderView wraps with Qt::TextWordWrap but keeps one line's
// height, which clips long titles in narrow columns (a heatmap's behavior names). Resized to
// contents, a column is as wide as its title's longest word.
class WrappingHeaderView final : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget* parent = nullptr);

    QSize sizeHint() const override;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int wrappedHeight(int logicalIndex) const;
    int margins() const; // around the text, frame included
    int markWidth(int logicalIndex) const; // the sort mark beside the text
    QString title(int logicalIndex) const;
};

} // namespace peerradar
