#include "storage/CycleRepository.h"

#include "domain/Rules.h"
#include "storage/Database.h"
#include "storage/ServerSetup.h"
#include "storage/SettingsRepository.h"
#include "storage/Uuid.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace peerradar {

namespace {

const QString cycleSelect = QStringLiteral("SELECT id, uuid, name, starts_on, ends_on FROM cycles");

Cycle cycleFrom(const QSqlQuery& q)
{
    Cycle c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.start = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.end = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    return c;
}

const QString releaseSelect = QStringLiteral(
    "SELECT r.id, r.uuid, r.cycle_id, r.number, r.released_at, r.released_by, r.starts_on, r.ends_on, r.k, r.k_notes "
    "FROM cycle_releases r WHERE r.number = (SELECT max(l.number) FROM cycle_releases l WHERE l.cycle_id = r.cycle_id)");

CycleRelease releaseFrom(const QSqlQuery& q)
{
    CycleRelease r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.cycleId = q.value(2).toLongLong();
    r.number = q.value(3).toInt();
    r.releasedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    r.releasedBy = q.value(5).toLongLong();
    r.start = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.end = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.k = q.value(8).toInt();
    r.kNotes = q.value(9).toInt();
    return r;
}

} // namespace

// The statements of a release, for a file and for the server's owner; an HR login on a server runs
// the same ones inside peerradar_api.pr_release_cycle (server_api.sql), which must stay in step.
QStringList CycleRepository::releaseStatements()
{
    return {
        QStringLiteral("DELETE FROM released_observations WHERE cycle_id = :cycle"),
        // Ids given here, not by a server's sequence, which rows copied in with their ids do not move.
        QStringLiteral("INSERT INTO released_observations (id, cycle_id, observation_id, observer_id, subject_id, "
                       "behavior_id, observed_on, impact, rater_group, situation, action, result) "
                       "SELECT (SELECT coalesce(max(id), 0) FROM released_observations) + row_number() OVER (ORDER BY id), "
                       "CAST(:cycle AS BIGINT), id, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
                       "situation, action, result FROM observations WHERE observed_on BETWEEN :from AND :to"),
        QStringLiteral("DELETE FROM released_members WHERE cycle_id = :cycle"),
        QStringLiteral("INSERT INTO released_members (id, cycle_id, person_id, team_id, manager_id) "
                       "SELECT (SELECT coalesce(max(id), 0) FROM released_members) + row_number() OVER (ORDER BY id), "
                       "CAST(:cycle AS BIGINT), id, team_id, manager_id FROM people"),
    };
}

Result<QList<Cycle>> CycleRepository::all() const
{
    auto q = m_db.exec(cycleSelect + QStringLiteral(" ORDER BY starts_on, name"));
    if (!q)
        return q.error();
    QList<Cycle> cycles;
    while (q->next())
        cycles.append(cycleFrom(*q));
    return cycles;
}

Result<Cycle> CycleRepository::byId(Id id) const
{
    auto q = m_db.exec(cycleSelect + QStringLiteral(" WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("This cycle is no longer in the file."));
    return cycleFrom(*q);
}

Result<Cycle> CycleRepository::byName(const QString& name) const
{
    auto q = m_db.exec(cycleSelect + QStringLiteral(" WHERE name = ?"), { name.trimmed() });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no cycle named \"%1\".").arg(name));
    return cycleFrom(*q);
}

Result<std::optional<Cycle>> CycleRepository::previous(const Cycle& cycle) const
{
    auto q = m_db.exec(cycleSelect + QStringLiteral(" WHERE ends_on < ? ORDER BY ends_on DESC, starts_on DESC LIMIT 1"),
        { cycle.start.toString(Qt::ISODate) });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Cycle>();
    return std::optional<Cycle>(cycleFrom(*q));
}

Result<QList<CycleRelease>> CycleRepository::releases() const
{
    auto q = m_db.exec(releaseSelect + QStringLiteral(" ORDER BY r.starts_on, r.cycle_id"));
    if (!q)
        return q.error();
    QList<CycleRelease> result;
    while (q->next())
        result.append(releaseFrom(*q));
    return result;
}

