#include "common/DateField.h"

#include <QKeyEvent>

namespace peerradar {

DateField::DateField(QWidget* parent) : QDateEdit(parent) { }

DateField::DateField(const QDate& date, QWidget* parent) : QDateEdit(date, parent) { }

bool DateField::event(QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            QWidget::focusNextPrevChild(forward);
            return true;
        }
    }
    return QDateEdit::event(event);
}

} // namespace peerradar
