#pragma once

#include "analytics/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

// A team's profile (PRODUCT.md "For a team"): team radar, heatmap, coverage, influence network and
// informal leaders, built from the members' person profiles so that the anonymity rule holds here too.
namespace peerradar {

// One axis of the team radar: the mean of the members' own shown "others" means (every member
// weighs the same; self excluded; members whose figure is suppressed are left out).
struct TeamRadarAxis
{
    QString key;
    QString name;
    bool retired = false;
    std::optional<double> mean;
    std::optional<double> median;
    // With the leniency correction on: the mean of the same members' corrected "others" means.
    std::optional<double> adjustedMean;
    int contributingMembers = 0; // members whose "others" mean is shown for this behavior
};

struct MemberCoverage
{
    Id personId = 0;
    QString name;
    bool observed = false; // at least one observation by someone else in the period
    // Observations received from others (self excluded) and their distinct observers, over all
    // behaviors. Suppressed (none) when some "others" figure of the member is: see TeamProfile.cpp.
    std::optional<int> observationsReceived;
    std::optional<int> observers;
    int observationsGiven = 0; // about someone else, in the period
};

// "subject → observer": the observer saw the subject influence them, `weight` times in the period.
struct NetworkEdge
{
    Id subjectId = 0;
    Id observerId = 0;
    int weight = 0;
};

struct InformalLeader
{
    Id personId = 0;
    QString name;
    int peerObservations = 0; // received from peers in the period
};

struct TeamProfile
{
    Team team;
    QString managerName;
    DatabaseSettings settings;
    std::optional<Cycle> cycle;
    QDate from;
    QDate to;
    QList<Person> members; // by name
    QList<Behavior> behaviors; // the radar's axes: active framework order, then retired ones with data
    QList<TeamRadarAxis> radar; // parallel to behaviors
    QList<QList<GroupStats>> heatmap; // [member][behavior]: the member's "others" figure
    QList<MemberCoverage> coverage; // parallel to members
    QList<Id> neverObserved; // members with no observation by someone else in the period
    QList<NetworkEdge> edges; // within the team, heaviest first
    // Parallel to members: observations of the member by people outside the team; none when some
    // "others" figure of the member is suppressed (as MemberCoverage's totals).
    QList<std::optional<int>> edgesToOutside;
    QList<InformalLeader> informalLeaders; // highest first
    double medianPeerObservations = 0.0; // team median of received peer observations
    // For its reader (domain/Rules.h anonymousGroupsFor); Withheld: only self and manager figures.
    AnonymousGroups anonymousGroups = AnonymousGroups::Live;
    std::optional<CycleRelease> release; // the cycle's latest release, when it has one
};

class TeamProfileService final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::TeamProfileService)

public:
    explicit TeamProfileService(Database& db);

    Result<TeamProfile> teamProfile(Id teamId, const ProfileOptions& options = {}) const;

private:
    Database& m_db;
    // Kept as ProfileService keeps it: the file's facts, the members' row query and what the leniency
    // correction reads of a period are read again only when the file changes.
    std::shared_ptr<ProfileReader> m_reader;
};

QJsonObject teamProfileToJson(const TeamProfile& profile);

} // namespace peerradar
