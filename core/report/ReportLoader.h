#pragma once

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
#include "report/ReportContent.h"

#include <optional>

namespace peerradar {

class Database;

// What a person summary shows, loaded from the database (no drawing: safe in a worker thread).
struct PersonReportData
{
    PersonProfile profile;
    std::optional<TeamProfile> team; // for the team average on the radar
    PersonReport content;
};

struct TeamReportData
{
    TeamProfile profile;
    TeamReport content;
};

// Loads summaries one after another on one connection: its services keep what every summary of a
// file shares (settings, framework, cycles, prepared queries) instead of reading it again for each.
// Belongs to the thread of its Database (no drawing: a worker thread may use it). For one summary,
// a temporary does: ReportLoader(db).person(id, options).
class ReportLoader final
{
    Q_DISABLE_COPY_MOVE(ReportLoader)

public:
    explicit ReportLoader(Database& db);

    // `team` may be passed in when the caller has it already (a batch computes each team once).
    Result<PersonReportData> person(
        Id personId, const ProfileOptions& options, const std::optional<TeamProfile>& team = std::nullopt);
    Result<TeamReportData> team(Id teamId, const ProfileOptions& options);

private:
    ProfileService m_profiles;
    TeamProfileService m_teams;
};

} // namespace peerradar
