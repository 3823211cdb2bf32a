#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace peerradar {

class ObservationStore;

// Undo commands for the changes a user makes to observations. Each is pushed after its change
// has already succeeded (so that a refused change never enters the stack): the first redo(),
// which QUndoStack::push calls, does nothing. A later undo or redo that the core refuses is
// reported through ObservationStore::failed and the command is dropped from the stack.

class LogObservationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::LogObservationCommand)

public:
    LogObservationCommand(ObservationStore& store, Observation logged, const QString& subjectName);
    void undo() override;
    void redo() override;
    // Told after each undo (true) or redo (false) that the core carried out, so that the page that
    // logged it can say so; it must check that it still exists (the command outlives pages).
    void setAfterChange(std::function<void(bool undone)> afterChange) { m_afterChange = std::move(afterChange); }

private:
    ObservationStore& m_store;
    Observation m_observation;
    std::function<void(bool)> m_afterChange;
    bool m_firstRedo = true;
};

class EditObservationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::EditObservationCommand)

public:
    EditObservationCommand(ObservationStore& store, Observation before, Observation after);
    void undo() override;
    void redo() override;

private:
    ObservationStore& m_store;
    Observation m_before;
    Observation m_after;
    bool m_firstRedo = true;
};

class DeleteObservationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::DeleteObservationCommand)

public:
    DeleteObservationCommand(ObservationStore& store, Observation deleted);
    void undo() override;
    void redo() override;

private:
    ObservationStore& m_store;
    Observation m_observation;
    bool m_firstRedo = true;
};

// HR hides a note from every view and export, or shows it again.
class NoteHiddenCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::NoteHiddenCommand)

public:
    NoteHiddenCommand(ObservationStore& store, Id observationId, bool hidden);
    void undo() override;
    void redo() override;

private:
    ObservationStore& m_store;
    Id m_id = 0;
    bool m_hidden = false;
    bool m_firstRedo = true;
};

} // namespace peerradar