Result<std::optional<CycleRelease>> CycleRepository::latestRelease(Id cycleId) const
{
    auto q = m_db.exec(releaseSelect + QStringLiteral(" AND r.cycle_id = ?"), { cycleId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CycleRelease>();
    return std::optional<CycleRelease>(releaseFrom(*q));
}

Result<CycleRelease> CycleRepository::release(
    Id cycleId, Id releasedBy, bool again, const QDateTime& at, const QString& uuid)
{
    auto cycle = byId(cycleId);
    if (!cycle)
        return cycle.error();
    auto cycles = all();
    if (!cycles)
        return cycles.error();
    auto released = releases();
    if (!released)
        return released.error();
    if (auto s = validateRelease(*cycle, *cycles, *released); !s)
        return s.error();
    auto previous = latestRelease(cycleId);
    if (!previous)
        return previous.error();
    if (*previous && !again)
        return makeError(ErrorCode::AlreadyExists,
            tr("The cycle \"%1\" was released on %2. Releasing it again shows its readers new figures, which "
               "they can compare with the ones they have: release it again only through the step that says "
               "what that could reveal (in the command-line tool: --again).")
                .arg(cycle->name, (*previous)->releasedAt.date().toString(Qt::ISODate)));
    auto state = ServerSetup::rulesState(m_db);
    if (!state)
        return state.error();
    if (state->version > 0 && !state->owner) {
        // An HR login holds no right on the snapshot's tables: the server releases for it, as HR.
        if (auto s = m_db.execStatement(QStringLiteral("SELECT peerradar_api.pr_release_cycle(?)"), { cycleId }); !s)
            return s.error();
    } else {
        auto settings = SettingsRepository(m_db).load();
        if (!settings)
            return settings.error();
        const Status status = m_db.transaction([&]() -> Status {
            const QString now = (at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
            if (auto s = m_db.execStatement(
                    QStringLiteral("INSERT INTO cycle_releases (id, uuid, cycle_id, number, released_at, released_by, "
                                   "starts_on, ends_on, k, k_notes) VALUES ((SELECT coalesce(max(id), 0) + 1 FROM "
                                   "cycle_releases), ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { uuid.isEmpty() ? newUuid() : uuid, cycleId, *previous ? (*previous)->number + 1 : 1, now,
                        releasedBy != 0 ? QVariant(releasedBy) : QVariant(QMetaType::fromType<qlonglong>()),
                        cycle->start.toString(Qt::ISODate), cycle->end.toString(Qt::ISODate), settings->k,
                        settings->kNotes });
                !s)
                return s;
            for (QString statement : releaseStatements()) {
                QVariantList values;
                // Positional values in the order the names appear.
                static const QRegularExpression name(QStringLiteral(":(cycle|from|to)\\b"));
                auto it = name.globalMatch(statement);
                while (it.hasNext()) {
                    const QString which = it.next().captured(1);
                    values << (which == QLatin1String("cycle") ? QVariant(cycleId)
                                  : which == QLatin1String("from") ? QVariant(cycle->start.toString(Qt::ISODate))
                                                                   : QVariant(cycle->end.toString(Qt::ISODate)));
                }
                statement.replace(name, QStringLiteral("?"));
                if (auto s = m_db.execStatement(statement, values); !s)
                    return s;
            }
            return {};
        });
        if (!status)
            return status.error();
    }
    auto made = latestRelease(cycleId);
    if (!made)
        return made.error();
    if (!*made)
        return makeError(ErrorCode::Denied, tr("Only HR releases cycles."));
    return **made;
}

Result<std::optional<ReleaseChanges>> CycleRepository::changesSinceRelease(Id cycleId) const
{
    auto release = latestRelease(cycleId);
    if (!release)
        return release.error();
    if (!*release)
        return std::optional<ReleaseChanges>();
    auto cycle = byId(cycleId);
    if (!cycle)
        return cycle.error();
    const QString from = cycle->start.toString(Qt::ISODate);
    const QString to = cycle->end.toString(Qt::ISODate);
    // Added: in the cycle now, not kept at release; removed: kept, no longer in the cycle; edited: in
    // both with something a figure, a group or a note reads changed.
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT "
            "(SELECT count(*) FROM observations o WHERE o.observed_on BETWEEN ? AND ? AND NOT EXISTS "
            " (SELECT 1 FROM released_observations r WHERE r.cycle_id = ? AND r.observation_id = o.id)), "
            "(SELECT count(*) FROM released_observations r WHERE r.cycle_id = ? AND NOT EXISTS "
            " (SELECT 1 FROM observations o WHERE o.id = r.observation_id AND o.observed_on BETWEEN ? AND ?)), "
            "(SELECT count(*) FROM released_observations r JOIN observations o ON o.id = r.observation_id "
            " WHERE r.cycle_id = ? AND o.observed_on BETWEEN ? AND ? AND (o.observer_id <> r.observer_id "
            " OR o.subject_id <> r.subject_id OR o.behavior_id <> r.behavior_id OR o.observed_on <> r.observed_on "
            " OR o.impact <> r.impact OR o.rater_group <> r.rater_group OR o.situation <> r.situation "
            " OR o.action <> r.action OR o.result <> r.result)), "
            "(SELECT count(*) FROM released_members m JOIN people p ON p.id = m.person_id WHERE m.cycle_id = ? "
            " AND (coalesce(p.team_id, 0) <> coalesce(m.team_id, 0) OR coalesce(p.manager_id, 0) <> coalesce(m.manager_id, 0)))"),
        { from, to, cycleId, cycleId, from, to, cycleId, from, to, cycleId });
    if (!q)
        return q.error();
    ReleaseChanges changes;
    if (q->next()) {
        changes.added = q->value(0).toInt();
        changes.removed = q->value(1).toInt();
        changes.edited = q->value(2).toInt();
        changes.peopleMoved = q->value(3).toInt();
    }
    changes.datesChanged = cycle->start != (*release)->start || cycle->end != (*release)->end;
    return std::optional<ReleaseChanges>(changes);
}

QString CycleRepository::releaseAgainWarning(const ReleaseChanges& changes)
{
    QString text = tr("Since it was released, %n observation(s) came into the cycle", nullptr, changes.added)
        + tr(", %n changed", nullptr, changes.edited) + tr(" and %n left it", nullptr, changes.removed)
        + tr("; %n person(s) moved to another team or manager.", nullptr, changes.peopleMoved);
    if (changes.datesChanged)
        text += u' ' + tr("The cycle's dates changed.");
    text += u' '
        + tr("Releasing it again replaces its figures for everyone who reads them. Whoever kept the first "
             "release's figures (a PDF, a printout) can compare them with the new ones: a group that grew by "
             "one observation then shows that observation's rating, and a group shown in only one of the "
             "two releases shows what the other hid. Release again only when that is acceptable, for "
             "example to correct a mistake.");
    return text;
}

Status CycleRepository::checkUniqueName(const Cycle& cycle) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM cycles WHERE name = ? AND id <> ?"), { cycle.name.trimmed(), cycle.id });
    if (!q)
        return q.error();
    if (q->next())
        return makeError(ErrorCode::AlreadyExists, tr("A cycle named \"%1\" exists already.").arg(cycle.name.trimmed()));
    return {};
}

