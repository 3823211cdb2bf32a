#include "common/Accessibility.h"

#include <QAbstractSpinBox>
#include <QAccessibleWidget>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QToolButton>

namespace peerradar {

namespace {

// A closed (not editable) combo box: named by its label, its current choice as the value.
class LabelledComboBox final : public QAccessibleWidget
{
public:
    explicit LabelledComboBox(QComboBox* combo) : QAccessibleWidget(combo, QAccessible::ComboBox)
    {
        addControllingSignal(QStringLiteral("currentIndexChanged(int)"));
    }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Value)
            return combo()->currentText();
        return QAccessibleWidget::text(kind); // Name: the accessible name, else the buddy's text
    }

    QStringList actionNames() const override
    {
        return QStringList { showMenuAction() } + QAccessibleWidget::actionNames();
    }

    void doAction(const QString& name) override
    {
        if (name == showMenuAction())
            combo()->showPopup();
        else
            QAccessibleWidget::doAction(name);
    }

private:
    QComboBox* combo() const { return static_cast<QComboBox*>(widget()); }
};

QAccessibleInterface* labelledComboBoxFactory(const QString& className, QObject* object)
{
    if (className != u"QComboBox")
        return nullptr;
    auto* combo = qobject_cast<QComboBox*>(object);
    return combo && !combo->isEditable() ? new LabelledComboBox(combo) : nullptr;
}

// Names the inner fields of every window as it is first shown: dialogs too, built anywhere.
class WindowNamer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType())
            if (auto* window = static_cast<QWidget*>(watched); window->isWindow())
                Accessibility::nameInnerFields(window);
        return false;
    }
};

QString accessibleNameOf(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

void Accessibility::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(labelledComboBoxFactory);
        qApp->installEventFilter(new WindowNamer(qApp));
        return true;
    }();
    Q_UNUSED(installed)
}

void Accessibility::nameInnerFields(QWidget* root)
{
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        QWidget* outer = edit->parentWidget();
        const bool inner = qobject_cast<QComboBox*>(outer) || qobject_cast<QAbstractSpinBox*>(outer);
        if (inner && edit->accessibleName().isEmpty())
            edit->setAccessibleName(accessibleNameOf(outer));
        for (QToolButton* button : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly))
            if (button->accessibleName().isEmpty())
                button->setAccessibleName(tr("Clear"));
    }
}

} // namespace peerradar
