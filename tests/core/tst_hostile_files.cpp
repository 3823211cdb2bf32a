// Hostile database files that tst_database does not cover: a PeerRadar header over a missing schema,
// a file from the future opened every way, a read-only file and folder even when the test runs as
// root, and a full disk (a small tmpfs when mounting is allowed, else a file-size limit). Each gets a
// clear error, nothing crashes, and the file's bytes and rows stay exactly as they were. The fuzz
// corpus of tests/fuzz/corpus/open_database is replayed here too, so that every crash the fuzzer
// ever found stays a regression case in builds without clang.
#include "TestSupport.h"

#include "../fuzz/FuzzChecks.h"
#include "io/OrgCsv.h"
#include "storage/Migrations.h"
#include "storage/PeopleRepository.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <csignal>

#include <linux/capability.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray peopleCsv = "name,email,team,manager_email,role\n"
                             "Ann Lead,ann@example.com,Core,,manager\n"
                             "Bob Peer,bob@example.com,Core,ann@example.com,member\n"
                             "Cy Peer,cy@example.com,Core,ann@example.com,member\n";

QByteArray observationsCsv(int rows)
{
    QByteArray csv = "date,observer_email,subject_email,behavior,impact,situation,action,result\n";
    const char* people[] = { "ann@example.com", "bob@example.com", "cy@example.com" };
    for (int i = 0; i < rows; ++i) {
        csv += "2025-03-" + QByteArray::number(10 + i % 18) + ',' + people[i % 3] + ',' + people[(i + 1) % 3]
            + ",influence," + QByteArray::number(1 + i % 5) + ",Row " + QByteArray::number(i)
            + " with a note long enough to need pages of its own in the file,,\n";
    }
    return csv;
}

ImportOutcome importBytes(Database& db, const QByteArray& bytes, bool people)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return people ? importPeopleCsv(db, &buffer) : importObservationsCsv(db, &buffer);
}

// A PeerRadar file with people and observations in `dir`, closed; returns its path.
QString populatedFile(const QString& dir, int observations = 50)
{
    const QString path = QDir(dir).filePath(u"team.peerradar"_s);
    auto db = Database::create(path);
    if (!db || !importBytes(**db, peopleCsv, true).ok() || !importBytes(**db, observationsCsv(observations), false).ok())
        qFatal("could not build the test file");
    return path;
}

QByteArray checksumOf(const QString& path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    return db ? fuzz::databaseChecksum(**db) : QByteArray("cannot open: ") + db.error().message.toUtf8();
}

// Root passes every permission check through CAP_DAC_OVERRIDE. Lowering it (and its read-only
// sibling) in the effective set makes this process obey file modes like any user; the permitted set
// keeps them, so the destructor can raise them again.
class WithoutDacOverride
{
public:
    WithoutDacOverride()
    {
        if (::geteuid() != 0)
            return;
        if (!get(m_saved))
            return;
        __user_cap_data_struct lowered[2] = { m_saved[0], m_saved[1] };
        lowered[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_lowered = set(lowered);
    }
    ~WithoutDacOverride()
    {
        if (m_lowered)
            set(m_saved);
    }
    // True when file modes apply to this process now.
    bool active() const { return ::geteuid() != 0 || m_lowered; }

private:
    static bool get(__user_cap_data_struct (&data)[2])
    {
        __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
        return ::syscall(SYS_capget, &header, data) == 0;
    }
    static bool set(__user_cap_data_struct (&data)[2])
    {
        __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
        return ::syscall(SYS_capset, &header, data) == 0;
    }

    __user_cap_data_struct m_saved[2] {};
    bool m_lowered = false;
};

// A folder whose file system has only a little room left: an 8 MB tmpfs filled up to `room` bytes
// when this process may mount, otherwise a limit on the size of any file this process writes
// (RLIMIT_FSIZE, with SIGXFSZ ignored so that a write fails instead of killing the process).
class FullDisk
{
public:
    explicit FullDisk(const QString& dir) : m_dir(dir) { }
    ~FullDisk() { release(); }

