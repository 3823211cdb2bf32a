// A file the program holds open while it is opened again — by the program itself (reopening it, a
// worker's connection for a merge or a PDF batch, a saved copy) and by other processes (every
// read-only command of peerradar-cli) — keeps its write-ahead log. POSIX drops every lock a process
// holds on a file as soon as the process closes any descriptor of that file; a program that reads the
// file's header through a descriptor of its own thus loses the locks of its live connection, another
// process's closing connection then believes it is the last one and deletes -wal and -shm, and the
// program's later commits go into a deleted file that nobody else can see (issue 13). Here the
// program's connection logs an observation before, between and after each of those, and a third
// process must see every one at once; -wal and -shm must stay the very files the program has open.
#include "CliRunner.h"
#include "TestSupport.h"

#include "io/Merge.h"
#include "report/ReportBatch.h"
#include "storage/FrameworkRepository.h"
#include "storage/PeopleRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// The inode of a file, or 0 when there is none: a file deleted and made again has another one.
quint64 inodeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
}

// The files this process has open that the kernel says were deleted, among those named `prefix`…
QStringList deletedOpenFiles(const QString& prefix)
{
    QStringList deleted;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.startsWith(prefix) && target.endsWith(u" (deleted)"_s))
            deleted << target;
    }
    return deleted;
}

// How many observations another process finds in the file (a read-only command, as a user runs it).
int observationsSeenByAnotherProcess(const QString& file, const QString& csv)
{
    QFile::remove(csv);
    const CliRun run = runCli({ u"export"_s, file, u"--observations"_s, csv });
    if (run.exitCode != 0) {
        qWarning("export failed: %s", run.err.constData());
        return -1;
    }
    QFile exported(csv);
    if (!exported.open(QIODevice::ReadOnly))
        return -1;
    return int(exported.readAll().count('\n')) - 1; // without the header; no note holds a line break
}

} // namespace

class TestSharedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openingAgain_keepsTheLogAndEveryCommitVisible_data();
    void openingAgain_keepsTheLogAndEveryCommitVisible();

private:
    // Logs one observation through the program's connection and checks that another process sees it.
    void logAndCheckVisible(const char* when);
    // Whether -wal and -shm are still the files the program's connection has open.
    void checkLogKept(const char* when);

    QTemporaryDir m_dir;
    QString m_file;
    QString m_source; // another PeerRadar file, to merge from
    std::unique_ptr<Database> m_program;
    QList<Person> m_people;
    Behavior m_behavior;
    int m_logged = 0;
    quint64 m_walInode = 0;
    quint64 m_shmInode = 0;
};

void TestSharedFile::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PEERRADAR_CLI")), "PEERRADAR_CLI must name the peerradar-cli binary");
    m_source = m_dir.filePath(u"source.peerradar"_s);
    const CliRun source = runCli({ u"demo"_s, m_source, u"--people"_s, u"6"_s, u"--observations"_s, u"30"_s,
        u"--seed"_s, u"9"_s });
    QVERIFY2(source.exitCode == 0, source.err.constData());
}

void TestSharedFile::init()
{
    m_file = m_dir.filePath(u"%1.peerradar"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const CliRun demo = runCli({ u"demo"_s, m_file, u"--people"_s, u"12"_s, u"--observations"_s, u"200"_s,
        u"--seed"_s, u"3"_s });
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    auto opened = Database::open(m_file);
    PR_VERIFY_OK(opened);
    m_program = std::move(*opened);
    auto people = PeopleRepository(*m_program).all();
    PR_VERIFY_OK(people);
    m_people = *people;
    QVERIFY(m_people.size() >= 2);
    auto framework = FrameworkRepository(*m_program).active();
    PR_VERIFY_OK(framework);
    m_behavior = framework->behaviors.constFirst();
    auto count = m_program->exec(u"SELECT count(*) FROM observations"_s);
    PR_VERIFY_OK(count);
    QVERIFY(count->next());
    m_logged = count->value(0).toInt();
    QCOMPARE(m_logged, 200);
    logAndCheckVisible("before");
    m_walInode = inodeOf(m_file + u"-wal"_s);
    m_shmInode = inodeOf(m_file + u"-shm"_s);
    QVERIFY2(m_walInode != 0 && m_shmInode != 0, "the program's file is in WAL mode");
}

void TestSharedFile::cleanup()
{
    m_program.reset();
}

void TestSharedFile::logAndCheckVisible(const char* when)
{
    const Person& observer = m_people.at(m_logged % m_people.size());
    const Person& subject = m_people.at((m_logged + 1) % m_people.size());
    QVERIFY2(logObservation(*m_program, observer, subject, m_behavior, 1 + m_logged % 5, QDate::currentDate(),
                 u"Logged %1"_s.arg(QString::fromLatin1(when)))
            != 0,
        when);
    ++m_logged;
    QCOMPARE(observationsSeenByAnotherProcess(m_file, m_dir.filePath(u"seen.csv"_s)), m_logged);
}

void TestSharedFile::checkLogKept(const char* when)
{
    QVERIFY2(inodeOf(m_file + u"-wal"_s) == m_walInode, when);
    QVERIFY2(inodeOf(m_file + u"-shm"_s) == m_shmInode, when);
    const QStringList deleted = deletedOpenFiles(m_file);
    QVERIFY2(deleted.isEmpty(), qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(when), deleted.join(u", "_s))));
}

