#pragma once

#include "analytics/Profile.h"

#include <QHash>

#include <optional>

// The figures of one group of observers (a rater group, a pool of groups, or "others") from what
// they observed: one observer, one voice. The model is written out in docs/statistics.md.
namespace peerradar {

// One observer's observations of one behavior in one group: their view is sum/n.
struct ObserverTally
{
    int n = 0;
    double sum = 0.0;
};

// What was observed of one group for one behavior in the period, before the anonymity rule.
struct RawGroup
{
    int n = 0; // observations
    QHash<Id, ObserverTally> observers; // viewSums() adds them up in observer order

    void add(Id observer, int impact)
    {
        ++n;
        ObserverTally& t = observers[observer];
        ++t.n;
        t.sum += impact;
    }
    void merge(const RawGroup& other);
    bool isEmpty() const { return n == 0; }
    int observerCount() const { return int(observers.size()); }
};

using RawGroups = std::array<RawGroup, 5>; // indexed by BehaviorProfile::groupIndex(RaterGroup)

// The aggregates the figures need, as the server's pr_profile_groups returns them.
struct ViewSums
{
    int observations = 0;
    int observers = 0;
    double sum = 0.0; // Σ of the observers' views
    double sumOfSquares = 0.0; // Σ of their squares
};

ViewSums viewSums(const RawGroup& raw);

// Observers a group needs for a reliability of 0.70 (Spearman–Brown from single-rater reliabilities,
// Conway & Huffcutt 1997): manager 3, peers and others in the organisation 4, direct reports 6;
// `group` none for a mix of groups (a pool, "others"): 4, as peers. Self: 1, a view of oneself is not
// a sample of raters.
int observersNeeded(std::optional<RaterGroup> group);

// The figures of a group as shown (state Shown, or Empty without observations), before the rule.
GroupStats shownStats(const ViewSums& sums, std::optional<RaterGroup> group, int periodDays);
GroupStats shownStats(const RawGroup& raw, std::optional<RaterGroup> group, int periodDays);

} // namespace peerradar
