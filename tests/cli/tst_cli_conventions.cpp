// The command-line companion behaves as Linux tools do: help for every command and a version, a
// man page and shell completions printed from the same help, outputs that are never overwritten
// without --force, every bad row of an import listed by row and line, plurals in English, and CSV
// files that spreadsheets read (byte-order mark, apostrophes).
#include "CliRunner.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// Every command, and the options its help must name (written here independently of cli/Help.cpp).
const QList<std::pair<QString, QStringList>> commandOptions = {
    { u"init"_s, {} },
    { u"demo"_s, { u"--people"_s, u"--observations"_s, u"--seed"_s } },
    { u"import"_s, { u"--people"_s, u"--observations"_s, u"--errors"_s, u"--force"_s } },
    { u"export"_s, { u"--people"_s, u"--observations"_s, u"--no-bom"_s, u"--force"_s } },
    { u"profile"_s, { u"--person"_s, u"--cycle"_s, u"--json"_s } },
    { u"team"_s, { u"--team"_s, u"--cycle"_s, u"--json"_s } },
    { u"report"_s,
        { u"--person"_s, u"--team"_s, u"--all"_s, u"--cycle"_s, u"--paper"_s, u"--out"_s, u"--author"_s, u"--force"_s } },
    { u"merge"_s, { u"--prefer"_s, u"--dry-run"_s } },
    { u"check"_s, {} },
    { u"upgrade"_s, {} },
    { u"server-init"_s, { u"--upgrade"_s } },
    { u"account"_s, { u"--person"_s, u"--login"_s } },
    { u"copy"_s, {} },
};

const QByteArray bom = "\xEF\xBB\xBF";

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

// Every file under `folder`, relative to it, folders included.
QStringList everythingIn(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(folder).relativeFilePath(it.next());
    found.sort();
    return found;
}

// A file as the first PeerRadar wrote it (schema version 1, in WAL mode), with a team of four, a
// framework and notes: whatever later versions add, it stays an older file to update.
bool writeVersionOneFile(const QString& path)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version-one"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        QStringList statements { u"PRAGMA application_id = %1"_s.arg(peerradar::Database::applicationId),
            u"PRAGMA journal_mode = WAL"_s };
        statements += peerradar::migrations().at(0).statements();
        statements += QStringList {
            u"PRAGMA user_version = 1"_s,
            u"INSERT INTO teams (uuid, name) VALUES ('t-1', 'Old team')"_s,
            u"INSERT INTO frameworks (uuid, name, version, active) VALUES ('f-1', 'F', 1, 1)"_s,
            u"INSERT INTO behaviors (uuid, framework_id, key, name) VALUES ('b-1', 1, 'k', 'Keeps promises')"_s,
        };
        for (int p = 1; p <= 4; ++p)
            statements << u"INSERT INTO people (uuid, name, email, team_id, role) VALUES ('p-%1', 'Person %1', "
                          "'p%1@example.com', 1, 'member')"_s.arg(p);
        for (int o = 2; o <= 4; ++o)
            statements << u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, "
                          "rater_group, situation, created_at) VALUES ('o-%1', %1, 1, 1, '%2', 4, 'peer', 'Old note %1', "
                          "'2026-01-05T10:00:00Z')"_s.arg(o).arg(QDate::currentDate().addDays(-3).toString(Qt::ISODate));
        for (const QString& statement : std::as_const(statements)) {
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"version-one"_s);
    return ok;
}

QString run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestCliConventions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help_everyCommand_listsItsOptions();
    void version_shortAndLong();
    void manPage_namesEveryCommandAndOption();
    void completions_nameEveryCommand_andParse();
    void export_existingFile_untouchedWithoutForce();
    void export_byteOrderMark_byDefault_noBomOnRequest();
    void report_out_addsPdf_refusesExisting_namesFileForAll();
    void import_everyBadRowListed_byRowAndLine();
    void import_errorsFile_holdsEveryProblem();
    void plurals_areEnglish();
    void apostrophes_survive_andFormulasStayDefused();
    void readOnlyFolderAndFile_read_nothingLeftBehind();
    void olderFile_readCommandsChangeNoByte_upgradeUpdatesWithBackup();
    void fullDisk_reportAndExport_removeTheirFiles_sayNoSpace();
    void unwritableFolder_reportAndExport_sayPermissionDenied();