void TestSharedFile::openingAgain_keepsTheLogAndEveryCommitVisible_data()
{
    QTest::addColumn<QString>("action");
    for (const char* action : { "reopen", "read-only", "worker", "copy", "merge", "pdf-batch" })
        QTest::newRow(action) << QString::fromLatin1(action);
}

void TestSharedFile::openingAgain_keepsTheLogAndEveryCommitVisible()
{
    QFETCH(QString, action);
    // What the program does that opens its own file again, and closes that again.
    if (action == u"reopen"_s) {
        PR_VERIFY_OK(Database::open(m_file)); // File › Open of the same file, the header checks
    } else if (action == u"read-only"_s) {
        PR_VERIFY_OK(Database::open(m_file, Database::Access::ReadOnly));
    } else if (action == u"worker"_s) {
        PR_VERIFY_OK(m_program->openAnother()); // CSV import and export run on one
    } else if (action == u"copy"_s) {
        PR_VERIFY_OK(m_program->saveCopy(m_dir.filePath(u"copy-%1.peerradar"_s.arg(m_logged))));
    } else if (action == u"merge"_s) {
        auto worker = m_program->openAnother(); // as File › Merge another file… does
        PR_VERIFY_OK(worker);
        auto merged = mergeFile(**worker, m_source, MergeOptions { .prefer = MergePreference::Source });
        PR_VERIFY_OK(merged);
        worker = Error {};
        auto count = m_program->exec(u"SELECT count(*) FROM observations"_s);
        PR_VERIFY_OK(count);
        QVERIFY(count->next());
        QVERIFY2(count->value(0).toInt() > m_logged, "the source's observations came in");
        m_logged = count->value(0).toInt();
    } else if (action == u"pdf-batch"_s) {
        const QString folder = m_dir.filePath(u"reports"_s);
        QVERIFY(QDir().mkpath(folder));
        auto batch = writeAllReports(*m_program, folder, ProfileOptions {}, PdfOptions {});
        PR_VERIFY_OK(batch);
        QCOMPARE(batch->people, 12);
    }
    checkLogKept("after the program opened its file again");
    logAndCheckVisible("between");

    // Every read-only command of another program, one after another; the program logs after each.
    const QString person = m_people.constFirst().email;
    const QList<QStringList> commands = {
        { u"export"_s, m_file, u"--people"_s, m_dir.filePath(u"people.csv"_s) },
        { u"profile"_s, m_file, u"--person"_s, person, u"--json"_s },
        { u"report"_s, m_file, u"--person"_s, person, u"--out"_s, m_dir.filePath(u"person.pdf"_s) },
        { u"check"_s, m_file },
    };
    for (const QStringList& command : commands) {
        QFile::remove(m_dir.filePath(u"people.csv"_s));
        QFile::remove(m_dir.filePath(u"person.pdf"_s));
        const CliRun run = runCli(command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        checkLogKept(qPrintable(command.constFirst()));
        logAndCheckVisible("after");
    }
    checkLogKept("at the end");
}

QTEST_MAIN(TestSharedFile)
#include "tst_shared_file.moc"
