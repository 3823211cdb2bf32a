#include "start/FirstPersonDialog.h"

#include "common/MessageBar.h"
#include "start/FileTrust.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace peerradar {

FirstPersonDialog::FirstPersonDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Set up your team file"));
    auto* intro = new QLabel(tr("This file is new. Start with yourself: you will look after the file (the HR role) "
                                "and can add everyone else afterwards."),
        this);
    intro->setWordWrap(true);
    m_messageBar = new MessageBar(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstNameEdit"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("firstEmailEdit"));
    m_team = new QLineEdit(this);
    m_team->setObjectName(QStringLiteral("firstTeamEdit"));
    m_team->setPlaceholderText(tr("for example: Platform"));
    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &email:"), m_email);
    form->addRow(tr("Your &team:"), m_team);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstPersonDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!db.isServer()) // a server's logins are its protection
        layout->addWidget(FileTrust::makeNote(FileTrust::newFileText(), this));
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void FirstPersonDialog::accept()
{
    PeopleRepository people(m_db);
    Person person;
    person.name = m_name->text().trimmed();
    person.email = m_email->text().trimmed();
    person.role = Role::Hr;
    Team team;
    team.name = m_team->text().trimmed();
    auto status = m_db.transaction([&]() -> Status {
        if (!team.name.isEmpty()) {
            auto teamId = people.addTeam(team);
            if (!teamId)
                return teamId.error();
            person.teamId = *teamId;
        }
        auto personId = people.add(person);
        if (!personId)
            return personId.error();
        person.id = *personId;
        return {};
    });
    if (!status) {
        m_messageBar->showError(status.error());
        return;
    }
    m_person = person;
    QDialog::accept();
}

} // namespace peerradar
