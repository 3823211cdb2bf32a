#pragma once

#include "domain/Types.h"

#include <QDialog>

class QUndoStack;

namespace peerradar {

class MessageBar;
class ObservationForm;
class ObservationStore;

// Changes one observation with the same form that logs them. A refused change keeps the dialog
// open with everything typed and the reason above the form.
class EditObservationDialog final : public QDialog
{
    Q_OBJECT

public:
    EditObservationDialog(ObservationStore& store, QUndoStack& undoStack, const Observation& observation,
        const Person& observer, QWidget* parent = nullptr);

    ObservationForm* form() const { return m_form; }

    void accept() override;

private:
    ObservationStore& m_store;
    QUndoStack& m_undoStack;
    Observation m_before;
    MessageBar* m_messageBar = nullptr;
    ObservationForm* m_form = nullptr;
};

} // namespace peerradar
