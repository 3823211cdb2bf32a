#include "storage/FrameworkRepository.h"

#include "domain/Rules.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QSet>
#include <QSqlQuery>

namespace peerradar {

namespace {

const QString frameworkColumns = QStringLiteral("id, uuid, name, version, active");

Framework frameworkFrom(const QSqlQuery& q)
{
    Framework f;
    f.id = q.value(0).toLongLong();
    f.uuid = q.value(1).toString();
    f.name = q.value(2).toString();
    f.version = q.value(3).toInt();
    f.active = q.value(4).toBool();
    return f;
}

} // namespace

Result<QList<Behavior>> FrameworkRepository::behaviorsOf(Id frameworkId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, uuid, framework_id, key, name, description, position, retired "
                                      "FROM behaviors WHERE framework_id = ? ORDER BY position, id"),
        { frameworkId });
    if (!q)
        return q.error();
    QList<Behavior> behaviors;
    while (q->next()) {
        Behavior b;
        b.id = q->value(0).toLongLong();
        b.uuid = q->value(1).toString();
        b.frameworkId = q->value(2).toLongLong();
        b.key = q->value(3).toString();
        b.name = q->value(4).toString();
        b.description = q->value(5).toString();
        b.position = q->value(6).toInt();
        b.retired = q->value(7).toBool();
        behaviors.append(b);
    }
    return behaviors;
}

Result<QList<Framework>> FrameworkRepository::all() const
{
    QList<Framework> frameworks;
    {
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM frameworks ORDER BY active DESC, name, version")
                               .arg(frameworkColumns));
        if (!q)
            return q.error();
        while (q->next())
            frameworks.append(frameworkFrom(*q));
    }
    for (Framework& f : frameworks) {
        auto behaviors = behaviorsOf(f.id);
        if (!behaviors)
            return behaviors.error();
        f.behaviors = *behaviors;
    }
    return frameworks;
}

Result<Framework> FrameworkRepository::byId(Id id) const
{
    Framework framework;
    {
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM frameworks WHERE id = ?").arg(frameworkColumns), { id });
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, tr("This framework no longer exists."));
        framework = frameworkFrom(*q);
    }
    auto behaviors = behaviorsOf(framework.id);
    if (!behaviors)
        return behaviors.error();
    framework.behaviors = *behaviors;
    return framework;
}

Result<Framework> FrameworkRepository::active() const
{
    Id id = 0;
    {
        auto q = m_db.exec(QStringLiteral("SELECT id FROM frameworks WHERE active = 1 ORDER BY id LIMIT 1"));
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, tr("The file has no active behavior framework."));
        id = q->value(0).toLongLong();
    }
    return byId(id);
}

