#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

class QTimer;
class QUndoStack;

namespace peerradar {

class ObservationStore;

// One open file and the person using it: the database, who they are, the store that announces
// changes to observations, and the undo history. Closing the file ends the session.
// Another program (or another copy of this one) may save to the same file or server database: the
// session notices within a second and announces it through ObservationStore::reset, so that every
// view refreshes without the file being reopened.
class Session final : public QObject
{
    Q_OBJECT

public:
    static constexpr int otherProgramsCheckMs = 1000;

    Session(std::unique_ptr<Database> db, Person user, QObject* parent = nullptr);
    ~Session() override;

    Database& database() { return *m_db; }
    const Person& user() const { return m_user; }
    ObservationStore& observations() { return *m_store; }
    QUndoStack& undoStack() { return *m_undoStack; }
    QString path() const { return m_db->path(); }

    bool isHr() const { return m_user.role == Role::Hr; }
    bool isManager() const { return m_user.role == Role::Manager; }

    // Looks now whether another connection committed since the last look (the timer does it every
    // otherProgramsCheckMs); if so, announces it. True when it did.
    bool checkForChangesElsewhere();

Q_SIGNALS:
    // An HR change to the organisation (people, teams, cycles, framework, thresholds) was undone or
    // redone through the undo stack: the editors show the file's state again.
    void organisationChanged();

private:
    std::optional<qint64> othersVersion();

    std::unique_ptr<Database> m_db;
    Person m_user;
    ObservationStore* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QTimer* m_othersTimer = nullptr;
    std::optional<qint64> m_othersVersion;
};

} // namespace peerradar
