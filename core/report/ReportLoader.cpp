#include "report/ReportLoader.h"

namespace peerradar {

ReportLoader::ReportLoader(Database& db) : m_profiles(db), m_teams(db) { }

Result<PersonReportData> ReportLoader::person(
    Id personId, const ProfileOptions& options, const std::optional<TeamProfile>& team)
{
    PersonReportData data;
    auto profile = m_profiles.personProfile(personId, options);
    if (!profile)
        return profile.error();
    data.profile = std::move(profile).value();
    if (team) {
        data.team = team;
    } else if (data.profile.person.teamId != 0) {
        auto teamProfile = m_teams.teamProfile(data.profile.person.teamId, options);
        if (teamProfile)
            data.team = std::move(teamProfile).value();
        else if (teamProfile.error().code != ErrorCode::Denied)
            return teamProfile.error();
        // Denied: a server login that may not read the team (a member); the summary is theirs
        // all the same, without the team average.
    }
    // The summary is handed to the employee: notes never carry names, whoever prints it.
    auto notes = m_profiles.notes(data.profile, Role::Member);
    if (!notes)
        return notes.error();
    data.content = ReportContent::person(data.profile, *notes, QDate::currentDate());
    return data;
}

Result<TeamReportData> ReportLoader::team(Id teamId, const ProfileOptions& options)
{
    auto profile = m_teams.teamProfile(teamId, options);
    if (!profile)
        return profile.error();
    TeamReportData data;
    data.profile = std::move(profile).value();
    data.content = ReportContent::team(data.profile, QDate::currentDate());
    return data;
}

} // namespace peerradar
