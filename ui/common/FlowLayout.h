#pragma once

#include <QLayout>
#include <QList>

namespace peerradar {

// A row of controls that wraps onto further lines when the window is too narrow for all of them,
// instead of forcing the window wider (a bar of labels and buttons is much longer in German).
// It reads like a QHBoxLayout: addSpacing() leaves a gap (dropped at the start of a line) and
// addStretch() pushes what follows on its line to the right edge.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addSpacing(int size);
    void addStretch(int stretch = 1);

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (or only measures, with `place` false); returns the height used.
    int arrange(const QRect& rect, bool place) const;
    int horizontalGap() const;

    QList<QLayoutItem*> m_items;
};

} // namespace peerradar
