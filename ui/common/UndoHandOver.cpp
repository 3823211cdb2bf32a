#include "common/UndoHandOver.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace peerradar {

namespace {

// Whether `field` has typing of its own to undo (or redo).
bool hasOwnHistory(QObject* field, bool redo)
{
    if (auto* combo = qobject_cast<QComboBox*>(field))
        field = combo->lineEdit();
    if (auto* line = qobject_cast<QLineEdit*>(field))
        return !line->isReadOnly() && (redo ? line->isRedoAvailable() : line->isUndoAvailable());
    if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        return !text->isReadOnly()
            && (redo ? text->document()->isRedoAvailable() : text->document()->isUndoAvailable());
    return true; // unknown: leave the keys to the field
}

} // namespace

void UndoHandOver::install(QWidget* field)
{
    field->installEventFilter(new UndoHandOver(field));
}

bool UndoHandOver::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    // Filtered out unaccepted, the override lets the window's shortcut run.
    return (undo || redo) && !hasOwnHistory(watched, redo);
}

} // namespace peerradar
