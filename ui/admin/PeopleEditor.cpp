#include "admin/PeopleEditor.h"

#include "analytics/Profile.h"
#include "app/ChangeCommand.h"
#include "app/Session.h"
#include "common/DialogProvider.h"
#include "common/EnterSubmits.h"
#include "common/MessageBar.h"
#include "common/PersonPicker.h"
#include "common/UndoHandOver.h"
#include "common/SearchableComboBox.h"
#include "observations/ObservationStore.h"
#include "storage/PeopleRepository.h"
#include "storage/Stewardship.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerradar {

PeopleEditor::PeopleEditor(Session& session, DialogProvider& dialogs, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("peopleEditor"));
    m_messageBar = new MessageBar(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("peopleSearchEdit"));
    m_search->setPlaceholderText(tr("Find a person"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setAccessibleName(tr("People"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("personEmailEdit"));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("personTeamComboBox"));
    makeSearchable(m_team, tr("Team"));
    m_manager = new PersonPicker(session.database(), this);
    m_manager->setObjectName(QStringLiteral("personManagerComboBox"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("personRoleComboBox"));
    for (Role role : { Role::Member, Role::Manager, Role::Hr })
        m_role->addItem(roleDisplayName(role), int(role));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ema&il:"), m_email);
    form->addRow(tr("Te&am:"), m_team);
    form->addRow(tr("&Manager:"), m_manager);
    form->addRow(tr("&Role:"), m_role);
    auto* newButton = new QPushButton(tr("Ne&w person"), this);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("savePersonButton"));
    // Created in the order they stand in, which is the Tab order.
    m_export = new QPushButton(tr("E&xport their data…"), this);
    m_remove = new QPushButton(tr("Remo&ve (has left)…"), this);
    m_remove->setObjectName(QStringLiteral("removePersonButton"));
    m_export->setObjectName(QStringLiteral("exportPersonDataButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(saveButton);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_remove);

    auto* left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(columns);

    connect(m_search, &QLineEdit::textChanged, this, [this] { reloadList(m_current.id); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showPerson(item->data(Qt::UserRole).toLongLong());
    });
    connect(newButton, &QPushButton::clicked, this, &PeopleEditor::newPerson);
    connect(saveButton, &QPushButton::clicked, this, &PeopleEditor::save);
    EnterSubmits::install({ m_name, m_email, m_team, m_manager, m_role }, [this] { save(); });
    for (QWidget* field : { static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_manager) })
        UndoHandOver::install(field);
    connect(m_remove, &QPushButton::clicked, this, &PeopleEditor::removePerson);
    connect(m_export, &QPushButton::clicked, this, &PeopleEditor::exportData);
    connect(&m_session, &Session::organisationChanged, this, &PeopleEditor::showFileAgain);
    reloadTeams();
    reloadList();
    newPerson();
}

void PeopleEditor::showFileAgain()
{
    reloadTeams();
    reloadList(m_current.id);
    if (m_current.id != 0 && PeopleRepository(m_session.database()).byId(m_current.id))
        showPerson(m_current.id);
    else
        newPerson();
}

void PeopleEditor::reloadTeams()
{
    const QVariant previous = m_team->currentData();
    m_team->clear();
    m_team->addItem(tr("(no team)"), Id(0));
    if (auto teams = PeopleRepository(m_session.database()).teams())
        for (const Team& t : *teams)
            m_team->addItem(t.name, t.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(previous)));
}

void PeopleEditor::reloadList(Id select)
{
    PeopleRepository people(m_session.database());
    const QString text = m_search->text().trimmed();
    auto found = text.isEmpty() ? people.all() : people.search(text, 500);
    if (!found) {
        m_messageBar->showError(found.error());
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Person& p : *found) {
        auto* item = new QListWidgetItem(PersonPicker::displayText(p), m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == select)
            m_list->setCurrentItem(item);
    }
}

void PeopleEditor::showPerson(Id id)
{
    auto person = PeopleRepository(m_session.database()).byId(id);
    if (!person) {
        m_messageBar->showError(person.error());
        return;
    }
    m_current = *person;
    m_name->setText(m_current.name);
    m_email->setText(m_current.email);
    m_team->setCurrentIndex(std::max(0, m_team->findData(m_current.teamId)));
    std::optional<Person> manager;
    if (m_current.managerId != 0)
        if (auto m = PeopleRepository(m_session.database()).byId(m_current.managerId))
            manager = *m;
    m_manager->setPerson(manager);
    m_role->setCurrentIndex(m_role->findData(int(m_current.role)));
    m_remove->setEnabled(true);
    m_export->setEnabled(true);
}

void PeopleEditor::newPerson()
{
    m_current = Person {};
    m_list->setCurrentItem(nullptr);
    m_name->setText(QString()); // not clear(): no typing for Ctrl+Z to bring back (UndoHandOver)
    m_email->setText(QString());
    m_team->setCurrentIndex(0); // (no team): nothing of the person shown before stays
    m_manager->clearPerson();
    m_role->setCurrentIndex(0);
    m_remove->setEnabled(false);
    m_export->setEnabled(false);
    m_name->setFocus();
}

void PeopleEditor::save()
{
    Person p = m_current;
    p.name = m_name->text().trimmed();
    p.email = m_email->text().trimmed();
    p.teamId = m_team->currentData().toLongLong();
    const auto manager = m_manager->person();
    if (!m_manager->currentText().trimmed().isEmpty() && !manager) {
        m_messageBar->showError(makeError(ErrorCode::Invalid, tr("Pick the manager from the list, or leave the field empty.")));
        m_manager->setFocus();
        return;
    }
    p.managerId = manager ? manager->id : 0;
    p.role = Role(m_role->currentData().toInt());
    PeopleRepository people(m_session.database());
    Status status;
    const Person before = m_current;
    if (p.id == 0) {
        auto id = people.add(p);
        status = id ? Status() : Status(id.error());
        if (id)
            p.id = *id;
    } else {
        status = people.update(p);
    }
    if (status) {
        Database* db = &m_session.database();
        if (before.id == 0)
            ChangeCommand::push(m_session, tr("Add person %1").arg(p.name),
                [db, id = p.id] { return PeopleRepository(*db).removeUnreferenced(id); },
                [db, p] { return PeopleRepository(*db).restore(p); });
        else
            ChangeCommand::push(m_session, tr("Edit person %1").arg(p.name),
                [db, before] { return PeopleRepository(*db).update(before); },
                [db, p] { return PeopleRepository(*db).update(p); });
    }
    if (!status) {
        m_messageBar->showError(status.error());
        // Focus the field the message is about, where that is clear.
        (status.error().message.contains(tr("email"), Qt::CaseInsensitive) ? m_email : m_name)->setFocus();
        return;
    }
    m_messageBar->showInformation(tr("%1 saved.").arg(p.name));
    m_current = p;
    reloadList(p.id);
    showPerson(p.id); // as saved, with no typing left for Ctrl+Z: it undoes the save
}

void PeopleEditor::removePerson()
{
    if (m_current.id == 0)
        return;
    const bool confirmed = m_dialogs.confirm(this, tr("Remove %1?").arg(m_current.name),
        tr("%1 has left the organisation? What others said about them will be deleted; what they said about others "
           "stays under an anonymous name. This cannot be undone.")
            .arg(m_current.name),
        tr("Remove"));
    if (!confirmed)
        return;
    if (auto status = Stewardship(m_session.database()).removePerson(m_current.id, m_session.user()); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    m_messageBar->showInformation(tr("%1 was removed.").arg(m_current.name));
    Q_EMIT m_session.observations().reset();
    reloadList();
    newPerson();
}

void PeopleEditor::exportData()
{
    if (m_current.id == 0)
        return;
    const QString path = m_dialogs.saveFileName(this, tr("Export %1's data").arg(m_current.name),
        tr("%1 data.json").arg(m_current.name), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto personData = exportPersonData(m_session.database(), m_current.id);
    if (!personData) {
        m_messageBar->showError(personData.error());
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(*personData).toJson()) < 0) {
        m_messageBar->showError(makeError(ErrorCode::Io, tr("The file could not be written: %1").arg(file.errorString())));
        return;
    }
    m_messageBar->showInformation(tr("%1's data was written to %2.").arg(m_current.name, path));
}

} // namespace peerradar
