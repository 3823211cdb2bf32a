#pragma once

#include "domain/Types.h"
#include "io/Merge.h"

#include <QHash>
#include <QSet>
#include <QVariantList>

// The inside of mergeFile (io/Merge.h): what the steps share. Not for use elsewhere.
namespace peerradar::merge {

struct Merge
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::Merge)
};

// Where a source row was found in the target: 0 when it is new there.
struct Match
{
    Id id = 0;
    bool byNaturalKey = false; // by email or name, not by id: the source's id is remembered as an alias
};

// One field of an item as each file holds it, already in words.
struct FieldDiff
{
    QString field;
    QString targetValue;
    QString sourceValue;
};

class Context final
{
    Q_DISABLE_COPY_MOVE(Context)

public:
    Context(Database& target, Database& source, const MergeOptions& options, MergeReport& report,
        qint64 totalRows);

    Database& target;
    Database& source;
    const MergeOptions& options;
    MergeReport& report;

    // Source id → target id, filled step by step.
    QHash<Id, Id> frameworks, behaviors, teams, people, cycles;
    QSet<Id> removedInTarget; // target ids of people removed from the target
    QSet<Id> newTeams; // target ids of the teams this merge added

    // The target person a source person stands for; 0 when none, or removed from the target.
    Id person(Id sourceId) const;

    // The target row of `table` (a fixed table name, never user text) whose uuid is `uuid`, or
    // that an earlier merge recorded as the same, or (when given) that has the same natural key.
    Result<Match> find(const char* table, const QString& uuid, const QString& naturalKeySql = {},
        const QVariantList& naturalKey = {});
    Status rememberAlias(const char* table, const QString& sourceUuid, Id targetId);
    // The first column of the first row of a target query as an id; 0 when there is no row.
    Result<Id> firstId(const QString& sql, const QVariantList& values);
    // Runs an INSERT on the target and returns the new row's id.
    Result<Id> insert(const QString& sql, const QVariantList& values);

    void added(MergeKind kind) { ++report.count(kind).added; }
    void matched(MergeKind kind) { ++m_matched[size_t(kind)]; }
    // Records the fields an item differs in (none: nothing to do). Returns true when the source's
    // content is to be written over the target's.
    bool differ(MergeKind kind, const QString& itemKey, const QString& item, const QList<FieldDiff>& diffs);
    // A conflict no preference settles; `message` says what to do.
    void unresolvable(MergeKind kind, const QString& itemKey, const QString& item, const QString& message);
    bool hasUnresolvable() const { return m_unresolvable; }
    void finishCounts();

    // Counts one source row done; false when the user cancelled.
    bool tick();

    // In words, from the target: "Anna Smith (anna@example.com)", a team's name, a behavior's name;
    // empty for 0 (no team, no manager).
    QString personLabel(Id targetPersonId);
    QString teamLabel(Id targetTeamId);
    QString behaviorLabel(Id targetBehaviorId);

private:
    QString label(QHash<Id, QString>& cache, const QString& sql, Id id);

    std::array<qint64, mergeKindCount> m_matched = {};
    std::array<QSet<QString>, mergeKindCount> m_conflictItems;
    bool m_unresolvable = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QHash<Id, QString> m_personLabels, m_teamLabels, m_behaviorLabels;
};

// A value as a conflict message shows it: in quotes, on one line, shortened; (none) when empty.
QString shown(const QString& value);
QString yesNo(bool value);

// The steps, in order (MergeOrganisation.cpp, MergeObservations.cpp).
Status mergeFrameworks(Context& c);
Status mergeTeams(Context& c); // names; managers come with the people
Status mergePeople(Context& c);
Status mergeCycles(Context& c);
Status mergeObservations(Context& c);
Status mergeAuditTrail(Context& c);
Status mergeSettings(Context& c);
Status mergeAliases(Context& c);

} // namespace peerradar::merge
