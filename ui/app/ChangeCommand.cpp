#include "app/ChangeCommand.h"

#include "app/Session.h"
#include "observations/ObservationStore.h"

#include <QUndoStack>

namespace peerradar {

ChangeCommand::ChangeCommand(Session& session, const QString& text, Step undo, Step redo)
    : m_session(session), m_undo(std::move(undo)), m_redo(std::move(redo))
{
    setText(text);
}

void ChangeCommand::push(Session& session, const QString& text, Step undo, Step redo)
{
    session.undoStack().push(new ChangeCommand(session, text, std::move(undo), std::move(redo)));
}

void ChangeCommand::undo()
{
    apply(m_undo);
}

void ChangeCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_redo);
}

void ChangeCommand::apply(const Step& step)
{
    // Several rows may change (a team and its members): all or nothing.
    const Status status = m_session.database().transaction(step);
    if (!status) {
        setObsolete(true);
        Q_EMIT m_session.observations().failed(status.error());
    }
    Q_EMIT m_session.organisationChanged();
}

} // namespace peerradar
