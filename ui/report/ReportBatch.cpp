#include "report/ReportBatch.h"

#include "report/FileNames.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QQueue>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <vector>

namespace peerradar {

namespace {

struct ReportBatch
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::ReportBatch)
};

struct Job
{
    Id id = 0;
    Id teamId = 0; // a person's team, for the team average on their radar
    QString relativePath;
};

// What a worker tells the calling thread: job `job` is finished (written, or failed), or, with
// job -1, that the worker has stopped.
struct Finished
{
    qsizetype job = -1;
    Status status;
};

class FinishedQueue
{
public:
    void push(Finished finished)
    {
        QMutexLocker lock(&m_mutex);
        m_items.enqueue(std::move(finished));
        m_ready.wakeOne();
    }
    // The next item, or nothing when none came within `waitMs`.
    std::optional<Finished> pop(int waitMs)
    {
        QMutexLocker lock(&m_mutex);
        if (m_items.isEmpty())
            m_ready.wait(&m_mutex, QDeadlineTimer(waitMs));
        if (m_items.isEmpty())
            return std::nullopt;
        return m_items.dequeue();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    QQueue<Finished> m_items;
};

using Work = std::function<Status(ReportLoader& loader, qsizetype job)>;
// Told about every finished job, also after a stop (so that its file can be removed); false: stop.
using OnFinished = std::function<bool(qsizetype job, const Status& status)>;
// Called while no job finishes for a while; false: stop.
using OnIdle = std::function<bool()>;

// Runs `work` for jobs 0…count-1 on one worker thread per core, each with its own read-only
// connection to db's file or server database (opened as db was) and its own loader on it, while
// this thread only waits and reports.
// After a stop the workers finish the job they are on and take no new one.
void runOnWorkers(
    const Database& db, qsizetype count, const Work& work, const OnFinished& onFinished, const OnIdle& onIdle)
{
    if (count == 0)
        return;
    FinishedQueue queue;
    std::atomic<qsizetype> next { 0 };
    std::atomic<bool> stop { false };
    const int workers = int(std::min<qsizetype>(std::max(1, QThread::idealThreadCount()), count));
    // The password the person typed for a server goes along (never in the URL).
    Database::ConnectionOptions connection = db.connectionOptions();
    connection.access = Database::Access::ReadOnly;
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    for (int w = 0; w < workers; ++w) {
        pool.start([&] {
            auto own = Database::open(connection);
            std::optional<ReportLoader> loader;
            if (own)
                loader.emplace(**own);
            for (qsizetype i = next++; i < count && !stop; i = next++)
                queue.push({ i, loader ? work(*loader, i) : Status(own.error()) });
            loader.reset(); // before its connection closes
            queue.push({ -1, {} });
        });
    }
    for (int stopped = 0; stopped < workers;) {
        std::optional<Finished> finished = queue.pop(100);
        bool goOn = true;
        if (!finished)
            goOn = stop || onIdle();
        else if (finished->job < 0)
            ++stopped;
        else
            goOn = onFinished(finished->job, finished->status);
        if (!goOn)
            stop = true;
    }
    pool.waitForDone();
}

// A name unique within its folder, compared case-insensitively (macOS and Windows folders are).
QString uniqueName(QSet<QString>& taken, const QString& base, const QString& suffix)
{
    QString name = base + suffix;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    taken.insert(name.toLower());
    return name;
}

} // namespace

