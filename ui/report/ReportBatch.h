#pragma once

#include "common/Progress.h"
#include "report/PdfReports.h"

namespace peerradar {

class Database;

struct BatchSummary
{
    int people = 0;
    int teams = 0;
    QStringList files; // relative to the folder, in the order written
};

// One part of a batch split across processes: the files whose place in the plan is `index` modulo
// `count`. Every part plans the same names, so the parts together write exactly the whole batch.
struct BatchShard
{
    int index = 0;
    int count = 1;
};

// Every person's summary (and every team's) into `folder`: `Team/Name.pdf` for each person,
// `Team.pdf` for each team, with names made safe (safeFileName) and made unique within a folder.
// Profiles are computed on worker threads, each with its own connection, while the calling (GUI)
// thread draws the PDFs, so both cores work. Cancelling through `progress` removes the files this
// run wrote. Existing files of the same name are replaced.
Result<BatchSummary> writeAllReports(Database& db, const QString& folder, const ProfileOptions& options,
    const PdfOptions& pdf, const Progress& progress = {}, const BatchShard& shard = {});

} // namespace peerradar