private:
    CliRun cli(const QStringList& arguments) { return runCli(arguments); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString freshFile(const QString& name);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliConventions::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PEERRADAR_CLI")), "PEERRADAR_CLI must name the peerradar-cli binary");
    m_demo = path(u"demo.peerradar"_s);
    const CliRun demo = cli({ u"demo"_s, m_demo, u"--people"_s, u"30"_s, u"--observations"_s, u"900"_s });
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

QString TestCliConventions::freshFile(const QString& name)
{
    const QString file = path(name);
    const CliRun init = cli({ u"init"_s, file });
    return init.exitCode == 0 ? file : QString();
}

void TestCliConventions::help_everyCommand_listsItsOptions()
{
    const CliRun overview = cli({ u"--help"_s });
    QCOMPARE(overview.exitCode, 0);
    for (const auto& [command, options] : commandOptions) {
        QVERIFY2(overview.out.contains(QByteArray("\n  " + command.toUtf8() + ' ')), qPrintable(command));
        for (const QStringList& arguments : { QStringList { command, u"--help"_s }, QStringList { command, u"-h"_s },
                 QStringList { command, u"some.peerradar"_s, u"--help"_s } }) {
            const CliRun help = cli(arguments);
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.err.isEmpty(), help.err.constData());
            QVERIFY2(help.out.startsWith(QByteArray("Usage: peerradar-cli " + command.toUtf8() + ' ')), help.out.constData());
            for (const QString& option : options + QStringList { u"--help"_s })
                QVERIFY2(help.out.contains(QByteArray("\n  " + option.toUtf8())), qPrintable(command + u' ' + option));
        }
    }
    // An option the command does not take is still a usage error.
    const CliRun wrong = cli({ u"check"_s, m_demo, u"--json"_s });
    QCOMPARE(wrong.exitCode, 2);
}

void TestCliConventions::version_shortAndLong()
{
    for (const QString& option : { u"--version"_s, u"-v"_s }) {
        const CliRun version = cli({ option });
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(QRegularExpression(u"^peerradar-cli \\d+\\.\\d+\\.\\d+\\n$"_s).match(QString::fromUtf8(version.out)).hasMatch(),
            version.out.constData());
    }
}

void TestCliConventions::manPage_namesEveryCommandAndOption()
{
    const CliRun man = cli({ u"--man"_s });
    QCOMPARE(man.exitCode, 0);
    QVERIFY(man.out.startsWith(".TH PEERRADAR\\-CLI 1 "));
    const QString page = path(u"peerradar-cli.1"_s);
    writeFile(page, man.out);
    if (QStandardPaths::findExecutable(u"man"_s).isEmpty())
        QSKIP("man is not installed: the page's text is not rendered");
    // Rendered as a reader sees it, without hyphenation or adjustment getting in the way.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MANWIDTH"_s, u"200"_s);
    process.setProcessEnvironment(environment);
    process.start(u"man"_s, { u"-l"_s, page });
    QVERIFY(process.waitForFinished(60000));
    const QString rendered = QString::fromUtf8(process.readAllStandardOutput()).replace(u'\u2010', u'-');
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    for (const auto& [command, options] : commandOptions) {
        QVERIFY2(rendered.contains(u"\n       "_s + command + u' '), qPrintable(command));
        for (const QString& option : options)
            QVERIFY2(rendered.contains(option), qPrintable(command + u' ' + option));
    }
    QVERIFY(rendered.contains(u"EXIT STATUS"_s));
}

