#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QObject>

namespace peerradar {

class Database;

// The one place the windows change observations. It calls the core repository (which checks who
// may change what) and announces each change, so that every list updates just the rows involved.
class ObservationStore final : public QObject
{
    Q_OBJECT

public:
    ObservationStore(Database& db, Person actor, QObject* parent = nullptr);

    const Person& actor() const { return m_actor; }
    Database& database() { return m_db; }

    Result<Id> log(Observation& observation); // observerId is set to the actor
    Status update(const Observation& observation);
    Result<Observation> remove(Id id);
    Status restore(const Observation& observation);
    Status setNoteHidden(Id id, bool hidden);
    Result<Observation> byId(Id id) const;

Q_SIGNALS:
    void added(peerradar::Id id);
    void changed(peerradar::Id id);
    void removed(peerradar::Id id);
    // Everything may have changed (an import, or another program saved to the file): lists reload.
    void reset();
    // An undo or redo could not be carried out.
    void failed(const peerradar::Error& error);

private:
    Database& m_db;
    Person m_actor;
};

} // namespace peerradar
