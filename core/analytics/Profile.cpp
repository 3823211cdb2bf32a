#include "analytics/Profile.h"

#include "analytics/Anonymity.h"
#include "analytics/ProfileEngine.h"
#include "analytics/ServerProfile.h"
#include "analytics/Statistics.h"
#include "domain/Rules.h"
#include "storage/CycleRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>
#include <functional>

namespace peerradar {

namespace {

// The trend compares the "others" figure of each behavior in two cycles, each computed on its own
// under the anonymity rule (so a figure hidden in one cycle stays hidden in the trend). A change
// counts as one only beyond the uncertainty of the two figures (never between two single views).
// `period`: the profile's own behaviors when its period holds both cycles (the whole history), whose
// "others" figures are bound to the trend's (applyTrendAnonymity); none when the period is `current`.
Trend computeTrend(const QList<BehaviorProfile>& now, const QList<BehaviorProfile>& then, const Cycle& current,
    const Cycle& previous, const QList<BehaviorProfile>* period)
{
    Trend trend;
    trend.current = current;
    trend.previous = previous;
    QHash<Id, const BehaviorProfile*> thenById;
    for (const BehaviorProfile& b : then)
        thenById.insert(b.behavior.id, &b);
    QHash<Id, const BehaviorProfile*> periodById;
    if (period) {
        for (const BehaviorProfile& b : *period)
            periodById.insert(b.behavior.id, &b);
    }
    QList<Id> seen;
    const auto add
        = [&](const Behavior& behavior, const GroupStats& nowStats, const GroupStats& thenStats) {
              TrendEntry entry;
              entry.key = behavior.key;
              entry.name = behavior.name;
              entry.now = nowStats;
              entry.previous = thenStats;
              if (period) {
                  const BehaviorProfile* inPeriod = periodById.value(behavior.id);
                  applyTrendAnonymity(inPeriod ? inPeriod->others : GroupStats(), entry.now, entry.previous);
              }
              if (entry.now.isShown() && entry.previous.isShown()) {
                  entry.change = entry.now.mean - entry.previous.mean;
                  entry.changeUncertainty
                      = stats::differenceUncertainty(entry.now.halfWidth, entry.previous.halfWidth);
                  entry.changed
                      = entry.changeUncertainty && std::abs(*entry.change) > *entry.changeUncertainty;
              }
              trend.behaviors.append(entry);
          };
    for (const BehaviorProfile& b : now) {
        const BehaviorProfile* before = thenById.value(b.behavior.id);
        add(b.behavior, b.others, before ? before->others : GroupStats());
        seen.append(b.behavior.id);
    }
    for (const BehaviorProfile& b : then) {
        if (!seen.contains(b.behavior.id)) // retired behavior with data only in the previous cycle
            add(b.behavior, GroupStats(), b.others);
    }
    return trend;
}

} // namespace

bool GroupStats::observersDisagree() const
{
    return isShown() && agreement && *agreement <= stats::disagreementCutOff;
}

QString selfOtherKey(SelfOtherAgreement agreement)
{
    switch (agreement) {
    case SelfOtherAgreement::OverEstimator:
        return QStringLiteral("over_estimator");
    case SelfOtherAgreement::UnderEstimator:
        return QStringLiteral("under_estimator");
    case SelfOtherAgreement::AgreeHigh:
        return QStringLiteral("in_agreement_high");
    case SelfOtherAgreement::AgreeLow:
        return QStringLiteral("in_agreement_low");
    }
    return {};
}

const BehaviorProfile* PersonProfile::behavior(const QString& key) const
{
    for (const BehaviorProfile& b : behaviors) {
        if (b.behavior.key == key)
            return &b;
    }
    return nullptr;
}

ProfileService::ProfileService(Database& db) : m_db(db), m_reader(std::make_shared<ProfileReader>(db)) { }

Result<PersonProfile> ProfileService::personProfile(Id personId, const ProfileOptions& options) const
{
    auto person = PeopleRepository(m_db).byId(personId);
    if (!person)
        return person.error();
    auto context = m_reader->context(options);
    if (!context)
        return context.error();
    QString teamName;
    if (person->teamId != 0) {
        auto team = m_reader->teamName(person->teamId);
        if (!team)
            return team.error();
        teamName = *team;
    }
    // The figures under the anonymity rule for a period: computed here from the subject's rows, or,
    // for a server login that may not read those rows, by the server's rule.
    auto fromServer = ServerProfile::appliesRule(m_db);
    if (!fromServer)
        return fromServer.error();
    const bool readerIsHr = options.readerIsHr && !*fromServer;
    // Released cycles: where each period's anonymous groups come from for this reader, and the
    // period and thresholds of a released cycle's figures (the release's).
    const auto modeOf = [&](const std::optional<Cycle>& cycle) {
        return anonymousGroupsFor(readerIsHr, cycle, cycle ? m_reader->release(cycle->id) : std::nullopt);
    };
    const auto contextOf = [&](const std::optional<Cycle>& cycle) {
        ProfileContext c = *context;
        c.cycle = cycle;
        if (modeOf(cycle) == AnonymousGroups::Released)
            c = releasedContext(c, *m_reader->release(cycle->id));
        return c;
    };
    const AnonymousGroups mode = modeOf(context->cycle);
    if (mode == AnonymousGroups::Released)
        *context = releasedContext(*context, *m_reader->release(context->cycle->id));
    QList<SubjectRow> rows;
    std::pair<QDate, QDate> period;
    // The behaviors of the profile's period (`cycle` none: the whole history), or of a trend's cycle.
    std::function<Result<QList<BehaviorProfile>>(const std::optional<Cycle>&, const QDate&, const QDate&)> behaviorsIn;
    if (*fromServer) {
        // The server serves such a login only the periods of readablePeriods: say so plainly rather
        // than pass on its refusal.
        const ReadablePeriods readable = readablePeriods(false, m_reader->cycles());
        if (!context->cycle && !readable.wholeHistory)
            return makeError(ErrorCode::Denied,
                tr("Your account reads profiles one cycle at a time, not over the whole history: choose a "
                   "cycle (in the command-line tool: --cycle NAME)."));
        if (context->cycle && !readable.allowsCycle(context->cycle->id))
            return makeError(ErrorCode::Denied,
                tr("The cycle \"%1\" overlaps another cycle, so its figures are not shown to your account: "
                   "comparing overlapping periods could reveal who said what. Choose another cycle.")
                    .arg(context->cycle->name));
        auto latest = ServerProfile::latestObservationDate(m_db);
        if (!latest)
            return latest.error();
        context->latestInFile = *latest;
        auto first = ServerProfile::firstReceivedDate(m_db, personId);
        if (!first)
            return first.error();
        period = profilePeriod(*context, *first);
        // The server decides by the period what it shows (pr_profile_mode): a release's dates give
        // the released figures, anything else no anonymous group.
        behaviorsIn = [&](const std::optional<Cycle>& cycle, const QDate& from,
                          const QDate& to) -> Result<QList<BehaviorProfile>> {
            auto behaviors = ServerProfile::behaviors(m_db, contextOf(cycle), personId, from, to);
            if (behaviors && modeOf(cycle) == AnonymousGroups::Withheld)
                withholdAnonymousGroups(*behaviors);
            return behaviors;
        };
    } else {
        auto loaded = m_reader->subjectRows(personId);
        if (!loaded)
            return loaded.error();
        rows = std::move(loaded).value();
        period = profilePeriod(*context, rows);
        behaviorsIn = [&](const std::optional<Cycle>& cycle, const QDate& from,
                          const QDate& to) -> Result<QList<BehaviorProfile>> {
            const ProfileContext c = contextOf(cycle);
            std::shared_ptr<const LeniencyBase> leniency;
            switch (modeOf(cycle)) {
            case AnonymousGroups::Released: {
                auto released = m_reader->releasedRows(cycle->id, personId);
                if (!released)
                    return released.error();
                if (c.settings.leniencyCorrection) {
                    auto base = m_reader->releasedLeniencyBase(cycle->id);
                    if (!base)
                        return base.error();
                    leniency = *base;
                }
                return computeBehaviors(c, *released, c.cycle->start, c.cycle->end, leniency.get());
            }
            case AnonymousGroups::Withheld: {
                QList<BehaviorProfile> behaviors = computeBehaviors(c, withoutAnonymousGroups(rows), from, to);
                withholdAnonymousGroups(behaviors);
                return behaviors;
            }
            case AnonymousGroups::Live:
                break;
            }
            if (c.settings.leniencyCorrection) {
                auto base = m_reader->leniencyBase(cycle ? std::pair { from, to } : std::pair<QDate, QDate> {});
                if (!base)
                    return base.error();
                leniency = *base;
            }
            return computeBehaviors(c, rows, from, to, leniency.get());
        };
    }
    auto behaviors = behaviorsIn(context->cycle, period.first, period.second);
    if (!behaviors)
        return behaviors.error();
    PersonProfile profile = profileFromBehaviors(*context, *person, teamName, period.first, period.second, *behaviors);
    profile.anonymousGroups = mode;
    if (context->cycle) {
        profile.release = m_reader->release(context->cycle->id);
        if (profile.release && mode == AnonymousGroups::Live) {
            auto changes = m_reader->changesSinceRelease(context->cycle->id);
            if (!changes)
                return changes.error();
            profile.changesSinceRelease = *changes;
        }
    }

    if (options.withTrend) {
        // With a cycle: that cycle against the one before it. Without: the latest cycle that has
        // started (by options.today) against the one before it.
        std::optional<Cycle> current = context->cycle;
        if (!current) {
            for (const Cycle& c : m_reader->cycles()) {
                if (c.start <= context->today && (!current || c.start > current->start))
                    current = c;
            }
        }
        if (current) {
            auto previous = m_reader->previousCycle(*current);
            if (!previous)
                return previous.error();
            // A server login bound by the rules reads only the periods of readablePeriods (the server
            // refuses the others): its trend is left out when the cycle before is not one of them.
            if (*previous
                && (!*fromServer || readablePeriods(false, m_reader->cycles()).allowsCycle((*previous)->id))) {
                // Each side over its own cycle's period: a released cycle's released dates.
                const ProfileContext nowContext = contextOf(current);
                const ProfileContext thenContext = contextOf(*previous);
                auto now = behaviorsIn(current, nowContext.cycle->start, nowContext.cycle->end);
                if (!now)
                    return now.error();
                auto then = behaviorsIn(*previous, thenContext.cycle->start, thenContext.cycle->end);
                if (!then)
                    return then.error();
                const bool periodIsCurrent = profile.cycle && profile.cycle->id == current->id;
                profile.trend = computeTrend(*now, *then, *nowContext.cycle, *thenContext.cycle,
                    periodIsCurrent ? nullptr : &profile.behaviors);
            }
        }
    }
    return profile;
}

Result<QList<ProfileNote>> ProfileService::notes(
    const PersonProfile& profile, Role viewerRole, const QString& behaviorKey) const
{
    // Which groups' notes may be shown comes from the profile, which went through the anonymity
    // rule: a group's notes need its notesVisible flag (k_notes reached), a pooled group's those of
    // its pool, and it is then labelled with the pool's name, never its own.
    struct Visible
    {
        QString key;
        QString label;
    };
    QHash<Id, std::array<std::optional<Visible>, 5>> visible;
    for (const BehaviorProfile& b : profile.behaviors) {
        if (!behaviorKey.isEmpty() && b.behavior.key != behaviorKey)
            continue;
        auto& slots = visible[b.behavior.id];
        for (RaterGroup g : allRaterGroups) {
            const GroupStats& s = b.group(g);
            if (s.isShown() && s.notesVisible)
                slots[BehaviorProfile::groupIndex(g)]
                    = Visible { raterGroupKey(g), raterGroupDisplayName(g) };
        }
        if (b.pooled && b.pooled->stats.notesVisible) {
            for (RaterGroup g : b.pooled->members)
                slots[BehaviorProfile::groupIndex(g)]
                    = Visible { b.pooled->key, poolLabel(b.pooled->members) };
        }
    }
    QHash<Id, QString> keys;
    for (const BehaviorProfile& b : profile.behaviors)
        keys.insert(b.behavior.id, b.behavior.key);

    auto fromServer = ServerProfile::appliesRule(m_db);
    if (!fromServer)
        return fromServer.error();
    // A server login that may not read the observations gets the notes the server's rule lets
    // through, without the observer; the checks below then agree with the server's.
    // A released cycle's notes, for a reader who is not HR, are those of its release (their groups'
    // figures are), less any HR has hidden since and any whose observation is gone: a note HR hid
    // must not come back when its observation is deleted.
    const bool released = !*fromServer && profile.anonymousGroups == AnonymousGroups::Released && profile.cycle;
    QVariantList values { profile.person.id, profile.from.toString(Qt::ISODate), profile.to.toString(Qt::ISODate) };
    if (released)
        values.prepend(profile.cycle->id);
    auto q = m_db.exec(*fromServer
            ? QStringLiteral("SELECT observation_id, behavior_id, observed_on, rater_group, situation, action, result, "
                             "'' FROM pr_profile_notes(?, ?, ?)")
            : released
            ? QStringLiteral("SELECT o.observation_id, o.behavior_id, o.observed_on, o.rater_group, o.situation, "
                             "o.action, o.result, p.name FROM released_observations o JOIN people p ON p.id = o.observer_id "
                             "WHERE o.cycle_id = ? AND o.subject_id = ? AND o.observed_on BETWEEN ? AND ? "
                             "AND EXISTS (SELECT 1 FROM observations h WHERE h.id = o.observation_id AND h.note_hidden = 0) "
                             "AND (o.situation <> '' OR o.action <> '' OR o.result <> '') "
                             "ORDER BY o.observed_on DESC, o.observation_id DESC")
            : QStringLiteral("SELECT o.id, o.behavior_id, o.observed_on, o.rater_group, o.situation, o.action, "
                             "o.result, p.name FROM observations o JOIN people p ON p.id = o.observer_id "
                             "WHERE o.subject_id = ? AND o.observed_on BETWEEN ? AND ? AND o.note_hidden = 0 "
                             "AND (o.situation <> '' OR o.action <> '' OR o.result <> '') "
                             "ORDER BY o.observed_on DESC, o.id DESC"),
        values);
    if (!q)
        return q.error();
    QList<ProfileNote> result;
    while (q->next()) {
        const Id behaviorId = q->value(1).toLongLong();
        const auto slots = visible.constFind(behaviorId);
        if (slots == visible.constEnd())
            continue;
        // The server labels a pooled note with its pool's key ("peer+other"): any member finds the pool.
        const auto group = raterGroupFromKey(q->value(3).toString().section(u'+', 0, 0));
        if (!group)
            continue;
        const std::optional<Visible>& v = (*slots)[BehaviorProfile::groupIndex(*group)];
        if (!v)
            continue;
        ProfileNote note;
        note.observationId = q->value(0).toLongLong();
        note.behaviorKey = keys.value(behaviorId);
        note.groupKey = v->key;
        note.groupLabel = v->label;
        note.date = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        note.note = Note { q->value(4).toString(), q->value(5).toString(), q->value(6).toString() };
        if (viewerRole == Role::Hr)
            note.observerName = q->value(7).toString();
        result.append(note);
    }
    return result;
}

} // namespace peerradar
