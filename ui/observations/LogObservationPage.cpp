#include "observations/LogObservationPage.h"

#include "common/MessageBar.h"
#include "observations/ObservationCommands.h"
#include "observations/ObservationForm.h"
#include "observations/ObservationStore.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace peerradar {

LogObservationPage::LogObservationPage(ObservationStore& store, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent), m_store(store), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("logObservationPage"));
    auto* title = new QLabel(tr("Log what you saw someone do. Enter saves."), this);
    title->setWordWrap(true);
    m_messageBar = new MessageBar(this);
    m_form = new ObservationForm(store.database(), store.actor(), this);
    m_saveButton = new QPushButton(tr("Log obser&vation"), this);
    m_saveButton->setObjectName(QStringLiteral("logButton"));
    m_saveButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(m_messageBar);
    column->addWidget(m_form);
    column->addWidget(buttons);
    column->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(column, 3);
    layout->addStretch(1);

    connect(m_form, &ObservationForm::submitRequested, this, &LogObservationPage::save);
    connect(m_saveButton, &QPushButton::clicked, this, &LogObservationPage::save);
    setFocusProxy(m_form);
}

void LogObservationPage::reloadBehaviors()
{
    m_form->loadBehaviors();
}

void LogObservationPage::save()
{
    auto observation = m_form->observation();
    if (!observation) {
        m_messageBar->showError(observation.error());
        return;
    }
    const QString subjectName = m_form->subject() ? m_form->subject()->name : QString();
    auto id = m_store.log(*observation);
    if (!id) {
        Error error = id.error();
        if (error.code == ErrorCode::Locked) // another program kept the file longer than the busy timeout
            error.message = tr("Not logged yet: %1 is busy because another program is saving to it. Everything "
                               "you entered is still here; press Enter to log it again in a moment.")
                                .arg(m_store.database().displayName());
        m_messageBar->showError(error);
        m_form->focusFieldFor(*observation);
        return;
    }
    auto* command = new LogObservationCommand(m_store, *observation, subjectName);
    const QString behaviorName = m_form->behaviorName();
    command->setAfterChange([page = QPointer(this), behaviorName, subjectName](bool undone) {
        if (page)
            page->showLogged(behaviorName, subjectName, undone);
    });
    m_undoStack.push(command);
    showLogged(behaviorName, subjectName, false);
    m_form->clearAfterSave();
}

void LogObservationPage::showLogged(const QString& behaviorName, const QString& subjectName, bool undone)
{
    // The platform's keys, as Edit › Undo and Redo show them.
    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence::keyBindings(key).value(0).toString(QKeySequence::NativeText);
    };
    m_messageBar->showInformation(undone
            ? tr("Undone: the observation \"%1\" about %2 is deleted. %3 logs it again.")
                  .arg(behaviorName, subjectName, keys(QKeySequence::Redo))
            : tr("Logged \"%1\" about %2. %3 undoes it.").arg(behaviorName, subjectName, keys(QKeySequence::Undo)));
}

} // namespace peerradar
