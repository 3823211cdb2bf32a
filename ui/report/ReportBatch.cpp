#include "report/ReportBatch.h"

#include "report/FileNames.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QQueue>
#include <QSet>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <variant>

namespace peerradar {

namespace {

struct ReportBatch
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::ReportBatch)
};

struct Job
{
    Id id = 0;
    bool team = false;
    Id teamId = 0; // a person's team, for the team average on their radar
    QString relativePath;
    bool write = true; // false: a team loaded only for its members' radar (another shard writes it)
};

struct Loaded
{
    int job = 0;
    std::variant<std::monostate, PersonReportData, TeamReportData> data;
    std::optional<Error> error;
};

// Loaded reports travel from the worker threads to the drawing thread through this queue.
class LoadedQueue
{
public:
    void push(Loaded loaded)
    {
        QMutexLocker lock(&m_mutex);
        m_items.enqueue(std::move(loaded));
        m_ready.wakeOne();
    }
    Loaded pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.isEmpty())
            m_ready.wait(&m_mutex);
        return m_items.dequeue();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    QQueue<Loaded> m_items;
};

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
    const PdfOptions& pdf, const Progress& progress, const BatchShard& shard)
{
    if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count)
        return makeError(ErrorCode::Invalid, ReportBatch::tr("Part %1 of %2 does not exist.").arg(shard.index + 1).arg(shard.count));
    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    auto teams = PeopleRepository(db).teams();
    if (!teams)
        return teams.error();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, ReportBatch::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));

    // Plan every file first: folder and file names are decided in one place, in a stable order.
    QList<Job> teamJobs, personJobs;
    QSet<QString> topLevel;
    QHash<Id, QString> folderOf;
    QHash<QString, QSet<QString>> takenIn;
    for (const Team& team : *teams) {
        const QString name = uniqueName(topLevel, safeFileName(team.name), QString());
        folderOf.insert(team.id, name);
        topLevel.insert((name + QStringLiteral(".pdf")).toLower());
        teamJobs << Job { team.id, true, team.id, name + QStringLiteral(".pdf") };
    }
    const QString noTeam = uniqueName(topLevel, safeFileName(ReportBatch::tr("No team")), QString());
    for (const Person& person : *people) {
        const QString dir = person.teamId != 0 ? folderOf.value(person.teamId, noTeam) : noTeam;
        const QString file = uniqueName(takenIn[dir], safeFileName(person.name), QStringLiteral(".pdf"));
        personJobs << Job { person.id, false, person.teamId, dir + u'/' + file };
    }

    // A shard writes every count-th file; team profiles are still loaded for all teams, since its
    // people's radars show their team's average.
    for (qsizetype i = 0; i < teamJobs.size(); ++i)
        teamJobs[i].write = i % shard.count == shard.index;
    QList<Job> ownPeople;
    for (qsizetype i = 0; i < personJobs.size(); ++i) {
        if (i % shard.count == shard.index)
            ownPeople << personJobs.at(i);
    }
    personJobs = ownPeople;
    const qint64 total = std::count_if(teamJobs.cbegin(), teamJobs.cend(), [](const Job& j) { return j.write; })
        + personJobs.size();
    qint64 done = 0;
    BatchSummary summary;
    QHash<Id, TeamProfile> teamProfiles;
    const QString path = db.path();
    const QDir root(folder);

    auto removeWritten = [&] {
        for (const QString& file : std::as_const(summary.files))
            QFile::remove(root.filePath(file));
    };

    // Runs `jobs` on two worker threads (each with its own connection) while this thread draws.
    auto runPhase = [&](const QList<Job>& jobs) -> Status {
        LoadedQueue queue;
        std::atomic<int> next { 0 };
        std::atomic<bool> stop { false };
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        const int workers = int(std::min<qsizetype>(2, jobs.size()));
        for (int w = 0; w < workers; ++w) {
            (void)QtConcurrent::run(&pool, [&] {
                auto own = Database::open(path, Database::Access::ReadOnly);
                for (int i = next++; i < jobs.size(); i = next++) {
                    Loaded loaded { i, {}, {} };
                    if (stop) {
                        loaded.error = makeError(ErrorCode::Cancelled, QString());
                    } else if (!own) {
                        loaded.error = own.error();
                    } else if (jobs[i].team) {
                        auto data = PdfReports::loadTeam(**own, jobs[i].id, options);
                        if (data)
                            loaded.data = std::move(data).value();
                        else
                            loaded.error = data.error();
                    } else {
                        const auto team = teamProfiles.constFind(jobs[i].teamId);
                        auto data = PdfReports::loadPerson(**own, jobs[i].id, options,
                            team == teamProfiles.constEnd() ? std::optional<TeamProfile>() : std::optional(*team));
                        if (data)
                            loaded.data = std::move(data).value();
                        else
                            loaded.error = data.error();
                    }
                    queue.push(std::move(loaded));
                }
            });
        }
        std::optional<Error> failure;
        for (qsizetype received = 0; received < jobs.size(); ++received) {
            Loaded loaded = queue.pop();
            if (failure)
                continue; // drain what the workers still send
            if (loaded.error) {
                failure = loaded.error;
                stop = true;
                continue;
            }
            const Job& job = jobs[loaded.job];
            const QString target = root.filePath(job.relativePath);
            if (job.write)
                QDir().mkpath(QFileInfo(target).absolutePath());
            Status written;
            if (auto* team = std::get_if<TeamReportData>(&loaded.data)) {
                teamProfiles.insert(job.id, team->profile);
                if (!job.write)
                    continue;
                written = PdfReports::writePdf(target, *team, pdf);
                ++summary.teams;
            } else if (auto* person = std::get_if<PersonReportData>(&loaded.data)) {
                written = PdfReports::writePdf(target, *person, pdf);
                ++summary.people;
            }
            if (!written) {
                failure = written.error();
                stop = true;
                continue;
            }
            summary.files << job.relativePath;
            ++done;
            if (progress && !progress(done, total)) {
                failure = makeError(ErrorCode::Cancelled, ReportBatch::tr("Writing the summaries was cancelled; the files "
                                                             "written so far were removed."));
                stop = true;
            }
        }
        pool.waitForDone();
        if (failure)
            return *failure;
        return {};
    };

    if (auto status = runPhase(teamJobs); !status) {
        removeWritten();
        return status.error();
    }
    if (auto status = runPhase(personJobs); !status) {
        removeWritten();
        return status.error();
    }
    return summary;
}

} // namespace peerradar
