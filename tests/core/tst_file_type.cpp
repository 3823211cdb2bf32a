// PeerRadar's own file type (resources/org.peerradar.peerradar.mime.xml), read by Qt's MIME database
// as a desktop reads it: a PeerRadar file is application/x-peerradar by its name and, under any
// name, by the application id in its SQLite header; another SQLite file stays application/vnd.sqlite3.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// What GLib's `gio info` says a file is.
QString gioContentType(const QString& path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"gio"_s), { u"info"_s, u"-a"_s, u"standard::content-type"_s, path });
    process.waitForFinished(60000);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const qsizetype at = out.indexOf(u"standard::content-type: "_s);
    return at < 0 ? out : out.mid(at + 24).trimmed();
}

} // namespace

class TestFileType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void peerRadarFile_byNameAndByContent();
    void otherSqliteFile_isNotOurs();

private:
    QTemporaryDir m_data; // an XDG data folder holding only our MIME package
    QTemporaryDir m_files;
};

void TestFileType::initTestCase()
{
    const QString source = qEnvironmentVariable("PEERRADAR_SOURCE_DIR") + u"/resources/org.peerradar.peerradar.mime.xml"_s;
    QVERIFY2(QFile::exists(source), "PEERRADAR_SOURCE_DIR must name the source folder (ctest sets it)");
    QVERIFY(QDir(m_data.path()).mkpath(u"mime/packages"_s));
    QVERIFY(QFile::copy(source, m_data.filePath(u"mime/packages/org.peerradar.peerradar.xml"_s)));
    // As the package's installation does (dpkg's trigger): the compiled cache desktops read.
    const QString update = QStandardPaths::findExecutable(u"update-mime-database"_s);
    if (update.isEmpty())
        QSKIP("update-mime-database (shared-mime-info) is not installed");
    QProcess process;
    process.start(update, { m_data.filePath(u"mime"_s) });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    // Before the MIME database's first use in this process: ours first, then the system's.
    qputenv("XDG_DATA_DIRS", (m_data.path() + u":/usr/local/share:/usr/share"_s).toLocal8Bit());
}

void TestFileType::peerRadarFile_byNameAndByContent()
{
    const QString named = m_files.filePath(u"team.peerradar"_s);
    const QString unnamed = m_files.filePath(u"team-copy"_s);
    {
        auto db = Database::create(named);
        PR_VERIFY_OK(db);
    }
    QVERIFY(QFile::copy(named, unnamed));
    const QMimeDatabase mime;
    QCOMPARE(mime.mimeTypeForFile(named).name(), u"application/x-peerradar"_s);
    // By content, as GLib (GNOME's file managers) reads the compiled database. Qt 6.4's own reader
    // answers application/vnd.sqlite3 for it, the parent type.
    if (QStandardPaths::findExecutable(u"gio"_s).isEmpty())
        QSKIP("gio (libglib2.0-bin) is not installed: the file's content is not tried");
    QCOMPARE(gioContentType(unnamed), u"application/x-peerradar"_s);
    QVERIFY(mime.mimeTypeForName(u"application/x-peerradar"_s).inherits(u"application/vnd.sqlite3"_s)
        || !mime.mimeTypeForName(u"application/vnd.sqlite3"_s).isValid());
    QCOMPARE(mime.mimeTypeForName(u"application/x-peerradar"_s).comment(), u"PeerRadar file"_s);
}

void TestFileType::otherSqliteFile_isNotOurs()
{
    const QString path = m_files.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    if (QStandardPaths::findExecutable(u"gio"_s).isEmpty())
        QSKIP("gio (libglib2.0-bin) is not installed");
    QCOMPARE(gioContentType(path), u"application/vnd.sqlite3"_s);
}

QTEST_GUILESS_MAIN(TestFileType)
#include "tst_file_type.moc"
