#pragma once

#include "analytics/GroupFigures.h"

#include <array>

// THE anonymity rule (PRODUCT.md "Anonymity"). Every figure about a person passes through
// applyAnonymity() before any view, export or report can see it.
namespace peerradar {

// Fills `out.others`, `out.groups` and `out.pooled` from the raw figures of one behavior under
// the rule with thresholds `settings.k` (figures) and `settings.kNotes` (notes). The rule and its
// reasons are written next to the code in Anonymity.cpp.
void applyAnonymity(
    const RawGroups& raw, const DatabaseSettings& settings, int periodDays, BehaviorProfile& out);

// Complementary suppression across the periods of one profile. A profile over a period that holds
// both cycles of its trend (the whole history) shows, per behavior, three "others" figures bound by
// one identity: period = now + previous + the days outside both cycles. No one of the three may be
// hidden alone: when exactly one is suppressed, the smallest shown trend figure (fewest observers,
// then fewest observations, then the previous cycle) is suppressed too; the period's own figure is
// never touched. The reasons are written next to the code in Anonymity.cpp.
void applyTrendAnonymity(const GroupStats& periodOthers, GroupStats& now, GroupStats& previous);

// The key of a pool of groups, e.g. "peer+direct_report", and its translated label.
QString poolKey(const QList<RaterGroup>& members);
QString poolLabel(const QList<RaterGroup>& members);

} // namespace peerradar
