// Privacy of the file: a new PeerRadar file, its write-ahead log and shared-memory files, the copy
// kept before a migration, a saved copy and a CSV export are readable by their owner only, even
// under a umask that would let everybody read them; nothing temporary is left behind.
#include "TestSupport.h"

#include "storage/Migrations.h"

#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// The permission bits as the kernel has them (QFile::permissions answers for this user only).
int modeOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString octal(int mode)
{
    return u"0"_s + QString::number(mode, 8);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Sets a umask that lets group and others read and write everything, for the life of the object.
class OpenUmask
{
public:
    OpenUmask() : m_old(::umask(0)) { }
    ~OpenUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};

int runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("PEERRADAR_CLI"), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

} // namespace

class TestFilePrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFile_andItsSideFiles_ownerOnly();
    void backupBeforeMigration_ownerOnly_andOnlyFilesExpected();
    void saveCopy_ownerOnly();
    void cliFiles_ownerOnly_noTemporaryFilesLeft();
    void refusedOpen_leavesNoSideFiles();
};

void TestFilePrivacy::newFile_andItsSideFiles_ownerOnly()
{
    OpenUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.peerradar"_s);
    auto db = Database::create(path);
    PR_VERIFY_OK(db);
    PR_VERIFY_OK((*db)->execStatement(u"INSERT INTO teams (uuid, name) VALUES ('t', 'A team')"_s));
    // While the file is open SQLite keeps a log and a shared-memory index beside it, holding the
    // newest rows: they must be as private as the file.
    QCOMPARE(octal(modeOf(path)), u"0600"_s);
    QVERIFY(QFile::exists(path + u"-wal"_s));
    QCOMPARE(octal(modeOf(path + u"-wal"_s)), u"0600"_s);
    QCOMPARE(octal(modeOf(path + u"-shm"_s)), u"0600"_s);
    db = Error {};
    // Closed: the log is folded into the file and removed.
    QCOMPARE(filesIn(dir.path()), QStringList { u"team.peerradar"_s });
    QCOMPARE(octal(modeOf(path)), u"0600"_s);
}

void TestFilePrivacy::backupBeforeMigration_ownerOnly_andOnlyFilesExpected()
{
    OpenUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.peerradar"_s);
    {
        // A version-1 file, created as an older PeerRadar would have (0600 itself).
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        file.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::applicationId)));
        QVERIFY(q.exec(u"PRAGMA journal_mode = WAL"_s));
        for (const QString& statement : migrations().at(0).statements())
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(q.exec(u"INSERT INTO teams (uuid, name) VALUES ('t-1', 'Secret team')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    QCOMPARE(octal(modeOf(path)), u"0600"_s);

    auto opened = Database::open(path);
    PR_VERIFY_OK(opened);
    const QString backup = (*opened)->backupPath();
    QCOMPARE(backup, path + u".v1.backup"_s);
    QCOMPARE(octal(modeOf(backup)), u"0600"_s);
    opened = Error {};
    // The old file's copy and the file: no journal, no temporary file of the VACUUM.
    QCOMPARE(filesIn(dir.path()), (QStringList { u"old.peerradar"_s, u"old.peerradar.v1.backup"_s }));
    QCOMPARE(octal(modeOf(path)), u"0600"_s);
}

void TestFilePrivacy::saveCopy_ownerOnly()
{
    OpenUmask umask;
    TempDatabase t;
    const QString copy = QDir(t.dir()).filePath(u"copy.peerradar"_s);
    PR_VERIFY_OK(t.db().saveCopy(copy));
    QCOMPARE(octal(modeOf(copy)), u"0600"_s);
    // A copy never overwrites: a file someone else made stays as it was.
    QVERIFY(!t.db().saveCopy(copy));
}

void TestFilePrivacy::cliFiles_ownerOnly_noTemporaryFilesLeft()
{
    const QString cliPath = qEnvironmentVariable("PEERRADAR_CLI");
    if (cliPath.isEmpty() || !QFile::exists(cliPath))
        QSKIP("PEERRADAR_CLI does not name peerradar-cli");
    OpenUmask umask;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"demo.peerradar"_s);
    QCOMPARE(runCli({ u"demo"_s, file, u"--people"_s, u"12"_s, u"--observations"_s, u"200"_s }), 0);
    QCOMPARE(octal(modeOf(file)), u"0600"_s);
    for (const QString& kind : { u"people"_s, u"observations"_s }) {
        const QString csv = dir.filePath(kind + u".csv"_s);
        QCOMPARE(runCli({ u"export"_s, file, u"--"_s + kind, csv }), 0);
        QCOMPARE(octal(modeOf(csv)), u"0600"_s);
        // An export over an existing file (--force) keeps it private too.
        QCOMPARE(runCli({ u"export"_s, file, u"--"_s + kind, csv, u"--force"_s }), 0);
        QCOMPARE(octal(modeOf(csv)), u"0600"_s);
    }
    const QString imported = dir.filePath(u"imported.peerradar"_s);
    QCOMPARE(runCli({ u"init"_s, imported }), 0);
    QCOMPARE(runCli({ u"import"_s, imported, u"--people"_s, dir.filePath(u"people.csv"_s) }), 0);
    QCOMPARE(runCli({ u"import"_s, imported, u"--observations"_s, dir.filePath(u"observations.csv"_s) }), 0);
    QCOMPARE(octal(modeOf(imported)), u"0600"_s);
    // A failed export leaves no half file and no temporary file.
    QVERIFY(runCli({ u"export"_s, dir.filePath(u"missing.peerradar"_s), u"--people"_s, dir.filePath(u"x.csv"_s) }) != 0);
    QCOMPARE(filesIn(dir.path()),
        (QStringList { u"demo.peerradar"_s, u"imported.peerradar"_s, u"observations.csv"_s, u"people.csv"_s }));
}

void TestFilePrivacy::refusedOpen_leavesNoSideFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.peerradar"_s);
    {
        auto db = Database::create(path);
        PR_VERIFY_OK(db);
        PR_VERIFY_OK((*db)->execStatement(u"PRAGMA user_version = 1000"_s));
    }
    QVERIFY(!Database::open(path));
    QVERIFY(!Database::open(path, Database::Access::ReadOnly));
    QCOMPARE(filesIn(dir.path()), QStringList { u"future.peerradar"_s });
}

QTEST_GUILESS_MAIN(TestFilePrivacy)
#include "tst_file_privacy.moc"
