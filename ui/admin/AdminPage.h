#pragma once

#include <QTabWidget>

namespace peerradar {

class DialogProvider;
class Session;

// HR's tab: people, teams, cycles, the behavior framework and the file's anonymity settings,
// one editor each.
class AdminPage final : public QTabWidget
{
    Q_OBJECT

public:
    AdminPage(Session& session, DialogProvider& dialogs, QWidget* parent = nullptr);

Q_SIGNALS:
    void frameworkChanged();
};

} // namespace peerradar
