#include "observations/ObservationStore.h"

#include "storage/ObservationRepository.h"
#include "storage/Stewardship.h"

namespace peerradar {

ObservationStore::ObservationStore(Database& db, Person actor, QObject* parent)
    : QObject(parent), m_db(db), m_actor(std::move(actor))
{
}

Result<Id> ObservationStore::log(Observation& observation)
{
    observation.observerId = m_actor.id;
    auto id = ObservationRepository(m_db).log(observation);
    if (id)
        Q_EMIT added(*id);
    return id;
}

Status ObservationStore::update(const Observation& observation)
{
    auto status = ObservationRepository(m_db).update(observation, m_actor);
    if (status)
        Q_EMIT changed(observation.id);
    return status;
}

Result<Observation> ObservationStore::remove(Id id)
{
    auto removedObservation = ObservationRepository(m_db).remove(id, m_actor);
    if (removedObservation)
        Q_EMIT removed(id);
    return removedObservation;
}

Status ObservationStore::restore(const Observation& observation)
{
    auto status = ObservationRepository(m_db).restore(observation);
    if (status)
        Q_EMIT added(observation.id);
    return status;
}

Status ObservationStore::setNoteHidden(Id id, bool hidden)
{
    auto status = Stewardship(m_db).setNoteHidden(id, hidden, m_actor);
    if (status)
        Q_EMIT changed(id);
    return status;
}

Result<Observation> ObservationStore::byId(Id id) const
{
    return ObservationRepository(m_db).byId(id);
}

} // namespace peerradar
