#pragma once

#include "analytics/Profile.h"

#include <QList>

// Internals shared by ProfileService and TeamProfileService: what is loaded once per request and
// the computation of a profile from one subject's rows. Not for views: use the services.
namespace peerradar {

// One received observation, as the covering index observations_subject gives it.
struct SubjectRow
{
    Id behaviorId = 0;
    QDate date;
    RaterGroup group = RaterGroup::Other;
    Id observerId = 0;
    int impact = 0;
};

struct ProfileContext
{
    DatabaseSettings settings;
    Framework framework; // the active one, retired behaviors included
    std::optional<Cycle> cycle;
    QDate latestInFile; // latest observation date in the file; invalid when there is none
    QDate today;
};

// The latest observation date in the file, remembered while the file has not changed: SQLite's
// data_version (commits by other connections) and total_changes() (writes by this one) both stay
// the same until something is written. Saves a few milliseconds per profile.
class LatestDateCache
{
public:
    Result<QDate> get(Database& db);

private:
    QDate m_date;
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
    bool m_valid = false;
};

Result<ProfileContext> loadProfileContext(
    Database& db, const ProfileOptions& options, LatestDateCache* cache = nullptr);
// Every observation received by `subjectId` (one range scan of observations_subject, no table access).
Result<QList<SubjectRow>> loadSubjectRows(Database& db, Id subjectId);
// Latest observed_on in the file without scanning the table (see ProfileEngine.cpp).
Result<QDate> latestObservationDate(Database& db);

// The period of a profile: the cycle's range, or the person's first received observation to the
// latest observation in the file (both inclusive, at least one day).
std::pair<QDate, QDate> profilePeriod(const ProfileContext& context, const QList<SubjectRow>& rows);
// The same from the person's first received observation (invalid when there is none).
std::pair<QDate, QDate> profilePeriod(const ProfileContext& context, QDate first);

// Per behavior figures of `rows` within [from, to] under the anonymity rule, with gaps and flags.
QList<BehaviorProfile> computeBehaviors(
    const ProfileContext& context, const QList<SubjectRow>& rows, const QDate& from, const QDate& to);

// The gap self − others of one behavior under the rule, and the blind-spot and hidden-strength flags.
void applyGap(BehaviorProfile& profile);

// A whole profile (without trend) from loaded rows.
PersonProfile computeProfile(const ProfileContext& context, const Person& person, const QString& teamName,
    const QList<SubjectRow>& rows);
// The same from behaviors already under the rule (a server's, see ServerProfile.h): adds the
// strengths, growth areas, blind spots and hidden strengths.
PersonProfile profileFromBehaviors(const ProfileContext& context, const Person& person, const QString& teamName,
    const QDate& from, const QDate& to, const QList<BehaviorProfile>& behaviors);

} // namespace peerradar
