// Merging people, and the managers of people and teams. People are found by uuid, alias or email.
// Someone removed from the target stays removed; someone removed from the source only is a
// conflict that HR settles by removing them in the target (a merge never deletes what others said).
#include "io/MergeSupport.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QSqlQuery>

namespace peerradar::merge {

using namespace Qt::StringLiterals;

namespace {

struct SourcePerson
{
    Id id = 0;
    QString uuid, name, email, role, removedAt;
    Id team = 0; // source ids
    Id manager = 0;
    Id targetId = 0;
    bool isNew = false;
};

QString roleWords(const QString& key)
{
    const auto role = roleFromKey(key);
    return role ? roleDisplayName(*role) : key;
}

Result<QList<SourcePerson>> readSourcePeople(Context& c)
{
    auto q = c.source.exec(
        u"SELECT id, uuid, name, email, team_id, manager_id, role, removed_at FROM people ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<SourcePerson> people;
    while (q->next()) {
        SourcePerson p;
        p.id = q->value(0).toLongLong();
        p.uuid = q->value(1).toString();
        p.name = q->value(2).toString();
        p.email = q->value(3).toString();
        p.team = q->value(4).toLongLong();
        p.manager = q->value(5).toLongLong();
        p.role = q->value(6).toString();
        p.removedAt = q->value(7).toString();
        people << p;
    }
    return people;
}

// Finds or adds each person (new ones without a manager yet: theirs may come later in the list).
Status mapPeople(Context& c, QList<SourcePerson>& people)
{
    for (SourcePerson& p : people) {
        const bool removed = !p.removedAt.isEmpty();
        // A removed person's email is made of their uuid: never look for it.
        auto match = c.find(
            "people", p.uuid, removed ? QString() : u"SELECT id FROM people WHERE email = ?"_s, { p.email });
        if (!match)
            return match.error();
        p.targetId = match->id;
        if (p.targetId == 0) {
            auto added = c.insert(
                u"INSERT INTO people (uuid, name, email, team_id, role, removed_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                { p.uuid, p.name, p.email, idOrNull(c.teams.value(p.team)), p.role,
                    removed ? QVariant(p.removedAt) : idOrNull(0) });
            if (!added)
                return added.error();
            p.targetId = *added;
            p.isNew = true;
            c.added(MergeKind::Person);
        } else {
            c.matched(MergeKind::Person);
            if (match->byNaturalKey) {
                if (auto s = c.rememberAlias("people", p.uuid, p.targetId); !s)
                    return s;
            }
        }
        c.people.insert(p.id, p.targetId);
        if (!c.tick())
            return makeError(ErrorCode::Cancelled, {});
    }
    auto removed = c.target.exec(u"SELECT id FROM people WHERE removed_at IS NOT NULL"_s);
    if (!removed)
        return removed.error();
    while (removed->next())
        c.removedInTarget.insert(removed->value(0).toLongLong());
    return {};
}

Status settlePerson(Context& c, const SourcePerson& p)
{
    const Id id = p.targetId;
    if (c.removedInTarget.contains(id))
        return {}; // removed here: stays removed, whatever the source holds
    const QString item = Merge::tr("Person %1").arg(c.personLabel(id));
    const QString key = QString::number(id);
    if (!p.removedAt.isEmpty()) {
        c.unresolvable(MergeKind::Person, key, item,
            Merge::tr("removed from %1 (they left the organisation) but still in %2. If they left, remove "
                      "them in %2 "
                      "too (Organisation › People), then merge again.")
                .arg(c.report.sourceName, c.report.targetName));
        return {};
    }
    auto here
        = c.target.exec(u"SELECT name, email, team_id, manager_id, role FROM people WHERE id = ?"_s, { id });
    if (!here)
        return here.error();
    here->next();
    const QString hereEmail = here->value(1).toString();
    if (hereEmail != p.email) {
        auto other = c.firstId(u"SELECT id FROM people WHERE email = ? AND id <> ?"_s, { p.email, id });
        if (!other)
            return other.error();
        if (*other != 0) {
            c.unresolvable(MergeKind::Person, key, item,
                Merge::tr("the email is %1 in %2, and %3 has it in %4. Change one of them, then merge again.")
                    .arg(shown(p.email), c.report.sourceName, c.personLabel(*other), c.report.targetName));
            return {};
        }
    }
    const Id team = c.teams.value(p.team);
    const Id manager = c.person(p.manager);
    if (c.differ(MergeKind::Person, key, item,
            { { Merge::tr("the name"), here->value(0).toString(), p.name },
                { Merge::tr("the email"), hereEmail, p.email },
                { Merge::tr("the team"), c.teamLabel(here->value(2).toLongLong()), c.teamLabel(team) },
                { Merge::tr("the manager"), c.personLabel(here->value(3).toLongLong()),
                    c.personLabel(manager) },
                { Merge::tr("the role"), roleWords(here->value(4).toString()), roleWords(p.role) } }))
        return c.target.execStatement(
            u"UPDATE people SET name = ?, email = ?, team_id = ?, manager_id = ?, role = ? WHERE id = ?"_s,
            { p.name, p.email, idOrNull(team), idOrNull(manager), p.role, id });
    return {};
}

Status mergeTeamManagers(Context& c)
{
    auto q = c.source.exec(u"SELECT id, manager_id FROM teams ORDER BY id"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const Id team = c.teams.value(q->value(0).toLongLong());
        const Id manager = c.person(q->value(1).toLongLong());
        if (c.newTeams.contains(team)) {
            if (manager == 0)
                continue;
            if (auto s = c.target.execStatement(
                    u"UPDATE teams SET manager_id = ? WHERE id = ?"_s, { manager, team });
                !s)
                return s;
            continue;
        }
        auto here = c.firstId(u"SELECT manager_id FROM teams WHERE id = ?"_s, { team });
        if (!here)
            return here.error();
        if (c.differ(MergeKind::Team, QString::number(team),
                Merge::tr("Team %1").arg(shown(c.teamLabel(team))),
                { { Merge::tr("the manager"), c.personLabel(*here), c.personLabel(manager) } })) {
            if (auto s = c.target.execStatement(
                    u"UPDATE teams SET manager_id = ? WHERE id = ?"_s, { idOrNull(manager), team });
                !s)
                return s;
        }
    }
    return {};
}

} // namespace

Status mergePeople(Context& c)
{
    auto people = readSourcePeople(c);
    if (!people)
        return people.error();
    if (auto s = mapPeople(c, *people); !s)
        return s;
    for (const SourcePerson& p : std::as_const(*people)) {
        if (!p.isNew) {
            if (auto s = settlePerson(c, p); !s)
                return s;
            continue;
        }
        if (const Id manager = c.person(p.manager); manager != 0) {
            if (auto s = c.target.execStatement(
                    u"UPDATE people SET manager_id = ? WHERE id = ?"_s, { manager, p.targetId });
                !s)
                return s;
        }
    }
    return mergeTeamManagers(c);
}

} // namespace peerradar::merge