void TestCliConventions::completions_nameEveryCommand_andParse()
{
    const CliRun bash = cli({ u"--completion"_s, u"bash"_s });
    const CliRun zsh = cli({ u"--completion"_s, u"zsh"_s });
    QCOMPARE(bash.exitCode, 0);
    QCOMPARE(zsh.exitCode, 0);
    QVERIFY(zsh.out.startsWith("#compdef peerradar-cli\n"));
    for (const auto& [command, options] : commandOptions) {
        QVERIFY2(bash.out.contains(QByteArray("        " + command.toUtf8() + ") options='--help")), qPrintable(command));
        QVERIFY2(zsh.out.contains(QByteArray("        " + command.toUtf8() + ")\n")), qPrintable(command));
    }
    QVERIFY(bash.out.contains("complete -F _peerradar_cli peerradar-cli"));
    const QString script = path(u"completion.bash"_s);
    writeFile(script, bash.out);
    QCOMPARE(run(u"bash"_s, { u"-n"_s, script }), QString());
    QCOMPARE(cli({ u"--completion"_s, u"fish"_s }).exitCode, 2);
}

void TestCliConventions::export_existingFile_untouchedWithoutForce()
{
    const QString csv = path(u"existing.csv"_s);
    writeFile(csv, "my own notes\n");
    const CliRun refused = cli({ u"export"_s, m_demo, u"--people"_s, csv });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("already exists") && refused.err.contains("--force"), refused.err.constData());
    QCOMPARE(fileBytes(csv), QByteArray("my own notes\n"));
    const CliRun forced = cli({ u"export"_s, m_demo, u"--people"_s, csv, u"--force"_s });
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(fileBytes(csv).startsWith(QByteArray(bom + "name,email,team,manager_email,role\r\n")));
}

void TestCliConventions::export_byteOrderMark_byDefault_noBomOnRequest()
{
    for (const QString& kind : { u"people"_s, u"observations"_s }) {
        const QString with = path(kind + u"-bom.csv"_s);
        const QString without = path(kind + u"-plain.csv"_s);
        QCOMPARE(cli({ u"export"_s, m_demo, u"--"_s + kind, with }).exitCode, 0);
        QCOMPARE(cli({ u"export"_s, m_demo, u"--"_s + kind, without, u"--no-bom"_s }).exitCode, 0);
        QVERIFY(fileBytes(with).startsWith(bom));
        QVERIFY(!fileBytes(without).startsWith(bom));
        QCOMPARE(fileBytes(with).mid(3), fileBytes(without));
    }
    // Either is read back: the people with the mark, the observations without it.
    const QString target = freshFile(u"bom-target.peerradar"_s);
    QVERIFY(!target.isEmpty());
    QCOMPARE(cli({ u"import"_s, target, u"--people"_s, path(u"people-bom.csv"_s) }).exitCode, 0);
    const CliRun observations = cli({ u"import"_s, target, u"--observations"_s, path(u"observations-plain.csv"_s) });
    QVERIFY2(observations.exitCode == 0, observations.err.constData());
    QCOMPARE(cli({ u"export"_s, target, u"--observations"_s, path(u"again.csv"_s), u"--no-bom"_s }).exitCode, 0);
    QCOMPARE(fileBytes(path(u"again.csv"_s)), fileBytes(path(u"observations-plain.csv"_s)));
}

