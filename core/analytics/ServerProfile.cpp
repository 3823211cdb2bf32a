#include "analytics/ServerProfile.h"

#include "analytics/Anonymity.h"
#include "analytics/Leniency.h"
#include "storage/Database.h"
#include "storage/ServerSetup.h"

#include <QHash>
#include <QSqlQuery>

namespace peerradar {

namespace {

struct Slots
{
    std::array<GroupStats, 5> groups;
    GroupStats others;
    std::optional<PooledGroup> pooled;
};

QList<RaterGroup> poolMembers(const QString& key)
{
    QList<RaterGroup> members;
    for (const QString& part : key.split(u'+')) {
        if (const auto g = raterGroupFromKey(part))
            members << *g;
    }
    return members;
}

Result<QDate> dateFrom(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QDate();
    return QDate::fromString(q->value(0).toString(), Qt::ISODate);
}

} // namespace

Result<bool> ServerProfile::appliesRule(Database& db)
{
    if (!db.isServer())
        return false;
    auto everything = ServerSetup::seesEverything(db);
    if (!everything)
        return everything.error();
    return !*everything;
}

Result<QDate> ServerProfile::latestObservationDate(Database& db)
{
    return dateFrom(db, QStringLiteral("SELECT pr_latest_observation_date()"));
}

Result<QDate> ServerProfile::firstReceivedDate(Database& db, Id subjectId)
{
    return dateFrom(db, QStringLiteral("SELECT pr_first_received_date(?)"), { subjectId });
}

Result<QList<BehaviorProfile>> ServerProfile::behaviors(
    Database& db, const ProfileContext& context, Id subjectId, const QDate& from, const QDate& to)
{
    auto q = db.exec(
        QStringLiteral("SELECT behavior_id, slot, state, pooled_into, n, observers, view_sum, view_squares, "
                       "notes_visible FROM pr_profile_groups(?, ?, ?)"),
        { subjectId, from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
    if (!q)
        return q.error();
    const int days = int(from.daysTo(to)) + 1;
    QHash<Id, Slots> byBehavior;
    while (q->next()) {
        Slots& s = byBehavior[q->value(0).toLongLong()];
        const QString slot = q->value(1).toString();
        const QString state = q->value(2).toString();
        GroupStats stats;
        // Which single-rater reliability applies: the group's own, or none for a pool or "others".
        const std::optional<RaterGroup> group = raterGroupFromKey(slot);
        if (state == QLatin1String("shown")) {
            const ViewSums sums { q->value(4).toInt(), q->value(5).toInt(), q->value(6).toDouble(),
                q->value(7).toDouble() };
            stats = shownStats(sums, group, days);
            stats.notesVisible = q->value(8).toBool();
        } else if (state == QLatin1String("suppressed")) {
            stats.state = GroupStats::State::Suppressed;
            stats.pooledInto = q->value(3).toString();
        }
        if (slot == QLatin1String("others")) {
            s.others = stats;
        } else if (slot == QLatin1String("pool")) {
            PooledGroup pool;
            pool.key = q->value(3).toString();
            pool.members = poolMembers(pool.key);
            pool.stats = stats;
            s.pooled = pool;
        } else if (group) {
            s.groups[BehaviorProfile::groupIndex(*group)] = stats;
        }
    }
    if (context.settings.leniencyCorrection) {
        // Σ L of each corrected slot (the server decides which, as applyLeniency does, and returns
        // nothing for the others); the corrected mean follows here as in the file.
        auto lq = db.exec(
            QStringLiteral("SELECT behavior_id, slot, leniency_sum FROM pr_profile_leniency(?, ?, ?)"),
            { subjectId, from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
        if (!lq)
            return lq.error();
        while (lq->next()) {
            const auto found = byBehavior.find(lq->value(0).toLongLong());
            if (found == byBehavior.end())
                continue;
            const QString slot = lq->value(1).toString();
            GroupStats* stats = nullptr;
            if (slot == QLatin1String("others"))
                stats = &found->others;
            else if (slot == QLatin1String("pool"))
                stats = found->pooled ? &found->pooled->stats : nullptr;
            else if (const auto group = raterGroupFromKey(slot))
                stats = &found->groups[BehaviorProfile::groupIndex(*group)];
            if (stats && stats->isShown())
                stats->adjustedMean
                    = leniency::adjustedMean(stats->mean, lq->value(2).toDouble(), stats->observers);
        }
    }
    QList<BehaviorProfile> result;
    for (const Behavior& behavior : context.framework.behaviors) {
        const auto found = byBehavior.constFind(behavior.id);
        if (behavior.retired && found == byBehavior.constEnd())
            continue;
        BehaviorProfile profile;
        profile.behavior = behavior;
        if (found != byBehavior.constEnd()) {
            for (RaterGroup g : allRaterGroups)
                profile.group(g) = found->groups[BehaviorProfile::groupIndex(g)];
            profile.others = found->others;
            profile.pooled = found->pooled;
        }
        applyGap(profile);
        result.append(profile);
    }
    return result;
}

} // namespace peerradar
