#include "observations/ObservationCommands.h"

#include "observations/ObservationStore.h"

namespace peerradar {

namespace {

bool report(QUndoCommand& command, ObservationStore& store, const Status& status)
{
    if (status)
        return true;
    command.setObsolete(true);
    Q_EMIT store.failed(status.error());
    return false;
}

} // namespace

LogObservationCommand::LogObservationCommand(ObservationStore& store, Observation logged, const QString& subjectName)
    : m_store(store), m_observation(std::move(logged))
{
    setText(tr("Log observation about %1").arg(subjectName));
}

void LogObservationCommand::undo()
{
    auto removed = m_store.remove(m_observation.id);
    if (removed)
        m_observation = *removed; // exactly what was stored, for redo
    if (report(*this, m_store, removed ? Status() : Status(removed.error())) && m_afterChange)
        m_afterChange(true);
}

void LogObservationCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (report(*this, m_store, m_store.restore(m_observation)) && m_afterChange)
        m_afterChange(false);
}

EditObservationCommand::EditObservationCommand(ObservationStore& store, Observation before, Observation after)
    : m_store(store), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit observation"));
}

void EditObservationCommand::undo()
{
    report(*this, m_store, m_store.update(m_before));
}

void EditObservationCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    report(*this, m_store, m_store.update(m_after));
}

DeleteObservationCommand::DeleteObservationCommand(ObservationStore& store, Observation deleted)
    : m_store(store), m_observation(std::move(deleted))
{
    setText(tr("Delete observation"));
}

void DeleteObservationCommand::undo()
{
    report(*this, m_store, m_store.restore(m_observation));
}

void DeleteObservationCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    auto removed = m_store.remove(m_observation.id);
    report(*this, m_store, removed ? Status() : Status(removed.error()));
}

NoteHiddenCommand::NoteHiddenCommand(ObservationStore& store, Id observationId, bool hidden)
    : m_store(store), m_id(observationId), m_hidden(hidden)
{
    setText(hidden ? tr("Hide note") : tr("Show note"));
}

void NoteHiddenCommand::undo()
{
    report(*this, m_store, m_store.setNoteHidden(m_id, !m_hidden));
}

void NoteHiddenCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    report(*this, m_store, m_store.setNoteHidden(m_id, m_hidden));
}

} // namespace peerradar
