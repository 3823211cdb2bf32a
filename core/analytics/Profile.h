#pragma once

#include "common/Result.h"
#include "domain/Rules.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

// A person's profile: per behavior and rater group the figures PRODUCT.md lists ("A profile"),
// already passed through the anonymity rule (core/analytics/Anonymity.h). Every view, export and
// report reads these types; none of them sees raw rows about a person, so none can leak a
// suppressed group.
namespace peerradar {

class Database;
class ProfileReader;

// Figures of one rater group, a pool of groups or the "others" total, for one behavior.
struct GroupStats
{
    enum class State
    {
        Empty, // no observation at all (JSON null)
        Shown, // figures below are valid
        Suppressed // fewer than k distinct observers (or suppressed so that no other figure reveals it)
    };

    State state = State::Empty;
    QString pooledInto; // when suppressed because it is shown inside a pool: the pool's key, e.g.
                        // "peer+direct_report"
    int observations = 0; // every observation, however many came from one observer
    int observers = 0; // distinct observers: the n of the figures below
    double mean = 0.0; // mean of the observers' views (each observer's observations averaged first)
    std::optional<double> sd; // standard deviation of the observers' views; none with one observer
    std::optional<double> ciLow; // 95% interval inside the scale (docs/statistics.md); none with one observer
    std::optional<double> ciHigh;
    std::optional<double> standardError; // of the mean, from the spread shrunk toward the prior
    std::optional<double> halfWidth; // the interval's half-width before the scale's bounds
    bool indicative = false; // fewer observers than a reliability of 0.70 needs
    std::optional<double> agreement; // r_wg among the observers' views; none with one observer
    double per30Days = 0.0; // n per 30 days over the profile's period
    // The mean with each observer's leniency removed (analytics/Leniency.h), inside the scale. Only with
    // the correction on, for a shown group of at least k observers other than self; none otherwise.
    std::optional<double> adjustedMean;
    bool notesVisible = false; // its notes may be listed (k_notes reached, or self/manager)

    bool isShown() const { return state == State::Shown; }
    bool isSuppressed() const { return state == State::Suppressed; }
    bool isEmpty() const { return state == State::Empty; }
    // Agreement so low that the mean hides more than it tells (stats::disagreementCutOff).
    bool observersDisagree() const;
};

// How a person's view of themselves compares with others' (Yammarino & Atwater 1997), decided
// with the uncertainty of the gap, never the raw difference.
enum class SelfOtherAgreement
{
    OverEstimator, // self above others by more than the uncertainty
    UnderEstimator, // self below others by more than the uncertainty
    AgreeHigh, // within the uncertainty, at or above the scale's midpoint
    AgreeLow // within the uncertainty, below the midpoint
};

QString selfOtherKey(SelfOtherAgreement agreement); // "over_estimator", "in_agreement_high", …

struct SelfOtherFigures
{
    double self = 0.0;
    double others = 0.0;
    double gap = 0.0; // self − others
    double uncertainty = 0.0; // 95%
    SelfOtherAgreement agreement = SelfOtherAgreement::AgreeHigh;
    int behaviors = 1; // behaviors it is decided over (the overall figure)
};

// Small anonymous groups shown together as one group (PRODUCT.md "Anonymity").
struct PooledGroup
{
    QString key; // member keys joined by '+', in the order peer, direct_report, other
    QList<RaterGroup> members;
    GroupStats stats; // shown (a pool that does not reach k is not reported at all)
};

struct BehaviorProfile
{
    Behavior behavior; // `retired` set for a retired behavior that has observations in the period
    GroupStats others; // every group except self
    std::array<GroupStats, 5> groups; // indexed by groupIndex(RaterGroup)
    std::optional<PooledGroup> pooled;

    // self mean − others mean, only when both are shown.
    std::optional<double> gap;
    // The uncertainty of the gap, √(h_self² + h_others²) from the intervals' half-widths; a single
    // observer's figure (self always) adds none. None when neither side has an interval.
    std::optional<double> gapUncertainty;
    bool blindSpot = false; // gap > 0 and gap > gapUncertainty
    bool hiddenStrength = false; // gap < 0 and −gap > gapUncertainty
    std::optional<SelfOtherFigures> selfOther; // whenever gapUncertainty is given

