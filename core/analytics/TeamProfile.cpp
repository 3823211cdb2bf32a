#include "analytics/TeamProfile.h"

#include "analytics/ProfileEngine.h"
#include "analytics/ServerProfile.h"
#include "analytics/Statistics.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace peerradar {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// Members who have anyone reporting to them (people.manager_id) or manage a team with someone in it.
Result<QSet<Id>> managersAmong(Database& db, const QList<Person>& members)
{
    QSet<Id> result;
    if (members.isEmpty())
        return result;
    QVariantList ids;
    for (const Person& p : members)
        ids << p.id;
    const QString in = placeholders(ids.size());
    auto q = db.exec(
        QStringLiteral(
            "SELECT DISTINCT manager_id FROM people WHERE removed_at IS NULL AND manager_id IN (%1) "
            "UNION SELECT t.manager_id FROM teams t WHERE t.manager_id IN (%1) AND EXISTS "
            "(SELECT 1 FROM people p WHERE p.team_id = t.id AND p.removed_at IS NULL AND p.id <> "
            "t.manager_id)")
            .arg(in),
        ids + ids);
    if (!q)
        return q.error();
    while (q->next())
        result.insert(q->value(0).toLongLong());
    return result;
}

// Observations each member logged in [from, to], self-observations included; answered from the
// index observations_observer (observer_id, observed_on) alone.
Result<QHash<Id, int>> loggedCounts(
    Database& db, const QList<Person>& members, const QDate& from, const QDate& to, std::optional<Id> releasedCycle)
{
    QHash<Id, int> result;
    if (members.isEmpty())
        return result;
    QVariantList values;
    for (const Person& p : members)
        values << p.id;
    values << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
    if (releasedCycle)
        values << *releasedCycle;
    auto q
        = db.exec(QStringLiteral("SELECT observer_id, COUNT(*) FROM %1 WHERE observer_id IN (%2) "
                                 "AND observed_on BETWEEN ? AND ?%3 GROUP BY observer_id")
                      .arg(releasedCycle ? QStringLiteral("released_observations") : QStringLiteral("observations"),
                          placeholders(members.size()),
                          releasedCycle ? QStringLiteral(" AND cycle_id = ?") : QString()),
            values);
    if (!q)
        return q.error();
    while (q->next())
        result.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return result;
}

} // namespace

TeamProfileService::TeamProfileService(Database& db) : m_db(db), m_reader(std::make_shared<ProfileReader>(db)) { }

