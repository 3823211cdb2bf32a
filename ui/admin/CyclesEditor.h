#pragma once

#include "domain/Types.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace peerradar {

class Database;
class DialogProvider;
class MessageBar;
class Session;

// HR edits cycles: named date ranges that profiles are read over and compared between; and releases
// them (domain/Rules.h anonymousGroupsFor), after saying what a second release could reveal.
class CyclesEditor final : public QWidget
{
    Q_OBJECT

public:
    CyclesEditor(Session& session, DialogProvider& dialogs, QWidget* parent = nullptr);

private:
    void reload(Id select = 0);
    void showCycle(Id id);
    void newCycle();
    void save();
    void remove();
    void release();
    // Whether the cycle shown is released, and what changed since.
    void showReleaseState();
    // After an undo or redo: the list and the cycle shown as they are in the file now.
    void showFileAgain();

    Session& m_session;
    DialogProvider& m_dialogs;
    Database& m_db;
    MessageBar* m_messageBar = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_releaseState = nullptr;
    QPushButton* m_release = nullptr;
    Cycle m_current;
};

} // namespace peerradar