    bool mountSmallTmpfs()
    {
        if (::mount("tmpfs", QFile::encodeName(m_dir).constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=8m,mode=0700") != 0)
            return false;
        m_mounted = true;
        return true;
    }
    bool mounted() const { return m_mounted; }

    // Takes all the room but `room` bytes (tmpfs), or limits every file to `room` bytes.
    void fill(qint64 room)
    {
        if (m_mounted) {
            QFile filler(QDir(m_dir).filePath(u"filler"_s));
            filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) { }
            filler.close();
            m_filler = filler.fileName();
            // Give back `room` bytes.
            QFile::resize(m_filler, qMax<qint64>(0, QFileInfo(m_filler).size() - room));
            return;
        }
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_oldLimit);
        rlimit limit = m_oldLimit;
        limit.rlim_cur = rlim_t(room);
        ::setrlimit(RLIMIT_FSIZE, &limit);
        m_limited = true;
    }

    // Frees the room again.
    void release()
    {
        if (!m_filler.isEmpty()) {
            QFile::remove(m_filler);
            m_filler.clear();
        }
        if (m_limited) {
            ::setrlimit(RLIMIT_FSIZE, &m_oldLimit);
            std::signal(SIGXFSZ, m_oldHandler);
            m_limited = false;
        }
    }

    void unmount()
    {
        release();
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
        m_mounted = false;
    }

private:
    QString m_dir;
    QString m_filler;
    bool m_mounted = false;
    bool m_limited = false;
    rlimit m_oldLimit {};
    void (*m_oldHandler)(int) = SIG_DFL;
};

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ourHeaderWithoutSchema_opensButCheckNamesTheProblem();
    void newerVersion_refusedEveryWayUntouched();
    void olderFileWhoseBackupFails_refusedUntouched();
    void fuzzFindings_refusedUntouched_data();
    void fuzzFindings_refusedUntouched();
    void readOnlyFile_refusedWithClearMessageUntouched();
    void readOnlyFolder_refusedWithClearMessageUntouched();
    void readOnlyFile_importRefusedNothingChanged();
    void fullDisk_importFails_fileIntactAfterwards();
    void fullDisk_createFails_leavesNoFile();
    void fullDisk_exportFails_saysDiskFull();
    void fuzzCorpus_openDatabase_replaysWithoutCrash();
};

void TestHostileFiles::ourHeaderWithoutSchema_opensButCheckNamesTheProblem()
{
    // An SQLite file that claims to be PeerRadar (application id, user_version) but has no tables.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.peerradar"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"impostor"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::applicationId)));
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::currentSchemaVersion())));
        QVERIFY(q.exec(u"CREATE TABLE unrelated (x)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"impostor"_s);
    const QByteArray before = fileBytes(path);
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        PR_VERIFY_OK(db);
        const QStringList problems = (*db)->integrityProblems();
        QVERIFY(!problems.isEmpty());
        auto people = PeopleRepository(**db).all();
        QVERIFY(!people);
        QVERIFY(!people.error().message.isEmpty());
        QVERIFY2(people.error().message.contains(u"empty.peerradar"_s), qPrintable(people.error().message));
    }
    QCOMPARE(fileBytes(path), before);
}

void TestHostileFiles::newerVersion_refusedEveryWayUntouched()
{
    QTemporaryDir dir;
    const QString path = populatedFile(dir.path());
    {
        auto db = Database::open(path);
        PR_VERIFY_OK(db);
        PR_VERIFY_OK((*db)->execStatement(u"PRAGMA user_version = %1"_s.arg(Database::currentSchemaVersion() + 1)));
    }
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = filesIn(dir.path());
    for (auto access : { Database::Access::ReadOnly, Database::Access::ReadWrite }) {
        auto db = Database::open(path, access);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NewerVersion);
        QVERIFY2(db.error().message.contains(u"newer version"_s), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"version %1"_s.arg(Database::currentSchemaVersion() + 1)));
    }
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(filesIn(dir.path()), filesBefore); // no backup, no -wal left behind
}