    const GroupStats& group(RaterGroup g) const { return groups[groupIndex(g)]; }
    GroupStats& group(RaterGroup g) { return groups[groupIndex(g)]; }
    static constexpr std::size_t groupIndex(RaterGroup g) { return static_cast<std::size_t>(g); }
};

// One behavior's "others" figure now and in the previous cycle.
struct TrendEntry
{
    QString key;
    QString name;
    GroupStats now; // the "others" figure of the current cycle, under the anonymity rule
    GroupStats previous; // the same for the previous cycle
    std::optional<double> change; // now.mean − previous.mean, only when both are shown
    std::optional<double> changeUncertainty; // √(h_now² + h_previous²), when some side has an interval
    bool changed = false; // |change| > changeUncertainty
};

struct Trend
{
    Cycle current;
    Cycle previous;
    QList<TrendEntry> behaviors; // framework order
};

struct PersonProfile
{
    Person person;
    QString teamName;
    DatabaseSettings settings; // k and k_notes in force
    std::optional<Cycle> cycle;
    QDate from; // the period (inclusive), see ProfileService::personProfile
    QDate to;
    QList<BehaviorProfile> behaviors; // active framework order, then retired behaviors with observations

    QStringList blindSpots; // behavior keys, framework order
    QStringList hiddenStrengths;
    QStringList strengths; // highest first
    QStringList growthAreas; // lowest first
    // Self–other agreement over every behavior with a decided self_other: mean self vs mean others.
    std::optional<SelfOtherFigures> selfOther;
    std::optional<Trend> trend;
    // Where its anonymous groups come from, for its reader (domain/Rules.h anonymousGroupsFor):
    // Withheld says "the others' figures appear when HR releases the cycle".
    AnonymousGroups anonymousGroups = AnonymousGroups::Live;
    std::optional<CycleRelease> release; // the cycle's latest release, when it has one
    // For HR, in a released cycle's profile: what changed in the cycle since its release.
    std::optional<ReleaseChanges> changesSinceRelease;

    const BehaviorProfile* behavior(const QString& key) const;
    int periodDays() const { return int(from.daysTo(to)) + 1; }
};

// A note behind a profile, for the "click an axis" list and the PDF.
struct ProfileNote
{
    Id observationId = 0;
    QString behaviorKey;
    QString groupKey; // "self", "manager", "peer", … or a pool's key ("peer+direct_report")
    QString groupLabel; // translated, for display
    QDate date;
    Note note;
    QString observerName; // only when the viewer is HR; empty otherwise
};

struct ProfileOptions
{
    std::optional<Id> cycleId; // none: the person's whole history
    QDate today = QDate::currentDate(); // decides which cycle "has started" for the trend without a cycle
    bool withTrend = true;
    // Whom the profile is for. HR reads live figures; anyone else (the person, their manager, a PDF
    // handed to them) reads a released cycle's anonymous groups as released and no anonymous group
    // over any other period (domain/Rules.h anonymousGroupsFor). A server login that is not HR is
    // never HR here, whatever this says: the server applies the rule.
    bool readerIsHr = true;
};

// Computes profiles from the database. One indexed query per person (observations_subject covers it).
class ProfileService final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::ProfileService)

public:
    explicit ProfileService(Database& db);

    Result<PersonProfile> personProfile(Id personId, const ProfileOptions& options = {}) const;

    // The notes behind `profile` whose group's notes are visible, newest first; only those of one
    // behavior when `behaviorKey` is given. Notes hidden by HR never appear; the observer's name is
    // filled only when `viewerRole` is HR.
    Result<QList<ProfileNote>> notes(
        const PersonProfile& profile, Role viewerRole, const QString& behaviorKey = {}) const;

private:
    Database& m_db;
    // Keep one ProfileService while browsing: it remembers the settings, the framework, the cycles
    // and the file's latest date until the file changes, and keeps its row query prepared.
    std::shared_ptr<ProfileReader> m_reader;
};

// STATS of the JSON (docs/statistics.md): {"observers","observations","mean","sd","ci95":[lo,hi],
// "per_30_days","indicative","agreement"} (sd, ci95 and agreement null with one observer), plus
// "adjusted_mean" (null where not corrected) when `leniencyCorrection` is on; {"suppressed":true}
// (plus "pooled_into"), or null for an empty group.
QJsonValue groupStatsToJson(const GroupStats& stats, bool leniencyCorrection = false);
// The `profile --json` shape of issue 2 item 7 (figures rounded to 4 decimals).
QJsonObject profileToJson(const PersonProfile& profile);
// "anonymous_groups", "release" and, for HR, "changed_since_release" (profiles and team profiles).
void addReleaseToJson(QJsonObject& json, AnonymousGroups groups, const std::optional<CycleRelease>& release,
    const std::optional<ReleaseChanges>& changes);
// A person's own data for stewardship: their record, the observations they authored (full) and
// their profile through the anonymity rule (never raw rows about them).
Result<QJsonObject> exportPersonData(Database& db, Id personId);

} // namespace peerradar
