#pragma once

#include "report/BatchWriter.h"
#include "report/PdfReports.h"

namespace peerradar {

class Database;

// Every person's summary (and every team's) as PDF files into `folder`: writeBatch (which says
// how files are named, how the workers share the work, and what a cancel or a failure leaves)
// with PdfReports::writePdf as its writer.
Result<BatchSummary> writeAllReports(Database& db, const QString& folder, const ProfileOptions& options,
    const PdfOptions& pdf, const Progress& progress = {});

} // namespace peerradar