Status CycleRepository::checkNoOverlap(const Cycle& cycle) const
{
    auto existing = all();
    if (!existing)
        return existing.error();
    return validateCycleOverlap(cycle, *existing);
}

Status CycleRepository::checkSavable(const Cycle& cycle) const
{
    if (auto s = validateCycle(cycle); !s)
        return s;
    if (auto s = checkUniqueName(cycle); !s)
        return s;
    return checkNoOverlap(cycle);
}

Result<Id> CycleRepository::add(Cycle& cycle)
{
    if (auto s = checkSavable(cycle); !s)
        return s.error();
    cycle.name = cycle.name.trimmed();
    if (cycle.uuid.isEmpty())
        cycle.uuid = newUuid();
    auto id = m_db.insert(QStringLiteral("INSERT INTO cycles (uuid, name, starts_on, ends_on) VALUES (?, ?, ?, ?)"),
        { cycle.uuid, cycle.name, cycle.start.toString(Qt::ISODate), cycle.end.toString(Qt::ISODate) });
    if (!id)
        return id.error();
    cycle.id = *id;
    return cycle.id;
}

Status CycleRepository::restore(const Cycle& cycle)
{
    if (auto s = checkSavable(cycle); !s)
        return s;
    return m_db.execStatement(QStringLiteral("INSERT INTO cycles (id, uuid, name, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)"),
        { cycle.id, cycle.uuid, cycle.name.trimmed(), cycle.start.toString(Qt::ISODate), cycle.end.toString(Qt::ISODate) });
}

Status CycleRepository::update(const Cycle& cycle)
{
    if (auto s = checkSavable(cycle); !s)
        return s;
    return m_db.execStatement(QStringLiteral("UPDATE cycles SET name = ?, starts_on = ?, ends_on = ? WHERE id = ?"),
        { cycle.name.trimmed(), cycle.start.toString(Qt::ISODate), cycle.end.toString(Qt::ISODate), cycle.id });
}

Status CycleRepository::remove(Id id)
{
    auto cycle = byId(id);
    if (!cycle)
        return cycle.error();
    auto release = latestRelease(id);
    if (!release)
        return release.error();
    if (auto s = validateCycleDeletion(*cycle, *release); !s)
        return s;
    return m_db.execStatement(QStringLiteral("DELETE FROM cycles WHERE id = ?"), { id });
}

} // namespace peerradar
