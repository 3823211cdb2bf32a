#include "report/PdfReports.h"

#include "charts/NetworkPainter.h"
#include "charts/RadarPainter.h"
#include "report/ReportPainter.h"
#include "storage/PeopleRepository.h"

#include <QPdfWriter>
#include <QFile>

namespace peerradar {

namespace {

// The radar as vector graphics, drawn straight with QPainter: no Qt Charts scene, so any thread can draw.
void paintReportRadar(QPainter& painter, const QRectF& rect, const RadarData& radar)
{
    RadarPaintStyle style;
    style.font = reportFont(QFont(QStringLiteral("DejaVu Sans"), 7));
    paintRadar(painter, rect, radar, style);
}

QColor heatColor(double mean)
{
    // 1 → pale, 5 → deep blue: one hue, so it reads in greyscale and for colour-blind readers.
    const double t = std::clamp((mean - 1.0) / 4.0, 0.0, 1.0);
    return QColor::fromRgbF(float(0.93 - 0.80 * t), float(0.95 - 0.60 * t), float(0.98 - 0.28 * t));
}

void setUpWriter(QPdfWriter& writer, const PdfOptions& options, const QString& title)
{
    writer.setPageSize(QPageSize(options.paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter));
    writer.setPageMargins(QMarginsF(18, 18, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(96);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("PeerRadar"));
}

// Written to a temporary file beside the target and renamed at the end, so that a failed or
// cancelled export never leaves half a PDF. No fsync: a summary can always be made again, and
// thousands of fsyncs would dominate a batch.
template<typename Data>
Status writeAtomically(const QString& path, const Data& data, const PdfOptions& options, const QString& title)
{
    const QString temporary = path + QStringLiteral(".part");
    QFile file(temporary);
    auto failed = [&](const QString& reason) {
        file.remove();
        return makeError(ErrorCode::Io, PdfReports::tr("The PDF could not be written to %1: %2").arg(path, reason));
    };
    QFile::remove(temporary); // a leftover of a crash keeps its old permissions: start afresh
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(file.errorString());
    {
        QPdfWriter writer(&file);
        setUpWriter(writer, options, title);
        PdfReports::render(&writer, data, options);
    }
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return failed(PdfReports::tr("the finished file could not be renamed"));
    return {};
}

} // namespace

ReportLoader::ReportLoader(Database& db) : m_profiles(db), m_teams(db) { }

Result<PersonReportData> ReportLoader::person(Id personId, const ProfileOptions& options, const std::optional<TeamProfile>& team)
{
    PersonReportData data;
    auto profile = m_profiles.personProfile(personId, options);
    if (!profile)
        return profile.error();
    data.profile = std::move(profile).value();
    if (team) {
        data.team = team;
    } else if (data.profile.person.teamId != 0) {
        auto teamProfile = m_teams.teamProfile(data.profile.person.teamId, options);
        if (teamProfile)
            data.team = std::move(teamProfile).value();
        else if (teamProfile.error().code != ErrorCode::Denied)
            return teamProfile.error();
        // Denied: a server login that may not read the team (a member); the summary is theirs
        // all the same, without the team average.
    }
    // The summary is handed to the employee: notes never carry names, whoever prints it.
    auto notes = m_profiles.notes(data.profile, Role::Member);
    if (!notes)
        return notes.error();
    data.content = ReportContent::person(data.profile, *notes, QDate::currentDate());
    return data;
}

Result<TeamReportData> ReportLoader::team(Id teamId, const ProfileOptions& options)
{
    auto profile = m_teams.teamProfile(teamId, options);
    if (!profile)
        return profile.error();
    TeamReportData data;
    data.profile = std::move(profile).value();
    data.content = ReportContent::team(data.profile, QDate::currentDate());
    return data;
}

Result<PersonReportData> PdfReports::loadPerson(Database& db, Id personId, const ProfileOptions& options,
    const std::optional<TeamProfile>& team)
{
    return ReportLoader(db).person(personId, options, team);
}

Result<TeamReportData> PdfReports::loadTeam(Database& db, Id teamId, const ProfileOptions& options)
{
    return ReportLoader(db).team(teamId, options);
}

void PdfReports::render(QPagedPaintDevice* device, const PersonReportData& data, const PdfOptions& options)
{
    const PersonReport& r = data.content;
    ReportPainter page(device, tr("%1 — summary for %2").arg(options.footerName, r.personName));
    if (!page.isActive())
        return;
    page.title(r.personName,
        tr("%1 · %2").arg(r.teamName, r.periodLine) + u'\n'
            + tr("Printed on %1").arg(QLocale().toString(options.printedOn, QLocale::LongFormat)));
    page.paragraph(r.confidentiality);
    page.heading(tr("Leadership profile"));
    page.paragraph(r.howToRead, true);
    if (!r.releaseLine.isEmpty())
        page.paragraph(r.releaseLine, true);
    const RadarData radar = personRadarData(data.profile, data.team ? &*data.team : nullptr, RadarMeasure::MeanImpact);
    page.drawing(page.width() * 0.72, [&](QPainter& painter, const QRectF& rect) {
        paintReportRadar(painter, rect, radar);
    });

    page.heading(tr("Figures by rater group"));
    page.paragraph(r.tableLegend, true);
    page.table(r.groupTable);
    if (!r.disagreements.isEmpty())
        page.bullets(r.disagreements, {});

    page.heading(tr("Strengths"));
    page.bullets(r.strengths, tr("No behavior stands out beyond the uncertainty of its figure yet."));
    page.heading(tr("Growth areas"));
    page.bullets(r.growthAreas, tr("No behavior stands out beyond the uncertainty of its figure yet."));
    page.heading(tr("Blind spots"));
    page.bullets(r.blindSpots, tr("None: where your own view and others' differ, the difference is within the uncertainty."));
    page.heading(tr("Hidden strengths"));
    page.bullets(r.hiddenStrengths, tr("None: where others see more than you do, the difference is within the uncertainty."));
    page.heading(tr("Self–other agreement"));
    page.bullets(r.selfOther,
        tr("Not decided: there is no self-rating, or no figure of others with an interval to compare it "
           "with."));
    if (!r.trendTitle.isEmpty()) {
        page.heading(r.trendTitle);
        page.table(r.trendTable);
    }
    page.heading(tr("In observers' words"));
    page.paragraph(r.notesIntro, true);
    if (r.notes.isEmpty())
        page.paragraph(tr("No notes can be shown for this period."), true);
    for (const ReportNoteGroup& group : r.notes) {
        page.heading(group.behavior);
        for (const QString& note : group.notes)
            page.paragraph(note);
    }
}

void PdfReports::render(QPagedPaintDevice* device, const TeamReportData& data, const PdfOptions& options)
{
    const TeamReport& r = data.content;
    ReportPainter page(device, tr("%1 — team summary for %2").arg(options.footerName, r.teamName));
    if (!page.isActive())
        return;
    page.title(tr("Team %1").arg(r.teamName),
        r.managerLine + u'\n' + r.periodLine + u'\n'
            + tr("Printed on %1").arg(QLocale().toString(options.printedOn, QLocale::LongFormat)));
    page.paragraph(r.confidentiality);
    if (!r.releaseLine.isEmpty())
        page.paragraph(r.releaseLine, true);
    page.heading(tr("Team radar"));
    page.paragraph(tr("Each member weighs the same: the radar shows the mean of the members' own means (self-"
                      "observations excluded) and the median. Members whose figure is hidden by the anonymity rule "
                      "are left out."),
        true);
    const RadarData radar = teamRadarData(data.profile);
    page.drawing(page.width() * 0.62, [&](QPainter& painter, const QRectF& rect) {
        paintReportRadar(painter, rect, radar);
    });
    page.table(r.radarTable);
    page.heading(tr("Heatmap: members × behaviors"));
    page.paragraph(tr("Mean impact seen by others; darker is stronger."), true);
    page.table(r.heatmap, [&](int row, int column) -> std::optional<QColor> {
        const QList<std::optional<double>> values = r.heatValues.value(row);
        if (column == 0 || column - 1 >= values.size() || !values.at(column - 1).has_value())
            return std::nullopt;
        return heatColor(values.at(column - 1).value());
    });
    page.heading(tr("Informal leaders"));
    page.bullets(r.informalLeaders, {});
    page.heading(tr("Influence network"));
    page.paragraph(tr("An arrow points from the person seen leading to the colleague who saw it; thicker arrows mean "
                      "more observations. ★ marks informal leaders."),
        true);
    page.drawing(page.width() * 0.7, [&](QPainter& painter, const QRectF& rect) {
        paintInfluenceNetwork(painter, rect, data.profile, NetworkColors {});
    });
    page.heading(tr("Coverage"));
    page.bullets(r.coverage, {});
    page.table(r.memberTable);
}

Status PdfReports::writePdf(const QString& path, const PersonReportData& data, const PdfOptions& options)
{
    return writeAtomically(path, data, options, tr("Leadership profile: %1").arg(data.content.personName));
}

Status PdfReports::writePdf(const QString& path, const TeamReportData& data, const PdfOptions& options)
{
    return writeAtomically(path, data, options, tr("Team summary: %1").arg(data.content.teamName));
}

} // namespace peerradar
