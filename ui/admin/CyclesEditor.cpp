#include "admin/CyclesEditor.h"

#include "app/ChangeCommand.h"
#include "app/Session.h"
#include "common/DateField.h"
#include "common/EnterSubmits.h"
#include "common/DateText.h"
#include "common/DialogProvider.h"
#include "common/MessageBar.h"
#include "common/UndoHandOver.h"
#include "domain/Rules.h"
#include "storage/CycleRepository.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerradar {

CyclesEditor::CyclesEditor(Session& session, DialogProvider& dialogs, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_db(session.database())
{
    setObjectName(QStringLiteral("cyclesEditor"));
    m_messageBar = new MessageBar(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cyclesList"));
    m_list->setAccessibleName(tr("Cycles"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("cycleNameEdit"));
    m_name->setPlaceholderText(tr("for example: 2026 H1"));
    m_start = new DateField(this);
    m_start->setObjectName(QStringLiteral("cycleStartEdit"));
    m_end = new DateField(this);
    m_end->setObjectName(QStringLiteral("cycleEndEdit"));
    for (QDateEdit* edit : { m_start, m_end }) {
        edit->setCalendarPopup(true);
        useShortDateFormat(edit);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("Sta&rts on:"), m_start);
    form->addRow(tr("Ends on (&inclusive):"), m_end);
    auto* newButton = new QPushButton(tr("&New cycle"), this);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("cycleSaveButton"));
    m_remove = new QPushButton(tr("&Delete cycle"), this);
    m_remove->setObjectName(QStringLiteral("cycleDeleteButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(saveButton);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    m_releaseState = new QLabel(this);
    m_releaseState->setObjectName(QStringLiteral("cycleReleaseLabel"));
    m_releaseState->setTextFormat(Qt::PlainText);
    m_releaseState->setWordWrap(true);
    m_release = new QPushButton(tr("Release the &cycle…"), this);
    m_release->setObjectName(QStringLiteral("cycleReleaseButton"));
    auto* releaseRow = new QHBoxLayout;
    releaseRow->addWidget(m_release);
    releaseRow->addStretch();
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addWidget(m_releaseState);
    right->addLayout(releaseRow);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(columns);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showCycle(item->data(Qt::UserRole).toLongLong());
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        newCycle();
        m_name->setFocus(Qt::ShortcutFocusReason);
    });
    connect(saveButton, &QPushButton::clicked, this, &CyclesEditor::save);
    EnterSubmits::install({ m_name, m_start, m_end }, [this] { save(); });
    UndoHandOver::install(m_name);
    connect(m_remove, &QPushButton::clicked, this, &CyclesEditor::remove);
    connect(m_release, &QPushButton::clicked, this, &CyclesEditor::release);
    connect(&m_session, &Session::organisationChanged, this, &CyclesEditor::showFileAgain);
    reload();
    newCycle();
}

void CyclesEditor::showFileAgain()
{
    reload(m_current.id);
    if (m_current.id != 0 && CycleRepository(m_db).byId(m_current.id))
        showCycle(m_current.id);
    else
        newCycle();
}

void CyclesEditor::reload(Id select)
{
    auto cycles = CycleRepository(m_db).all();
    if (!cycles) {
        m_messageBar->showError(cycles.error());
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Cycle& c : *cycles) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2 – %3)").arg(c.name, shortDateText(c.start), shortDateText(c.end)), m_list);
        item->setData(Qt::UserRole, c.id);
        if (c.id == select)
            m_list->setCurrentItem(item);
    }
}

void CyclesEditor::showCycle(Id id)
{
    auto cycle = CycleRepository(m_db).byId(id);
    if (!cycle) {
        m_messageBar->showError(cycle.error());
        return;
    }
    m_current = *cycle;
    m_name->setText(m_current.name);
    m_start->setDate(m_current.start);
    m_end->setDate(m_current.end);
    showReleaseState();
}

void CyclesEditor::showReleaseState()
{
    m_release->setEnabled(m_current.id != 0);
    if (m_current.id == 0) {
        m_releaseState->setText(tr("Save the cycle before releasing it."));
        m_release->setText(tr("Release the &cycle…"));
        return;
    }
    CycleRepository cycles(m_db);
    auto release = cycles.latestRelease(m_current.id);
    auto changes = cycles.changesSinceRelease(m_current.id);
    if (!release || !changes) {
        m_messageBar->showError(release ? changes.error() : release.error());
        return;
    }
    // A released cycle is kept (domain/Rules.h validateCycleDeletion); the button says why on hover.
    m_remove->setEnabled(!*release);
    const QString kept = *release ? validateCycleDeletion(m_current, *release).error().message : QString();
    m_remove->setToolTip(kept);
    m_remove->setAccessibleDescription(kept);
    if (!*release) {
        m_releaseState->setText(tr("Not released: everyone but HR sees only their own and their manager's views of "
                                   "this cycle. Release it when its observations are in."));
        m_release->setText(tr("Release the &cycle…"));
        return;
    }
    QString text = tr("Released on %1 (release %2): everyone but HR reads the figures of then.")
                       .arg(QLocale().toString((*release)->releasedAt.toLocalTime().date(), QLocale::LongFormat))
                       .arg((*release)->number);
    text += u' ';
    text += (**changes).isEmpty()
        ? tr("Nothing changed since.")
        : tr("Changed since: %n observation(s) added", nullptr, (**changes).added)
            + tr(", %n edited", nullptr, (**changes).edited) + tr(", %n removed", nullptr, (**changes).removed)
            + tr(", %n person(s) moved", nullptr, (**changes).peopleMoved)
            + ((**changes).datesChanged ? tr(", the cycle's dates moved") : QString()) + u'.';
    m_releaseState->setText(text);
    m_release->setText(tr("Release the cycle a&gain…"));
}

