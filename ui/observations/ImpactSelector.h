#pragma once

#include <QWidget>

class QButtonGroup;

namespace peerradar {

// Impact 1–5 as five radio buttons; the keys 1 to 5 choose directly, the arrow keys move.
class ImpactSelector final : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactSelector(QWidget* parent = nullptr);

    int value() const;
    void setValue(int impact);

Q_SIGNALS:
    void valueChanged(int impact);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QButtonGroup* m_group = nullptr;
};

} // namespace peerradar
