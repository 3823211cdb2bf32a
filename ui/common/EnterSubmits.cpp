#include "common/EnterSubmits.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>

namespace peerradar {

EnterSubmits::EnterSubmits(std::function<void()> submit, QObject* parent)
    : QObject(parent), m_submit(std::move(submit))
{ }

void EnterSubmits::install(const QList<QWidget*>& fields, std::function<void()> submit)
{
    if (fields.isEmpty())
        return;
    auto* filter = new EnterSubmits(std::move(submit), fields.first());
    for (QWidget* field : fields)
        field->installEventFilter(filter);
}

bool EnterSubmits::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    if (auto* combo = qobject_cast<QComboBox*>(watched); combo
        && ((combo->view() && combo->view()->isVisible())
            || (combo->completer() && combo->completer()->popup()->isVisible())))
        return false;
    m_submit();
    return true;
}

} // namespace peerradar