void TestCliConventions::report_out_addsPdf_refusesExisting_namesFileForAll()
{
    const QString team = u"--team"_s;
    const CliRun teams = cli({ u"team"_s, m_demo, team, u"nobody"_s });
    QCOMPARE(teams.exitCode, 1); // a team that does not exist: the message names it
    // The demo's first person: the first row of the people export after the header.
    const QString people = path(u"report-people.csv"_s);
    QCOMPARE(cli({ u"export"_s, m_demo, u"--people"_s, people }).exitCode, 0);
    const QByteArray email = fileBytes(people).split('\n').value(1).split(',').value(1);
    QVERIFY(email.contains('@'));

    const QString stem = path(u"summary"_s);
    const CliRun written = cli({ u"report"_s, m_demo, u"--person"_s, QString::fromUtf8(email), u"--out"_s, stem });
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QVERIFY(QFile::exists(stem + u".pdf"_s));
    QVERIFY(!QFile::exists(stem));
    const QByteArray first = fileBytes(stem + u".pdf"_s);
    QVERIFY(first.startsWith("%PDF-"));

    writeFile(stem + u".pdf"_s, "mine");
    const CliRun refused = cli({ u"report"_s, m_demo, u"--person"_s, QString::fromUtf8(email), u"--out"_s, stem });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--force"), refused.err.constData());
    QCOMPARE(fileBytes(stem + u".pdf"_s), QByteArray("mine"));
    QCOMPARE(cli({ u"report"_s, m_demo, u"--person"_s, QString::fromUtf8(email), u"--out"_s, stem, u"--force"_s })
                 .exitCode,
        0);
    QVERIFY(fileBytes(stem + u".pdf"_s).startsWith("%PDF-"));

    const QString notAFolder = path(u"org.db"_s);
    writeFile(notAFolder, "a file");
    const CliRun all = cli({ u"report"_s, m_demo, u"--all"_s, u"--out"_s, notAFolder });
    QCOMPARE(all.exitCode, 1);
    QVERIFY2(all.err.contains("org.db is a file") && all.err.contains("folder"), all.err.constData());
    QCOMPARE(fileBytes(notAFolder), QByteArray("a file"));

    const QString full = path(u"full"_s);
    QVERIFY(QDir().mkpath(full));
    writeFile(full + u"/keep.txt"_s, "keep");
    const CliRun occupied = cli({ u"report"_s, m_demo, u"--all"_s, u"--out"_s, full });
    QCOMPARE(occupied.exitCode, 1);
    QVERIFY2(occupied.err.contains("already holds files") && occupied.err.contains("--force"), occupied.err.constData());
    QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList { u"keep.txt"_s });
}

void TestCliConventions::import_everyBadRowListed_byRowAndLine()
{
    const QString target = freshFile(u"rows.peerradar"_s);
    QVERIFY(!target.isEmpty());
    QByteArray csv = "name,email,team,manager_email,role\n"
                     "\"Ann\nof two lines\",ann@example.com,,,member\n" // row 2, lines 2-3
                     "Bob,bob@example.com,,,nobody\n"; // row 3, line 4: a bad role
    for (int i = 0; i < 30; ++i) // rows 4-33, lines 5-34: bad emails
        csv += "Person " + QByteArray::number(i) + ",not-an-email-" + QByteArray::number(i) + ",,,member\n";
    const QString file = path(u"rows.csv"_s);
    writeFile(file, csv);
    const QByteArray before = fileBytes(target);
    const CliRun refused = cli({ u"import"_s, target, u"--people"_s, file });
    QCOMPARE(refused.exitCode, 1);
    const QList<QByteArray> lines = refused.err.trimmed().split('\n');
    QVERIFY2(lines.first().startsWith("peerradar-cli: The import was refused"), refused.err.constData());
    QCOMPARE(lines.size(), 1 + 32); // every problem, none cut off
    // Row 2 spans lines 2 and 3 (and a line break has no place in a name).
    QVERIFY2(lines.at(1).startsWith("Row 2 (line 2), name: "), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("Row 3 (line 4), role: "), lines.at(2).constData());
    QVERIFY2(lines.at(3).startsWith("Row 4 (line 5), email: "), lines.at(3).constData());
    QVERIFY2(lines.last().startsWith("Row 33 (line 34), email: "), lines.last().constData());
    QVERIFY(!refused.err.contains("more"));
    QCOMPARE(fileBytes(target), before);
}

