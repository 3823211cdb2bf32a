#include "analytics/Anonymity.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace peerradar {

namespace {

constexpr RaterGroup anonymousGroups[] = { RaterGroup::Peer, RaterGroup::DirectReport, RaterGroup::Other };

GroupStats suppressed(const QString& pooledInto = {})
{
    // Nothing but the state (and the pool it went into) leaves this function: no count, no mean,
    // no observers, no frequency. A view cannot show what it was never given.
    GroupStats s;
    s.state = GroupStats::State::Suppressed;
    s.pooledInto = pooledInto;
    return s;
}

int anonymousOrder(RaterGroup g)
{
    for (int i = 0; i < 3; ++i) {
        if (anonymousGroups[i] == g)
            return i;
    }
    return 3;
}

} // namespace

QString poolKey(const QList<RaterGroup>& members)
{
    QStringList keys;
    for (RaterGroup g : members)
        keys << raterGroupKey(g);
    return keys.join(QLatin1Char('+'));
}

QString poolLabel(const QList<RaterGroup>& members)
{
    QStringList names;
    for (RaterGroup g : members)
        names << raterGroupDisplayName(g);
    return names.join(QCoreApplication::translate("peerradar::Anonymity", " + "));
}

// The rule, for one behavior:
//  1. self and manager are identifiable by nature and always shown (their notes too).
//  2. peer, direct_report and other are anonymous: shown only with at least k distinct observers;
//     their notes only with at least k_notes distinct observers (and only when the figures are shown).
//  3. Pooling: all suppressed non-empty anonymous groups go into one pool. While the pool has fewer
//     than k distinct observers (counted across its members), the smallest shown anonymous group
//     (fewest observers, then fewest observations, then peer < direct_report < other) joins it and is
//     suppressed on its own, since pool − that group would give the rest away. A pool that reaches k
//     is shown as one group; a pool of one group alone is no pool (that group stays suppressed).
//  4. "others" (every group but self) is anonymous too: suppressed with fewer than k distinct
//     observers, AND whenever some non-empty anonymous group is still suppressed after pooling,
//     because others − manager − shown groups would be that group.
//
// Why no suppressed figure can be derived by subtraction. The figures a reader gets for one
// behavior are linked by one identity, for observation counts, observer counts and sums of observers'
// views alike (docs/statistics.md: a group's mean is the mean of its observers' views):
//     others = manager + peer + direct_report + other        (and pool = Σ its members)
// It is exact when each observer is in one group; an observer in two groups (their relation to the
// person changed) is one view in "others", which only makes the identity less informative.
// A mean is Σviews/observers; sd, ci, agreement and per_30_days are functions of the counts and the
// values of the same group, and are given only for shown groups. A hidden value can be computed only when it
// is the single unknown of such an identity.
//  - others shown: by rule 4 every non-empty anonymous group is shown or a member of the shown
//    pool. The unknowns are the members' shares of the pool: at least two unknowns in one equation
//    (pool = Σ members), and the others identity adds nothing (it holds with the pool's total).
//  - others suppressed: the others identity has the unknown total plus at least one hidden group,
//    two unknowns again; and a shown pool only gives its own total.
//  Counts go through the very same identities as sums, so a suppressed group's n stays hidden as
//  well as its mean. (Empty groups are shown as null = 0, which is true and hides nothing.)
// Across periods: two profiles over overlapping periods (the whole history and one cycle, or two
// overlapping cycles) could be subtracted to give a group suppressed in only one of them. This is
// closed where periods are offered, not here: anyone but HR reads only periods that share no day
// (readablePeriods in domain/Rules.h: each cycle that overlaps no other, the whole history only in a
// file without cycles; new cycles may not overlap), and the server's pr_check_period does the same.
// A cycle's trend also reads the cycle before it, which ends before it starts (so shares no day with
// it) and, being the latest to end before it, is the only one of overlapping cycles a reader sees.
// Within one output, though, a profile over the whole history (HR's, and what HR hands out) shows
// the two cycles of its trend next to the whole: applyTrendAnonymity below closes that.
// What this does not prevent, and is left to the product: a pool whose sd is 0 tells that each
// member's mean is the pool's; with k = 2, a pool of n = 2 tells that each member has n = 1; and HR,
// who reads every period, can difference them (HR reads every observation anyway).
void applyAnonymity(
    const RawGroups& raw, const DatabaseSettings& settings, int periodDays, BehaviorProfile& out)
{
    const int k = settings.k;
    const auto rawOf
        = [&raw](RaterGroup g) -> const RawGroup& { return raw[BehaviorProfile::groupIndex(g)]; };
    const auto observersOf = [&rawOf](RaterGroup g) { return rawOf(g).observerCount(); };

    for (RaterGroup g : allRaterGroups) {
        GroupStats s = shownStats(rawOf(g), g, periodDays);
        s.notesVisible = s.isShown();
        out.group(g) = s;
    }

    QList<RaterGroup> pool;
    for (RaterGroup g : anonymousGroups) {
        if (rawOf(g).isEmpty())
            continue;
        if (observersOf(g) < k)
            pool.append(g);
        else
            out.group(g).notesVisible = observersOf(g) >= settings.kNotes;
    }

    bool poolShown = false;
    out.pooled.reset();
    if (!pool.isEmpty()) {
        RawGroup merged;
        for (RaterGroup g : pool)
            merged.merge(rawOf(g));
        while (merged.observerCount() < k) {
            std::optional<RaterGroup> smallest;
            for (RaterGroup g : anonymousGroups) {
                if (pool.contains(g) || rawOf(g).isEmpty())
                    continue;
                if (!smallest || observersOf(g) < observersOf(*smallest)
                    || (observersOf(g) == observersOf(*smallest) && rawOf(g).n < rawOf(*smallest).n))
                    smallest = g;
            }
            if (!smallest)
                break;
            pool.append(*smallest);
            merged.merge(rawOf(*smallest));
        }
        std::sort(pool.begin(), pool.end(),
            [](RaterGroup a, RaterGroup b) { return anonymousOrder(a) < anonymousOrder(b); });
        poolShown = pool.size() >= 2 && merged.observerCount() >= k;
        const QString key = poolShown ? poolKey(pool) : QString();
        for (RaterGroup g : pool)
            out.group(g) = suppressed(key);
        if (poolShown) {
            PooledGroup pooled;
            pooled.key = key;
            pooled.members = pool;
            pooled.stats = shownStats(merged, std::nullopt, periodDays);
            pooled.stats.notesVisible = pooled.stats.observers >= settings.kNotes;
            out.pooled = pooled;
        }
    }

    RawGroup others;
    for (RaterGroup g : allRaterGroups) {
        if (g != RaterGroup::Self)
            others.merge(rawOf(g));
    }
    if (others.isEmpty())
        out.others = GroupStats();
    else if (others.observerCount() < k || (!pool.isEmpty() && !poolShown))
        out.others = suppressed();
    else
        out.others = shownStats(others, std::nullopt, periodDays);
    out.others.notesVisible = false; // notes belong to the groups they were written in
}

