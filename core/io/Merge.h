#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace peerradar {

class Database;

// What a merge brings over, in the order it does so.
enum class MergeKind
{
    Framework,
    Behavior,
    Team,
    Person,
    Cycle,
    Observation,
    AuditEntry
};
inline constexpr int mergeKindCount = 7;

// Who wins when an item is in both files with different content.
enum class MergePreference
{
    None, // a conflict stops the merge: nothing changes
    Target, // keep the target's content; bring in everything else
    Source, // take the source's content
};

struct MergeOptions
{
    MergePreference prefer = MergePreference::None;
    bool dryRun = false; // work everything out and report it, change nothing
    Progress progress = {};
};

struct MergeCount
{
    qint64 added = 0; // new in the target
    qint64 alreadyPresent = 0; // in both files, the same
    qint64 conflicts = 0; // in both files, different (each item once, however many fields differ)
};

// One item that is in both files with different content, said so that a person can act on it.
struct MergeConflict
{
    MergeKind kind = MergeKind::Person;
    QString item; // "Person Anna Smith (anna@example.com)"
    QString field; // "team"; empty for an unresolvable conflict that is not about one field
    QString targetValue;
    QString sourceValue;
    // False: choosing a side cannot settle it (a removal, a name another item already has); the
    // merge is refused whatever the preference, and `message` says what to do.
    bool resolvable = true;
    QString message; // the whole sentence, with both file names
};

struct MergeReport
{
    QString targetName; // file names as the messages show them
    QString sourceName;
    MergePreference prefer = MergePreference::None; // as the merge ran
    bool dryRun = false;
    std::array<MergeCount, mergeKindCount> counts = {};
    QList<MergeConflict> conflicts;
    qint64 notesHidden = 0; // notes hidden in the source, now hidden in the target too
    qint64 skippedAboutRemoved = 0; // observations about people removed from the target: left out
    int kRaisedTo = 0; // anonymity threshold raised to the source's stricter one (0: unchanged)
    int kNotesRaisedTo = 0;
    bool changed = false; // the target was written (not a dry run, not refused)

    const MergeCount& count(MergeKind kind) const { return counts[size_t(kind)]; }
    MergeCount& count(MergeKind kind) { return counts[size_t(kind)]; }
    // True when conflicts stopped the merge: any without a preference, or one no preference settles.
    bool refused() const;
    QStringList conflictMessages(int limit = -1) const; // "… and N more." past the limit
    QString summary() const; // what happened, a few lines for a person (conflicts not listed)
};

// Brings the frameworks (and behaviors), teams, people, cycles, observations and audit entries of
// the PeerRadar file at `sourcePath` into `target`, matched by their stable ids (and people by email,
// the others by name, when ids differ). All in one transaction; merging the same file again changes
// nothing. The source is opened read-only and never written. Errors: the source is not a PeerRadar
// file, is older or newer, is the target itself, or the work was cancelled; the target is unchanged.
// Conflicts are not errors: they are in the report, and by default nothing is changed.
Result<MergeReport> mergeFile(Database& target, const QString& sourcePath, const MergeOptions& options = {});

} // namespace peerradar
