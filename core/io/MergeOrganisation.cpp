// Merging the organisation: frameworks and their behaviors, teams, people and cycles. Each source
// row is found in the target by its uuid, by an alias an earlier merge recorded, or by its natural
// key (email, name); found rows are compared field by field, new rows are added.
#include "io/MergeSupport.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QSqlQuery>

namespace peerradar::merge {

using namespace Qt::StringLiterals;

namespace {

QString itemKey(Id targetId)
{
    return QString::number(targetId);
}

// A row found by its uuid whose natural key (name, email) changed in the source to one that another
// row of the target has: no preference can settle that. Returns true when it was recorded.
Result<bool> keyTakenElsewhere(Context& c, MergeKind kind, Id targetId, const QString& item,
    const QString& field, const QString& sourceValue, const QString& sql, const QVariantList& values)
{
    auto other = c.firstId(sql, values);
    if (!other)
        return other.error();
    if (*other == 0 || *other == targetId)
        return false;
    c.unresolvable(kind, itemKey(targetId), item,
        Merge::tr(
            "%1 is %2 in %3, and another one in %4 already has it. Change one of them, then merge again.")
            .arg(field, shown(sourceValue), c.report.sourceName, c.report.targetName));
    return true;
}

Status settleFramework(Context& c, Id id, const QString& name, int version)
{
    auto here = c.target.exec(u"SELECT name, version FROM frameworks WHERE id = ?"_s, { id });
    if (!here)
        return here.error();
    here->next();
    const QString hereName = here->value(0).toString();
    const int hereVersion = here->value(1).toInt();
    const QString item = Merge::tr("Framework %1 version %2").arg(shown(hereName)).arg(hereVersion);
    if (hereName != name || hereVersion != version) {
        auto taken = keyTakenElsewhere(c, MergeKind::Framework, id, item, Merge::tr("the name"), name,
            u"SELECT id FROM frameworks WHERE name = ? AND version = ?"_s, { name, version });
        if (!taken || *taken)
            return taken ? Status {} : Status(taken.error());
    }
    if (c.differ(MergeKind::Framework, itemKey(id), item,
            { { Merge::tr("the name"), hereName, name },
                { Merge::tr("the version"), QString::number(hereVersion), QString::number(version) } }))
        return c.target.execStatement(
            u"UPDATE frameworks SET name = ?, version = ? WHERE id = ?"_s, { name, version, id });
    return {};
}

struct SourceBehavior
{
    Id framework = 0; // in the target
    QString key, name, description;
    int position = 0;
    bool retired = false;
};

Status settleBehavior(Context& c, Id id, const SourceBehavior& b)
{
    auto here
        = c.target.exec(u"SELECT b.framework_id, b.key, b.name, b.description, b.position, b.retired, f.name "
                        u"FROM behaviors b JOIN frameworks f ON f.id = b.framework_id WHERE b.id = ?"_s,
            { id });
    if (!here)
        return here.error();
    here->next();
    const QString hereKey = here->value(1).toString();
    const QString item = Merge::tr("Behavior %1 of framework %2")
                             .arg(shown(here->value(2).toString()), shown(here->value(6).toString()));
    if (here->value(0).toLongLong() != b.framework) {
        c.unresolvable(MergeKind::Behavior, itemKey(id), item,
            Merge::tr("it belongs to another framework in %1 than in %2, and a merge cannot move it.")
                .arg(c.report.sourceName, c.report.targetName));
        return {};
    }
    if (hereKey != b.key) {
        auto taken = keyTakenElsewhere(c, MergeKind::Behavior, id, item, Merge::tr("the key"), b.key,
            u"SELECT id FROM behaviors WHERE framework_id = ? AND key = ?"_s, { b.framework, b.key });
        if (!taken || *taken)
            return taken ? Status {} : Status(taken.error());
    }
    if (c.differ(MergeKind::Behavior, itemKey(id), item,
            { { Merge::tr("the key"), hereKey, b.key },
                { Merge::tr("the name"), here->value(2).toString(), b.name },
                { Merge::tr("the description"), here->value(3).toString(), b.description },
                { Merge::tr("the position"), here->value(4).toString(), QString::number(b.position) },
                { Merge::tr("retired"), yesNo(here->value(5).toBool()), yesNo(b.retired) } }))
        return c.target.execStatement(
            u"UPDATE behaviors SET key = ?, name = ?, description = ?, position = ?, retired = ? WHERE id = ?"_s,
            { b.key, b.name, b.description, b.position, b.retired ? 1 : 0, id });
    return {};
}

Status mergeBehaviors(Context& c)
{
    auto q = c.source.exec(
        u"SELECT id, uuid, framework_id, key, name, description, position, retired FROM behaviors ORDER BY id"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString uuid = q->value(1).toString();
        const SourceBehavior b { c.frameworks.value(q->value(2).toLongLong()), q->value(3).toString(),
            q->value(4).toString(), q->value(5).toString(), q->value(6).toInt(), q->value(7).toBool() };
        auto match = c.find("behaviors", uuid,
            u"SELECT id FROM behaviors WHERE framework_id = ? AND key = ?"_s, { b.framework, b.key });
        if (!match)
            return match.error();
        Id id = match->id;
        if (id == 0) {
            auto added = c.insert(
                u"INSERT INTO behaviors (uuid, framework_id, key, name, description, position, retired) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                { uuid, b.framework, b.key, b.name, b.description, b.position, b.retired ? 1 : 0 });
            if (!added)
                return added.error();
            id = *added;
            c.added(MergeKind::Behavior);
        } else {
            c.matched(MergeKind::Behavior);
            if (match->byNaturalKey) {
                if (auto s = c.rememberAlias("behaviors", uuid, id); !s)
                    return s;
            }
            if (auto s = settleBehavior(c, id, b); !s)
                return s;
        }
        c.behaviors.insert(q->value(0).toLongLong(), id);
    }
    return {};
}

} // namespace

Status mergeFrameworks(Context& c)
{
    auto q = c.source.exec(u"SELECT id, uuid, name, version FROM frameworks ORDER BY id"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString uuid = q->value(1).toString();
        const QString name = q->value(2).toString();
        const int version = q->value(3).toInt();
        auto match = c.find("frameworks", uuid, u"SELECT id FROM frameworks WHERE name = ? AND version = ?"_s,
            { name, version });
        if (!match)
            return match.error();
        Id id = match->id;
        if (id == 0) {
            // The target's active framework stays the active one.
            auto added
                = c.insert(u"INSERT INTO frameworks (uuid, name, version, active) VALUES (?, ?, ?, 0)"_s,
                    { uuid, name, version });
            if (!added)
                return added.error();
            id = *added;
            c.added(MergeKind::Framework);
        } else {
            c.matched(MergeKind::Framework);
            const Status s = match->byNaturalKey ? c.rememberAlias("frameworks", uuid, id)
                                                 : settleFramework(c, id, name, version);
            if (!s)
                return s;
        }
        c.frameworks.insert(q->value(0).toLongLong(), id);
    }
    return mergeBehaviors(c);
}

Status mergeTeams(Context& c)
{
    auto q = c.source.exec(u"SELECT id, uuid, name FROM teams ORDER BY id"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString uuid = q->value(1).toString();
        const QString name = q->value(2).toString();
        auto match = c.find("teams", uuid, u"SELECT id FROM teams WHERE name = ?"_s, { name });
        if (!match)
            return match.error();
        Id id = match->id;
        if (id == 0) {
            auto added = c.insert(u"INSERT INTO teams (uuid, name) VALUES (?, ?)"_s, { uuid, name });
            if (!added)
                return added.error();
            id = *added;
            c.newTeams.insert(id);
            c.added(MergeKind::Team);
        } else {
            c.matched(MergeKind::Team);
            if (match->byNaturalKey) {
                if (auto s = c.rememberAlias("teams", uuid, id); !s)
                    return s;
            } else if (const QString hereName = c.teamLabel(id); hereName != name) {
                const QString item = Merge::tr("Team %1").arg(shown(hereName));
                auto taken = keyTakenElsewhere(c, MergeKind::Team, id, item, Merge::tr("the name"), name,
                    u"SELECT id FROM teams WHERE name = ?"_s, { name });
                if (!taken)
                    return taken.error();
                if (!*taken
                    && c.differ(
                        MergeKind::Team, itemKey(id), item, { { Merge::tr("the name"), hereName, name } })) {
                    if (auto s
                        = c.target.execStatement(u"UPDATE teams SET name = ? WHERE id = ?"_s, { name, id });
                        !s)
                        return s;
                }
            }
        }
        c.teams.insert(q->value(0).toLongLong(), id);
    }
    return {};
}

Status mergeCycles(Context& c)
{
    auto q = c.source.exec(u"SELECT id, uuid, name, starts_on, ends_on FROM cycles ORDER BY id"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString uuid = q->value(1).toString();
        const QString name = q->value(2).toString();
        const QString starts = q->value(3).toString();
        const QString ends = q->value(4).toString();
        auto match = c.find("cycles", uuid, u"SELECT id FROM cycles WHERE name = ?"_s, { name });
        if (!match)
            return match.error();
        Id id = match->id;
        if (id == 0) {
            auto added
                = c.insert(u"INSERT INTO cycles (uuid, name, starts_on, ends_on) VALUES (?, ?, ?, ?)"_s,
                    { uuid, name, starts, ends });
            if (!added)
                return added.error();
            c.added(MergeKind::Cycle);
            c.cycles.insert(q->value(0).toLongLong(), *added);
            continue;
        }
        c.matched(MergeKind::Cycle);
        c.cycles.insert(q->value(0).toLongLong(), id);
        if (match->byNaturalKey) {
            if (auto s = c.rememberAlias("cycles", uuid, id); !s)
                return s;
        }
        auto here = c.target.exec(u"SELECT name, starts_on, ends_on FROM cycles WHERE id = ?"_s, { id });
        if (!here)
            return here.error();
        here->next();
        const QString hereName = here->value(0).toString();
        const QString item = Merge::tr("Cycle %1").arg(shown(hereName));
        if (hereName != name) {
            auto taken = keyTakenElsewhere(c, MergeKind::Cycle, id, item, Merge::tr("the name"), name,
                u"SELECT id FROM cycles WHERE name = ?"_s, { name });
            if (!taken)
                return taken.error();
            if (*taken)
                continue;
        }
        if (c.differ(MergeKind::Cycle, itemKey(id), item,
                { { Merge::tr("the name"), hereName, name },
                    { Merge::tr("the first day"), here->value(1).toString(), starts },
                    { Merge::tr("the last day"), here->value(2).toString(), ends } })) {
            if (auto s = c.target.execStatement(
                    u"UPDATE cycles SET name = ?, starts_on = ?, ends_on = ? WHERE id = ?"_s,
                    { name, starts, ends, id });
                !s)
                return s;
        }
    }
    return {};
}

} // namespace peerradar::merge
