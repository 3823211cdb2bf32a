#include "storage/CycleRepository.h"

#include "domain/Rules.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

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

} // namespace

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
    return m_db.execStatement(QStringLiteral("DELETE FROM cycles WHERE id = ?"), { id });
}

} // namespace peerradar
