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
    QString author; // who made the summary (the person using PeerRadar), for the PDF's Author; may be empty
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

// Loads summaries one after another on one connection: its services keep what every summary of a
// file shares (settings, framework, cycles, prepared queries) instead of reading it again for each.
// Belongs to the thread of its Database (no drawing: a worker thread may use it).
class ReportLoader final
{
    Q_DISABLE_COPY_MOVE(ReportLoader)

public:
    explicit ReportLoader(Database& db);

    // `team` may be passed in when the caller has it already (a batch computes each team once).
    Result<PersonReportData> person(Id personId, const ProfileOptions& options,
        const std::optional<TeamProfile>& team = std::nullopt);
    Result<TeamReportData> team(Id teamId, const ProfileOptions& options);

private:
    ProfileService m_profiles;
    TeamProfileService m_teams;
};

class PdfReports final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::PdfReports)

public:
    // One summary's data (a ReportLoader for one use).
    static Result<PersonReportData> loadPerson(Database& db, Id personId, const ProfileOptions& options,
        const std::optional<TeamProfile>& team = std::nullopt);
    static Result<TeamReportData> loadTeam(Database& db, Id teamId, const ProfileOptions& options);

    // Lays the summary out on a PDF writer or a printer. Plain QPainter drawing: any thread may call it.
    static void render(QPagedPaintDevice* device, const PersonReportData& data, const PdfOptions& options);
    static void render(QPagedPaintDevice* device, const TeamReportData& data, const PdfOptions& options);

    // The whole summary into a PDF file, written atomically: on failure no file (not even the
    // temporary FILE.part) is left, and the error names the cause ("No space left on device").
    // The PDF's document information has the title, author, subject and keywords.
    static Status writePdf(const QString& path, const PersonReportData& data, const PdfOptions& options);
    static Status writePdf(const QString& path, const TeamReportData& data, const PdfOptions& options);
};

} // namespace peerradar
