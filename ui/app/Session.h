#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace peerradar {

class ObservationStore;

// One open file and the person using it: the database, who they are, the store that announces
// changes to observations, and the undo history. Closing the file ends the session.
class Session final : public QObject
{
    Q_OBJECT

public:
    Session(std::unique_ptr<Database> db, Person user, QObject* parent = nullptr);
    ~Session() override;

    Database& database() { return *m_db; }
    const Person& user() const { return m_user; }
    ObservationStore& observations() { return *m_store; }
    QUndoStack& undoStack() { return *m_undoStack; }
    QString path() const { return m_db->path(); }

    bool isHr() const { return m_user.role == Role::Hr; }
    bool isManager() const { return m_user.role == Role::Manager; }

private:
    std::unique_ptr<Database> m_db;
    Person m_user;
    ObservationStore* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace peerradar