Result<TeamProfile> TeamProfileService::teamProfile(Id teamId, const ProfileOptions& options) const
{
    // A team's radar, heatmap and influence network read every member's observations. A server login
    // that may not read them would get figures from its own observations alone: refuse rather than
    // show wrong ones (the server has no team rule yet; see ServerProfile.h).
    auto restricted = ServerProfile::appliesRule(m_db);
    if (!restricted)
        return restricted.error();
    if (*restricted)
        return makeError(ErrorCode::Denied,
            tr("On a server, team profiles are shown to HR only for now. Ask HR for your team's summary."));
    PeopleRepository people(m_db);
    auto team = people.teamById(teamId);
    if (!team)
        return team.error();
    auto context = m_reader->context(options);
    if (!context)
        return context.error();
    // Released cycles (domain/Rules.h anonymousGroupsFor): a reader other than HR sees a released
    // cycle's team as it was at release (its members then, their observations then) and no
    // anonymous group of any other period.
    const std::optional<CycleRelease> release = context->cycle ? m_reader->release(context->cycle->id) : std::nullopt;
    const AnonymousGroups mode = anonymousGroupsFor(options.readerIsHr, context->cycle, release);
    if (mode == AnonymousGroups::Released)
        *context = releasedContext(*context, *release);
    auto members = mode == AnonymousGroups::Released ? people.releasedMembersOf(teamId, release->cycleId)
                                                     : people.membersOf(teamId);
    if (!members)
        return members.error();

    TeamProfile result;
    result.team = *team;
    result.settings = context->settings;
    result.cycle = context->cycle;
    result.members = *members;
    result.anonymousGroups = mode;
    result.release = release;
    if (team->managerId != 0) {
        auto manager = people.byId(team->managerId);
        if (manager)
            result.managerName = manager->name;
    }

    // One indexed query per member; every figure below comes from the members' own profiles (the
    // anonymity rule already applied) or from counts that the comments show to be safe.
    // With the leniency correction on, what it reads of the period is read once for the whole team
    // (and kept until the file changes).
    ProfileReader& reader = *m_reader;
    std::shared_ptr<const LeniencyBase> leniency;
    if (context->settings.leniencyCorrection && mode != AnonymousGroups::Withheld) {
        auto base = mode == AnonymousGroups::Released
            ? reader.releasedLeniencyBase(release->cycleId)
            : reader.leniencyBase(context->cycle ? std::pair { context->cycle->start, context->cycle->end }
                                                 : std::pair<QDate, QDate> {});
        if (!base)
            return base.error();
        leniency = *base;
    }
    QList<QList<SubjectRow>> rows;
    QList<PersonProfile> profiles;
    for (const Person& member : result.members) {
        auto r = mode == AnonymousGroups::Released ? reader.releasedRows(release->cycleId, member.id)
                                                   : reader.subjectRows(member.id);
        if (!r)
            return r.error();
        if (mode == AnonymousGroups::Withheld)
            *r = withoutAnonymousGroups(*r);
        PersonProfile profile = computeProfile(*context, member, team->name, *r, leniency.get());
        if (mode == AnonymousGroups::Withheld)
            withholdAnonymousGroups(profile.behaviors);
        profiles.append(profile);
        rows.append(std::move(*r));
    }

    // The team's period: the cycle, or from the first observation any member received to the
    // latest in the file. Each member's own period (ProfileEngine) covers all of their rows in it.
    if (context->cycle) {
        result.from = context->cycle->start;
        result.to = context->cycle->end;
    } else {
        result.to = context->latestInFile.isValid() ? context->latestInFile : context->today;
        result.from = result.to;
        for (const PersonProfile& p : profiles)
            result.from = std::min(result.from, p.from);
    }

    // Axes: the active framework's behaviors, plus retired ones that some member's profile shows.
    QSet<QString> present;
    for (const PersonProfile& p : profiles) {
        for (const BehaviorProfile& b : p.behaviors)
            present.insert(b.behavior.key);
    }
    for (const Behavior& b : context->framework.behaviors) {
        if (!b.retired || present.contains(b.key))
            result.behaviors.append(b);
    }

    // Heatmap: each member's "others" figure as their profile shows it (suppressed stays suppressed).
    for (const PersonProfile& p : profiles) {
        QList<GroupStats> cells;
        for (const Behavior& b : result.behaviors) {
            const BehaviorProfile* bp = p.behavior(b.key);
            cells.append(bp ? bp->others : GroupStats());
        }
        result.heatmap.append(cells);
    }

    // Team radar: the mean (and median) of the members' shown "others" means, so every member weighs
    // the same whatever their number of observers; self is not in "others". A member whose figure is
    // suppressed is left out and the number of contributing members is given: the radar is then a
    // function of shown figures only, so no member's hidden figure can be derived from it.
    for (qsizetype bi = 0; bi < result.behaviors.size(); ++bi) {
        TeamRadarAxis axis;
        axis.key = result.behaviors[bi].key;
        axis.name = result.behaviors[bi].name;
        axis.retired = result.behaviors[bi].retired;
        QList<double> means;
        double adjustedSum = 0.0;
        int adjusted = 0;
        for (const QList<GroupStats>& row : result.heatmap) {
            if (row[bi].isShown())
                means.append(row[bi].mean);
            if (row[bi].isShown() && row[bi].adjustedMean) {
                adjustedSum += *row[bi].adjustedMean;
                ++adjusted;
            }
        }
        if (adjusted > 0)
            axis.adjustedMean = adjustedSum / adjusted;
        axis.contributingMembers = int(means.size());
        if (!means.isEmpty()) {
            double sum = 0.0;
            for (double m : means)
                sum += m;
            axis.mean = sum / double(means.size());
            axis.median = stats::median(means);
        }
        result.radar.append(axis);
    }

    auto logged = loggedCounts(m_db, result.members, result.from, result.to,
        mode == AnonymousGroups::Released ? std::optional<Id>(release->cycleId) : std::nullopt);
    if (!logged)
        return logged.error();
    auto managers = managersAmong(m_db, result.members);
    if (!managers)
        return managers.error();

    QHash<Id, qsizetype> indexOf;
    for (qsizetype i = 0; i < result.members.size(); ++i)
        indexOf.insert(result.members[i].id, i);
    QHash<QPair<Id, Id>, int> edgeWeights;
    QList<int> peerReceived;
    for (qsizetype i = 0; i < result.members.size(); ++i) {
        const Person& member = result.members[i];
        const PersonProfile& profile = profiles[i];
        QSet<Id> behaviorIds;
        for (const BehaviorProfile& b : profile.behaviors)
            behaviorIds.insert(b.behavior.id);

        MemberCoverage coverage;
        coverage.personId = member.id;
        coverage.name = member.name;
        QSet<Id> observers;
        int fromOutside = 0;
        int peers = 0;
        for (const SubjectRow& row : rows[i]) {
            if (row.date < profile.from || row.date > profile.to || !behaviorIds.contains(row.behaviorId))
                continue;
            if (row.group == RaterGroup::Self)
                continue;
            coverage.observed = true;
            observers.insert(row.observerId);
            if (row.group == RaterGroup::Peer)
                ++peers;
            if (indexOf.contains(row.observerId))
                ++edgeWeights[qMakePair(member.id, row.observerId)];
            else
                ++fromOutside;
        }
        // Complementary suppression of a member's totals (tests/core/tst_document_differencing). The
        // counts received are sums over behaviors of the "others" figures: next to the heatmap, total −
        // Σ shown behaviors would give a suppressed behavior's count. So is the network's weight of every
        // observer in the team plus what came from outside. And the distinct observers are a union, which
        // is the sum of the behaviors' observers whenever nobody observed two of them (the attacker may
        // assume it, and is often right). So each of the three is given only when none of the member's
        // "others" figures is suppressed: then they tell nothing about a hidden figure. The edges within
        // the team stay (the network is the point of the view): without what came from outside, they
        // cover only part of any figure. The distinct observers are given when they reach k besides
        // (fewer would tell how few people observed the member).
        bool anySuppressed = false;
        int shownTotal = 0;
        for (const BehaviorProfile& b : profile.behaviors) {
            anySuppressed = anySuppressed || b.others.isSuppressed();
            shownTotal += b.others.isShown() ? b.others.observations : 0;
        }
        if (!anySuppressed) {
            coverage.observationsReceived = shownTotal;
            if (observers.size() >= result.settings.k)
                coverage.observers = int(observers.size());
        }
        // Self-observations are in the logged count; the member's own received rows tell how many.
        int selfInTeamPeriod = 0;
        for (const SubjectRow& row : rows[i]) {
            if (row.group == RaterGroup::Self && row.date >= result.from && row.date <= result.to)
                ++selfInTeamPeriod;
        }
        coverage.observationsGiven = logged->value(member.id) - selfInTeamPeriod;
        if (!coverage.observed)
            result.neverObserved.append(member.id);
        result.coverage.append(coverage);
        result.edgesToOutside.append(anySuppressed ? std::nullopt : std::optional<int>(fromOutside));
        peerReceived.append(peers);
    }

    for (auto it = edgeWeights.constBegin(); it != edgeWeights.constEnd(); ++it)
        result.edges.append(NetworkEdge { it.key().first, it.key().second, it.value() });
    std::sort(
        result.edges.begin(), result.edges.end(), [&indexOf](const NetworkEdge& a, const NetworkEdge& b) {
            if (a.weight != b.weight)
                return a.weight > b.weight;
            if (a.subjectId != b.subjectId)
                return indexOf.value(a.subjectId) < indexOf.value(b.subjectId);
            return indexOf.value(a.observerId) < indexOf.value(b.observerId);
        });

    // Informal leaders: members without direct reports whose received peer observations are at
    // least max(3, 1.5 × the team median of received peer observations); at most ceil(members/5),
    // highest first (ties by name, the members' order).
    QList<double> peerCounts;
    for (int c : peerReceived)
        peerCounts.append(c);
    result.medianPeerObservations = stats::median(peerCounts).value_or(0.0);
    const double threshold = std::max(3.0, 1.5 * result.medianPeerObservations);
    QList<InformalLeader> candidates;
    for (qsizetype i = 0; i < result.members.size(); ++i) {
        if (managers->contains(result.members[i].id) || peerReceived[i] < threshold)
            continue;
        candidates.append(InformalLeader { result.members[i].id, result.members[i].name, peerReceived[i] });
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const InformalLeader& a, const InformalLeader& b) {
            return a.peerObservations > b.peerObservations;
        });
    const qsizetype maxLeaders = (result.members.size() + 4) / 5;
    result.informalLeaders = candidates.mid(0, maxLeaders);
    return result;
}

} // namespace peerradar
