#include "io/CsvTransfer.h"

#include "app/Session.h"
#include "common/BackgroundTask.h"
#include "common/DialogProvider.h"
#include "io/OrgCsv.h"
#include "observations/ObservationStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace peerradar {

namespace {
QString csvFilter()
{
    return CsvTransfer::tr("CSV files (*.csv);;All files (*)");
}
} // namespace

CsvTransfer::CsvTransfer(DialogProvider& dialogs, QWidget* window, QObject* parent)
    : QObject(parent), m_dialogs(dialogs), m_window(window)
{
}

CsvKind CsvTransfer::guessKind(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CsvKind::Unknown;
    QByteArray header = file.readLine(4096).trimmed().toLower();
    if (header.startsWith("\xef\xbb\xbf"))
        header = header.mid(3);
    header.replace('"', "");
    header.replace(' ', "");
    const QList<QByteArray> columns = header.split(',');
    if (columns.contains("observer_email") && columns.contains("subject_email"))
        return CsvKind::Observations;
    if (columns.contains("email") && columns.contains("manager_email"))
        return CsvKind::People;
    if (columns.value(0) == "key" && columns.contains("name"))
        return CsvKind::Framework;
    return CsvKind::Unknown;
}

bool CsvTransfer::importWithDialog(Session& session, CsvKind kind)
{
    const QString title = kind == CsvKind::People ? tr("Import people") : tr("Import observations");
    const QString path = m_dialogs.openFileName(m_window, title, csvFilter());
    return !path.isEmpty() && importFile(session, path, kind);
}

bool CsvTransfer::importFile(Session& session, const QString& path, CsvKind kind)
{
    if (kind != CsvKind::People && kind != CsvKind::Observations) {
        m_dialogs.showError(m_window,
            makeError(ErrorCode::BadCsv,
                kind == CsvKind::Framework
                    ? tr("%1 holds a behavior framework. Import it under Organisation › Framework.").arg(QFileInfo(path).fileName())
                    : tr("%1 is neither a people nor an observations file: its first line must name the columns "
                         "(name,email,team,manager_email,role or date,observer_email,subject_email,behavior,impact,"
                         "situation,action,result).")
                          .arg(QFileInfo(path).fileName())));
        return false;
    }
    ImportOutcome outcome;
    const bool cancelled = BackgroundTask::run(m_window, tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [&](const Progress& progress) {
            auto db = session.database().openAnother();
            if (!db) {
                outcome.error = db.error();
                return;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                outcome.error = makeError(ErrorCode::Io, tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
                return;
            }
            outcome = kind == CsvKind::People ? importPeopleCsv(**db, &file, progress)
                                              : importObservationsCsv(**db, &file, progress);
        });
    if (cancelled || (outcome.error && outcome.error->code == ErrorCode::Cancelled)) {
        m_dialogs.information(m_window, tr("Import cancelled"), tr("The import was cancelled. Nothing was changed."));
        return false;
    }
    if (!outcome.ok()) {
        if (!outcome.problems.isEmpty())
            m_dialogs.showProblems(m_window, ProblemsKind::RefusedImport, outcome.error->message, describeProblems(outcome.problems));
        else
            m_dialogs.showError(m_window, *outcome.error);
        return false;
    }
    const ImportSummary& s = outcome.summary;
    const QString summary = kind == CsvKind::People
        ? tr("%1 people added, %2 updated, %3 teams added.").arg(s.peopleAdded).arg(s.peopleUpdated).arg(s.teamsAdded)
        : tr("%1 observations imported.").arg(s.rows);
    Q_EMIT session.observations().reset();
    Q_EMIT imported(kind);
    m_dialogs.information(m_window, tr("Import finished"), summary);
    return true;
}

bool CsvTransfer::exportWithDialog(Session& session, CsvKind kind)
{
    const bool people = kind == CsvKind::People;
    const QString path = m_dialogs.saveFileName(m_window, people ? tr("Export people") : tr("Export observations"),
        people ? tr("people.csv") : tr("observations.csv"), csvFilter());
    return !path.isEmpty() && exportFile(session, path, kind);
}

bool CsvTransfer::exportFile(Session& session, const QString& path, CsvKind kind)
{
    Status status;
    const bool cancelled = BackgroundTask::run(m_window, tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [&](const Progress& progress) {
            auto db = session.database().openAnother();
            if (!db) {
                status = db.error();
                return;
            }
            QFile file(path);
            // Exports hold what people said about each other: readable by their owner only.
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                status = makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
                return;
            }
            status = kind == CsvKind::People ? exportPeopleCsv(**db, &file, progress) : exportObservationsCsv(**db, &file, progress);
            if (status && !file.flush())
                status = makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        });
    if (cancelled || !status) {
        QFile::remove(path); // no half-written file left behind
        if (!cancelled && status.error().code != ErrorCode::Cancelled)
            m_dialogs.showError(m_window, status.error());
        return false;
    }
    return true;
}

} // namespace peerradar
