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

// The key of a pool of groups, e.g. "peer+direct_report", and its translated label.
QString poolKey(const QList<RaterGroup>& members);
QString poolLabel(const QList<RaterGroup>& members);

} // namespace peerradar
