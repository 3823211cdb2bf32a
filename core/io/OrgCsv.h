#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "io/Csv.h"
#include "domain/Types.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace peerradar {

class Database;

// One reason an import was refused: the line of the CSV file (1 = header), the column, and why.
struct CsvProblem
{
    qint64 line = 0; // the physical line its record starts on (1-based)
    QString column;
    QString message;
    // The record's row as a spreadsheet numbers it (the header is row 1); 0 when unknown. Differs
    // from `line` after a quoted field that spans lines.
    qint64 row = 0;
};

struct ImportSummary
{
    qint64 rows = 0; // rows imported
    qint64 peopleAdded = 0; // people: new rows
    qint64 peopleUpdated = 0; // people: rows matched by email and updated
    qint64 teamsAdded = 0;
};

// The outcome of an import. On failure `error` says why in one sentence and `problems` names every
// bad row and column (all of them, in file order); the database is then exactly as before.
struct ImportOutcome
{
    std::optional<Error> error;
    QList<CsvProblem> problems;
    ImportSummary summary;

    bool ok() const { return !error; }
};

// The two CSV files of PeerRadar, RFC 4180, UTF-8:
//   people:        name,email,team,manager_email,role
//   observations:  date,observer_email,subject_email,behavior,impact,situation,action,result
// Imports are all or nothing. Exports write exactly the columns the import reads, so that
// export → import into a new file gives the same data. Free text that a spreadsheet would run as a
// formula is written with a leading apostrophe, which the import removes again. Exports start with a
// byte-order mark unless told otherwise (see ByteOrderMark); imports read files with or without one.
ImportOutcome importPeopleCsv(Database& db, QIODevice* input, const Progress& progress = {});
ImportOutcome importObservationsCsv(Database& db, QIODevice* input, const Progress& progress = {});
Status exportPeopleCsv(Database& db, QIODevice* output, const Progress& progress = {},
    ByteOrderMark bom = ByteOrderMark::Written);
Status exportObservationsCsv(Database& db, QIODevice* output, const Progress& progress = {},
    ByteOrderMark bom = ByteOrderMark::Written);

// "Row 12 (line 14), impact: …" for each problem, one per line (at most `limit`, then "…and N more").
QString describeProblems(const QList<CsvProblem>& problems, int limit = 50);

} // namespace peerradar
