#include "io/FileMerge.h"

#include "app/Session.h"
#include "common/BackgroundTask.h"
#include "common/DialogProvider.h"
#include "io/Merge.h"
#include "observations/ObservationStore.h"
#include "storage/Database.h"

#include <QFileInfo>

#include <algorithm>

namespace peerradar {

namespace {

// One merge of `path` into the session's file, on a worker thread with its own connection.
Result<MergeReport> runMerge(
    QWidget* window, Session& session, const QString& path, MergeOptions options, const QString& label)
{
    Result<MergeReport> result = makeError(ErrorCode::Internal, QString());
    const bool cancelled = BackgroundTask::run(window, label, [&](const Progress& progress) {
        auto db = session.database().openAnother();
        if (!db) {
            result = db.error();
            return;
        }
        options.progress = progress;
        result = mergeFile(**db, path, options);
    });
    // Cancel pressed after the work finished: a trial run is dropped, but a merge that was committed
    // is reported as done (the file did change) so that the views refresh.
    if (cancelled && result && options.dryRun)
        return makeError(ErrorCode::Cancelled, QString());
    return result;
}

// Shows why a merge did not happen; false, for returning.
bool showFailure(DialogProvider& dialogs, QWidget* window, const Result<MergeReport>& result)
{
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            dialogs.information(window, FileMerge::tr("Merge cancelled"),
                FileMerge::tr("The merge was cancelled. Nothing was changed."));
        else
            dialogs.showError(window, result.error());
    } else {
        dialogs.showProblems(window, ProblemsKind::MergeConflicts, result->summary().section(u'\n', 0, 0), result->conflictMessages(200).join(u'\n'));
    }
    return false;
}

qint64 addedInAll(const MergeReport& report)
{
    qint64 added = 0;
    for (const MergeCount& count : report.counts)
        added += count.added;
    return added;
}

} // namespace

bool FileMerge::mergeWithDialog(
    DialogProvider& dialogs, QWidget* window, Session& session, const QString& filter)
{
    if (!session.isHr())
        return false;
    const QString path
        = dialogs.openFileName(window, tr("Merge another PeerRadar file into this one"), filter);
    if (path.isEmpty())
        return false;
    const QString name = QFileInfo(path).fileName();
    MergeOptions options;
    options.dryRun = true;
    const auto trial = runMerge(window, session, path, options, tr("Reading %1…").arg(name));
    if (!trial)
        return showFailure(dialogs, window, trial);
    if (trial->refused()) {
        showFailure(dialogs, window, trial);
        const bool settleable = std::all_of(trial->conflicts.cbegin(), trial->conflicts.cend(),
            [](const MergeConflict& conflict) { return conflict.resolvable; });
        if (!settleable
            || !dialogs.confirm(window, tr("Merge anyway?"),
                tr("Merge %1 anyway? Where the two files differ, this file keeps what it holds; everything "
                   "else comes in:")
                        .arg(name)
                    + QStringLiteral("\n\n")
                    + trial->summary().section(u'\n', 1), // the counts, not "was not merged"
                tr("Merge, keep this file's version")))
            return false;
        options.prefer = MergePreference::Target;
    } else if (addedInAll(*trial) == 0 && trial->notesHidden == 0 && trial->kRaisedTo == 0
        && trial->kNotesRaisedTo == 0) {
        dialogs.information(
            window, tr("Nothing to merge"), tr("Everything in %1 is already in this file.").arg(name));
        return false;
    } else if (!dialogs.confirm(window, tr("Merge files"),
                   trial->summary() + QStringLiteral("\n\n") + tr("Merge now?"), tr("Merge"))) {
        return false;
    }
    options.dryRun = false;
    const auto merged = runMerge(window, session, path, options, tr("Merging %1…").arg(name));
    if (!merged || merged->refused()) // the files may have changed since the trial
        return showFailure(dialogs, window, merged);
    // Everything may have changed: every list and profile reloads.
    Q_EMIT session.observations().reset();
    dialogs.information(window, tr("Merge finished"), merged->summary());
    return true;
}

} // namespace peerradar
