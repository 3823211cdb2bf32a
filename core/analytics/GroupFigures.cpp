#include "analytics/GroupFigures.h"

#include "analytics/Statistics.h"

#include <algorithm>
#include <vector>

namespace peerradar {

namespace {

// Single-rater reliabilities of 360-degree ratings (Conway & Huffcutt 1997, mean interrater
// reliabilities): supervisors .50, peers .37, subordinates .30. "Others in the organisation" are
// colleagues who are neither peers nor reports: taken as peers, and so is a mix of groups, where
// peers are the usual majority.
constexpr double managerReliability = 0.50;
constexpr double peerReliability = 0.37;
constexpr double directReportReliability = 0.30;

} // namespace

void RawGroup::merge(const RawGroup& other)
{
    n += other.n;
    for (auto it = other.observers.cbegin(); it != other.observers.cend(); ++it) {
        ObserverTally& t = observers[it.key()];
        t.n += it->n;
        t.sum += it->sum;
    }
}

ViewSums viewSums(const RawGroup& raw)
{
    ViewSums sums;
    sums.observations = raw.n;
    sums.observers = raw.observerCount();
    // In observer id order, as the server's pr_view_sums adds them: both give the same figures to the
    // last bit whatever order the rows came in.
    std::vector<std::pair<Id, double>> views;
    views.reserve(std::size_t(raw.observers.size()));
    for (auto it = raw.observers.cbegin(); it != raw.observers.cend(); ++it)
        views.emplace_back(it.key(), it->sum / it->n);
    std::sort(views.begin(), views.end());
    for (const auto& [observer, view] : views) {
        sums.sum += view;
        sums.sumOfSquares += view * view;
    }
    return sums;
}

int observersNeeded(std::optional<RaterGroup> group)
{
    if (!group)
        return stats::observersForReliability(peerReliability);
    switch (*group) {
    case RaterGroup::Self:
        return 1;
    case RaterGroup::Manager:
        return stats::observersForReliability(managerReliability);
    case RaterGroup::DirectReport:
        return stats::observersForReliability(directReportReliability);
    case RaterGroup::Peer:
    case RaterGroup::Other:
        return stats::observersForReliability(peerReliability);
    }
    return stats::observersForReliability(peerReliability);
}

GroupStats shownStats(const ViewSums& sums, std::optional<RaterGroup> group, int periodDays)
{
    GroupStats s;
    if (sums.observations == 0)
        return s;
    const stats::Summary summary = stats::summarizeViews(sums.observers, sums.sum, sums.sumOfSquares);
    s.state = GroupStats::State::Shown;
    s.observations = sums.observations;
    s.observers = sums.observers;
    s.mean = summary.mean;
    s.sd = summary.sd;
    s.ciLow = summary.ciLow;
    s.ciHigh = summary.ciHigh;
    s.standardError = summary.standardError;
    s.halfWidth = summary.halfWidth;
    s.agreement = summary.agreement;
    s.indicative = sums.observers < observersNeeded(group);
    s.per30Days = stats::per30Days(sums.observations, periodDays); // frequency counts every observation
    return s;
}

GroupStats shownStats(const RawGroup& raw, std::optional<RaterGroup> group, int periodDays)
{
    return shownStats(viewSums(raw), group, periodDays);
}

} // namespace peerradar
