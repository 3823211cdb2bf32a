#pragma once

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
#include "report/ReportContent.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace peerradar {

class Database;

enum class PaperSize { A4, Letter };

struct PdfOptions
{
    PaperSize paper = PaperSize::A4;
    QString footerName; // the database file's name, printed in every footer
    QDate printedOn = QDate::currentDate();
};

// What a person summary shows, loaded from the database (no drawing: safe in a worker thread).
struct PersonReportData
{
    PersonProfile profile;
    std::optional<TeamProfile> team; // for the team average on the radar
    PersonReport content;
};

struct TeamReportData
{
    TeamProfile profile;
    TeamReport content;
};

class PdfReports final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::PdfReports)

public:
    // `team` may be passed in when the caller has it already (a batch computes each team once).
    static Result<PersonReportData> loadPerson(Database& db, Id personId, const ProfileOptions& options,
        const std::optional<TeamProfile>& team = std::nullopt);
    static Result<TeamReportData> loadTeam(Database& db, Id teamId, const ProfileOptions& options);

    // Lays the summary out on a PDF writer or a printer. Must run in the GUI thread (Qt Charts).
    static void render(QPagedPaintDevice* device, const PersonReportData& data, const PdfOptions& options);
    static void render(QPagedPaintDevice* device, const TeamReportData& data, const PdfOptions& options);

    // The whole summary into a PDF file, written atomically (no half file on failure).
    static Status writePdf(const QString& path, const PersonReportData& data, const PdfOptions& options);
    static Status writePdf(const QString& path, const TeamReportData& data, const PdfOptions& options);
};

} // namespace peerradar
