#pragma once

#include <QTabWidget>

namespace peerradar {

class Session;

// HR's tab: people, teams, cycles, the behavior framework and the file's anonymity settings,
// one editor each.
class AdminPage final : public QTabWidget
{
    Q_OBJECT

public:
    explicit AdminPage(Session& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void frameworkChanged();
};

} // namespace peerradar
