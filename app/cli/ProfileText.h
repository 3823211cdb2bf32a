#pragma once

#include <QString>

namespace peerradar {
struct PersonProfile;
struct TeamProfile;
}

// Plain-text tables of a person's and a team's profile for the terminal (the JSON is the exact form).
namespace peerradar::cli {

QString profileAsText(const PersonProfile& profile);
QString teamProfileAsText(const TeamProfile& profile);

} // namespace peerradar::cli
