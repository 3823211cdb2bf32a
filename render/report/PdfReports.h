#pragma once

#include "report/ReportLoader.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace peerradar {

enum class PaperSize { A4, Letter };

struct PdfOptions
{
    PaperSize paper = PaperSize::A4;
    QString author; // who made the summary (the person using PeerRadar), for the PDF's Author; may be empty
    QDate printedOn = QDate::currentDate();
};

class PdfReports final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::PdfReports)

public:
    // Lays the summary out on a PDF writer or a printer (the UI passes its QPrinter: this library
    // needs no Qt Print Support). Plain QPainter drawing: any thread may call it.
    static void render(QPagedPaintDevice* device, const PersonReportData& data, const PdfOptions& options);
    static void render(QPagedPaintDevice* device, const TeamReportData& data, const PdfOptions& options);

    // The whole summary into a PDF file, written atomically: on failure no file (not even the
    // temporary FILE.part) is left, and the error names the cause ("No space left on device").
    // The PDF's document information has the title, author, subject and keywords.
    static Status writePdf(const QString& path, const PersonReportData& data, const PdfOptions& options);
    static Status writePdf(const QString& path, const TeamReportData& data, const PdfOptions& options);
};

} // namespace peerradar
