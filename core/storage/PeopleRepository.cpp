#include "storage/PeopleRepository.h"

#include "domain/Rules.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QSet>
#include <QSqlQuery>

namespace peerradar {

namespace {

const QString personColumns
    = QStringLiteral("id, uuid, name, email, team_id, manager_id, role, removed_at IS NOT NULL FROM people");

Person personFrom(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.email = q.value(3).toString();
    p.teamId = q.value(4).toLongLong();
    p.managerId = q.value(5).toLongLong();
    p.role = roleFromKey(q.value(6).toString()).value_or(Role::Member);
    p.removed = q.value(7).toBool();
    return p;
}

Team teamFrom(const QSqlQuery& q)
{
    Team t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.name = q.value(2).toString();
    t.managerId = q.value(3).toLongLong();
    return t;
}

QString byName(const Database& db)
{
    return db.dialect().caseInsensitive(QStringLiteral("name"));
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

Result<QList<Person>> PeopleRepository::all(bool includeRemoved) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 %2 ORDER BY %3, email")
                           .arg(personColumns, includeRemoved ? QString() : QStringLiteral("WHERE removed_at IS NULL"),
                               byName(m_db)));
    if (!q)
        return q.error();
    QList<Person> people;
    while (q->next())
        people.append(personFrom(*q));
    return people;
}

Result<Person> PeopleRepository::byId(Id id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 WHERE id = ?").arg(personColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("This person is no longer in the file."));
    return personFrom(*q);
}

Result<Person> PeopleRepository::byEmail(const QString& email) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 WHERE email = ?").arg(personColumns), { email.trimmed().toLower() });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("Nobody with the email address %1 is in the file.").arg(email));
    return personFrom(*q);
}

Result<QList<Person>> PeopleRepository::releasedMembersOf(Id teamId, Id cycleId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 WHERE removed_at IS NULL AND id IN (SELECT m.person_id FROM "
                                      "released_members m WHERE m.cycle_id = ? AND m.team_id = ?) ORDER BY %2")
                           .arg(personColumns, byName(m_db)),
        { cycleId, teamId });
    if (!q)
        return q.error();
    QList<Person> people;
    while (q->next())
        people.append(personFrom(*q));
    return people;
}

Result<QList<Person>> PeopleRepository::membersOf(Id teamId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 WHERE team_id = ? AND removed_at IS NULL ORDER BY %2").arg(personColumns, byName(m_db)),
        { teamId });
    if (!q)
        return q.error();
    QList<Person> people;
    while (q->next())
        people.append(personFrom(*q));
    return people;
}

Result<QList<Person>> PeopleRepository::directReportsOf(Id managerId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 WHERE manager_id = ? AND removed_at IS NULL ORDER BY %2")
            .arg(personColumns, byName(m_db)),
        { managerId });
    if (!q)
        return q.error();
    QList<Person> people;
    while (q->next())
        people.append(personFrom(*q));
    return people;
}

Result<QList<Person>> PeopleRepository::search(const QString& text, int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 WHERE removed_at IS NULL AND (name %2 ? ESCAPE '\\' OR email %2 ? "
                                      "ESCAPE '\\') ORDER BY %3 LIMIT ?")
                           .arg(personColumns, m_db.dialect().likeOperator(), byName(m_db)),
        { likePattern(text), likePattern(text), limit });
    if (!q)
        return q.error();
    QList<Person> people;
    while (q->next())
        people.append(personFrom(*q));
    return people;
}

Status PeopleRepository::checkPerson(const Person& person) const
{
    if (auto status = validatePerson(person); !status)
        return status;
    {
        auto q = m_db.exec(QStringLiteral("SELECT name FROM people WHERE email = ? AND id <> ?"),
            { person.email.trimmed().toLower(), person.id });
        if (!q)
            return q.error();
        if (q->next())
            return makeError(ErrorCode::AlreadyExists,
                tr("%1 is already the email address of %2. Each person needs their own address.")
                    .arg(person.email.trimmed(), q->value(0).toString()));
    }
    if (person.teamId != 0) {
        if (auto team = teamById(person.teamId); !team)
            return team.error();
    }
    // Walk up the management chain: it must end, and never come back to this person.
    QSet<Id> seen { person.id };
    Id next = person.managerId;
    while (next != 0) {
        if (seen.contains(next))
            return makeError(ErrorCode::Invalid,
                tr("This manager would make a loop: %1 would end up managing themself.").arg(person.name.trimmed()));
        seen.insert(next);
        auto manager = byId(next);
        if (!manager)
            return makeError(ErrorCode::NotFound, tr("The chosen manager is no longer in the file."));
        next = manager->managerId;
    }
    return {};
}