void CyclesEditor::release()
{
    if (m_current.id == 0)
        return;
    CycleRepository cycles(m_db);
    auto changes = cycles.changesSinceRelease(m_current.id);
    if (!changes) {
        m_messageBar->showError(changes.error());
        return;
    }
    const bool again = changes->has_value();
    const bool confirmed = again
        ? m_dialogs.confirm(this, tr("Release %1 again?").arg(m_current.name),
              CycleRepository::releaseAgainWarning(**changes) + u"\n\n"
                  + tr("A release cannot be undone."),
              tr("Release again"))
        : m_dialogs.confirm(this, tr("Release %1?").arg(m_current.name),
              tr("Everyone but HR will read the figures of peers, direct reports and others in the organisation for "
                 "this cycle as they are now, and they stay so: later observations and changes do not alter them "
                 "(Organisation › Cycles shows what changed). Release when the cycle's observations are in. A "
                 "release cannot be undone."),
              tr("Release"));
    if (!confirmed)
        return;
    auto released = cycles.release(m_current.id, m_session.user().id, again);
    if (!released) {
        m_messageBar->showError(released.error());
        return;
    }
    m_messageBar->showInformation(tr("Cycle %1 released.").arg(m_current.name));
    showReleaseState();
}

void CyclesEditor::newCycle()
{
    m_current = Cycle {};
    m_list->setCurrentItem(nullptr);
    m_name->setText(QString()); // not clear(): no typing for Ctrl+Z to bring back (UndoHandOver)
    // The current half-year, or the half-year after the last cycle: cycles may not overlap.
    const QDate today = QDate::currentDate();
    QDate start(today.year(), today.month() <= 6 ? 1 : 7, 1);
    if (auto cycles = CycleRepository(m_db).all()) {
        for (const Cycle& c : *cycles)
            start = std::max(start, c.end.addDays(1));
    }
    m_start->setDate(start);
    m_end->setDate(start.addMonths(6).addDays(-1));
    m_remove->setEnabled(false);
    showReleaseState();
}

void CyclesEditor::save()
{
    Cycle c = m_current;
    c.name = m_name->text().trimmed();
    c.start = m_start->date();
    c.end = m_end->date();
    CycleRepository cycles(m_db);
    Status status;
    const Cycle before = m_current;
    if (c.id == 0) {
        auto id = cycles.add(c);
        status = id ? Status() : Status(id.error());
        if (id)
            c.id = *id;
    } else {
        status = cycles.update(c);
    }
    if (!status) {
        m_messageBar->showError(status.error());
        // Dates in order and the cycle valid on its own: the dates overlap another cycle.
        QWidget* culprit = c.start > c.end ? static_cast<QWidget*>(m_end)
            : validateCycle(c) && status.error().code == ErrorCode::Invalid ? static_cast<QWidget*>(m_start)
                                                                            : static_cast<QWidget*>(m_name);
        culprit->setFocus();
        return;
    }
    Database* db = &m_db;
    if (before.id == 0)
        ChangeCommand::push(m_session, tr("Add cycle %1").arg(c.name),
            [db, id = c.id] { return CycleRepository(*db).remove(id); },
            [db, c] { return CycleRepository(*db).restore(c); });
    else
        ChangeCommand::push(m_session, tr("Edit cycle %1").arg(c.name),
            [db, before] { return CycleRepository(*db).update(before); },
            [db, c] { return CycleRepository(*db).update(c); });
    m_current = c;
    m_messageBar->showInformation(tr("Cycle %1 saved.").arg(c.name));
    reload(c.id);
    showCycle(c.id); // as saved, with no typing left for Ctrl+Z: it undoes the save
}

void CyclesEditor::remove()
{
    if (m_current.id == 0)
        return;
    if (auto status = CycleRepository(m_db).remove(m_current.id); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    Database* db = &m_db;
    ChangeCommand::push(m_session, tr("Delete cycle %1").arg(m_current.name),
        [db, cycle = m_current] { return CycleRepository(*db).restore(cycle); },
        [db, id = m_current.id] { return CycleRepository(*db).remove(id); });
    m_messageBar->showInformation(tr("Cycle %1 deleted.").arg(m_current.name));
    newCycle();
    reload();
}

} // namespace peerradar
