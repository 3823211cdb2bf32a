#include "app/Session.h"

#include "observations/ObservationStore.h"

#include <QUndoStack>

namespace peerradar {

Session::Session(std::unique_ptr<Database> db, Person user, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_user(std::move(user))
{
    m_store = new ObservationStore(*m_db, m_user, this);
    m_undoStack = new QUndoStack(this);
}

Session::~Session()
{
    // The undo commands refer to the store: delete them first.
    delete m_undoStack;
    delete m_store;
}

} // namespace peerradar
