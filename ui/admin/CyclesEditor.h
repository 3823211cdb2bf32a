#pragma once

#include "domain/Types.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace peerradar {

class Database;
class MessageBar;
class Session;

// HR edits cycles: named date ranges that profiles are read over and compared between.
class CyclesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CyclesEditor(Session& session, QWidget* parent = nullptr);

private:
    void reload(Id select = 0);
    void showCycle(Id id);
    void newCycle();
    void save();
    void remove();
    // After an undo or redo: the list and the cycle shown as they are in the file now.
    void showFileAgain();

    Session& m_session;
    Database& m_db;
    MessageBar* m_messageBar = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QPushButton* m_remove = nullptr;
    Cycle m_current;
};

} // namespace peerradar