void TestHostileFiles::olderFileWhoseBackupFails_refusedUntouched()
{
    // Found by fuzz_open_database: an older file in rollback-journal mode whose backup could not be
    // written was refused with "Nothing was changed" after its header had been switched to WAL.
    // Here the backup fails because a folder already has the backup's name.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.peerradar"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::applicationId)));
        for (const QString& statement : migrations().at(0).statements())
            QVERIFY(q.exec(statement));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(q.exec(u"INSERT INTO teams (uuid, name) VALUES ('t-1', 'Old team')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);
    QVERIFY(QDir().mkpath(path + u".v1.backup"_s));
    const QByteArray before = fileBytes(path);
    QCOMPARE(before.at(18), char(1)); // rollback journal, not WAL
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"Nothing was changed"_s), qPrintable(db.error().message));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList { u"old.peerradar"_s });
}

void TestHostileFiles::fuzzFindings_refusedUntouched_data()
{
    QTest::addColumn<QString>("name");
    // An older file in rollback-journal mode whose backup failed: its header was switched to WAL.
    QTest::newRow("backup failed") << u"crash-old-rollback-file-changed-when-backup-failed.peerradar"_s;
    // A damaged version-1 file: step 2 was committed before step 3 failed ("Nothing was changed").
    QTest::newRow("later migration step failed") << u"crash-v1-half-migrated-when-later-step-failed.peerradar"_s;
}

void TestHostileFiles::fuzzFindings_refusedUntouched()
{
    QFETCH(QString, name);
    const QString found = fuzz::corpusPath(u"open_database/"_s + name);
    QVERIFY2(QFile::exists(found), "the corpus file is missing (PEERRADAR_FUZZ_CORPUS is set by ctest)");
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"found.peerradar"_s);
    writeFile(copy, fileBytes(found));
    auto db = Database::open(copy);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"found.peerradar"_s), qPrintable(db.error().message));
    QCOMPARE(fileBytes(copy), fileBytes(found));
}

void TestHostileFiles::readOnlyFile_refusedWithClearMessageUntouched()
{
    QTemporaryDir dir;
    const QString path = populatedFile(dir.path());
    const QByteArray before = fileBytes(path);
    const QByteArray rowsBefore = checksumOf(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    {
        WithoutDacOverride asUser;
        if (!asUser.active())
            QSKIP("running as root and unable to lower CAP_DAC_OVERRIDE: a read-only file is writable here");
        QVERIFY(!QFile(path).open(QIODevice::ReadWrite)); // the precondition: this process cannot write it
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::ReadOnly);
        QVERIFY2(db.error().message.contains(u"read-only"_s), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"team.peerradar"_s));
        // Reading it is still possible.
        auto reader = Database::open(path, Database::Access::ReadOnly);
        PR_VERIFY_OK(reader);
        QCOMPARE(fuzz::databaseChecksum(**reader), rowsBefore);
    }
    QCOMPARE(fileBytes(path), before);
}

void TestHostileFiles::readOnlyFolder_refusedWithClearMessageUntouched()
{
    // SQLite keeps its write-ahead log beside the file: a file in a folder nobody may write to
    // cannot be saved to either, even though the file itself is writable.
    QTemporaryDir dir;
    const QString path = populatedFile(dir.path());
    const QByteArray before = fileBytes(path);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    {
        WithoutDacOverride asUser;
        if (!asUser.active())
            QSKIP("running as root and unable to lower CAP_DAC_OVERRIDE");
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::ReadOnly);
        QVERIFY2(db.error().message.contains(u"read-only"_s), qPrintable(db.error().message));
    }
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList { u"team.peerradar"_s });
}