void TestCliConventions::import_errorsFile_holdsEveryProblem()
{
    const QString target = freshFile(u"errors.peerradar"_s);
    QVERIFY(!target.isEmpty());
    const QString file = path(u"bad-utf8.csv"_s);
    writeFile(file, "name,email,team,manager_email,role\nCaf\xE9,cafe@example.com,,,\nBob,bob,,,\n");
    const QString errors = path(u"problems.txt"_s);
    const CliRun refused = cli({ u"import"_s, target, u"--people"_s, file, u"--errors"_s, errors });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY2(refused.err.contains("problems.txt"), refused.err.constData());
    // Said once, where it is: not "Line 2: Line 2: …".
    QCOMPARE(fileBytes(errors),
        QByteArray("Row 2 (line 2): The text is not valid UTF-8. Save the file as \"CSV UTF-8\" and import it again.\n"));
    // The errors file is an output too: not replaced without --force.
    QCOMPARE(cli({ u"import"_s, target, u"--people"_s, file, u"--errors"_s, errors }).exitCode, 1);
    QVERIFY(fileBytes(errors).startsWith("Row 2 (line 2)"));
}

void TestCliConventions::plurals_areEnglish()
{
    const QString target = freshFile(u"plural.peerradar"_s);
    QVERIFY(!target.isEmpty());
    const QString one = path(u"one.csv"_s);
    writeFile(one, "name,email,team,manager_email,role\nAnn,ann@example.com,,,member\n");
    const CliRun imported = cli({ u"import"_s, target, u"--people"_s, one });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, QString(u"Imported 1 row from "_s + one + u'\n').toUtf8());
    const CliRun checked = cli({ u"check"_s, target });
    QVERIFY2(checked.out.contains(", 1 person, 0 observations\n"), checked.out.constData());

    // The PDFs' texts come from the program's English catalogue: "1 observer", never "1 observers".
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString folder = path(u"plural-reports"_s);
    QCOMPARE(cli({ u"report"_s, m_demo, u"--all"_s, u"--out"_s, folder }).exitCode, 0);
    int ones = 0;
    for (QDirIterator it(folder, { u"*.pdf"_s }, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QFileInfo pdf(it.next());
        const QString text = run(u"pdftotext"_s, { u"-layout"_s, pdf.filePath(), u"-"_s });
        // Laid out as on the page; a cell may still break between the number and its noun.
        static const QRegularExpression wrong(u"\\b1\\s+(observers|observations)\\b"_s);
        static const QRegularExpression right(u"\\b1\\s+observer\\b"_s);
        QVERIFY2(!text.contains(wrong), qPrintable(pdf.fileName()));
        ones += int(text.count(right));
    }
    QVERIFY(ones > 0);
}

