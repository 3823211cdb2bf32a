#include "io/Merge.h"

#include "io/MergeSupport.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace peerradar {

using namespace Qt::StringLiterals;
using merge::Merge;

namespace {

// The same file (also by another path or a link), or the same database on the same server.
bool isTargetItself(const Database& target, const QString& sourcePath)
{
    if (const auto source = ServerAddress::parse(sourcePath)) {
        const auto here = ServerAddress::parse(target.path());
        return here && here->host == source->host && here->port == source->port
            && here->database == source->database;
    }
    const QString source = QFileInfo(sourcePath).canonicalFilePath();
    return !source.isEmpty() && source == QFileInfo(target.path()).canonicalFilePath();
}

// The source as messages name it: a server URL without its password.
QString shownSource(const QString& sourcePath)
{
    const auto address = ServerAddress::parse(sourcePath);
    return address ? address->displayName() : QDir::toNativeSeparators(sourcePath);
}

Result<std::unique_ptr<Database>> openSource(const Database& target, const QString& sourcePath)
{
    if (isTargetItself(target, sourcePath))
        return makeError(ErrorCode::Invalid,
            Merge::tr("%1 is the file you are merging into. Choose another PeerRadar file to merge from; "
                      "nothing was "
                      "changed.")
                .arg(shownSource(sourcePath)));
    // Read-only: a merge never writes to the file it reads, not even to update an older one.
    auto db = Database::open(sourcePath, Database::Access::ReadOnly);
    if (!db && db.error().code == ErrorCode::OlderVersion)
        return makeError(ErrorCode::OlderVersion,
            Merge::tr("%1 was saved by an older version of PeerRadar. Open it once with this PeerRadar "
                      "(which updates "
                      "it and keeps a copy of the old file), then merge again. Nothing was changed.")
                .arg(shownSource(sourcePath)));
    return db;
}

Result<qint64> rowsToRead(Database& source)
{
    auto q = source.exec(u"SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM observations)"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

QString kindName(MergeKind kind)
{
    switch (kind) {
    case MergeKind::Framework:
        return Merge::tr("Frameworks");
    case MergeKind::Behavior:
        return Merge::tr("Behaviors");
    case MergeKind::Team:
        return Merge::tr("Teams");
    case MergeKind::Person:
        return Merge::tr("People");
    case MergeKind::Cycle:
        return Merge::tr("Cycles");
    case MergeKind::Observation:
        return Merge::tr("Observations");
    case MergeKind::AuditEntry:
        return Merge::tr("Audit entries");
    }
    return {};
}

} // namespace

bool MergeReport::refused() const
{
    if (conflicts.isEmpty())
        return false;
    if (prefer == MergePreference::None)
        return true;
    return std::any_of(
        conflicts.cbegin(), conflicts.cend(), [](const MergeConflict& c) { return !c.resolvable; });
}

QStringList MergeReport::conflictMessages(int limit) const
{
    QStringList lines;
    for (const MergeConflict& conflict : conflicts) {
        if (limit >= 0 && lines.size() == limit) {
            lines << Merge::tr("… and %n more.", "", int(conflicts.size() - limit));
            break;
        }
        lines << conflict.message;
    }
    return lines;
}

QString MergeReport::summary() const
{
    QStringList lines;
    const qint64 conflictCount = std::accumulate(counts.cbegin(), counts.cend(), qint64(0),
        [](qint64 sum, const MergeCount& c) { return sum + c.conflicts; });
    if (refused())
        lines << Merge::tr(
            "%1 was not merged into %2: %n item(s) differ between the two files. Nothing was changed.", "",
            int(conflictCount))
                     .arg(sourceName, targetName);
    else if (dryRun)
        lines << Merge::tr("Merging %1 into %2 would bring in the following (nothing was changed yet):")
                     .arg(sourceName, targetName);
    else
        lines << Merge::tr("%1 was merged into %2.").arg(sourceName, targetName);
    for (int k = 0; k < mergeKindCount; ++k) {
        const MergeCount& c = counts[size_t(k)];
        if (c.added == 0 && c.alreadyPresent == 0 && c.conflicts == 0)
            continue;
        lines << Merge::tr("%1: %2 added, %3 already present, %4 in conflict.")
                     .arg(kindName(MergeKind(k)))
                     .arg(c.added)
                     .arg(c.alreadyPresent)
                     .arg(c.conflicts);
    }
    if (!refused() && conflictCount > 0)
        lines << (prefer == MergePreference::Target
                ? Merge::tr("Where the files differ, %1 was kept as it was.").arg(targetName)
                : Merge::tr("Where the files differ, %1 now holds what %2 holds.")
                      .arg(targetName, sourceName));
    if (notesHidden > 0)
        lines << Merge::tr("%n note(s) hidden in %1 are now hidden in %2 too.", "", int(notesHidden))
                     .arg(sourceName, targetName);
    if (skippedAboutRemoved > 0)
        lines << Merge::tr(
            "%n observation(s) about people removed from %1 were left out.", "", int(skippedAboutRemoved))
                     .arg(targetName);
    if (kRaisedTo > 0)
        lines << Merge::tr("The anonymity threshold was raised to %1, as in %2.")
                     .arg(kRaisedTo)
                     .arg(sourceName);
    if (kNotesRaisedTo > 0)
        lines << Merge::tr("The anonymity threshold for notes was raised to %1, as in %2.")
                     .arg(kNotesRaisedTo)
                     .arg(sourceName);
    return lines.join(u'\n');
}

Result<MergeReport> mergeFile(Database& target, const QString& sourcePath, const MergeOptions& options)
{
    auto source = openSource(target, sourcePath);
    if (!source)
        return source.error();
    auto total = rowsToRead(**source);
    if (!total)
        return total.error();
    MergeReport report;
    report.targetName = QFileInfo(target.path()).fileName();
    report.sourceName = QFileInfo(sourcePath).fileName();
    report.prefer = options.prefer;
    report.dryRun = options.dryRun;
    merge::Context context(target, **source, options, report, *total);
    bool keepNothing = false;
    const Status status = target.transaction([&]() -> Status {
        using Step = Status (*)(merge::Context&);
        const Step steps[] = { merge::mergeFrameworks, merge::mergeTeams, merge::mergePeople,
            merge::mergeCycles, merge::mergeObservations, merge::mergeAuditTrail, merge::mergeSettings,
            merge::mergeAliases };
        for (Step step : steps) {
            if (auto s = step(context); !s)
                return s;
        }
        context.finishCounts();
        keepNothing = options.dryRun || report.refused();
        // Any error rolls the transaction back: that is how a trial run or a refused merge leaves no trace.
        return keepNothing ? Status(makeError(ErrorCode::Cancelled, {})) : Status {};
    });
    if (keepNothing)
        return report;
    if (!status) {
        if (status.error().code == ErrorCode::Cancelled)
            return makeError(
                ErrorCode::Cancelled, Merge::tr("The merge was cancelled. Nothing was changed."));
        return makeError(status.error().code,
            Merge::tr("%1 could not be merged into %2: %3 Nothing was changed.")
                .arg(report.sourceName, report.targetName, status.error().message),
            status.error().detail);
    }
    report.changed = true;
    return report;
}

} // namespace peerradar
