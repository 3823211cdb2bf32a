#include "observations/ObservationsPage.h"

#include "common/FittingTextDelegate.h"
#include "common/MessageBar.h"
#include "observations/EditObservationDialog.h"
#include "observations/ObservationCommands.h"
#include "observations/ObservationFilterBar.h"
#include "observations/ObservationStore.h"
#include "observations/ObservationTableModel.h"
#include "storage/Database.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace peerradar {

ObservationsPage::ObservationsPage(ObservationStore& store, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent), m_store(store), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("observationsPage"));
    m_messageBar = new MessageBar(this);
    m_filterBar = new ObservationFilterBar(store.database(), this);
    m_model = new ObservationTableModel(store, this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("observationsTableView"));
    m_view->setAccessibleName(tr("Observations"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new FittingTextDelegate(m_view)); // long notes: shape only what shows
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("observationCountLabel"));
    // Created in the order they stand in, which is the Tab order.
    m_hideNote = new QPushButton(tr("Hide &note"), this);
    m_hideNote->setObjectName(QStringLiteral("hideNoteButton"));
    m_hideNote->setVisible(store.actor().role == Role::Hr);
    m_edit = new QPushButton(tr("Ed&it…"), this);
    m_edit->setObjectName(QStringLiteral("editObservationButton"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteObservationButton"));

    // Keyboard paths inside the table: Enter edits, Delete deletes.
    auto* editAction = new QAction(this);
    editAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    editAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(editAction);
    auto* deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_hideNote);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_filterBar, &ObservationFilterBar::filterChanged, m_model, &ObservationTableModel::setFilter);
    connect(m_model, &ObservationTableModel::totalCountChanged, this, &ObservationsPage::updateCount);
    connect(m_model, &ObservationTableModel::searchingChanged, this, [this] { updateCount(m_model->totalCount()); });
    connect(m_model, &ObservationTableModel::loadFailed, m_messageBar, &MessageBar::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ObservationsPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &ObservationsPage::editCurrent);
    connect(editAction, &QAction::triggered, this, &ObservationsPage::editCurrent);
    connect(deleteAction, &QAction::triggered, this, &ObservationsPage::deleteCurrent);
    connect(m_edit, &QPushButton::clicked, this, &ObservationsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ObservationsPage::deleteCurrent);
    connect(m_hideNote, &QPushButton::clicked, this, &ObservationsPage::toggleNoteHidden);
    updateCount(m_model->totalCount());
    updateButtons();
}

void ObservationsPage::showEvent(QShowEvent* event)
{
    // The view gets its model when first shown: a hidden view would keep fetching rows it
    // cannot display.
    if (!m_view->model()) {
        m_view->setModel(m_model);
        m_view->horizontalHeader()->setSortIndicator(ObservationTableModel::DateColumn, Qt::DescendingOrder);
        m_view->setSortingEnabled(true);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ObservationsPage::updateButtons);
        m_view->setColumnWidth(ObservationTableModel::DateColumn, 100);
        m_view->setColumnWidth(ObservationTableModel::ObserverColumn, 160);
        m_view->setColumnWidth(ObservationTableModel::SubjectColumn, 160);
        m_view->setColumnWidth(ObservationTableModel::BehaviorColumn, 170);
        m_view->setColumnWidth(ObservationTableModel::ImpactColumn, 60);
        m_view->setColumnWidth(ObservationTableModel::RaterGroupColumn, 150);
    }
    QWidget::showEvent(event);
}

void ObservationsPage::reloadBehaviors()
{
    m_filterBar->reloadBehaviors();
}

qint64 ObservationsPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ObservationTableModel::ObservationIdRole).toLongLong() : 0;
}

void ObservationsPage::updateCount(qint64 total)
{
    const int shown = int(std::min<qint64>(total, INT_MAX));
    if (!m_model->isSearching())
        m_count->setText(tr("%n observation(s)", nullptr, shown));
    else if (total == 0)
        m_count->setText(tr("Searching…"));
    else
        m_count->setText(tr("%n observation(s) so far, still searching…", nullptr, shown));
}

void ObservationsPage::updateButtons()
{
    const QModelIndex current = m_view->model() ? m_view->currentIndex() : QModelIndex();
    // A read-only session (MainWindow's banner says why) changes nothing: no button offers to.
    const bool writable = !m_store.database().isReadOnly();
    const bool mayChange = writable && current.isValid()
        && (m_store.actor().role == Role::Hr
            || current.data(ObservationTableModel::ObserverIdRole).toLongLong() == m_store.actor().id);
    m_edit->setEnabled(mayChange);
    m_delete->setEnabled(mayChange);
    m_hideNote->setEnabled(writable && current.isValid());
    m_hideNote->setText(current.isValid() && current.data(ObservationTableModel::NoteHiddenRole).toBool()
            ? tr("Show &note")
            : tr("Hide &note"));
}

void ObservationsPage::editCurrent()
{
    const qint64 id = currentId();
    if (id == 0 || !m_edit->isEnabled()) // also Enter in the table
        return;
    auto observation = m_store.byId(id);
    if (!observation) {
        m_messageBar->showError(observation.error());
        return;
    }
    if (auto allowed = ObservationRepository::checkMayChange(*observation, m_store.actor()); !allowed) {
        m_messageBar->showError(allowed.error());
        return;
    }
    auto observer = PeopleRepository(m_store.database()).byId(observation->observerId);
    EditObservationDialog dialog(m_store, m_undoStack, *observation, observer ? *observer : m_store.actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_messageBar->showInformation(tr("Observation changed. Ctrl+Z undoes it."));
    updateButtons();
}

void ObservationsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (id == 0 || !m_delete->isEnabled()) // also the Delete key in the table
        return;
    const int row = m_view->currentIndex().row();
    auto removed = m_store.remove(id);
    if (!removed) {
        m_messageBar->showError(removed.error());
        return;
    }
    m_undoStack.push(new DeleteObservationCommand(m_store, *removed));
    m_messageBar->showInformation(tr("Observation deleted. Ctrl+Z brings it back."));
    m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    updateButtons();
}

void ObservationsPage::toggleNoteHidden()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const bool hidden = current.data(ObservationTableModel::NoteHiddenRole).toBool();
    if (auto status = m_store.setNoteHidden(currentId(), !hidden); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    m_undoStack.push(new NoteHiddenCommand(m_store, currentId(), !hidden));
    m_messageBar->showInformation(hidden ? tr("The note is shown again.")
                                         : tr("The note is hidden from every view and export; the figures stay."));
    updateButtons();
}

} // namespace peerradar