void TestCliConventions::apostrophes_survive_andFormulasStayDefused()
{
    const QString first = freshFile(u"apostrophe-1.peerradar"_s);
    const QString second = freshFile(u"apostrophe-2.peerradar"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    // A name typed into a spreadsheet with its apostrophe, and a formula defused by hand.
    const QString in = path(u"apostrophe.csv"_s);
    writeFile(in, "name,email,team,manager_email,role\n't Hooft,thooft@example.com,,,member\n"
                  "'=1+1,formula@example.com,=SUM(A1),,member\n");
    QCOMPARE(cli({ u"import"_s, first, u"--people"_s, in }).exitCode, 0);
    const QString out = path(u"apostrophe-out.csv"_s);
    QCOMPARE(cli({ u"export"_s, first, u"--people"_s, out }).exitCode, 0);
    const QByteArray exported = fileBytes(out);
    QVERIFY2(exported.contains("\r\n''t Hooft,thooft@example.com,,,member\r\n"), exported.constData());
    QVERIFY2(exported.contains("\r\n'=1+1,formula@example.com,'=SUM(A1),,member\r\n"), exported.constData());
    // Exported, imported elsewhere and exported again: the same bytes, the apostrophe kept.
    QCOMPARE(cli({ u"import"_s, second, u"--people"_s, out }).exitCode, 0);
    const QString again = path(u"apostrophe-again.csv"_s);
    QCOMPARE(cli({ u"export"_s, second, u"--people"_s, again }).exitCode, 0);
    QCOMPARE(fileBytes(again), exported);
}

// A file in a folder the user cannot write, and a file the user cannot write, are read (the
// permissions are those of `nobody` when the tests run as root, who may write anywhere): nothing is
// made beside them, and a command that writes names the folder, not the file.
void TestCliConventions::readOnlyFolderAndFile_read_nothingLeftBehind()
{
    QStringList asUser; // how to run the tool without root's power to write anywhere
    if (::geteuid() == 0) {
        const QString runuser = QStandardPaths::findExecutable(u"runuser"_s);
        if (runuser.isEmpty())
            QSKIP("running as root without runuser: file permissions cannot be tried");
        asUser = { runuser, u"-u"_s, u"nobody"_s, u"--"_s };
    }
    QTemporaryDir dir;
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions enterable = readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup
        | QFileDevice::ExeOther;
    const QString folder = dir.filePath(u"shared"_s);
    const QString writable = dir.filePath(u"mine"_s);
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(writable));
    const QString inFolder = folder + u"/team.peerradar"_s;
    const QString readOnlyFile = writable + u"/frozen.peerradar"_s;
    QVERIFY(QFile::copy(m_demo, inFolder) && QFile::copy(m_demo, readOnlyFile));
    QVERIFY(QFile::setPermissions(inFolder, all & ~(QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther)));
    QVERIFY(QFile::setPermissions(readOnlyFile, readOnly));
    QVERIFY(QFile::setPermissions(folder, enterable));
    QVERIFY(QFile::setPermissions(writable, all));
    QVERIFY(QFile::setPermissions(dir.path(), enterable));
    const QByteArray before = fileBytes(inFolder);
    const auto run = [&](const QStringList& arguments) {
        QProcess process;
        const QStringList command = asUser + QStringList { qEnvironmentVariable("PEERRADAR_CLI") } + arguments;
        process.start(command.first(), command.mid(1));
        process.waitForFinished(120000);
        return std::pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
    };
    for (const QString& file : { inFolder, readOnlyFile }) {
        const auto [checked, said] = run({ u"check"_s, file });
        QVERIFY2(checked == 0 && said.startsWith(u"OK: "_s), qPrintable(said));
        const auto [exported, why] = run({ u"export"_s, file, u"--people"_s, writable + u"/people-%1.csv"_s.arg(QFileInfo(file).baseName()) });
        QVERIFY2(exported == 0, qPrintable(why));
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { u"team.peerradar"_s });
    QCOMPARE(QDir(writable).entryList({ u"frozen*"_s }, QDir::Files), QStringList { u"frozen.peerradar"_s });
    QCOMPARE(fileBytes(inFolder), before);

    const QString people = writable + u"/one.csv"_s;
    writeFile(people, "name,email,team,manager_email,role\nAnn,ann@example.com,,,member\n");
    QVERIFY(QFile::setPermissions(people, all & ~(QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther)));
    const auto [imported, message] = run({ u"import"_s, inFolder, u"--people"_s, people });
    QCOMPARE(imported, 1);
    QVERIFY2(message.contains(u"The folder %1 is read-only"_s.arg(QDir::toNativeSeparators(folder))), qPrintable(message));
    QCOMPARE(fileBytes(inFolder), before);
    QVERIFY(QFile::setPermissions(folder, all)); // so that the temporary folder can be removed
}

