#include "report/PdfReports.h"

#include "charts/NetworkPainter.h"
#include "charts/RadarPainter.h"
#include "report/PdfDocumentInfo.h"
#include "report/ReportPainter.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>

#include <cerrno>
#include <cstring>

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

void setUpWriter(QPdfWriter& writer, const PdfOptions& options, const PdfDocumentInfo& info)
{
    writer.setPageSize(QPageSize(options.paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter));
    writer.setPageMargins(QMarginsF(18, 18, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(96);
    writer.setTitle(info.title);
    writer.setCreator(info.creator);
    writer.setDocumentXmpMetadata(xmpMetadata(info));
}

// Why writing a file failed, in the system's words ("No space left on device", "Permission
// denied"): Qt says "Unknown error" for some failures that errno names.
QString failureReason(const QFileDevice& file, int savedErrno)
{
    QString reason = file.errorString();
    if ((reason.isEmpty() || reason == QLatin1String("Unknown error")) && savedErrno != 0)
        reason = QString::fromLocal8Bit(std::strerror(savedErrno));
    return reason;
}

// Drawn into memory, then written to a temporary file beside the target in one go and renamed at
// the end, so that a failed or cancelled export never leaves half a PDF, nor its temporary file.
// No fsync: a summary can always be made again, and thousands of fsyncs would dominate a batch.
template<typename Data>
Status writeAtomically(const QString& path, const Data& data, const PdfOptions& options, const PdfDocumentInfo& info)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUpWriter(writer, options, info);
        PdfReports::render(&writer, data, options);
    }
    appendDocumentInfo(pdf, info);

    const QString temporary = path + QStringLiteral(".part");
    QFile file(temporary);
    auto failed = [&](const QString& reason) {
        file.close();
        QFile::remove(temporary); // the static remove: QFile::remove() keeps a file whose close failed
        return makeError(ErrorCode::Io, PdfReports::tr("The PDF could not be written to %1: %2").arg(path, reason));
    };
    QFile::remove(temporary); // a leftover of a crash keeps its old permissions: start afresh
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(failureReason(file, errno));
    // A short write (the disk filled up) is followed by one for the rest, which fails at once and
    // names the cause.
    for (qint64 done = 0; done < pdf.size();) {
        errno = 0;
        const qint64 written = file.write(pdf.constData() + done, pdf.size() - done);
        if (written <= 0)
            return failed(failureReason(file, errno));
        done += written;
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failed(failureReason(file, errno));
    QFile::remove(path);
    QFile finished(temporary);
    if (!finished.rename(path))
        return failed(PdfReports::tr("the finished file could not be renamed (%1)").arg(finished.errorString()));
    return {};
}

// Lays a summary out twice: to count its pages, then to draw them with "page N of M" in each footer.
template<typename Data>
void renderTwice(QPagedPaintDevice* device, const Data& data, const PdfOptions& options, const QString& footer,
    void (*layOut)(ReportPainter&, const Data&, const PdfOptions&))
{
    int pages = 0;
    {
        ReportPainter measure(device, footer, ReportPainter::Pass::Measure);
        if (!measure.isActive())
            return;
        layOut(measure, data, options);
        pages = measure.pageCount();
    }
    ReportPainter page(device, footer, ReportPainter::Pass::Draw, pages);
    if (page.isActive())
        layOut(page, data, options);
}

void layOutPerson(ReportPainter& page, const PersonReportData& data, const PdfOptions& options)
{
    const PersonReport& r = data.content;
    page.title(r.personName,
        PdfReports::tr("%1 · %2").arg(r.teamName, r.periodLine) + u'\n'
            + PdfReports::tr("Printed on %1").arg(QLocale().toString(options.printedOn, QLocale::LongFormat)));
    page.paragraph(r.confidentiality);
    // Under the title, as on the team's summary: whose figures these are ("HR's copy: …" in full ink).
    if (!r.releaseLine.isEmpty())
        page.paragraph(r.releaseLine, data.profile.anonymousGroups != AnonymousGroups::Live);
    page.heading(PdfReports::tr("Leadership profile"));
    page.paragraph(r.howToRead, true);
    const RadarData radar = personRadarData(data.profile, data.team ? &*data.team : nullptr, RadarMeasure::MeanImpact);
    page.drawing(page.width() * 0.6, [&](QPainter& painter, const QRectF& rect) {
        paintReportRadar(painter, rect, radar);
    });

    page.heading(PdfReports::tr("Figures by rater group"));
    page.paragraph(r.tableLegend, true);
    page.table(r.groupTable);
    if (!r.disagreements.isEmpty())
        page.bullets(r.disagreements, {});

    page.heading(PdfReports::tr("Strengths"));
    page.bullets(r.strengths, PdfReports::tr("No behavior stands out beyond the uncertainty of its figure yet."));
    page.heading(PdfReports::tr("Growth areas"));
    page.bullets(r.growthAreas, PdfReports::tr("No behavior stands out beyond the uncertainty of its figure yet."));
    page.heading(PdfReports::tr("Blind spots"));
    page.bullets(r.blindSpots, PdfReports::tr("None: where your own view and others' differ, the difference is within the uncertainty."));
    page.heading(PdfReports::tr("Hidden strengths"));
    page.bullets(r.hiddenStrengths, PdfReports::tr("None: where others see more than you do, the difference is within the uncertainty."));
    page.heading(PdfReports::tr("Self–other agreement"));
    page.bullets(r.selfOther,
        PdfReports::tr("Not decided: there is no self-rating, or no figure of others with an interval to compare it "
           "with."));
    if (!r.trendTitle.isEmpty()) {
        page.heading(r.trendTitle);
        page.table(r.trendTable);
    }
    page.heading(PdfReports::tr("In observers' words"));
    page.paragraph(r.notesIntro, true);
    if (r.notes.isEmpty())
        page.paragraph(PdfReports::tr("No notes can be shown for this period."), true);
    for (const ReportNoteGroup& group : r.notes) {
        page.heading(group.behavior);
        // The count of the others goes on a line of the last note's paragraph: it is never left
        // alone at the top of a page, and the space between paragraphs is saved.
        for (qsizetype i = 0; i < group.notes.size(); ++i)
            page.paragraph(i + 1 == group.notes.size() && !group.more.isEmpty() ? group.notes.at(i) + u'\n' + group.more
                                                                                 : group.notes.at(i));
    }
}

void layOutTeam(ReportPainter& page, const TeamReportData& data, const PdfOptions& options)
{
    const TeamReport& r = data.content;
    page.title(PdfReports::tr("Team %1").arg(r.teamName),
        r.managerLine + u'\n' + r.periodLine + u'\n'
            + PdfReports::tr("Printed on %1").arg(QLocale().toString(options.printedOn, QLocale::LongFormat)));
    page.paragraph(r.confidentiality);
    if (!r.releaseLine.isEmpty())
        page.paragraph(r.releaseLine, data.profile.anonymousGroups != AnonymousGroups::Live);
    page.heading(PdfReports::tr("Team radar"));
    page.paragraph(PdfReports::tr("Each member weighs the same: the radar shows the mean of the members' own means (self-"
                      "observations excluded) and the median. Members whose figure is hidden by the anonymity rule "
                      "are left out."),
        true);
    const RadarData radar = teamRadarData(data.profile);
    page.drawing(page.width() * 0.62, [&](QPainter& painter, const QRectF& rect) {
        paintReportRadar(painter, rect, radar);
    });
    page.table(r.radarTable);
    page.heading(PdfReports::tr("Heatmap: members × behaviors"));
    page.paragraph(PdfReports::tr("Mean impact seen by others; darker is stronger."), true);
    page.table(r.heatmap, [&](int row, int column) -> std::optional<QColor> {
        const QList<std::optional<double>> values = r.heatValues.value(row);
        if (column == 0 || column - 1 >= values.size() || !values.at(column - 1).has_value())
            return std::nullopt;
        return heatColor(values.at(column - 1).value());
    });
    page.heading(PdfReports::tr("Informal leaders"));
    page.bullets(r.informalLeaders, {});
    page.heading(PdfReports::tr("Influence network"));
    page.paragraph(PdfReports::tr("An arrow points from the person seen leading to the colleague who saw it; thicker arrows mean "
                      "more observations. ★ marks informal leaders."),
        true);
    page.drawing(page.width() * 0.7, [&](QPainter& painter, const QRectF& rect) {
        paintInfluenceNetwork(painter, rect, data.profile, NetworkColors {});
    });
    page.heading(PdfReports::tr("Coverage"));
    page.bullets(r.coverage, {});
    page.table(r.memberTable);
}

PdfDocumentInfo documentInfo(const QString& title, const ReportDocumentInfo& document, const PdfOptions& options)
{
    PdfDocumentInfo info;
    info.title = title;
    info.author = options.author;
    info.subject = document.subject;
    info.keywords = document.keywords;
    info.creator = QStringLiteral("PeerRadar %1").arg(QStringLiteral(PEERRADAR_VERSION));
    info.producer = QStringLiteral("PeerRadar %1 (Qt %2)").arg(QStringLiteral(PEERRADAR_VERSION), QString::fromLatin1(qVersion()));
    info.created = QDateTime::currentDateTimeUtc();
    return info;
}

} // namespace

void PdfReports::render(QPagedPaintDevice* device, const PersonReportData& data, const PdfOptions& options)
{
    renderTwice(device, data, options, data.content.document.footer, &layOutPerson);
}

void PdfReports::render(QPagedPaintDevice* device, const TeamReportData& data, const PdfOptions& options)
{
    renderTwice(device, data, options, data.content.document.footer, &layOutTeam);
}

Status PdfReports::writePdf(const QString& path, const PersonReportData& data, const PdfOptions& options)
{
    return writeAtomically(path, data, options,
        documentInfo(tr("Leadership profile: %1").arg(data.content.personName), data.content.document, options));
}

Status PdfReports::writePdf(const QString& path, const TeamReportData& data, const PdfOptions& options)
{
    return writeAtomically(path, data, options,
        documentInfo(tr("Team summary: %1").arg(data.content.teamName), data.content.document, options));
}

} // namespace peerradar
