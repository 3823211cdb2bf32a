#include "report/BatchWriter.h"

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

// Every file of a batch, decided before anything is written: folder and file names in one place,
// in a stable order.
struct Plan
{
    std::vector<Job> teams;
    std::vector<Job> people;
    QStringList folders; // relative to the batch's folder, one per team with members (and "No team")
};

Result<Plan> planFiles(Database& db)
{
    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    auto teams = PeopleRepository(db).teams();
    if (!teams)
        return teams.error();
    Plan plan;
    QSet<QString> topLevel;
    QHash<Id, QString> folderOf;
    QHash<QString, QSet<QString>> takenIn;
    for (const Team& team : *teams) {
        const QString name = uniqueName(topLevel, safeFileName(team.name), QString());
        folderOf.insert(team.id, name);
        topLevel.insert((name + QStringLiteral(".pdf")).toLower());
        plan.teams.push_back({ team.id, team.id, name + QStringLiteral(".pdf") });
    }
    const QString noTeam = uniqueName(topLevel, safeFileName(ReportBatch::tr("No team")), QString());
    for (const Person& person : *people) {
        const QString dir = person.teamId != 0 ? folderOf.value(person.teamId, noTeam) : noTeam;
        const QString file = uniqueName(takenIn[dir], safeFileName(person.name), QStringLiteral(".pdf"));
        plan.people.push_back({ person.id, person.teamId, dir + u'/' + file });
    }
    plan.folders = takenIn.keys();
    return plan;
}

// mkpath fails for the reason mkdir gave: errno right after it ("Permission denied").
Error cannotCreate(const QString& path)
{
    const int cause = errno != 0 ? errno : EEXIST; // none: a file is in the way
    return makeError(ErrorCode::Io,
        ReportBatch::tr("The folder %1 could not be created: %2.")
            .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(cause))));
}

// Removes what a stopped batch made: its files, then its folders if they are empty (a file someone
// else put there stays), and the batch's folder if it did not exist before.
void removeWritten(
    const QString& folder, bool folderExisted, const QStringList& files, const QStringList& folders)
{
    const QDir root(folder);
    for (const QString& file : files)
        QFile::remove(root.filePath(file));
    for (const QString& made : folders)
        root.rmdir(made);
    if (!folderExisted)
        QDir().rmdir(folder);
}

// The folders are made here, before the workers start, so that no two of them make one at once.
Status makeFolders(const QString& folder, bool folderExisted, const QStringList& folders)
{
    const QDir root(folder);
    for (qsizetype i = 0; i < folders.size(); ++i) {
        errno = 0;
        if (!root.mkpath(folders.at(i))) {
            const Error error = cannotCreate(root.filePath(folders.at(i)));
            removeWritten(folder, folderExisted, {}, folders.first(i));
            return error;
        }
    }
    return {};
}

// One batch's run over its plan: the workers' results, counted and passed on as progress.
class BatchRun
{
public:
    BatchRun(Database& db, const QString& folder, const ProfileOptions& options,
        const SummaryWriters& writers, const Progress& progress, const Plan& plan)
        : m_db(db)
        , m_root(folder)
        , m_options(options)
        , m_writers(writers)
        , m_progress(progress)
        , m_plan(plan)
        , m_total(qint64(plan.teams.size() + plan.people.size()))
    { }

    // Teams first: a team's profile is also what its members' radars show as the team average.
    // Each worker fills only the slots of its own jobs; they are read after all have stopped.
    void run()
    {
        const std::vector<Job>& teams = m_plan.teams;
        std::vector<std::optional<TeamProfile>> teamProfiles(teams.size());
        runOnWorkers(
            m_db, qsizetype(teams.size()),
            [&](ReportLoader& loader, qsizetype i) -> Status {
                auto data = loader.team(teams[i].id, m_options);
                if (!data)
                    return data.error();
                teamProfiles[i] = data->profile;
                return m_writers.team(m_root.filePath(teams[i].relativePath), *data);
            },
            [&](qsizetype i, const Status& status) { return finished(teams[i], true, status); },
            [this] { return goOn(); });
        if (m_failure)
            return;
        QHash<Id, const TeamProfile*> profileOf;
        for (std::size_t i = 0; i < teams.size(); ++i) {
            if (teamProfiles[i])
                profileOf.insert(teams[i].id, &*teamProfiles[i]);
        }
        const std::vector<Job>& people = m_plan.people;
        runOnWorkers(
            m_db, qsizetype(people.size()),
            [&](ReportLoader& loader, qsizetype i) -> Status {
                const TeamProfile* team = profileOf.value(people[i].teamId);
                auto data = loader.person(
                    people[i].id, m_options, team ? std::optional(*team) : std::optional<TeamProfile>());
                if (!data)
                    return data.error();
                return m_writers.person(m_root.filePath(people[i].relativePath), *data);
            },
            [&](qsizetype i, const Status& status) { return finished(people[i], false, status); },
            [this] { return goOn(); });
    }

    const std::optional<Error>& failure() const { return m_failure; }
    const BatchSummary& summary() const { return m_summary; }

private:
    bool goOn()
    {
        if (m_failure)
            return false;
        if (m_progress && !m_progress(m_done, m_total)) {
            m_failure = makeError(ErrorCode::Cancelled,
                ReportBatch::tr(
                    "Writing the summaries was cancelled; the files written so far were removed."));
            return false;
        }
        return true;
    }

    bool finished(const Job& job, bool team, const Status& status)
    {
        if (!status) {
            if (!m_failure)
                m_failure = status.error();
            return false;
        }
        m_summary.files << job.relativePath;
        ++(team ? m_summary.teams : m_summary.people);
        ++m_done;
        return goOn();
    }

    Database& m_db;
    const QDir m_root;
    const ProfileOptions& m_options;
    const SummaryWriters& m_writers;
    const Progress& m_progress;
    const Plan& m_plan;
    const qint64 m_total;
    qint64 m_done = 0;
    BatchSummary m_summary;
    std::optional<Error> m_failure;
};

} // namespace

Result<BatchSummary> writeBatch(Database& db, const QString& folder, const ProfileOptions& options,
    const SummaryWriters& writers, const Progress& progress)
{
    auto plan = planFiles(db);
    if (!plan)
        return plan.error();
    const bool folderExisted = QFileInfo(folder).isDir();
    errno = 0;
    if (!QDir().mkpath(folder))
        return cannotCreate(folder);
    if (auto made = makeFolders(folder, folderExisted, plan->folders); !made)
        return made.error();

    BatchRun run(db, folder, options, writers, progress, *plan);
    run.run();
    if (run.failure()) {
        removeWritten(folder, folderExisted, run.summary().files, plan->folders);
        return *run.failure();
    }
    return run.summary();
}

} // namespace peerradar
