#pragma once

#include "domain/Types.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace peerradar {

class MessageBar;
class PersonPicker;
class DialogProvider;
class Session;

// HR edits the people of the file: name, email, team, manager and role; removes someone who has
// left (after confirming) and exports a person's own data.
class PeopleEditor final : public QWidget
{
    Q_OBJECT

public:
    PeopleEditor(Session& session, DialogProvider& dialogs, QWidget* parent = nullptr);

    void reloadTeams();

private:
    void reloadList(Id select = 0);
    // After an undo or redo: the lists and the person shown as they are in the file now.
    void showFileAgain();
    void showPerson(Id id);
    void newPerson();
    void save();
    void removePerson();
    void exportData();

    Session& m_session;
    DialogProvider& m_dialogs;
    MessageBar* m_messageBar = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_team = nullptr;
    PersonPicker* m_manager = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_export = nullptr;
    Person m_current;
};

} // namespace peerradar