void TestCliConventions::olderFile_readCommandsChangeNoByte_upgradeUpdatesWithBackup()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"old.peerradar"_s);
    QVERIFY(writeVersionOneFile(file));
    const QByteArray before = sha256(file);
    const QStringList folderBefore = everythingIn(dir.path());
    QCOMPARE(folderBefore, QStringList { u"old.peerradar"_s });
    const QString out = path(u"older-out"_s);
    QVERIFY(QDir().mkpath(out));

    const QList<QStringList> readers {
        { u"check"_s, file },
        { u"export"_s, file, u"--people"_s, out + u"/people.csv"_s },
        { u"export"_s, file, u"--observations"_s, out + u"/observations.csv"_s },
        { u"profile"_s, file, u"--person"_s, u"p1@example.com"_s, u"--json"_s },
        { u"team"_s, file, u"--team"_s, u"Old team"_s },
        { u"report"_s, file, u"--person"_s, u"p1@example.com"_s, u"--out"_s, out + u"/p1.pdf"_s },
        { u"report"_s, file, u"--all"_s, u"--out"_s, out + u"/all"_s },
    };
    for (const QStringList& arguments : readers) {
        const CliRun run = cli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("was saved by an older PeerRadar (file version 1)")
                && run.err.contains("left unchanged") && run.err.contains("peerradar-cli upgrade"),
            run.err.constData());
        // Not a byte of the file changed, no backup and no -wal or -shm beside it.
        QCOMPARE(sha256(file), before);
        QCOMPARE(everythingIn(dir.path()), folderBefore);
    }
    const CliRun check = cli({ u"check"_s, file });
    QVERIFY2(check.out.startsWith("OK: ") && check.out.contains("file version 1 (this PeerRadar's is")
            && check.out.contains("the file was not changed") && check.out.contains("4 people, 3 observations"),
        check.out.constData());
    QVERIFY(!check.out.contains("Nothing was changed"));
    QVERIFY(fileBytes(out + u"/people.csv"_s).contains("p4@example.com"));
    QVERIFY(fileBytes(out + u"/observations.csv"_s).contains("Old note 3"));
    QVERIFY(fileBytes(out + u"/p1.pdf"_s).startsWith("%PDF-"));
    QVERIFY(QFile::exists(out + u"/all/Old team.pdf"_s));
    // The updated copies lived in private temporary folders, removed afterwards.
    QDirIterator leftovers(QDir::tempPath(), { u"peerradar-*"_s }, QDir::Dirs | QDir::NoDotAndDotDot);
    QStringList copies;
    while (leftovers.hasNext()) {
        const QString folder = leftovers.next();
        if (QFile::exists(folder + u"/updated.peerradar"_s))
            copies << folder;
    }
    QVERIFY2(copies.isEmpty(), qPrintable(copies.join(u", "_s)));

    // upgrade is the one command that changes it, after keeping the old bytes beside it.
    const CliRun upgrade = cli({ u"upgrade"_s, file });
    QVERIFY2(upgrade.exitCode == 0, upgrade.err.constData());
    QVERIFY2(upgrade.out.contains("from file version 1 to %1"_ba.replace("%1", QByteArray::number(peerradar::Database::currentSchemaVersion()))),
        upgrade.out.constData());
    const QString backup = file + u".v1.backup"_s;
    QVERIFY(upgrade.out.contains(backup.toUtf8()));
    QVERIFY(sha256(file) != before);
    {
        // The backup is a copy of the old file (VACUUM INTO: the same rows at version 1, not the same bytes).
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        old.setDatabaseName(backup);
        old.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM people"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        q.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(u"backup"_s);
    const CliRun after = cli({ u"check"_s, file });
    QVERIFY2(after.exitCode == 0 && after.err.isEmpty(), after.err.constData());
    QVERIFY(after.out.contains("4 people, 3 observations"));
    const QByteArray upgraded = sha256(file);
    const CliRun again = cli({ u"upgrade"_s, file });
    QVERIFY2(again.exitCode == 0 && again.out.contains("up to date") && again.out.contains("nothing was changed"),
        again.out.constData());
    QCOMPARE(sha256(file), upgraded);
}

