#pragma once

#include "common/Result.h"
#include "domain/Types.h"

// The domain's rules, each written once: rater-group derivation and validation of what a user enters.
// Validation returns the first broken rule as an Error whose message names the field and what to do.
namespace peerradar {

// The rater group of an observation, from the org structure as it is when the observation is logged.
RaterGroup deriveRaterGroup(const Person& observer, const Person& subject);

Status validatePerson(const Person& person);
Status validateTeam(const Team& team);
Status validateBehavior(const Behavior& behavior);
Status validateCycle(const Cycle& cycle);
// A new or changed cycle may not overlap another one (`existing` may hold `cycle` itself, by id):
// see readablePeriods for why. The error names the other cycle and its dates.
Status validateCycleOverlap(const Cycle& cycle, const QList<Cycle>& existing);
Status validateSettings(const DatabaseSettings& settings);
// Checks the observation's own fields (impact, date, note length); that the people and the behavior
// exist is checked where they are looked up.
Status validateObservation(const Observation& observation);

// The periods over which a viewer may read profiles (a person's, a team's, their PDFs).
struct ReadablePeriods
{
    bool wholeHistory = false;
    QList<Id> cycleIds; // in the order the cycles were given

    bool allowsCycle(Id cycleId) const { return cycleIds.contains(cycleId); }
    bool isEmpty() const { return !wholeHistory && cycleIds.isEmpty(); }
};

// HR reads any period. Anyone else reads only periods that share no day with one another: each
// cycle that overlaps no other cycle, and the whole history only when the file has no cycles.
// Why: two profiles over overlapping periods (the whole history and one cycle, or two overlapping
// cycles) can be subtracted one from the other, and a rater group suppressed in only one of them
// (fewer than k observers there) comes out of the difference. Over disjoint periods no figure of
// one period is part of another's, so the suppression of each holds on its own. The PostgreSQL
// server applies the same rule to its logins (pr_check_period in resources/sql).
ReadablePeriods readablePeriods(bool viewerIsHr, const QList<Cycle>& cycles);

// Where the anonymous groups (peers, direct reports, others, and the "all others" figure made of
// them) of a profile come from, for its reader: THE rule of released cycles (issue 12 item 2).
enum class AnonymousGroups
{
    Live, // from the observations as they are now (HR)
    Released, // from the cycle's observations as they were at its latest release, frozen
    Withheld // not shown: only self and manager (the groups that are not anonymous)
};

// HR reads live figures over any period. Anyone else reads a cycle's anonymous groups only once HR
// has released it, and then as they were at release: counts, sums and what is suppressed were
// decided then (with the thresholds of then) and do not move with a late or edited observation,
// moved dates or a person moved between teams. Over any other period (a cycle not yet released, the
// whole history) they see only self and their manager. Why: a figure that moves while its reader
// watches tells the reader what moved it; a reader who adds (or dates into the cycle) an
// observation of their own, reads, and takes it back would otherwise push a hidden group over the
// threshold. The PostgreSQL server applies the same rule to its logins (pr_profile_mode in
// resources/sql/server_profiles.sql).
QString anonymousGroupsKey(AnonymousGroups groups); // "live", "released", "withheld" (JSON)
AnonymousGroups anonymousGroupsFor(
    bool readerIsHr, const std::optional<Cycle>& cycle, const std::optional<CycleRelease>& release);

// Whether `cycle` may be released: it overlaps no other cycle's dates nor any other cycle's released
// dates (two released periods sharing days could be subtracted one from the other). `releases` are
// the latest release of each released cycle.
Status validateRelease(const Cycle& cycle, const QList<Cycle>& cycles, const QList<CycleRelease>& releases);
// Whether `cycle` may be deleted: not once released (`release` is its latest release, if any). People
// may have read its released figures, and its releases must stay what the next release and
// validateRelease compare with: deleted, the cycle could be released afresh (without the step that
// says what a second release reveals) or another released over the same days. The server refuses
// the same (peerradar_api.pr_api_write).
Status validateCycleDeletion(const Cycle& cycle, const std::optional<CycleRelease>& release);

// Who reads whose profile (its figures, and its notes through the anonymity rule): role and org chart
// together, the README's table of rights. HR reads everyone; everyone reads themself; a person whose
// role is manager also reads their direct reports and the members of the teams they manage, as long
// as those have not left; a member reads only themself, whatever the org chart says of them (a
// demoted manager still named as someone's manager, a member listed as a team's manager). `teams`
// are the organisation's (for the subject's team's manager). The server enforces the same rule for
// its logins (pr_may_see_profile in resources/sql/server_profiles.sql).
bool mayReadProfile(const Person& viewer, const Person& subject, const QList<Team>& teams);
// Whose team view: HR every team's, a manager the teams they manage, a member none.
bool mayReadTeam(const Person& viewer, const Team& team);

bool isValidEmail(const QString& email);
bool isValidBehaviorKey(const QString& key);

constexpr int maxNameLength = 200;
constexpr int maxNoteFieldLength = 4000;

} // namespace peerradar
