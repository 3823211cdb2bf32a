#include "report/ReportBatch.h"

namespace peerradar {

Result<BatchSummary> writeAllReports(Database& db, const QString& folder, const ProfileOptions& options,
    const PdfOptions& pdf, const Progress& progress)
{
    SummaryWriters writers;
    writers.person = [&pdf](const QString& path, const PersonReportData& data) {
        return PdfReports::writePdf(path, data, pdf);
    };
    writers.team = [&pdf](const QString& path, const TeamReportData& data) {
        return PdfReports::writePdf(path, data, pdf);
    };
    return writeBatch(db, folder, options, writers, progress);
}

} // namespace peerradar
