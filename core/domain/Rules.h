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
Status validateSettings(const DatabaseSettings& settings);
// Checks the observation's own fields (impact, date, note length); that the people and the behavior
// exist is checked where they are looked up.
Status validateObservation(const Observation& observation);

bool isValidEmail(const QString& email);
bool isValidBehaviorKey(const QString& key);

constexpr int maxNameLength = 200;
constexpr int maxNoteFieldLength = 4000;

} // namespace peerradar
