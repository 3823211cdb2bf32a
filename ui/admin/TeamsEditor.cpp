#include "admin/TeamsEditor.h"

#include "app/ChangeCommand.h"
#include "app/Session.h"
#include "common/EnterSubmits.h"
#include "common/MessageBar.h"
#include "common/PersonPicker.h"
#include "common/UndoHandOver.h"
#include "storage/PeopleRepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerradar {

TeamsEditor::TeamsEditor(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_db(session.database())
{
    Database& db = m_db;
    setObjectName(QStringLiteral("teamsEditor"));
    m_messageBar = new MessageBar(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("teamsList"));
    m_list->setAccessibleName(tr("Teams"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("teamNameEdit"));
    m_manager = new PersonPicker(db, this);
    m_manager->setObjectName(QStringLiteral("teamManagerComboBox"));
    auto* form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Manager:"), m_manager);
    auto* newButton = new QPushButton(tr("&New team"), this);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    m_remove = new QPushButton(tr("&Delete team"), this);
    m_remove->setObjectName(QStringLiteral("deleteTeamButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(saveButton);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(columns);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showTeam(item->data(Qt::UserRole).toLongLong());
    });
    // The empty form, ready for the new team's name (never the selected team's).
    connect(newButton, &QPushButton::clicked, this, [this] {
        newTeam();
        m_name->setFocus(Qt::ShortcutFocusReason);
    });
    connect(saveButton, &QPushButton::clicked, this, &TeamsEditor::save);
    EnterSubmits::install({ m_name, m_manager }, [this] { save(); });
    for (QWidget* field : { static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_manager) })
        UndoHandOver::install(field);
    connect(m_remove, &QPushButton::clicked, this, &TeamsEditor::remove);
    connect(&m_session, &Session::organisationChanged, this, &TeamsEditor::showFileAgain);
    reload();
    newTeam();
}

void TeamsEditor::showFileAgain()
{
    reload();
    if (m_current.id != 0 && PeopleRepository(m_db).teamById(m_current.id))
        showTeam(m_current.id);
    else
        newTeam();
    Q_EMIT teamsChanged();
}

void TeamsEditor::reload(Id select)
{
    auto teams = PeopleRepository(m_db).teams();
    if (!teams) {
        m_messageBar->showError(teams.error());
        return;
    }
    const QSignalBlocker blocker(m_list);
    if (select == 0)
        select = m_current.id;
    m_list->clear();
    for (const Team& t : *teams) {
        auto* item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == select)
            m_list->setCurrentItem(item);
    }
}

void TeamsEditor::showTeam(Id id)
{
    PeopleRepository people(m_db);
    auto team = people.teamById(id);
    if (!team) {
        m_messageBar->showError(team.error());
        return;
    }
    m_current = *team;
    m_name->setText(m_current.name);
    std::optional<Person> manager;
    if (m_current.managerId != 0)
        if (auto m = people.byId(m_current.managerId))
            manager = *m;
    m_manager->setPerson(manager);
    m_remove->setEnabled(true);
}

void TeamsEditor::newTeam()
{
    m_current = Team {};
    m_list->setCurrentItem(nullptr);
    m_name->setText(QString()); // not clear(): no typing for Ctrl+Z to bring back (UndoHandOver)
    m_manager->clearPerson();
    m_remove->setEnabled(false);
}

void TeamsEditor::save()
{
    Team t = m_current;
    t.name = m_name->text().trimmed();
    const auto manager = m_manager->person();
    if (!m_manager->currentText().trimmed().isEmpty() && !manager) {
        m_messageBar->showError(makeError(ErrorCode::Invalid, tr("Pick the manager from the list, or leave the field empty.")));
        m_manager->setFocus();
        return;
    }
    t.managerId = manager ? manager->id : 0;
    PeopleRepository people(m_db);
    Status status;
    const Team before = m_current;
    if (t.id == 0) {
        auto id = people.addTeam(t);
        status = id ? Status() : Status(id.error());
        if (id)
            t.id = *id;
    } else {
        status = people.updateTeam(t);
    }
    if (!status) {
        m_messageBar->showError(status.error());
        m_name->setFocus();
        return;
    }
    Database* db = &m_db;
    if (before.id == 0)
        ChangeCommand::push(m_session, tr("Add team %1").arg(t.name),
            [db, id = t.id] { return PeopleRepository(*db).removeTeam(id); },
            [db, t] { return PeopleRepository(*db).restoreTeam(t); });
    else
        ChangeCommand::push(m_session, tr("Edit team %1").arg(t.name),
            [db, before] { return PeopleRepository(*db).updateTeam(before); },
            [db, t] { return PeopleRepository(*db).updateTeam(t); });
    m_current = t;
    m_messageBar->showInformation(tr("Team %1 saved.").arg(t.name));
    reload(t.id);
    showTeam(t.id); // as saved, with no typing left for Ctrl+Z: it undoes the save
    Q_EMIT teamsChanged();
}

void TeamsEditor::remove()
{
    if (m_current.id == 0)
        return;
    // Undoing brings the team back with its members.
    auto members = PeopleRepository(m_db).membersOf(m_current.id);
    if (!members) {
        m_messageBar->showError(members.error());
        return;
    }
    if (auto status = PeopleRepository(m_db).removeTeam(m_current.id); !status) {
        m_messageBar->showError(status.error());
        return;
    }
    Database* db = &m_db;
    ChangeCommand::push(m_session, tr("Delete team %1").arg(m_current.name),
        [db, team = m_current, members = *members] {
            PeopleRepository people(*db);
            Status status = people.restoreTeam(team);
            for (qsizetype i = 0; status && i < members.size(); ++i)
                status = people.update(members.at(i));
            return status;
        },
        [db, id = m_current.id] { return PeopleRepository(*db).removeTeam(id); });
    m_messageBar->showInformation(tr("Team %1 deleted; its members are now in no team.").arg(m_current.name));
    newTeam();
    reload();
    Q_EMIT teamsChanged();
}

} // namespace peerradar