// Across the periods of one profile. A profile's trend shows the "others" figure of two cycles,
// `now` and `previous`, which share no day. When the profile's period is the current cycle itself,
// `now` is that period's own figure and `previous` shares no day with it: nothing links them. When
// the period is the whole history, it holds every observation of both cycles, and for counts, observer
// counts and sums of views alike (exactly when no observer spans two of the parts)
//     period = now + previous + rest        (rest: the days outside both cycles)
// Nobody can tell that the rest is empty or not, and in a file whose cycles cover every day it is
// empty by construction: so the identity is taken without it, and then it must never have exactly one
// unknown. That happened (issue 12, item 6): the period's "All others" shown, one cycle's trend figure
// shown, the other cycle's "hidden", which was their difference. The rule:
//  - none of the three hidden, or two or three: nothing follows from the identity (two unknowns in one
//    equation; the period's figure, when hidden, cannot be derived from the period's other figures by
//    applyAnonymity's own proof, and the cycles' figures appear in no other identity of the profile);
//  - exactly one hidden: the smallest shown trend figure is hidden too. Only trend figures are hidden,
//    never the period's own (the profile's main figure): when the hidden one is a trend figure, the
//    other cycle's figure goes, whose change could not be given anyway. When no trend figure is shown
//    (the other cycle had no observation), the rest is not empty — an empty rest would give the period
//    the very observations of the hidden cycle and so the same decision — and it stays an unknown.
// An empty figure (no observation) is known, as 0, and is never hidden.
void applyTrendAnonymity(const GroupStats& periodOthers, GroupStats& now, GroupStats& previous)
{
    const int hidden = int(periodOthers.isSuppressed()) + int(now.isSuppressed()) + int(previous.isSuppressed());
    if (hidden != 1)
        return;
    GroupStats* smallest = nullptr;
    for (GroupStats* candidate : { &previous, &now }) {
        if (!candidate->isShown())
            continue;
        if (!smallest || candidate->observers < smallest->observers
            || (candidate->observers == smallest->observers && candidate->observations < smallest->observations))
            smallest = candidate;
    }
    if (smallest)
        *smallest = suppressed();
}

} // namespace peerradar
