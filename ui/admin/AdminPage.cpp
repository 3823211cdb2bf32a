#include "admin/AdminPage.h"

#include "admin/CyclesEditor.h"
#include "admin/DatabaseSettingsEditor.h"
#include "admin/FrameworkEditor.h"
#include "admin/PeopleEditor.h"
#include "admin/TeamsEditor.h"
#include "app/Session.h"

namespace peerradar {

AdminPage::AdminPage(Session& session, DialogProvider& dialogs, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("adminTabs"));
    setAccessibleName(tr("Organisation pages"));
    auto* people = new PeopleEditor(session, dialogs, this);
    auto* teams = new TeamsEditor(session, this);
    auto* framework = new FrameworkEditor(session, dialogs, this);
    addTab(people, tr("People"));
    addTab(teams, tr("Teams"));
    addTab(new CyclesEditor(session, dialogs, this), tr("Cycles"));
    addTab(framework, tr("Framework"));
    addTab(new DatabaseSettingsEditor(session, this), tr("Anonymity"));
    connect(framework, &FrameworkEditor::frameworkChanged, this, &AdminPage::frameworkChanged);
    // Teams appear in the people editor's team list.
    connect(teams, &TeamsEditor::teamsChanged, people, &PeopleEditor::reloadTeams);
    connect(this, &QTabWidget::currentChanged, this, [people, teams](int) {
        people->reloadTeams();
        teams->reload();
    });
}

} // namespace peerradar
