#include "admin/FrameworkEditor.h"

#include "app/ChangeCommand.h"
#include "app/Session.h"
#include "common/DialogProvider.h"
#include "common/MessageBar.h"
#include "common/UndoHandOver.h"
#include "io/FrameworkCsv.h"
#include "storage/FrameworkRepository.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerradar {

FrameworkEditor::FrameworkEditor(Session& session, DialogProvider& dialogs, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("frameworkEditor"));
    m_messageBar = new MessageBar(this);
    m_framework = new QComboBox(this);
    m_framework->setObjectName(QStringLiteral("frameworkComboBox"));
    m_makeActive = new QPushButton(tr("Make &active"), this);
    auto* importButton = new QPushButton(tr("&Import CSV…"), this);
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), this);
    importButton->setObjectName(QStringLiteral("importFrameworkButton"));
    exportButton->setObjectName(QStringLiteral("exportFrameworkButton"));
    auto* frameworkLabel = new QLabel(tr("Fra&mework:"), this);
    frameworkLabel->setBuddy(m_framework);
    auto* top = new QHBoxLayout;
    top->addWidget(frameworkLabel);
    top->addWidget(m_framework, 1);
    top->addWidget(m_makeActive);
    top->addWidget(importButton);
    top->addWidget(exportButton);

    m_behaviors = new QListWidget(this);
    m_behaviors->setObjectName(QStringLiteral("behaviorsList"));
    m_behaviors->setAccessibleName(tr("Behaviors, in the order of the radar's axes"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("behaviorKeyEdit"));
    m_key->setToolTip(tr("A short identifier used in CSV files, for example \"influence\". It cannot change later."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("behaviorNameEdit"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("behaviorDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    auto* form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Name on the radar:"), m_name);
    form->addRow(tr("&What the observer saw:"), m_description);

    auto* newButton = new QPushButton(tr("New &behavior"), this);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(QStringLiteral("behaviorUpButton"));
    m_down = new QPushButton(tr("Mo&ve down"), this);
    m_down->setObjectName(QStringLiteral("behaviorDownButton"));
    m_retire = new QPushButton(tr("&Retire"), this);
    m_retire->setObjectName(QStringLiteral("behaviorRetireButton"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("behaviorDeleteButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { newButton, saveButton, m_up, m_down, m_retire, m_delete })
        buttons->addWidget(b);
    buttons->addStretch();

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_behaviors, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(top);
    layout->addLayout(columns);

    connect(m_framework, &QComboBox::currentIndexChanged, this, [this] { reloadBehaviors(); });
    connect(m_behaviors, &QListWidget::currentRowChanged, this, &FrameworkEditor::showBehavior);
    connect(m_makeActive, &QPushButton::clicked, this, &FrameworkEditor::makeActive);
    connect(importButton, &QPushButton::clicked, this, &FrameworkEditor::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &FrameworkEditor::exportCsv);
    connect(newButton, &QPushButton::clicked, this, [this] {
        newBehavior();
        m_key->setFocus(Qt::ShortcutFocusReason);
    });
    connect(saveButton, &QPushButton::clicked, this, &FrameworkEditor::saveBehavior);
    connect(m_name, &QLineEdit::returnPressed, this, &FrameworkEditor::saveBehavior);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_retire, &QPushButton::clicked, this, &FrameworkEditor::toggleRetired);
    connect(m_delete, &QPushButton::clicked, this, &FrameworkEditor::deleteBehavior);
    connect(&m_session, &Session::organisationChanged, this, &FrameworkEditor::showFileAgain);
    for (QWidget* field : { static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_description) })
        UndoHandOver::install(field);
    reloadFrameworks();
}

void FrameworkEditor::showFileAgain()
{
    const Id behavior = m_behavior.id;
    reloadFrameworks(currentFrameworkId());
    if (behavior != 0)
        reloadBehaviors(behavior);
    Q_EMIT frameworkChanged();
}

Status FrameworkEditor::saveOrder(Database& db, QList<Behavior> order)
{
    FrameworkRepository frameworks(db);
    return db.transaction([&]() -> Status {
        for (int i = 0; i < order.size(); ++i) {
            order[i].position = i;
            if (auto s = frameworks.updateBehavior(order[i]); !s)
                return s;
        }
        return {};
    });
}

Id FrameworkEditor::currentFrameworkId() const
{
    return m_framework->currentData().toLongLong();
}

void FrameworkEditor::reloadFrameworks(Id select)
{
    auto frameworks = FrameworkRepository(m_session.database()).all();
    if (!frameworks) {
        m_messageBar->showError(frameworks.error());
        return;
    }
    if (select == 0)
        select = currentFrameworkId();
    const QSignalBlocker blocker(m_framework);
    m_framework->clear();
    for (const Framework& f : *frameworks) {
        m_framework->addItem(f.active ? tr("%1 (active)").arg(f.name) : f.name, f.id);
        if (select == 0 ? f.active : f.id == select)
            m_framework->setCurrentIndex(m_framework->count() - 1);
    }
    reloadBehaviors();
}

void FrameworkEditor::reloadBehaviors(Id select)
{
    auto framework = FrameworkRepository(m_session.database()).byId(currentFrameworkId());
    if (!framework) {
        m_messageBar->showError(framework.error());
        return;
    }
    m_current = *framework;
    m_makeActive->setEnabled(!m_current.active);
    const QSignalBlocker blocker(m_behaviors);
    m_behaviors->clear();
    int selectRow = -1;
    for (const Behavior& b : m_current.behaviors) {
        auto* item = new QListWidgetItem(b.retired ? tr("%1 (retired)").arg(b.name) : b.name, m_behaviors);
        item->setToolTip(b.description);
        if (b.id == select)
            selectRow = m_behaviors->count() - 1;
    }
    m_behaviors->setCurrentRow(selectRow);
    if (selectRow >= 0)
        showBehavior(selectRow);
    else
        newBehavior();
}

void FrameworkEditor::showBehavior(int row)
{
    if (row < 0 || row >= m_current.behaviors.size())
        return;
    m_behavior = m_current.behaviors.at(row);
    m_key->setText(m_behavior.key);
    m_key->setReadOnly(true);
    m_name->setText(m_behavior.name);
    m_description->setPlainText(m_behavior.description);
    m_retire->setText(m_behavior.retired ? tr("&Reinstate") : tr("&Retire"));
    updateButtons();
}

void FrameworkEditor::updateButtons()
{
    // What acts on the selected behavior waits for one; a new behavior has no place to move yet.
    const int row = m_behavior.id != 0 ? m_behaviors->currentRow() : -1;
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_behaviors->count() - 1);
    m_retire->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
}

void FrameworkEditor::newBehavior()
{
    m_behavior = Behavior {};
    m_behavior.frameworkId = m_current.id;
    m_behavior.position = int(m_current.behaviors.size());
    m_behaviors->setCurrentRow(-1);
    m_key->setText(QString());
    m_key->setReadOnly(false);
    m_name->setText(QString()); // not clear(): no typing for Ctrl+Z to bring back (UndoHandOver)
    m_description->setPlainText(QString());
    updateButtons();
}

void FrameworkEditor::changed(const QString& message)
{
    m_messageBar->showInformation(message);
    if (m_current.active)
        Q_EMIT frameworkChanged();
}

void FrameworkEditor::saveBehavior()
{
    Behavior b = m_behavior;
    b.key = m_key->text().trimmed();
    b.name = m_name->text().trimmed();
    b.description = m_description->toPlainText().trimmed();
    FrameworkRepository frameworks(m_session.database());
    Status status;
    const Behavior before = m_behavior;
    if (b.id == 0) {
        auto id = frameworks.addBehavior(b);
        status = id ? Status() : Status(id.error());
        if (id)
            b.id = *id;
    } else {
        status = frameworks.updateBehavior(b);
    }
    if (!status) {
        m_messageBar->showError(status.error());
        (b.id == 0 && status.error().message.contains(tr("key"), Qt::CaseInsensitive) ? m_key : m_name)->setFocus();
        return;
    }
    Database* db = &m_session.database();
    if (before.id == 0)
        ChangeCommand::push(m_session, tr("Add behavior %1").arg(b.name),
            [db, id = b.id] { return FrameworkRepository(*db).removeBehavior(id); },
            [db, b] { return FrameworkRepository(*db).restoreBehavior(b); });
    else
        ChangeCommand::push(m_session, tr("Edit behavior %1").arg(b.name),
            [db, before] { return FrameworkRepository(*db).updateBehavior(before); },
            [db, b] { return FrameworkRepository(*db).updateBehavior(b); });
    reloadBehaviors(b.id);
    changed(tr("Behavior %1 saved.").arg(b.name));
}

void FrameworkEditor::move(int delta)
{
    const int row = m_behaviors->currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_current.behaviors.size())
        return;
    const QList<Behavior> before = m_current.behaviors;
    QList<Behavior> order = before;
    order.swapItemsAt(row, other);
    if (auto status = saveOrder(m_session.database(), order); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    Database* db = &m_session.database();
    ChangeCommand::push(m_session, tr("Move behavior %1").arg(order.at(other).name),
        [db, before] { return saveOrder(*db, before); }, [db, order] { return saveOrder(*db, order); });
    reloadBehaviors(order.at(other).id);
    changed(tr("Order saved."));
}

void FrameworkEditor::toggleRetired()
{
    if (m_behavior.id == 0)
        return;
    if (auto status = FrameworkRepository(m_session.database()).setRetired(m_behavior.id, !m_behavior.retired); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    const QString name = m_behavior.name;
    const bool wasRetired = m_behavior.retired;
    Database* db = &m_session.database();
    ChangeCommand::push(m_session, wasRetired ? tr("Reinstate behavior %1").arg(name) : tr("Retire behavior %1").arg(name),
        [db, id = m_behavior.id, wasRetired] { return FrameworkRepository(*db).setRetired(id, wasRetired); },
        [db, id = m_behavior.id, wasRetired] { return FrameworkRepository(*db).setRetired(id, !wasRetired); });
    reloadBehaviors(m_behavior.id);
    changed(wasRetired ? tr("%1 is offered again for new observations.").arg(name)
                       : tr("%1 is retired: kept for history, no longer offered for new observations.").arg(name));
}

void FrameworkEditor::deleteBehavior()
{
    if (m_behavior.id == 0)
        return;
    if (auto status = FrameworkRepository(m_session.database()).removeBehavior(m_behavior.id); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    Database* db = &m_session.database();
    ChangeCommand::push(m_session, tr("Delete behavior %1").arg(m_behavior.name),
        [db, behavior = m_behavior] { return FrameworkRepository(*db).restoreBehavior(behavior); },
        [db, id = m_behavior.id] { return FrameworkRepository(*db).removeBehavior(id); });
    const QString name = m_behavior.name;
    reloadBehaviors();
    changed(tr("Behavior %1 deleted.").arg(name));
}

void FrameworkEditor::makeActive()
{
    auto previous = FrameworkRepository(m_session.database()).active();
    if (!previous) {
        m_messageBar->showError(previous.error());
        return;
    }
    if (auto status = FrameworkRepository(m_session.database()).setActive(m_current.id); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    Database* db = &m_session.database();
    ChangeCommand::push(m_session, tr("Make %1 active").arg(m_current.name),
        [db, id = previous->id] { return FrameworkRepository(*db).setActive(id); },
        [db, id = m_current.id] { return FrameworkRepository(*db).setActive(id); });
    reloadFrameworks(m_current.id);
    m_messageBar->showInformation(tr("New observations now use %1.").arg(m_current.name));
    Q_EMIT frameworkChanged();
}

void FrameworkEditor::importCsv()
{
    const QString path = m_dialogs.openFileName(this, tr("Import a framework"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messageBar->showError(makeError(ErrorCode::Io, tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString())));
        return;
    }
    auto behaviors = readFrameworkCsv(&file);
    if (!behaviors) {
        m_messageBar->showError(behaviors.error());
        return;
    }
    Framework framework;
    framework.name = QFileInfo(path).completeBaseName();
    framework.behaviors = *behaviors;
    auto id = FrameworkRepository(m_session.database()).addFramework(framework);
    if (!id) {
        m_messageBar->showError(id.error());
        return;
    }
    reloadFrameworks(*id);
    m_messageBar->showInformation(
        tr("Framework %1 added with %n behavior(s). Make it active to use it.", nullptr, int(behaviors->size())).arg(framework.name));
}

void FrameworkEditor::exportCsv()
{
    const QString path = m_dialogs.saveFileName(this, tr("Export the framework"),
        m_current.name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_messageBar->showError(makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString())));
        return;
    }
    if (auto status = writeFrameworkCsv(&file, m_current.behaviors); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    m_messageBar->showInformation(tr("Framework written to %1.").arg(QFileInfo(path).fileName()));
}

} // namespace peerradar
