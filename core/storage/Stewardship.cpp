#include "storage/Stewardship.h"

#include "storage/Database.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Uuid.h"

#include <QSqlQuery>

namespace peerradar {

namespace {

Status requireHr(const Person& actor)
{
    if (actor.role == Role::Hr)
        return {};
    return makeError(ErrorCode::Invalid,
        QCoreApplication::translate("peerradar::Stewardship", "Only HR can do this: ask your HR contact."));
}

} // namespace

Status Stewardship::audit(const Person& actor, const QString& action, const QString& target, const QString& detail)
{
    return m_db.execStatement(
        QStringLiteral("INSERT INTO audit_log (uuid, at, actor_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)"),
        { newUuid(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), actor.id, action, target, detail });
}

Status Stewardship::setNoteHidden(Id observationId, bool hidden, const Person& actor)
{
    if (auto s = requireHr(actor); !s)
        return s;
    auto observation = ObservationRepository(m_db).byId(observationId);
    if (!observation)
        return observation.error();
    return m_db.transaction([&]() -> Status {
        if (auto s = m_db.execStatement(QStringLiteral("UPDATE observations SET note_hidden = ? WHERE id = ?"),
                { hidden ? 1 : 0, observationId });
            !s)
            return s;
        return audit(actor, hidden ? QStringLiteral("hide_note") : QStringLiteral("show_note"), observation->uuid, {});
    });
}

Status Stewardship::removePerson(Id personId, const Person& actor)
{
    if (auto s = requireHr(actor); !s)
        return s;
    if (personId == actor.id)
        return makeError(ErrorCode::Invalid, tr("You cannot remove yourself; ask another HR person."));
    auto person = PeopleRepository(m_db).byId(personId);
    if (!person)
        return person.error();
    if (person->removed)
        return makeError(ErrorCode::Invalid, tr("This person has already been removed."));
    return m_db.transaction([&]() -> Status {
        const QVariantList id { personId };
        const char* statements[] = {
            "DELETE FROM observations WHERE subject_id = ?",
            // and what released cycles kept of it (schema version 6)
            "DELETE FROM released_observations WHERE subject_id = ?",
            "UPDATE people SET manager_id = NULL WHERE manager_id = ?",
            "UPDATE teams SET manager_id = NULL WHERE manager_id = ?",
        };
        for (const char* sql : statements) {
            if (auto s = m_db.execStatement(QString::fromLatin1(sql), id); !s)
                return s;
        }
        const QString anonymousName = tr("Former colleague");
        const QString anonymousEmail = QStringLiteral("removed-%1@removed.invalid").arg(person->uuid);
        if (auto s = m_db.execStatement(QStringLiteral("UPDATE people SET name = ?, email = ?, team_id = NULL, "
                                                       "manager_id = NULL, role = 'member', removed_at = ? WHERE id = ?"),
                { anonymousName, anonymousEmail, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), personId });
            !s)
            return s;
        return audit(actor, QStringLiteral("remove_person"), person->uuid, {});
    });
}

Result<QList<AuditEntry>> Stewardship::auditTrail(int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT a.at, a.actor_id, p.name, a.action, a.target, a.detail FROM audit_log a LEFT "
                                      "JOIN people p ON p.id = a.actor_id ORDER BY a.id DESC LIMIT ?"),
        { limit });
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        entries.append({ QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs), q->value(1).toLongLong(),
            q->value(2).toString(), q->value(3).toString(), q->value(4).toString(), q->value(5).toString() });
    }
    return entries;
}

} // namespace peerradar