Result<Id> FrameworkRepository::addFramework(Framework& framework)
{
    framework.name = framework.name.trimmed();
    if (framework.name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a name for the framework."));
    if (framework.behaviors.size() < 3)
        return makeError(ErrorCode::Invalid, tr("A framework needs at least 3 behaviors to draw a radar."));
    QSet<QString> keys;
    for (const Behavior& b : std::as_const(framework.behaviors)) {
        if (auto status = validateBehavior(b); !status)
            return status.error();
        if (keys.contains(b.key))
            return makeError(ErrorCode::Invalid, tr("The key \"%1\" appears twice; each behavior needs its own key.")
                                                     .arg(b.key));
        keys.insert(b.key);
    }
    {
        auto q = m_db.exec(QStringLiteral("SELECT 1 FROM frameworks WHERE name = ? AND version = ?"),
            { framework.name, framework.version });
        if (!q)
            return q.error();
        if (q->next())
            return makeError(ErrorCode::AlreadyExists,
                tr("A framework named \"%1\" with version %2 exists already.").arg(framework.name).arg(framework.version));
    }
    if (framework.active) {
        if (auto s = m_db.execStatement(QStringLiteral("UPDATE frameworks SET active = 0")); !s)
            return s.error();
    }
    if (framework.uuid.isEmpty())
        framework.uuid = newUuid();
    auto insert = m_db.insert(QStringLiteral("INSERT INTO frameworks (uuid, name, version, active) VALUES (?, ?, ?, ?)"),
        { framework.uuid, framework.name, framework.version, framework.active ? 1 : 0 });
    if (!insert)
        return insert.error();
    framework.id = *insert;
    for (qsizetype i = 0; i < framework.behaviors.size(); ++i) {
        Behavior& b = framework.behaviors[i];
        b.frameworkId = framework.id;
        b.position = int(i);
        auto id = addBehavior(b);
        if (!id)
            return id.error();
    }
    return framework.id;
}

Status FrameworkRepository::setActive(Id frameworkId)
{
    auto exists = byId(frameworkId);
    if (!exists)
        return exists.error();
    if (auto s = m_db.execStatement(QStringLiteral("UPDATE frameworks SET active = 0")); !s)
        return s;
    return m_db.execStatement(QStringLiteral("UPDATE frameworks SET active = 1 WHERE id = ?"), { frameworkId });
}

Status FrameworkRepository::rename(Id frameworkId, const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a name for the framework."));
    return m_db.execStatement(QStringLiteral("UPDATE frameworks SET name = ? WHERE id = ?"), { name.trimmed(), frameworkId });
}

Status FrameworkRepository::restoreBehavior(const Behavior& behavior)
{
    if (auto status = validateBehavior(behavior); !status)
        return status;
    return m_db.execStatement(QStringLiteral("INSERT INTO behaviors (id, uuid, framework_id, key, name, description, "
                                             "position, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { behavior.id, behavior.uuid, behavior.frameworkId, behavior.key, behavior.name.trimmed(),
            behavior.description.trimmed(), behavior.position, behavior.retired ? 1 : 0 });
}

Result<Id> FrameworkRepository::addBehavior(Behavior& behavior)
{
    behavior.name = behavior.name.trimmed();
    behavior.description = behavior.description.trimmed();
    if (auto status = validateBehavior(behavior); !status)
        return status.error();
    {
        auto q = m_db.exec(QStringLiteral("SELECT 1 FROM behaviors WHERE framework_id = ? AND key = ?"),
            { behavior.frameworkId, behavior.key });
        if (!q)
            return q.error();
        if (q->next())
            return makeError(ErrorCode::AlreadyExists,
                tr("The framework already has a behavior with the key \"%1\".").arg(behavior.key));
    }
    if (behavior.uuid.isEmpty())
        behavior.uuid = newUuid();
    auto insert = m_db.insert(QStringLiteral("INSERT INTO behaviors (uuid, framework_id, key, name, description, "
                                           "position, retired) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { behavior.uuid, behavior.frameworkId, behavior.key, behavior.name, behavior.description, behavior.position,
            behavior.retired ? 1 : 0 });
    if (!insert)
        return insert.error();
    behavior.id = *insert;
    return behavior.id;
}

Status FrameworkRepository::updateBehavior(const Behavior& behavior)
{
    if (auto status = validateBehavior(behavior); !status)
        return status;
    return m_db.execStatement(
        QStringLiteral("UPDATE behaviors SET name = ?, description = ?, position = ? WHERE id = ?"),
        { behavior.name.trimmed(), behavior.description.trimmed(), behavior.position, behavior.id });
}

Status FrameworkRepository::setRetired(Id behaviorId, bool retired)
{
    return m_db.execStatement(QStringLiteral("UPDATE behaviors SET retired = ? WHERE id = ?"),
        { retired ? 1 : 0, behaviorId });
}

Status FrameworkRepository::removeBehavior(Id behaviorId)
{
    {
        auto q = m_db.exec(QStringLiteral("SELECT 1 FROM observations WHERE behavior_id = ? LIMIT 1"), { behaviorId });
        if (!q)
            return q.error();
        if (q->next())
            return makeError(ErrorCode::Invalid,
                tr("Observations refer to this behavior, so it cannot be deleted. Retire it instead: it stays in "
                   "past profiles and is no longer offered for new observations."));
    }
    return m_db.execStatement(QStringLiteral("DELETE FROM behaviors WHERE id = ?"), { behaviorId });
}

} // namespace peerradar
