#pragma once

#include <QTabWidget>

#include <memory>

namespace peerradar {

class AdminPage;
class DialogProvider;
class LogObservationPage;
class ObservationsPage;
class Session;

// The tabs of an open file, chosen by the user's role (PRODUCT.md): everyone logs and lists what
// they logged; managers and HR also read profiles and teams; HR looks after the organisation.
class Workspace final : public QTabWidget
{
    Q_OBJECT

public:
    Workspace(Session& session, std::shared_ptr<DialogProvider> dialogs, QWidget* parent = nullptr);

    LogObservationPage* logPage() const { return m_log; }
    ObservationsPage* observationsPage() const { return m_observations; }
    AdminPage* adminPage() const { return m_admin; }

    // The behavior framework changed: forms and filters offer its behaviors.
    void reloadFramework();

private:
    Session& m_session;
    LogObservationPage* m_log = nullptr;
    ObservationsPage* m_observations = nullptr;
    AdminPage* m_admin = nullptr;
};

} // namespace peerradar
