#include "analytics/Leniency.h"

#include "analytics/Statistics.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace peerradar {

namespace leniency {

double observerLeniency(const RatingTotals& observer, const RatingTotals& ofSubject,
    const RatingTotals& organisation, const RatingTotals& received)
{
    const qint64 count = observer.n - ofSubject.n; // j's ratings of b about other people
    const qint64 others = organisation.n - received.n;
    if (count <= 0 || others <= 0)
        return 0.0;
    // The same operations in the same order as pr_profile_leniency: whole numbers first, then
    // one division, one product, one difference and one division in double precision.
    const double mean = double(organisation.sum - received.sum) / double(others);
    const double deviation = double(observer.sum - ofSubject.sum) - double(count) * mean;
    return deviation / (double(count) + shrinkage);
}

double adjustedMean(double mean, double leniencySum, int observers)
{
    const stats::Scale scale;
    return std::clamp(mean - leniencySum / observers, double(scale.minimum), double(scale.maximum));
}

} // namespace leniency

namespace {

// Σ L over the group's observers, in observer id order (as the server adds them); an excluded
// observer (a manager shown under k) counts 0.
double leniencySum(const RawGroup& group, const QHash<Id, double>& leniency, const QSet<Id>& excluded)
{
    std::vector<Id> ids;
    ids.reserve(std::size_t(group.observers.size()));
    for (auto it = group.observers.cbegin(); it != group.observers.cend(); ++it)
        ids.push_back(it.key());
    std::sort(ids.begin(), ids.end());
    double sum = 0.0;
    for (Id id : ids)
        sum += excluded.contains(id) ? 0.0 : leniency.value(id, 0.0);
    return sum;
}

void adjust(GroupStats& stats, const RawGroup& group, const QHash<Id, double>& leniency, const QSet<Id>& excluded,
    int k)
{
    if (!stats.isShown() || stats.observers < k)
        return;
    stats.adjustedMean = leniency::adjustedMean(stats.mean, leniencySum(group, leniency, excluded), stats.observers);
}

} // namespace

void applyLeniency(
    const RawGroups& raw, const QHash<Id, double>& leniency, const DatabaseSettings& settings, BehaviorProfile& out)
{
    const int k = settings.k;
    const auto rawOf
        = [&raw](RaterGroup g) -> const RawGroup& { return raw[BehaviorProfile::groupIndex(g)]; };
    QSet<Id> excluded;
    const RawGroup& managers = rawOf(RaterGroup::Manager);
    if (!managers.isEmpty() && managers.observerCount() < k) {
        for (auto it = managers.observers.cbegin(); it != managers.observers.cend(); ++it)
            excluded.insert(it.key());
    }
    for (RaterGroup g : allRaterGroups) {
        if (g != RaterGroup::Self)
            adjust(out.group(g), rawOf(g), leniency, excluded, k);
    }
    if (out.pooled) {
        RawGroup merged;
        for (RaterGroup g : out.pooled->members)
            merged.merge(rawOf(g));
        adjust(out.pooled->stats, merged, leniency, excluded, k);
    }
    RawGroup others;
    for (RaterGroup g : allRaterGroups) {
        if (g != RaterGroup::Self)
            others.merge(rawOf(g));
    }
    adjust(out.others, others, leniency, excluded, k);
}

} // namespace peerradar
