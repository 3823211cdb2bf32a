#pragma once

#include "analytics/Profile.h"

#include <QSet>

#include <array>

// THE anonymity rule (PRODUCT.md "Anonymity"). Every figure about a person passes through
// applyAnonymity() before any view, export or report can see it.
namespace peerradar {

// What was observed of one rater group for one behavior in the period, before the rule.
struct RawGroup
{
    int n = 0;
    double sum = 0.0;
    double sumOfSquares = 0.0;
    QSet<Id> observers;

    void add(Id observer, int impact)
    {
        ++n;
        sum += impact;
        sumOfSquares += double(impact) * impact;
        observers.insert(observer);
    }
    void merge(const RawGroup& other)
    {
        n += other.n;
        sum += other.sum;
        sumOfSquares += other.sumOfSquares;
        observers.unite(other.observers);
    }
    bool isEmpty() const { return n == 0; }
};

using RawGroups = std::array<RawGroup, 5>; // indexed by BehaviorProfile::groupIndex(RaterGroup)

// The figures of `raw` as shown (state Shown, or Empty when n = 0), before the rule.
GroupStats shownStats(const RawGroup& raw, int periodDays);
// The same from the counts and sums alone (a server's figures, see ServerProfile.h).
GroupStats shownStats(int n, int observers, double sum, double sumOfSquares, int periodDays);

// Fills `out.others`, `out.groups` and `out.pooled` from the raw figures of one behavior under
// the rule with thresholds `settings.k` (figures) and `settings.kNotes` (notes). The rule and its
// reasons are written next to the code in Anonymity.cpp.
void applyAnonymity(
    const RawGroups& raw, const DatabaseSettings& settings, int periodDays, BehaviorProfile& out);

// The key of a pool of groups, e.g. "peer+direct_report", and its translated label.
QString poolKey(const QList<RaterGroup>& members);
QString poolLabel(const QList<RaterGroup>& members);

} // namespace peerradar
