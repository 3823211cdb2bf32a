#pragma once

#include "common/Result.h"

#include <QUndoCommand>

#include <functional>

namespace peerradar {

class Session;

// An undoable change to the organisation, made through the core. It is pushed after the change
// succeeded (so that a refused change never enters the stack), hence QUndoStack::push's first
// redo does nothing. Undo and redo are core calls too: one the core refuses (a later change
// depends on it) is reported through ObservationStore::failed and the command leaves the stack.
// Either way the session announces organisationChanged, so that the editors show the file again.
class ChangeCommand final : public QUndoCommand
{
public:
    using Step = std::function<Status()>;

    // Pushes onto the session's undo stack; `text` names the change in Edit › Undo.
    static void push(Session& session, const QString& text, Step undo, Step redo);

    void undo() override;
    void redo() override;

private:
    ChangeCommand(Session& session, const QString& text, Step undo, Step redo);
    void apply(const Step& step);

    Session& m_session;
    Step m_undo;
    Step m_redo;
    bool m_firstRedo = true;
};

} // namespace peerradar
