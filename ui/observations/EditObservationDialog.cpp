#include "observations/EditObservationDialog.h"

#include "common/MessageBar.h"
#include "observations/ObservationCommands.h"
#include "observations/ObservationForm.h"
#include "observations/ObservationStore.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace peerradar {

EditObservationDialog::EditObservationDialog(ObservationStore& store, QUndoStack& undoStack,
    const Observation& observation, const Person& observer, QWidget* parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_before(observation)
{
    setWindowTitle(tr("Edit observation"));
    m_messageBar = new MessageBar(this);
    m_form = new ObservationForm(store.database(), observer, this);
    m_form->setObservation(observation);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditObservationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditObservationDialog::reject);
    connect(m_form, &ObservationForm::submitRequested, this, &EditObservationDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    m_form->focusFirstField();
}

void EditObservationDialog::accept()
{
    auto edited = m_form->observation();
    if (!edited) {
        m_messageBar->showError(edited.error());
        return;
    }
    Observation after = m_before;
    after.subjectId = edited->subjectId;
    after.behaviorId = edited->behaviorId;
    after.date = edited->date;
    after.impact = edited->impact;
    after.note = edited->note;
    if (auto status = m_store.update(after); !status) {
        m_messageBar->showError(status.error());
        m_form->focusFieldFor(after);
        return;
    }
    // Read back: the core may have derived a new rater group.
    if (auto stored = m_store.byId(after.id))
        after = *stored;
    m_undoStack.push(new EditObservationCommand(m_store, m_before, after));
    QDialog::accept();
}

} // namespace peerradar
