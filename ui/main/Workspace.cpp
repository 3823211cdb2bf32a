#include "main/Workspace.h"

#include "admin/AdminPage.h"
#include "app/Session.h"
#include "observations/LogObservationPage.h"
#include "observations/ObservationsPage.h"
#include "profile/ProfileView.h"
#include "team/TeamView.h"

namespace peerradar {

Workspace::Workspace(Session& session, std::shared_ptr<DialogProvider> dialogs, QWidget* parent)
    : QTabWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("workspaceTabs"));
    setDocumentMode(true);
    setAccessibleName(tr("Pages"));
    m_log = new LogObservationPage(session.observations(), session.undoStack(), this);
    addTab(m_log, tr("&Log observation"));
    m_observations = new ObservationsPage(session.observations(), session.undoStack(), this);
    addTab(m_observations, session.isHr() ? tr("&Observations") : tr("My &observations"));

    auto* profile = new ProfileView(session, this);
    profile->setDialogProvider(dialogs);
    addTab(profile, tr("&Profile")); // everyone (own profile)
    if (session.isManager() || session.isHr()) {
        auto* team = new TeamView(session, this);
        team->setDialogProvider(dialogs);
        addTab(team, tr("&Team"));
    }

    if (session.isHr()) {
        m_admin = new AdminPage(session, *dialogs, this);
        addTab(m_admin, tr("Or&ganisation"));
        connect(m_admin, &AdminPage::frameworkChanged, this, &Workspace::reloadFramework);
    }
}

void Workspace::reloadFramework()
{
    m_log->reloadBehaviors();
    m_observations->reloadBehaviors();
}

} // namespace peerradar
