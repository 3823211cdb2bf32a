#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QDate>

namespace peerradar {

class Database;

struct DemoOptions
{
    int people = 40;
    qint64 observations = 3000;
    quint32 seed = 1;
    QDate lastDay = {}; // the newest observation's day; invalid: today
    bool releasePastCycles = true; // as HR would have: every cycle that ended before lastDay
    Progress progress = {};
};

// Fills a new, empty PeerRadar file with a realistic organisation: exactly `people` people in teams
// of six to nine with a manager each, managers reporting to a head of the organisation, an HR team,
// a few informal leaders (people without reports whom peers see leading more often), self-
// observations, half-year cycles, and `observations` observations spread over the period at about
// two per person a week, a third with Situation–Behavior–Impact notes. The same seed gives the same
// organisation and the same observations (ids and uuids aside).
Status generateDemoOrganisation(Database& db, const DemoOptions& options);

} // namespace peerradar
