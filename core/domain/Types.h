#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The domain's value types. Ids are the database's integer keys (0 = not stored yet);
// `uuid` is the stable identity that survives copying and merging files.
namespace peerradar {

using Id = qint64;

enum class Role { Member, Manager, Hr };

// Who the observer is to the subject, derived from the org structure when the observation is logged.
enum class RaterGroup { Self, Manager, DirectReport, Peer, Other };

inline constexpr RaterGroup allRaterGroups[] = { RaterGroup::Self, RaterGroup::Manager, RaterGroup::Peer,
    RaterGroup::DirectReport, RaterGroup::Other };

// Groups whose members are anonymous: shown only with at least k distinct observers.
constexpr bool isAnonymousGroup(RaterGroup group)
{
    return group == RaterGroup::Peer || group == RaterGroup::DirectReport || group == RaterGroup::Other;
}

QString roleKey(Role role); // "member", "manager", "hr"
std::optional<Role> roleFromKey(const QString& key);
QString raterGroupKey(RaterGroup group); // "self", "manager", "direct_report", "peer", "other"
std::optional<RaterGroup> raterGroupFromKey(const QString& key);
QString roleDisplayName(Role role); // translated
QString raterGroupDisplayName(RaterGroup group); // translated

struct Team
{
    Id id = 0;
    QString uuid;
    QString name;
    Id managerId = 0; // 0: no manager set
};

struct Person
{
    Id id = 0;
    QString uuid;
    QString name;
    QString email;
    Id teamId = 0; // 0: in no team
    Id managerId = 0; // 0: reports to nobody
    Role role = Role::Member;
    bool removed = false; // left the organisation: anonymised, kept as the author of what they said
};

struct Behavior
{
    Id id = 0;
    QString uuid;
    Id frameworkId = 0;
    QString key; // short stable identifier used in CSV and JSON, e.g. "influence"
    QString name; // short name shown on the radar axis
    QString description; // what the observer saw
    int position = 0;
    bool retired = false; // kept for history, not offered for new observations
};

struct Framework
{
    Id id = 0;
    QString uuid;
    QString name;
    int version = 1;
    bool active = false; // the framework new observations use
    QList<Behavior> behaviors;
};

// Situation–Behavior–Impact note.
struct Note
{
    QString situation;
    QString action;
    QString result;

    bool isEmpty() const { return situation.isEmpty() && action.isEmpty() && result.isEmpty(); }
};

struct Observation
{
    Id id = 0;
    QString uuid;
    Id observerId = 0;
    Id subjectId = 0;
    Id behaviorId = 0;
    QDate date;
    int impact = 0; // 1–5
    Note note;
    RaterGroup raterGroup = RaterGroup::Other;
    bool noteHidden = false; // hidden by HR: kept, never shown
    QDateTime createdAt;
};

struct Cycle
{
    Id id = 0;
    QString uuid;
    QString name;
    QDate start;
    QDate end; // inclusive

    bool contains(const QDate& date) const { return date >= start && date <= end; }
    // At least one day in common (both ends inclusive).
    bool overlaps(const Cycle& other) const { return start <= other.end && other.start <= end; }
};

// HR's release of a cycle (issue 12 item 2): what its observations were when HR released it is kept,
// and everyone but HR reads the cycle's anonymous groups from that, frozen (domain/Rules.h
// anonymousGroupsFor). A cycle released again has a higher number; the latest release counts.
struct CycleRelease
{
    Id id = 0;
    QString uuid;
    Id cycleId = 0;
    int number = 1; // 1 for the first release, 2 for the second, …
    QDateTime releasedAt; // UTC
    Id releasedBy = 0; // the person who released it (0: unknown, or removed)
    QDate start; // the cycle's dates when it was released: the period of its released figures
    QDate end;
    int k = 3; // the anonymity thresholds in force when it was released, which the figures keep
    int kNotes = 3;
};

// What changed in a released cycle since its latest release, for HR before releasing it again.
struct ReleaseChanges
{
    int added = 0; // observations in the cycle now that were not at release (late, or moved in)
    int edited = 0; // in both, with another observer, subject, behavior, date, impact, group or note
    int removed = 0; // at release, now deleted or moved out of the cycle
    int peopleMoved = 0; // people whose team or manager is not what it was at release
    bool datesChanged = false; // the cycle's dates are not the released ones

    bool isEmpty() const { return added == 0 && edited == 0 && removed == 0 && peopleMoved == 0 && !datesChanged; }
};

// Settings stored in the database file (they travel with the data).
struct DatabaseSettings
{
    int k = 3; // minimum distinct observers for an anonymous group's figures
    int kNotes = 3; // minimum distinct observers for an anonymous group's notes
    // HR's choice: show each figure also corrected for the observers' leniency (docs/statistics.md §7).
    bool leniencyCorrection = false;
};

constexpr int minImpact = 1;
constexpr int maxImpact = 5;

} // namespace peerradar