Result<Id> PeopleRepository::add(Person& person)
{
    if (auto status = checkPerson(person); !status)
        return status.error();
    if (person.uuid.isEmpty())
        person.uuid = newUuid();
    person.name = person.name.trimmed();
    person.email = person.email.trimmed().toLower();
    auto id = m_db.insert(QStringLiteral("INSERT INTO people (uuid, name, email, team_id, manager_id, role) VALUES (?, ?, "
                                         "?, ?, ?, ?)"),
        { person.uuid, person.name, person.email, idOrNull(person.teamId), idOrNull(person.managerId),
            roleKey(person.role) });
    if (!id)
        return id.error();
    person.id = *id;
    return person.id;
}

Status PeopleRepository::update(const Person& person)
{
    if (auto status = checkPerson(person); !status)
        return status;
    return m_db.execStatement(
        QStringLiteral("UPDATE people SET name = ?, email = ?, team_id = ?, manager_id = ?, role = ? WHERE id = ?"),
        { person.name.trimmed(), person.email.trimmed().toLower(), idOrNull(person.teamId), idOrNull(person.managerId),
            roleKey(person.role), person.id });
}

Status PeopleRepository::removeUnreferenced(Id personId)
{
    auto person = byId(personId);
    if (!person)
        return person.error();
    auto q = m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM observations WHERE observer_id = ? OR subject_id = ?), "
                                      "(SELECT COUNT(*) FROM people WHERE manager_id = ?), "
                                      "(SELECT COUNT(*) FROM teams WHERE manager_id = ?)"),
        { personId, personId, personId, personId });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("This person is no longer in the file."));
    if (q->value(0).toLongLong() > 0)
        return makeError(ErrorCode::Invalid,
            tr("%1 cannot be taken out again: observations by or about them were logged since. If they left, remove "
               "them under Organisation › People.")
                .arg(person->name));
    if (q->value(1).toLongLong() > 0 || q->value(2).toLongLong() > 0)
        return makeError(ErrorCode::Invalid,
            tr("%1 cannot be taken out again: they were made someone's manager since. Choose another manager first.")
                .arg(person->name));
    return m_db.execStatement(QStringLiteral("DELETE FROM people WHERE id = ?"), { personId });
}

Status PeopleRepository::restore(const Person& person)
{
    if (auto status = checkPerson(person); !status)
        return status;
    return m_db.execStatement(QStringLiteral("INSERT INTO people (id, uuid, name, email, team_id, manager_id, role) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { person.id, person.uuid, person.name.trimmed(), person.email.trimmed().toLower(), idOrNull(person.teamId),
            idOrNull(person.managerId), roleKey(person.role) });
}

Result<QList<Team>> PeopleRepository::teams() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, uuid, name, manager_id FROM teams ORDER BY %1").arg(byName(m_db)));
    if (!q)
        return q.error();
    QList<Team> teams;
    while (q->next())
        teams.append(teamFrom(*q));
    return teams;
}

Result<Team> PeopleRepository::teamById(Id id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, uuid, name, manager_id FROM teams WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("This team is no longer in the file."));
    return teamFrom(*q);
}

Result<Team> PeopleRepository::teamByName(const QString& name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, uuid, name, manager_id FROM teams WHERE name = ?"), { name.trimmed() });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no team named \"%1\".").arg(name));
    return teamFrom(*q);
}

Result<Id> PeopleRepository::addTeam(Team& team)
{
    team.name = team.name.trimmed();
    if (auto status = validateTeam(team); !status)
        return status.error();
    if (teamByName(team.name))
        return makeError(ErrorCode::AlreadyExists, tr("A team named \"%1\" exists already.").arg(team.name));
    if (team.uuid.isEmpty())
        team.uuid = newUuid();
    auto id = m_db.insert(QStringLiteral("INSERT INTO teams (uuid, name, manager_id) VALUES (?, ?, ?)"),
        { team.uuid, team.name, idOrNull(team.managerId) });
    if (!id)
        return id.error();
    team.id = *id;
    return team.id;
}

Status PeopleRepository::updateTeam(const Team& team)
{
    if (auto status = validateTeam(team); !status)
        return status;
    if (auto other = teamByName(team.name); other && other->id != team.id)
        return makeError(ErrorCode::AlreadyExists, tr("A team named \"%1\" exists already.").arg(team.name.trimmed()));
    return m_db.execStatement(QStringLiteral("UPDATE teams SET name = ?, manager_id = ? WHERE id = ?"),
        { team.name.trimmed(), idOrNull(team.managerId), team.id });
}

Status PeopleRepository::removeTeam(Id teamId)
{
    return m_db.execStatement(QStringLiteral("DELETE FROM teams WHERE id = ?"), { teamId });
}

Status PeopleRepository::restoreTeam(const Team& team)
{
    if (auto status = validateTeam(team); !status)
        return status;
    if (auto other = teamByName(team.name); other && other->id != team.id)
        return makeError(ErrorCode::AlreadyExists, tr("A team named \"%1\" exists already.").arg(team.name.trimmed()));
    return m_db.execStatement(QStringLiteral("INSERT INTO teams (id, uuid, name, manager_id) VALUES (?, ?, ?, ?)"),
        { team.id, team.uuid, team.name.trimmed(), idOrNull(team.managerId) });
}

} // namespace peerradar