Result<BatchSummary> writeAllReports(Database& db, const QString& folder, const ProfileOptions& options,
    const PdfOptions& pdf, const Progress& progress)
{
    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    auto teams = PeopleRepository(db).teams();
    if (!teams)
        return teams.error();
    const QDir root(folder);
    // mkpath fails for the reason mkdir gave: errno right after it ("Permission denied").
    auto cannotCreate = [](const QString& path) {
        const int cause = errno != 0 ? errno : EEXIST; // none: a file is in the way
        return makeError(ErrorCode::Io,
            ReportBatch::tr("The folder %1 could not be created: %2.")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(cause))));
    };
    const bool folderExisted = QFileInfo(folder).isDir();
    errno = 0;
    if (!QDir().mkpath(folder))
        return cannotCreate(folder);

    // Plan every file first: folder and file names are decided in one place, in a stable order.
    std::vector<Job> teamJobs, personJobs;
    QSet<QString> topLevel;
    QHash<Id, QString> folderOf;
    QHash<QString, QSet<QString>> takenIn;
    for (const Team& team : *teams) {
        const QString name = uniqueName(topLevel, safeFileName(team.name), QString());
        folderOf.insert(team.id, name);
        topLevel.insert((name + QStringLiteral(".pdf")).toLower());
        teamJobs.push_back({ team.id, team.id, name + QStringLiteral(".pdf") });
    }
    const QString noTeam = uniqueName(topLevel, safeFileName(ReportBatch::tr("No team")), QString());
    for (const Person& person : *people) {
        const QString dir = person.teamId != 0 ? folderOf.value(person.teamId, noTeam) : noTeam;
        const QString file = uniqueName(takenIn[dir], safeFileName(person.name), QStringLiteral(".pdf"));
        personJobs.push_back({ person.id, person.teamId, dir + u'/' + file });
    }
    // The folders are made here, before the workers start, so that no two of them make one at once.
    for (auto it = takenIn.cbegin(); it != takenIn.cend(); ++it) {
        errno = 0;
        if (!root.mkpath(it.key())) {
            const Error error = cannotCreate(root.filePath(it.key()));
            for (auto made = takenIn.cbegin(); made != it; ++made)
                root.rmdir(made.key());
            if (!folderExisted)
                QDir().rmdir(folder);
            return error;
        }
    }

    const qint64 total = qint64(teamJobs.size() + personJobs.size());
    qint64 done = 0;
    BatchSummary summary;
    std::optional<Error> failure;
    auto goOn = [&] {
        if (failure)
            return false;
        if (progress && !progress(done, total)) {
            failure = makeError(ErrorCode::Cancelled,
                ReportBatch::tr(
                    "Writing the summaries was cancelled; the files written so far were removed."));
            return false;
        }
        return true;
    };
    auto finished = [&](const Job& job, bool team, const Status& status) {
        if (!status) {
            if (!failure)
                failure = status.error();
            return false;
        }
        summary.files << job.relativePath;
        ++(team ? summary.teams : summary.people);
        ++done;
        return goOn();
    };

    // Teams first: a team's profile is also what its members' radars show as the team average.
    // Each worker fills only the slots of its own jobs; they are read after all have stopped.
    std::vector<std::optional<TeamProfile>> teamProfiles(teamJobs.size());
    runOnWorkers(
        db, qsizetype(teamJobs.size()),
        [&](ReportLoader& loader, qsizetype i) -> Status {
            auto data = loader.team(teamJobs[i].id, options);
            if (!data)
                return data.error();
            teamProfiles[i] = data->profile;
            return PdfReports::writePdf(root.filePath(teamJobs[i].relativePath), *data, pdf);
        },
        [&](qsizetype i, const Status& status) { return finished(teamJobs[i], true, status); }, goOn);

    if (!failure) {
        QHash<Id, const TeamProfile*> profileOf;
        for (std::size_t i = 0; i < teamJobs.size(); ++i) {
            if (teamProfiles[i])
                profileOf.insert(teamJobs[i].id, &*teamProfiles[i]);
        }
        runOnWorkers(
            db, qsizetype(personJobs.size()),
            [&](ReportLoader& loader, qsizetype i) -> Status {
                const TeamProfile* team = profileOf.value(personJobs[i].teamId);
                auto data = loader.person(
                    personJobs[i].id, options, team ? std::optional(*team) : std::optional<TeamProfile>());
                if (!data)
                    return data.error();
                return PdfReports::writePdf(root.filePath(personJobs[i].relativePath), *data, pdf);
            },
            [&](qsizetype i, const Status& status) { return finished(personJobs[i], false, status); }, goOn);
    }

    if (failure) {
        for (const QString& file : std::as_const(summary.files))
            QFile::remove(root.filePath(file));
        for (auto it = takenIn.cbegin(); it != takenIn.cend(); ++it)
            root.rmdir(it.key()); // only if empty: a file someone else put there stays
        if (!folderExisted)
            QDir().rmdir(folder);
        return *failure;
    }
    return summary;
}

} // namespace peerradar
