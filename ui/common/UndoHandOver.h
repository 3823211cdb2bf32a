#pragma once

#include <QObject>

class QWidget;

namespace peerradar {

// Ctrl+Z in a text field undoes the field's own typing while it has typing to undo, and otherwise
// goes on to the window's Edit › Undo (the last change to the data). Qt's line and text edits take
// the undo and redo keys even with nothing of their own to undo, so that right after a save the
// shortcut that the message promises would do nothing.
class UndoHandOver final : public QObject
{
    Q_OBJECT

public:
    // `field`: a QLineEdit, a QPlainTextEdit, or an editable QComboBox (its line edit).
    static void install(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace peerradar
