#pragma once

#include "domain/Types.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace peerradar {

class Database;
class MessageBar;
class PersonPicker;
class Session;

// HR edits teams: name and manager; a deleted team's members stay, in no team.
class TeamsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TeamsEditor(Session& session, QWidget* parent = nullptr);

    void reload(Id select = 0);

Q_SIGNALS:
    void teamsChanged();

private:
    void showTeam(Id id);
    void newTeam();
    void save();
    void remove();
    // After an undo or redo: the list and the team shown as they are in the file now.
    void showFileAgain();

    Session& m_session;
    Database& m_db;
    MessageBar* m_messageBar = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    PersonPicker* m_manager = nullptr;
    QPushButton* m_remove = nullptr;
    Team m_current;
};

} // namespace peerradar
