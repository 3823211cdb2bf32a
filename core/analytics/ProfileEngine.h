#pragma once

#include "analytics/Leniency.h"
#include "analytics/Profile.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class QSqlQuery;

// Internals shared by ProfileService and TeamProfileService: what is loaded once per request and
// the computation of a profile from one subject's rows. Not for views: use the services.
namespace peerradar {

class SqlDialect;

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

// What every profile of a file reads besides the person's own rows.
struct FileFacts
{
    DatabaseSettings settings;
    Framework framework; // the active one, retired behaviors included, in position order
    QList<Cycle> cycles; // by start date
    QList<CycleRelease> releases; // the latest release of each released cycle
    QDate latestInFile; // latest observation date in the file; invalid when there is none
};

// Reads profiles' inputs for a series of profiles on one connection (a view browsing people, a
// command printing several): the file's facts are read again only when Database::contentVersion()
// says the file changed (a write through this connection or a commit through any other), and the
// row query stays prepared. Belongs to the thread of its Database and must not outlive it.
class ProfileReader final
{
    Q_DISABLE_COPY_MOVE(ProfileReader)

public:
    explicit ProfileReader(Database& db);
    ~ProfileReader();

    Result<ProfileContext> context(const ProfileOptions& options);
    // Every observation received by `subjectId` (one range scan of observations_subject, no table access).
    Result<QList<SubjectRow>> subjectRows(Id subjectId);
    // Call context() first: the answers below are remembered for the file as context() last saw it.
    // The cycle that ended last before `cycle` started (CycleRepository::previous).
    Result<std::optional<Cycle>> previousCycle(const Cycle& cycle);
    Result<QString> teamName(Id teamId);
    // The file's cycles by start date, as of the last context().
    const QList<Cycle>& cycles() const { return m_facts.cycles; }
    // The latest release of a cycle, as of the last context(); none: not released.
    std::optional<CycleRelease> release(Id cycleId) const;
    // What `subjectId` had received in the cycle at its latest release (released_observations).
    Result<QList<SubjectRow>> releasedRows(Id cycleId, Id subjectId);
    // What changed in a released cycle since its release (CycleRepository::changesSinceRelease),
    // kept until the file changes: HR browsing a released cycle's profiles reads it once.
    Result<std::optional<ReleaseChanges>> changesSinceRelease(Id cycleId);
    // What the leniency correction reads of a released cycle: its observations at release.
    Result<std::shared_ptr<const LeniencyBase>> releasedLeniencyBase(Id cycleId);
    // What the leniency correction reads of a period: a cycle's dates for a cycle's profile, both
    // invalid (the whole history) for a profile that is not a cycle's. One grouped query over the
    // period, kept until the file changes: browsing people reads it once per period.
    Result<std::shared_ptr<const LeniencyBase>> leniencyBase(const std::pair<QDate, QDate>& period);

private:
    Status refresh();

    Database& m_db;
    std::optional<Database::ContentVersion> m_version; // of m_facts; none: read again
    FileFacts m_facts;
    QHash<Id, std::optional<Cycle>> m_previous; // by cycle id
    QHash<Id, QString> m_teamNames;
    QHash<std::pair<qint64, qint64>, std::shared_ptr<const LeniencyBase>> m_leniency; // by Julian days
    QHash<Id, std::shared_ptr<const LeniencyBase>> m_releasedLeniency; // by cycle
    QHash<Id, std::optional<ReleaseChanges>> m_changes; // by cycle
    std::unique_ptr<QSqlQuery> m_rows;
};

// The query of ProfileReader::subjectRows, for its query plan: only columns of the index
// observations_subject (subject_id, behavior_id, observed_on, rater_group, observer_id, impact), so
// SQLite answers it from the index alone ("SEARCH observations USING COVERING INDEX
// observations_subject (subject_id=?)").
QString subjectRowsSql(const SqlDialect& dialect);

// The query of ProfileReader::leniencyBase: per observer and behavior, the count and sum of the
// ratings of other people (self-ratings left out), within the period when `withPeriod`. On a file it
// reads the covering index observations_subject, never the table.
QString leniencyBaseSql(const SqlDialect& dialect, bool withPeriod);

// Released cycles (domain/Rules.h anonymousGroupsFor). The context of a cycle's released figures:
// the release's dates and anonymity thresholds.
ProfileContext releasedContext(ProfileContext context, const CycleRelease& release);
// Only the rows of the groups that are not anonymous (self, manager): what a reader sees of a period
// whose anonymous groups are withheld.
QList<SubjectRow> withoutAnonymousGroups(const QList<SubjectRow>& rows);
// Behaviors computed from such rows: "all others" (made of the anonymous groups too) is not shown either.
void withholdAnonymousGroups(QList<BehaviorProfile>& behaviors);

// One-off reads (a new ProfileReader each): for callers that compute a single profile.
Result<ProfileContext> loadProfileContext(Database& db, const ProfileOptions& options);
Result<QList<SubjectRow>> loadSubjectRows(Database& db, Id subjectId);
// Latest observed_on in the file without scanning the table (see ProfileEngine.cpp).
Result<QDate> latestObservationDate(Database& db);

// The period of a profile: the cycle's range, or the person's first received observation to the
// latest observation in the file (both inclusive, at least one day).
std::pair<QDate, QDate> profilePeriod(const ProfileContext& context, const QList<SubjectRow>& rows);
// The same from the person's first received observation (invalid when there is none).
std::pair<QDate, QDate> profilePeriod(const ProfileContext& context, QDate first);

// Per behavior figures of `rows` within [from, to] under the anonymity rule, with gaps and flags;
// with `leniency` (the correction on), also the corrected means (Leniency.h).
QList<BehaviorProfile> computeBehaviors(const ProfileContext& context, const QList<SubjectRow>& rows,
    const QDate& from, const QDate& to, const LeniencyBase* leniency = nullptr);

// The gap self − others of one behavior under the rule, the blind-spot and hidden-strength flags and
// the self–other agreement.
void applyGap(BehaviorProfile& profile);
// Self–other agreement of a self and an others figure whose difference has `uncertainty`.
SelfOtherFigures selfOtherFigures(double self, double others, double uncertainty, int behaviors);

// A whole profile (without trend) from loaded rows.
PersonProfile computeProfile(const ProfileContext& context, const Person& person, const QString& teamName,
    const QList<SubjectRow>& rows, const LeniencyBase* leniency = nullptr);
// The same from behaviors already under the rule (a server's, see ServerProfile.h): adds the
// strengths, growth areas, blind spots and hidden strengths.
PersonProfile profileFromBehaviors(const ProfileContext& context, const Person& person, const QString& teamName,
    const QDate& from, const QDate& to, const QList<BehaviorProfile>& behaviors);

} // namespace peerradar
