#include "app/Session.h"

#include "observations/ObservationStore.h"

#include <QTimer>
#include <QUndoStack>

namespace peerradar {

Session::Session(std::unique_ptr<Database> db, Person user, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_user(std::move(user))
{
    m_store = new ObservationStore(*m_db, m_user, this);
    m_undoStack = new QUndoStack(this);

    m_othersVersion = othersVersion();
    // Whoever announces a reset (an import through a worker's connection, too) has the views reload
    // already: take the version from there, so that the check does not announce it a second time.
    connect(m_store, &ObservationStore::reset, this, [this] {
        if (auto version = othersVersion())
            m_othersVersion = version;
    });
    m_othersTimer = new QTimer(this);
    m_othersTimer->setInterval(otherProgramsCheckMs);
    connect(m_othersTimer, &QTimer::timeout, this, &Session::checkForChangesElsewhere);
    m_othersTimer->start();
}

Session::~Session()
{
    // The undo commands refer to the store: delete them first.
    delete m_undoStack;
    delete m_store;
}

std::optional<qint64> Session::othersVersion()
{
    // Changes with every commit made through another connection, never with this one's own: SQLite's
    // data_version (one pragma, no table read), or the change notices a server sends.
    return m_db->othersChangeCount();
}

bool Session::checkForChangesElsewhere()
{
    const auto version = othersVersion();
    if (!version || version == m_othersVersion)
        return false;
    m_othersVersion = version;
    Q_EMIT m_store->reset(); // the reset handler above reads the same version again
    return true;
}

} // namespace peerradar
