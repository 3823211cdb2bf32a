#pragma once

#include <QWidget>

class QPushButton;
class QUndoStack;

namespace peerradar {

class MessageBar;
class ObservationForm;
class ObservationStore;

// The page a person uses most: log what they saw, keyboard only, in a few seconds.
// A saved observation goes onto the undo stack; a refused one keeps everything typed.
class LogObservationPage final : public QWidget
{
    Q_OBJECT

public:
    LogObservationPage(ObservationStore& store, QUndoStack& undoStack, QWidget* parent = nullptr);

    ObservationForm* form() const { return m_form; }
    MessageBar* messageBar() const { return m_messageBar; }
    // The framework changed: offer its behaviors.
    void reloadBehaviors();

private:
    void save();
    // The message after logging, or after its undo (`undone`) or redo.
    void showLogged(const QString& behaviorName, const QString& subjectName, bool undone);

    ObservationStore& m_store;
    QUndoStack& m_undoStack;
    MessageBar* m_messageBar = nullptr;
    ObservationForm* m_form = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace peerradar
