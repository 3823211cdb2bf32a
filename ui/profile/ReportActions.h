#pragma once

#include "analytics/Profile.h"
#include "report/PdfReports.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace peerradar {

class DialogProvider;
class Session;

// The profile and team views' PDF entry points (issue 4 item 4): export the summary on screen,
// print it through the system's print dialog, and (HR) write everyone's summaries into a folder.
class ReportActions final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::ReportActions)

public:
    // Chooses a folder; empty when cancelled. The dialog seam has no folder question, so the
    // views take this hook (tests replace it).
    using FolderChooser = std::function<QString(QWidget* parent, const QString& title)>;

    static PdfOptions pdfOptions(const Session& session);

    // True when a file was written; errors are shown through `dialogs`.
    static bool exportPerson(QWidget* parent, DialogProvider& dialogs, Session& session, Id personId,
        const ProfileOptions& options);
    static bool exportTeam(QWidget* parent, DialogProvider& dialogs, Session& session, Id teamId,
        const ProfileOptions& options);
    static void printPerson(QWidget* parent, DialogProvider& dialogs, Session& session, Id personId,
        const ProfileOptions& options);
    static void printTeam(QWidget* parent, DialogProvider& dialogs, Session& session, Id teamId,
        const ProfileOptions& options);

    // Every summary into a folder, in the GUI thread (it draws with Qt Charts) with a cancellable
    // progress dialog; the batch's own workers compute the profiles meanwhile. HR only. The summaries
    // are the readers' (options.readerIsHr is ignored): the batch is for handing out.
    static void exportAll(QWidget* parent, DialogProvider& dialogs, Session& session, const ProfileOptions& options,
        const FolderChooser& chooseFolder);
    static QString defaultChooseFolder(QWidget* parent, const QString& title);
};

} // namespace peerradar