void TestHostileFiles::readOnlyFile_importRefusedNothingChanged()
{
    // The file became read-only while it was open (another user changed its mode, or the disk was
    // remounted): the import fails with a message and nothing is half written.
    QTemporaryDir dir;
    const QString path = populatedFile(dir.path());
    const QByteArray rowsBefore = checksumOf(path);
    auto db = Database::open(path, Database::Access::ReadOnly);
    PR_VERIFY_OK(db);
    const ImportOutcome outcome = importBytes(**db, observationsCsv(10), false);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::ReadOnly);
    QVERIFY2(outcome.error->message.contains(u"read-only"_s), qPrintable(outcome.error->message));
    QCOMPARE(fuzz::databaseChecksum(**db), rowsBefore);
}

void TestHostileFiles::fullDisk_importFails_fileIntactAfterwards()
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    FullDisk disk(mountPoint);
    const bool tmpfs = disk.mountSmallTmpfs();
    const QString path = populatedFile(mountPoint, 20);
    const QByteArray rowsBefore = checksumOf(path);
    {
        auto db = Database::open(path);
        PR_VERIFY_OK(db);
        // 64 KB of room: the import needs about 1 MB of write-ahead log.
        disk.fill(64 * 1024);
        const ImportOutcome outcome = importBytes(**db, observationsCsv(8000), false);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error->code == ErrorCode::Io, qPrintable(outcome.error->message));
        if (tmpfs)
            QVERIFY2(outcome.error->message.contains(u"full"_s), qPrintable(outcome.error->message));
        QVERIFY2(outcome.error->message.contains(u"team.peerradar"_s), qPrintable(outcome.error->message));
        QCOMPARE(fuzz::databaseChecksum(**db), rowsBefore);
        disk.release();
    }
    // With room again the file opens, passes its checks, holds what it held, and takes the import.
    auto db = Database::open(path);
    PR_VERIFY_OK(db);
    QCOMPARE((*db)->integrityProblems(), QStringList());
    QCOMPARE(fuzz::databaseChecksum(**db), rowsBefore);
    const ImportOutcome retry = importBytes(**db, observationsCsv(8000), false);
    QVERIFY(retry.ok());
    QCOMPARE(retry.summary.rows, 8000);
    db = Error {};
    disk.unmount();
}

void TestHostileFiles::fullDisk_createFails_leavesNoFile()
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    FullDisk disk(mountPoint);
    disk.mountSmallTmpfs();
    disk.fill(8 * 1024);
    auto db = Database::create(QDir(mountPoint).filePath(u"new.peerradar"_s));
    disk.release();
    QVERIFY(!db);
    QVERIFY2(db.error().code == ErrorCode::Io, qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(u"new.peerradar"_s));
    QCOMPARE(filesIn(mountPoint), QStringList());
    disk.unmount();
}

void TestHostileFiles::fullDisk_exportFails_saysDiskFull()
{
    QTemporaryDir dir;
    const QString path = populatedFile(dir.path(), 3000);
    const QString mountPoint = dir.filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    auto db = Database::open(path, Database::Access::ReadOnly);
    PR_VERIFY_OK(db);
    FullDisk disk(mountPoint);
    disk.mountSmallTmpfs();
    QFile output(QDir(mountPoint).filePath(u"observations.csv"_s));
    QVERIFY(output.open(QIODevice::WriteOnly));
    disk.fill(16 * 1024);
    const Status status = exportObservationsCsv(**db, &output);
    disk.release();
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::Io);
    QVERIFY2(status.error().message.contains(u"space"_s), qPrintable(status.error().message));
    output.close();
    disk.unmount();
}

void TestHostileFiles::fuzzCorpus_openDatabase_replaysWithoutCrash()
{
    const QString corpus = fuzz::corpusPath(u"open_database"_s);
    QVERIFY2(!corpus.isEmpty(), "tests/fuzz/corpus/open_database is missing (PEERRADAR_FUZZ_CORPUS is set by ctest)");
    fuzz::OpenHarness harness;
    int files = 0;
    QDirIterator it(corpus, QDir::Files);
    while (it.hasNext()) {
        harness.run(fileBytes(it.next()));
        ++files;
    }
    QVERIFY(files >= 3);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
