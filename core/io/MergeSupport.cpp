#include "io/MergeSupport.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace peerradar::merge {

using namespace Qt::StringLiterals;

Context::Context(Database& targetDb, Database& sourceDb, const MergeOptions& mergeOptions,
    MergeReport& mergeReport, qint64 totalRows)
    : target(targetDb), source(sourceDb), options(mergeOptions), report(mergeReport), m_total(totalRows)
{ }

Result<Match> Context::find(
    const char* table, const QString& uuid, const QString& naturalKeySql, const QVariantList& naturalKey)
{
    const QString name = QLatin1String(table);
    auto byUuid = target.exec(u"SELECT id FROM %1 WHERE uuid = ?"_s.arg(name), { uuid });
    if (!byUuid)
        return byUuid.error();
    if (byUuid->next())
        return Match { byUuid->value(0).toLongLong(), false };
    auto byAlias = target.exec(
        u"SELECT t.id FROM uuid_aliases a JOIN %1 t ON t.uuid = a.same_as WHERE a.uuid = ?"_s.arg(name),
        { uuid });
    if (!byAlias)
        return byAlias.error();
    if (byAlias->next())
        return Match { byAlias->value(0).toLongLong(), false };
    if (naturalKeySql.isEmpty())
        return Match {};
    auto byKey = target.exec(naturalKeySql, naturalKey);
    if (!byKey)
        return byKey.error();
    if (byKey->next())
        return Match { byKey->value(0).toLongLong(), true };
    return Match {};
}

Status Context::rememberAlias(const char* table, const QString& sourceUuid, Id targetId)
{
    return target.execStatement(
        u"INSERT INTO uuid_aliases (uuid, kind, same_as) SELECT ?, ?, uuid FROM %1 WHERE id = ?"_s.arg(
            QLatin1String(table)),
        { sourceUuid, QString::fromLatin1(table), targetId });
}

Result<Id> Context::firstId(const QString& sql, const QVariantList& values)
{
    auto q = target.exec(sql, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : Id(0);
}

Result<Id> Context::insert(const QString& sql, const QVariantList& values)
{
    return target.insert(sql, values);
}

Id Context::person(Id sourceId) const
{
    const Id id = people.value(sourceId);
    return removedInTarget.contains(id) ? 0 : id;
}

bool Context::differ(
    MergeKind kind, const QString& itemKey, const QString& item, const QList<FieldDiff>& diffs)
{
    QList<FieldDiff> real;
    for (const FieldDiff& diff : diffs) {
        if (diff.targetValue != diff.sourceValue)
            real << diff;
    }
    if (real.isEmpty())
        return false;
    m_conflictItems[size_t(kind)].insert(itemKey);
    for (const FieldDiff& diff : std::as_const(real)) {
        MergeConflict conflict;
        conflict.kind = kind;
        conflict.item = item;
        conflict.field = diff.field;
        conflict.targetValue = diff.targetValue;
        conflict.sourceValue = diff.sourceValue;
        //: Conflict while merging files: "Person Anna Smith (anna@example.com): team is “Platform” in
        //: a.peerradar but “Sales” in b.peerradar."
        conflict.message = Merge::tr("%1: %2 is %3 in %4 but %5 in %6.")
                               .arg(item, diff.field, shown(diff.targetValue), report.targetName,
                                   shown(diff.sourceValue), report.sourceName);
        report.conflicts << conflict;
    }
    return options.prefer == MergePreference::Source;
}

void Context::unresolvable(
    MergeKind kind, const QString& itemKey, const QString& item, const QString& message)
{
    m_conflictItems[size_t(kind)].insert(itemKey);
    m_unresolvable = true;
    MergeConflict conflict;
    conflict.kind = kind;
    conflict.item = item;
    conflict.resolvable = false;
    conflict.message = item + u": "_s + message;
    report.conflicts << conflict;
}

void Context::finishCounts()
{
    for (size_t k = 0; k < size_t(mergeKindCount); ++k) {
        report.counts[k].conflicts = m_conflictItems[k].size();
        report.counts[k].alreadyPresent = m_matched[k] - report.counts[k].conflicts;
    }
}

bool Context::tick()
{
    ++m_done;
    if (!options.progress || m_done % 500 != 0)
        return true;
    return options.progress(m_done, m_total);
}

QString Context::label(QHash<Id, QString>& cache, const QString& sql, Id id)
{
    if (id == 0)
        return {};
    if (const auto it = cache.constFind(id); it != cache.constEnd())
        return *it;
    auto q = target.exec(sql, { id });
    const QString text = q && q->next() ? q->value(0).toString() : QString();
    cache.insert(id, text);
    return text;
}

QString Context::personLabel(Id targetPersonId)
{
    return label(
        m_personLabels, u"SELECT name || ' (' || email || ')' FROM people WHERE id = ?"_s, targetPersonId);
}

QString Context::teamLabel(Id targetTeamId)
{
    return label(m_teamLabels, u"SELECT name FROM teams WHERE id = ?"_s, targetTeamId);
}

QString Context::behaviorLabel(Id targetBehaviorId)
{
    return label(m_behaviorLabels, u"SELECT name FROM behaviors WHERE id = ?"_s, targetBehaviorId);
}

QString shown(const QString& value)
{
    constexpr qsizetype longest = 60;
    QString text = value.simplified();
    if (text.size() > longest)
        text = text.left(longest - 1) + u'…';
    return text.isEmpty() ? Merge::tr("(none)") : u'“' + text + u'”';
}

QString yesNo(bool value)
{
    return value ? Merge::tr("yes") : Merge::tr("no");
}

} // namespace peerradar::merge