void TestCliConventions::fullDisk_reportAndExport_removeTheirFiles_sayNoSpace()
{
    QTemporaryDir dir;
    const QString disk = dir.filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(disk));
    if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=256k,mode=0700") != 0)
        QSKIP("this process may not mount a small tmpfs: a full disk cannot be made");
    const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(disk).constData(), MNT_DETACH); });
    const QByteArray before = sha256(m_demo);

    // 30 summaries of ~50 KB each do not fit in 256 KB: the batch stops and takes back what it wrote.
    const CliRun all = cli({ u"report"_s, m_demo, u"--all"_s, u"--out"_s, disk + u"/summaries"_s });
    QCOMPARE(all.exitCode, 1);
    QVERIFY2(all.err.contains("No space left on device") && !all.err.contains("Unknown error"), all.err.constData());
    QCOMPARE(everythingIn(disk), QStringList());

    // What is left after a filler: less than one summary, and less than the export.
    {
        QFile filler(disk + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        filler.close();
        QVERIFY(QFile::resize(filler.fileName(), filler.size() - 12 * 1024));
    }
    const QString people = path(u"full-people.csv"_s);
    QCOMPARE(cli({ u"export"_s, m_demo, u"--people"_s, people }).exitCode, 0);
    const QByteArray email = fileBytes(people).split('\n').value(1).split(',').value(1);
    const CliRun one = cli({ u"report"_s, m_demo, u"--person"_s, QString::fromUtf8(email), u"--out"_s, disk + u"/one.pdf"_s });
    QCOMPARE(one.exitCode, 1);
    QVERIFY2(one.err.contains("No space left on device"), one.err.constData());
    const CliRun exported = cli({ u"export"_s, m_demo, u"--observations"_s, disk + u"/observations.csv"_s });
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains("No space left on device") && !exported.err.contains("Unknown error"),
        exported.err.constData());
    QCOMPARE(everythingIn(disk), QStringList { u"filler"_s });
    QCOMPARE(sha256(m_demo), before);
}

void TestCliConventions::unwritableFolder_reportAndExport_sayPermissionDenied()
{
    QStringList asUser;
    if (::geteuid() == 0) {
        const QString runuser = QStandardPaths::findExecutable(u"runuser"_s);
        if (runuser.isEmpty())
            QSKIP("running as root without runuser: file permissions cannot be tried");
        asUser = { runuser, u"-u"_s, u"nobody"_s, u"--"_s };
    }
    QTemporaryDir dir;
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    const QString file = dir.filePath(u"team.peerradar"_s);
    QVERIFY(QFile::copy(m_demo, file));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString closed = dir.filePath(u"closed"_s);
    QVERIFY(QDir().mkpath(closed));
    QVERIFY(QFile::setPermissions(closed, readable));
    QVERIFY(QFile::setPermissions(dir.path(), readable));
    const QByteArray before = sha256(file);
    const auto run = [&](const QStringList& arguments) {
        QProcess process;
        const QStringList command = asUser + QStringList { qEnvironmentVariable("PEERRADAR_CLI") } + arguments;
        process.start(command.first(), command.mid(1));
        process.waitForFinished(120000);
        return std::pair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
    };
    const QString people = path(u"closed-people.csv"_s);
    QCOMPARE(cli({ u"export"_s, m_demo, u"--people"_s, people }).exitCode, 0);
    const QString team = QString::fromUtf8(fileBytes(people).split('\n').value(1).split(',').value(2));
    QVERIFY(!team.isEmpty());
    const QList<QStringList> writers {
        { u"report"_s, file, u"--all"_s, u"--out"_s, closed + u"/summaries"_s },
        { u"report"_s, file, u"--team"_s, team, u"--out"_s, closed + u"/team.pdf"_s },
        { u"export"_s, file, u"--people"_s, closed + u"/people.csv"_s },
    };
    for (const QStringList& arguments : writers) {
        const auto [code, said] = run(arguments);
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(u"Permission denied"_s) && !said.contains(u"Unknown error"_s), qPrintable(said));
        QCOMPARE(everythingIn(closed), QStringList());
    }
    QCOMPARE(sha256(file), before);
    QVERIFY(QFile::setPermissions(dir.path(), readable | QFileDevice::WriteOwner));
}

QTEST_GUILESS_MAIN(TestCliConventions)
#include "tst_cli_conventions.moc"
