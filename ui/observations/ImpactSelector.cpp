#include "observations/ImpactSelector.h"

#include "domain/Types.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QRadioButton>

namespace peerradar {

ImpactSelector::ImpactSelector(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("impactSelector"));
    m_group = new QButtonGroup(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString hints[] = { tr("1 – barely noticeable"), tr("2 – small"), tr("3 – clear"), tr("4 – strong"),
        tr("5 – exceptional") };
    for (int impact = minImpact; impact <= maxImpact; ++impact) {
        auto* button = new QRadioButton(QString::number(impact), this);
        button->setObjectName(QStringLiteral("impactRadio%1").arg(impact));
        button->setToolTip(hints[impact - 1]);
        button->setAccessibleName(tr("Impact %1").arg(hints[impact - 1]));
        m_group->addButton(button, impact);
        layout->addWidget(button);
    }
    layout->addStretch();
    setFocusProxy(m_group->button(3));
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            setFocusProxy(m_group->button(id));
            Q_EMIT valueChanged(id);
        }
    });
    setValue(3);
}

int ImpactSelector::value() const
{
    return m_group->checkedId();
}

void ImpactSelector::setValue(int impact)
{
    if (auto* button = m_group->button(impact))
        button->setChecked(true);
}

void ImpactSelector::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const bool hadFocus = m_group->checkedButton() && m_group->checkedButton()->hasFocus();
        setValue(key - Qt::Key_0);
        if (hadFocus)
            m_group->checkedButton()->setFocus();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace peerradar
