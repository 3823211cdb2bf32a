#include "storage/ObservationRepository.h"

#include "domain/Rules.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/Uuid.h"

#include <QSqlQuery>

namespace peerradar {

namespace {

const QString observationSelect = QStringLiteral("SELECT ") + observationColumns(QStringLiteral("o"))
    + QStringLiteral(" FROM observations o");

} // namespace

QString observationColumns(const QString& alias)
{
    static const QStringList columns = { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("observer_id"),
        QStringLiteral("subject_id"), QStringLiteral("behavior_id"), QStringLiteral("observed_on"),
        QStringLiteral("impact"), QStringLiteral("rater_group"), QStringLiteral("situation"), QStringLiteral("action"),
        QStringLiteral("result"), QStringLiteral("note_hidden"), QStringLiteral("created_at") };
    const QString prefix = alias + u'.';
    return prefix + columns.join(QStringLiteral(", ") + prefix);
}

Observation observationFromRow(const QSqlQuery& q)
{
    Observation o;
    o.id = q.value(0).toLongLong();
    o.uuid = q.value(1).toString();
    o.observerId = q.value(2).toLongLong();
    o.subjectId = q.value(3).toLongLong();
    o.behaviorId = q.value(4).toLongLong();
    o.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    o.impact = q.value(6).toInt();
    o.raterGroup = raterGroupFromKey(q.value(7).toString()).value_or(RaterGroup::Other);
    o.note = { q.value(8).toString(), q.value(9).toString(), q.value(10).toString() };
    o.noteHidden = q.value(11).toBool();
    o.createdAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    return o;
}

Status ObservationRepository::checkMayChange(const Observation& observation, const Person& actor)
{
    if (actor.role == Role::Hr || actor.id == observation.observerId)
        return {};
    return makeError(ErrorCode::Invalid, tr("Only the person who logged an observation, or HR, can change or delete it."));
}

Status ObservationRepository::checkBehaviorUsable(Id behaviorId, Id previousBehaviorId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT b.retired, f.active, b.name FROM behaviors b JOIN frameworks f ON f.id = "
                                      "b.framework_id WHERE b.id = ?"),
        { behaviorId });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("Choose a behavior: the one chosen is no longer in the framework."));
    if (behaviorId == previousBehaviorId)
        return {}; // editing an old observation keeps its behavior even if retired since
    if (q->value(0).toBool())
        return makeError(ErrorCode::Invalid,
            tr("The behavior \"%1\" has been retired; choose one of the current behaviors.").arg(q->value(2).toString()));
    if (!q->value(1).toBool())
        return makeError(ErrorCode::Invalid,
            tr("The behavior \"%1\" is not part of the active framework.").arg(q->value(2).toString()));
    return {};
}

Result<Id> ObservationRepository::log(Observation& observation)
{
    if (auto s = validateObservation(observation); !s)
        return s.error();
    PeopleRepository people(m_db);
    // A lost connection or a refusal says so; only a person really gone is "no longer in the file".
    auto observer = people.byId(observation.observerId);
    if (!observer)
        return observer.error().code == ErrorCode::NotFound
            ? makeError(ErrorCode::NotFound, tr("The observer is no longer in the file."))
            : observer.error();
    auto subject = people.byId(observation.subjectId);
    if (!subject)
        return subject.error().code == ErrorCode::NotFound
            ? makeError(ErrorCode::NotFound, tr("Choose whom you observed: that person is no longer in the file."))
            : subject.error();
    if (observer->removed || subject->removed)
        return makeError(ErrorCode::Invalid, tr("People who have left the organisation cannot be part of new observations."));
    if (auto s = checkBehaviorUsable(observation.behaviorId, 0); !s)
        return s.error();
    observation.raterGroup = deriveRaterGroup(*observer, *subject);
    if (observation.uuid.isEmpty())
        observation.uuid = newUuid();
    observation.createdAt = QDateTime::currentDateTimeUtc();
    Id id = 0;
    auto status = m_db.transaction([&]() -> Status {
        auto q = m_db.insert(QStringLiteral("INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, "
                                          "impact, rater_group, situation, action, result, created_at) VALUES (?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?, ?, ?)"),
            { observation.uuid, observation.observerId, observation.subjectId, observation.behaviorId,
                observation.date.toString(Qt::ISODate), observation.impact, raterGroupKey(observation.raterGroup),
                observation.note.situation.trimmed(), observation.note.action.trimmed(), observation.note.result.trimmed(),
                observation.createdAt.toString(Qt::ISODateWithMs) });
        if (!q)
            return q.error();
        id = *q;
        return {};
    });
    if (!status)
        return status.error();
    observation.id = id;
    return id;
}

Result<Observation> ObservationRepository::byId(Id id) const
{
    auto q = m_db.exec(observationSelect + QStringLiteral(" WHERE o.id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("This observation is no longer in the file."));
    return observationFromRow(*q);
}

Status ObservationRepository::update(const Observation& observation, const Person& actor)
{
    auto stored = byId(observation.id);
    if (!stored)
        return stored.error();
    if (auto s = checkMayChange(*stored, actor); !s)
        return s;
    if (auto s = validateObservation(observation); !s)
        return s;
    if (auto s = checkBehaviorUsable(observation.behaviorId, stored->behaviorId); !s)
        return s;
    RaterGroup group = stored->raterGroup;
    if (observation.subjectId != stored->subjectId) {
        PeopleRepository people(m_db);
        auto observer = people.byId(stored->observerId);
        auto subject = people.byId(observation.subjectId);
        if (!observer || !subject)
            return makeError(ErrorCode::NotFound, tr("Choose whom you observed: that person is no longer in the file."));
        group = deriveRaterGroup(*observer, *subject);
    }
    return m_db.transaction([&] {
        return m_db.execStatement(QStringLiteral("UPDATE observations SET subject_id = ?, behavior_id = ?, observed_on = ?, "
                                                 "impact = ?, rater_group = ?, situation = ?, action = ?, result = ? WHERE "
                                                 "id = ?"),
            { observation.subjectId, observation.behaviorId, observation.date.toString(Qt::ISODate), observation.impact,
                raterGroupKey(group), observation.note.situation.trimmed(), observation.note.action.trimmed(),
                observation.note.result.trimmed(), observation.id });
    });
}

Result<Observation> ObservationRepository::remove(Id id, const Person& actor)
{
    auto stored = byId(id);
    if (!stored)
        return stored.error();
    if (auto s = checkMayChange(*stored, actor); !s)
        return s.error();
    auto status = m_db.transaction(
        [&] { return m_db.execStatement(QStringLiteral("DELETE FROM observations WHERE id = ?"), { id }); });
    if (!status)
        return status.error();
    return stored;
}

Status ObservationRepository::restore(const Observation& o)
{
    return m_db.transaction([&] {
        return m_db.execStatement(QStringLiteral("INSERT INTO observations (id, uuid, observer_id, subject_id, behavior_id, "
                                                 "observed_on, impact, rater_group, situation, action, result, note_hidden, "
                                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { o.id, o.uuid, o.observerId, o.subjectId, o.behaviorId, o.date.toString(Qt::ISODate), o.impact,
                raterGroupKey(o.raterGroup), o.note.situation, o.note.action, o.note.result, o.noteHidden ? 1 : 0,
                o.createdAt.toString(Qt::ISODateWithMs) });
    });
}

Result<qint64> ObservationRepository::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM observations"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace peerradar
