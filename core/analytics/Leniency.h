#pragma once

#include "analytics/GroupFigures.h"

#include <QHash>

#include <memory>
#include <utility>

// The optional correction for rater leniency (issue 11 item 5, docs/statistics.md §7): how far an
// observer's ratings of a behavior sit above or below the organisation's mean for it, shrunk toward
// zero when they rated little, and a group's mean with its observers' leniency removed. Written once
// here; the server's pr_profile_leniency (resources/sql/server_profiles.sql) computes the same terms in
// the same order, so a file and a server give the same figures to the last bit.
namespace peerradar {

// Whole-number totals of ratings (count and sum of impacts): exact on both backends.
struct RatingTotals
{
    qint64 n = 0;
    qint64 sum = 0;

    void add(qint64 count, qint64 impacts)
    {
        n += count;
        sum += impacts;
    }
};

// Everything the correction reads of a period besides the profiled person's own rows: the ratings of
// other people (self-ratings left out) per behavior, and per observer and behavior. One grouped query
// (ProfileReader::leniencyBase), kept for the period until the file changes.
struct LeniencyBase
{
    QHash<Id, RatingTotals> behaviors; // by behavior: the organisation's totals
    QHash<std::pair<Id, Id>, RatingTotals> observers; // by (observer, behavior)
};

namespace leniency {

// κ of the shrinkage L = D · c / (c + κ): an observer with κ ratings of a behavior has half of their
// raw deviation counted (docs/statistics.md §7 says why 5).
inline constexpr double shrinkage = 5.0;

// Observer j's leniency for behavior b in the profile of person s, leaving s out of everything (the
// observer's ratings of s, and s's received ratings in the organisation's mean):
//     μ = (T_b − t_b) / (N_b − n_b)           the organisation's mean of b without s
//     D·c = (S_jb − s_jb) − (C_jb − c_jb) · μ  j's summed deviation from it over c = C_jb − c_jb ratings
//     L = D·c / (c + κ)
// `observer` is (C_jb, S_jb), `ofSubject` (c_jb, s_jb), `organisation` (N_b, T_b), `received` (n_b, t_b).
// Zero when j rated nobody else's b.
double observerLeniency(const RatingTotals& observer, const RatingTotals& ofSubject,
    const RatingTotals& organisation, const RatingTotals& received);

// A group's mean with its observers' summed leniency `leniencySum` removed: mean − Σ L / m, inside
// the scale 1–5.
double adjustedMean(double mean, double leniencySum, int observers);

} // namespace leniency

// Sets `adjustedMean` on the figures of `out` (one behavior's, already under the anonymity rule)
// that the correction applies to: every shown group of at least k observers but self (anonymous
// groups, a pool, all others, a manager group only with k managers). Observers of a manager group
// shown with fewer than k observers count with leniency 0 in every figure of the behavior, so that
// no difference of two corrected figures gives a manager's leniency away (docs/statistics.md §7).
// `leniency`: each observer's L for this behavior (observerLeniency), by observer id.
void applyLeniency(
    const RawGroups& raw, const QHash<Id, double>& leniency, const DatabaseSettings& settings, BehaviorProfile& out);

} // namespace peerradar
