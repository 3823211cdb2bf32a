#include "profile/ReportActions.h"

#include "app/AppSettings.h"

#include "app/Session.h"
#include "common/DialogProvider.h"
#include "report/FileNames.h"
#include "report/ReportBatch.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace peerradar {

namespace {

QString pdfFilter()
{
    return ReportActions::tr("PDF documents (*.pdf)");
}

QString suggestedPath(const QString& name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(safeFileName(name) + QStringLiteral(".pdf"));
}

QString withPdfSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

template<typename Data>
void printData(QWidget* parent, const Data& data, const PdfOptions& options, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(options.paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter));
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PdfReports::render(&printer, data, options);
}

} // namespace

PdfOptions ReportActions::pdfOptions(const Session& session)
{
    PdfOptions options;
    options.paper = AppSettings::paperSize();
    options.author = session.user().name; // who made it; the file's name stays off the handout
    return options;
}

namespace {

// Asks where to save, then writes: the same steps for a person's and a team's summary.
template<typename Data>
bool saveAsPdf(QWidget* parent, DialogProvider& dialogs, const Result<Data>& data, const PdfOptions& pdf,
    const QString& title, const QString& name)
{
    if (!data) {
        dialogs.showError(parent, data.error());
        return false;
    }
    const QString path = withPdfSuffix(dialogs.saveFileName(parent, title, suggestedPath(name), pdfFilter()));
    if (path.isEmpty())
        return false;
    if (Status written = PdfReports::writePdf(path, *data, pdf); !written) {
        dialogs.showError(parent, written.error());
        return false;
    }
    return true;
}

} // namespace

bool ReportActions::exportPerson(
    QWidget* parent, DialogProvider& dialogs, Session& session, Id personId, const ProfileOptions& options)
{
    const auto data = ReportLoader(session.database()).person(personId, options);
    return saveAsPdf(parent, dialogs, data, pdfOptions(session), tr("Export summary as PDF"),
        data ? data->profile.person.name : QString());
}

bool ReportActions::exportTeam(
    QWidget* parent, DialogProvider& dialogs, Session& session, Id teamId, const ProfileOptions& options)
{
    const auto data = ReportLoader(session.database()).team(teamId, options);
    return saveAsPdf(parent, dialogs, data, pdfOptions(session), tr("Export team summary as PDF"),
        data ? data->profile.team.name : QString());
}

void ReportActions::printPerson(
    QWidget* parent, DialogProvider& dialogs, Session& session, Id personId, const ProfileOptions& options)
{
    auto data = ReportLoader(session.database()).person(personId, options);
    if (!data) {
        dialogs.showError(parent, data.error());
        return;
    }
    printData(parent, *data, pdfOptions(session), tr("Print summary for %1").arg(data->profile.person.name));
}

void ReportActions::printTeam(
    QWidget* parent, DialogProvider& dialogs, Session& session, Id teamId, const ProfileOptions& options)
{
    auto data = ReportLoader(session.database()).team(teamId, options);
    if (!data) {
        dialogs.showError(parent, data.error());
        return;
    }
    printData(parent, *data, pdfOptions(session), tr("Print summary for team %1").arg(data->profile.team.name));
}

QString ReportActions::defaultChooseFolder(QWidget* parent, const QString& title)
{
    return QFileDialog::getExistingDirectory(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

void ReportActions::exportAll(QWidget* parent, DialogProvider& dialogs, Session& session,
    const ProfileOptions& options, const FolderChooser& chooseFolder)
{
    if (!session.isHr())
        return;
    const QString folder = (chooseFolder ? chooseFolder : FolderChooser(&defaultChooseFolder))(
        parent, tr("Folder for everyone's summaries"));
    if (folder.isEmpty())
        return;
    // The batch draws on worker threads; this thread waits in writeAllReports, which calls back
    // here after each file and every 100 ms, and the callback keeps the window alive by processing
    // events. The dialog is modal, so nothing else can change the file meanwhile.
    QProgressDialog progress(tr("Writing summaries…"), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Export all summaries"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    // The batch is what HR hands out: each summary as its person and their manager read it (a
    // released cycle's anonymous groups as released, none over any other period: domain/Rules.h),
    // whichever figures the view shows HR.
    ProfileOptions forReaders = options;
    forReaders.readerIsHr = false;
    auto result = writeAllReports(session.database(), folder, forReaders, pdfOptions(session),
        [&progress](qint64 done, qint64 total) {
            if (total > 0 && progress.maximum() != int(total))
                progress.setMaximum(int(total));
            progress.setValue(int(done));
            progress.setLabelText(tr("Writing summaries… %1 of %2").arg(done).arg(total));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            dialogs.showError(parent, result.error());
        return;
    }
    dialogs.information(parent, tr("Export all summaries"),
        tr("%1 personal and %2 team summaries were written to %3. They show what each person and their "
           "manager may read, not HR's live figures.")
            .arg(result->people)
            .arg(result->teams)
            .arg(QDir::toNativeSeparators(folder)));
}

} // namespace peerradar
