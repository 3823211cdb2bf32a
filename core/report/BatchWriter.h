#pragma once

#include "common/Progress.h"
#include "report/ReportLoader.h"

#include <functional>

namespace peerradar {

class Database;

struct BatchSummary
{
    int people = 0;
    int teams = 0;
    QStringList files; // relative to the folder, in the order they were finished
};

// How one summary becomes a file at `path` (absolute): the renderer's PDF writer, say. Called on the
// batch's worker threads, so it draws with nothing shared; when it fails it leaves no file behind.
struct SummaryWriters
{
    std::function<Status(const QString& path, const PersonReportData& data)> person;
    std::function<Status(const QString& path, const TeamReportData& data)> team;
};

// Every person's summary (and every team's) into `folder`: `Team/Name.pdf` for each person,
// `Team.pdf` for each team, with names made safe (safeFileName) and made unique within a folder.
// Worker threads, one per core and each with its own connection to db's file, load the summaries
// and hand them to `writers`; the calling thread only passes progress on (now and then, also while
// no file finishes, so that a GUI can keep its window alive inside `progress`). Cancelling through
// `progress` stops the workers and removes the files this run wrote. Existing files of the same
// name are replaced. A failure (a full disk, a folder it may not write) stops it the same way: the
// files and folders this run made are removed, temporary ones included, and the error names the cause.
Result<BatchSummary> writeBatch(Database& db, const QString& folder, const ProfileOptions& options,
    const SummaryWriters& writers, const Progress& progress = {});

} // namespace peerradar
