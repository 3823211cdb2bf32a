// The command-line companion, run as a user would run it: exit codes, messages, files, and the
// profile JSON checked against figures computed independently from the exported CSV. In a server run
// the organisations the commands work on are databases on the test server (merge sources stay files).
#include "CliRunner.h"
#include "TestSupport.h"

#include "io/Csv.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <map>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

Run cli(const QStringList& arguments)
{
    return runCli(arguments);
}

QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(fields))
        rows << fields;
    return rows;
}

// One group's figures as docs/statistics.md defines them: each observer's observations are averaged
// first (their view); the mean and sd are those of the views.
struct Figures
{
    int n = 0;
    QHash<QString, std::pair<int, double>> observers; // count, sum of impacts

    void add(const QString& observer, int impact)
    {
        ++n;
        auto& own = observers[observer];
        own.first += 1;
        own.second += impact;
    }
    QList<double> views() const
    {
        QList<double> result;
        for (const auto& [count, sum] : observers)
            result << sum / count;
        return result;
    }
    double mean() const
    {
        double total = 0;
        for (double v : views())
            total += v;
        return total / double(observers.size());
    }
    double sd() const
    {
        const double m = mean();
        double squares = 0;
        for (double v : views())
            squares += (v - m) * (v - m);
        return std::sqrt(squares / double(observers.size() - 1));
    }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noArguments_isUsageError();
    void unknownCommand_isUsageError();
    void init_createsFileThatChecksOk();
    void init_refusesExistingFileUntouched();
    void check_notOurFile_failsWithOneLine();
    void demo_hasExactCountsAndSameSeedGivesSameData();
    void exportImportExport_isByteIdentical();
    void profileJson_agreesWithFiguresFromExportedCsv();
    void profile_unknownPerson_fails();
    void team_json_hasRadarAndMembers();
    void report_needsExactlyOneTarget();
    void report_all_writesOnePdfPerPersonAndTeam_withProgressOnStderr();
    void merge_conflicts_exitOneListEachAndChangeNothing();
    void merge_preferTarget_bringsTheRestAndAgainChangesNothing();
    void merge_badCommandLine_isUsageError_data();
    void merge_badCommandLine_isUsageError();
    void merge_refusedSource_exitsOneAndChangesNothing_data();
    void merge_refusedSource_exitsOneAndChangesNothing();
    void profile_leniencyCorrection_onGivesAdjustedMeanInJsonAndText_offNone();

private:
    // Where the organisation called `name` lives: a file in the test folder, or in a server run a
    // new database on the test server (made on first use).
    QString location(const QString& name);
    // As the commands' messages name it: the file's name, or the database's name on the server.
    QString shownName(const QString& name) const;
    // A small demo organisation; a merge's source is always a file.
    QString smallDemo(const QString& name, int seed, bool mergeSource = false);
    QByteArray exportedObservations(const QString& file);
    QByteArray exported(const QString& location, const char* what);

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<ServerDatabase>> m_servers;
    QSet<QString> m_demos; // smallDemo's, made already
    QString m_demo;
    int m_exports = 0;
};

QString TestCli::location(const QString& name)
{
    if (!serverRun())
        return m_dir.filePath(name);
    auto& server = m_servers[name];
    if (!server)
        server = std::make_unique<ServerDatabase>();
    return server->url();
}

QString TestCli::shownName(const QString& name) const
{
    const auto server = m_servers.find(name);
    return server != m_servers.end() ? server->second->name() : name;
}

QByteArray TestCli::exported(const QString& location, const char* what)
{
    const QString csv = m_dir.filePath(u"export-%1.csv"_s.arg(++m_exports));
    const Run run = cli({ QStringLiteral("export"), location, u"--"_s + QString::fromLatin1(what), csv });
    return run.exitCode == 0 ? fileBytes(csv) : QByteArray();
}

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PEERRADAR_CLI")), "PEERRADAR_CLI must name the peerradar-cli binary");
    m_demo = location(QStringLiteral("demo.peerradar"));
    const Run run = cli({ QStringLiteral("demo"), m_demo, QStringLiteral("--people"), QStringLiteral("60"),
        QStringLiteral("--observations"), QStringLiteral("6000"), QStringLiteral("--seed"), QStringLiteral("7") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCli::noArguments_isUsageError()
{
    const Run run = cli({});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("peerradar-cli: "));
}

void TestCli::unknownCommand_isUsageError()
{
    const Run run = cli({ QStringLiteral("frobnicate"), m_demo });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("unknown command"));
}

void TestCli::init_createsFileThatChecksOk()
{
    const QString path = location(QStringLiteral("new.peerradar"));
    QCOMPARE(cli({ QStringLiteral("init"), path }).exitCode, 0);
    const Run check = cli({ QStringLiteral("check"), path });
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains("OK"), check.out.constData());
    QVERIFY(check.out.contains("0 people"));
}

void TestCli::init_refusesExistingFileUntouched()
{
    PR_FILE_ONLY("about a file that is not PeerRadar's; server-init into a database with tables: tst_server_backend");
    const QString path = m_dir.filePath(QStringLiteral("thesis.txt"));
    writeFile(path, "chapter one\n");
    const Run run = cli({ QStringLiteral("init"), path });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("already exists"));
    QCOMPARE(fileBytes(path), QByteArray("chapter one\n"));
}

void TestCli::check_notOurFile_failsWithOneLine()
{
    PR_FILE_ONLY("about bytes in a file; a server database without PeerRadar's tables: tst_server_backend");
    const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
    writeFile(path, QByteArray("\xff\xd8\xff\xe0 not a database", 20));
    const QByteArray before = fileBytes(path);
    const Run run = cli({ QStringLiteral("check"), path });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("not a PeerRadar file"));
    QCOMPARE(fileBytes(path), before);
}

void TestCli::demo_hasExactCountsAndSameSeedGivesSameData()
{
    const Run check = cli({ QStringLiteral("check"), m_demo });
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains("60 people, 6000 observations"), check.out.constData());

    const QString again = location(QStringLiteral("again.peerradar"));
    QCOMPARE(cli({ QStringLiteral("demo"), again, QStringLiteral("--people"), QStringLiteral("60"),
                     QStringLiteral("--observations"), QStringLiteral("6000"), QStringLiteral("--seed"),
                     QStringLiteral("7") })
                 .exitCode,
        0);
    const QString other = location(QStringLiteral("other.peerradar"));
    QCOMPARE(cli({ QStringLiteral("demo"), other, QStringLiteral("--people"), QStringLiteral("60"),
                     QStringLiteral("--observations"), QStringLiteral("6000"), QStringLiteral("--seed"),
                     QStringLiteral("8") })
                 .exitCode,
        0);
    QVERIFY(!exported(m_demo, "observations").isEmpty());
    QCOMPARE(exported(again, "observations"), exported(m_demo, "observations"));
    QCOMPARE(exported(again, "people"), exported(m_demo, "people"));
    QVERIFY(exported(other, "observations") != exported(m_demo, "observations"));
}

void TestCli::exportImportExport_isByteIdentical()
{
    const QString people = m_dir.filePath(QStringLiteral("rt-people.csv"));
    const QString observations = m_dir.filePath(QStringLiteral("rt-observations.csv"));
    QCOMPARE(cli({ QStringLiteral("export"), m_demo, QStringLiteral("--people"), people }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("export"), m_demo, QStringLiteral("--observations"), observations }).exitCode, 0);
    const QString copy = location(QStringLiteral("copy.peerradar"));
    QCOMPARE(cli({ QStringLiteral("init"), copy }).exitCode, 0);
    Run run = cli({ QStringLiteral("import"), copy, QStringLiteral("--people"), people });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({ QStringLiteral("import"), copy, QStringLiteral("--observations"), observations });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString people2 = m_dir.filePath(QStringLiteral("rt-people2.csv"));
    const QString observations2 = m_dir.filePath(QStringLiteral("rt-observations2.csv"));
    QCOMPARE(cli({ QStringLiteral("export"), copy, QStringLiteral("--people"), people2 }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("export"), copy, QStringLiteral("--observations"), observations2 }).exitCode, 0);
    QCOMPARE(fileBytes(people2), fileBytes(people));
    QCOMPARE(fileBytes(observations2), fileBytes(observations));
    QCOMPARE(readCsv(observations).size(), 6001);
}

// Done-when of the core issue: the statistics that `profile --json` prints agree with the same
// figures computed here, independently, from the exported CSVs; suppressed groups carry no figures.
void TestCli::profileJson_agreesWithFiguresFromExportedCsv()
{
    const QString peopleCsv = m_dir.filePath(QStringLiteral("indep-people.csv"));
    const QString observationsCsv = m_dir.filePath(QStringLiteral("indep-observations.csv"));
    QCOMPARE(cli({ QStringLiteral("export"), m_demo, QStringLiteral("--people"), peopleCsv }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("export"), m_demo, QStringLiteral("--observations"), observationsCsv }).exitCode, 0);
    const QList<QStringList> people = readCsv(peopleCsv);
    const QList<QStringList> observations = readCsv(observationsCsv);
    QVERIFY(people.size() == 61);
    QHash<QString, QString> teamOf, managerOf;
    for (const QStringList& p : people.mid(1)) {
        teamOf.insert(p.at(1), p.at(2));
        managerOf.insert(p.at(1), p.at(3));
    }
    auto groupOf = [&](const QString& observer, const QString& subject) {
        if (observer == subject)
            return QStringLiteral("self");
        if (managerOf.value(subject) == observer)
            return QStringLiteral("manager");
        if (managerOf.value(observer) == subject)
            return QStringLiteral("direct_report");
        if (!teamOf.value(observer).isEmpty() && teamOf.value(observer) == teamOf.value(subject))
            return QStringLiteral("peer");
        return QStringLiteral("other");
    };

    int checkedFigures = 0;
    int checkedSuppressed = 0;
    for (int i = 1; i < people.size(); i += 6) {
        const QString email = people.at(i).at(1);
        // subject's figures: [behavior][group], "others" = every group but self
        QHash<QString, QHash<QString, Figures>> figures;
        for (const QStringList& o : observations.mid(1)) {
            if (o.at(2) != email)
                continue;
            const QString group = groupOf(o.at(1), o.at(2));
            figures[o.at(3)][group].add(o.at(1), o.at(4).toInt());
            if (group != QLatin1String("self"))
                figures[o.at(3)][QStringLiteral("others")].add(o.at(1), o.at(4).toInt());
        }
        const Run run = cli({ QStringLiteral("profile"), m_demo, QStringLiteral("--person"), email, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"person"_s).toObject().value(u"email"_s).toString(), email);
        const int k = json.value(u"anonymity_threshold"_s).toInt();
        QCOMPARE(k, 3);
        for (const QJsonValue& b : json.value(u"behaviors"_s).toArray()) {
            const QJsonObject behavior = b.toObject();
            const QString key = behavior.value(u"key"_s).toString();
            auto check = [&](const QString& group, const QJsonValue& stats) {
                const Figures expected = figures.value(key).value(group);
                if (expected.n == 0) {
                    QVERIFY2(stats.isNull(), qPrintable(email + u' ' + key + u' ' + group));
                    return;
                }
                const QJsonObject s = stats.toObject();
                const bool anonymous = group != QLatin1String("self") && group != QLatin1String("manager");
                if (s.value(u"suppressed"_s).toBool()) {
                    QVERIFY(anonymous);
                    QVERIFY2(!s.contains(u"mean"_s) && !s.contains(u"observations"_s) && !s.contains(u"sd"_s),
                        "a suppressed group carries no figures");
                    ++checkedSuppressed;
                    return;
                }
                if (anonymous)
                    QVERIFY2(expected.observers.size() >= k, qPrintable(email + u' ' + key + u' ' + group));
                QCOMPARE(s.value(u"observations"_s).toInt(), expected.n);
                QCOMPARE(s.value(u"observers"_s).toInt(), int(expected.observers.size()));
                QVERIFY(std::abs(s.value(u"mean"_s).toDouble() - expected.mean()) < 1e-4);
                // One observer: that person's view, without spread or interval; more: an interval
                // inside the scale that is never zero wide.
                if (expected.observers.size() >= 2) {
                    QVERIFY(std::abs(s.value(u"sd"_s).toDouble() - expected.sd()) < 1e-4);
                    const QJsonArray ci = s.value(u"ci95"_s).toArray();
                    QVERIFY(ci.at(0).toDouble() >= 1.0 && ci.at(1).toDouble() <= 5.0);
                    QVERIFY(ci.at(0).toDouble() <= expected.mean() + 1e-4 && expected.mean() - 1e-4 <= ci.at(1).toDouble());
                    QVERIFY(ci.at(1).toDouble() > ci.at(0).toDouble());
                } else {
                    QVERIFY(s.value(u"sd"_s).isNull() && s.value(u"ci95"_s).isNull());
                }
                ++checkedFigures;
            };
            check(QStringLiteral("others"), behavior.value(u"others"_s));
            const QJsonObject groups = behavior.value(u"groups"_s).toObject();
            for (const QString& group : { u"self"_s, u"manager"_s, u"peer"_s, u"direct_report"_s, u"other"_s })
                check(group, groups.value(group));
        }
    }
    QVERIFY2(checkedFigures > 50, qPrintable(QString::number(checkedFigures)));
    QVERIFY2(checkedSuppressed > 0, "the demo should have some groups under the threshold");
}

void TestCli::profile_unknownPerson_fails()
{
    const Run run = cli({ QStringLiteral("profile"), m_demo, QStringLiteral("--person"), QStringLiteral("nobody@example.com"),
        QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("nobody@example.com"));
    QVERIFY(run.out.isEmpty());
}

void TestCli::team_json_hasRadarAndMembers()
{
    const QList<QStringList> people = [&] {
        const QString csv = m_dir.filePath(QStringLiteral("team-people.csv"));
        cli({ QStringLiteral("export"), m_demo, QStringLiteral("--people"), csv });
        return readCsv(csv);
    }();
    QVERIFY(people.size() > 10);
    const QString team = people.at(people.size() - 1).at(2);
    int members = 0;
    for (const QStringList& p : people.mid(1))
        members += p.at(2) == team ? 1 : 0;
    const Run run = cli({ QStringLiteral("team"), m_demo, QStringLiteral("--team"), team, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(!json.isEmpty(), run.out.left(200).constData());
    QCOMPARE(json.value(u"members"_s).toArray().size(), members);
    QCOMPARE(json.value(u"radar"_s).toArray().size(), 6);
}

void TestCli::report_needsExactlyOneTarget()
{
    const QString out = m_dir.filePath(u"x.pdf"_s);
    QCOMPARE(cli({ u"report"_s, m_demo, u"--out"_s, out }).exitCode, 2);
    QCOMPARE(cli({ u"report"_s, m_demo, u"--all"_s, u"--team"_s, u"Data"_s, u"--out"_s, out }).exitCode, 2);
    QCOMPARE(cli({ u"report"_s, m_demo, u"--person"_s, u"a@example.com"_s }).exitCode, 2);
    const Run unknown = cli({ u"report"_s, m_demo, u"--person"_s, u"nobody@example.com"_s, u"--out"_s, out });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!QFile::exists(out));
}

void TestCli::report_all_writesOnePdfPerPersonAndTeam_withProgressOnStderr()
{
    const QString folder = m_dir.filePath(u"summaries"_s);
    const Run run = cli({ u"report"_s, m_demo, u"--all"_s, u"--out"_s, folder, u"--author"_s, u"Hana HR"_s });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("100%"), run.err.constData());
    int persons = 0, teams = 0, mostPages = 0;
    QDirIterator it(folder, { u"*.pdf"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool team = QFileInfo(path).dir() == QDir(folder);
        (team ? teams : persons) += 1;
        QVERIFY(fileBytes(path).startsWith("%PDF-"));
        // Every summary names its author; a person's (100 observations each here) fits in three
        // pages: notes are capped per behavior.
        QProcess info;
        info.start(u"pdfinfo"_s, { path });
        QVERIFY(info.waitForFinished(30000));
        const QString said = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(said.contains(u"Author:          Hana HR\n"_s), qPrintable(said));
        static const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
        const int count = pages.match(said).captured(1).toInt();
        QVERIFY2(count >= 1, qPrintable(said));
        if (!team)
            mostPages = std::max(mostPages, count);
    }
    QVERIFY2(mostPages <= 3, qPrintable(QString::number(mostPages)));
    QCOMPARE(persons, 60);
    QVERIFY(teams >= 7);
    QVERIFY(run.out.contains(QByteArray(QByteArray::number(persons) + " person")));
}

// Two small demo organisations: the same team names with other managers, other people.
QString TestCli::smallDemo(const QString& name, int seed, bool mergeSource)
{
    const QString path = mergeSource ? m_dir.filePath(name) : location(name);
    if (!m_demos.contains(name)) {
        m_demos.insert(name);
        const Run run = cli({ u"demo"_s, path, u"--people"_s, u"20"_s, u"--observations"_s, u"300"_s, u"--seed"_s,
            QString::number(seed) });
        if (run.exitCode != 0)
            return {};
    }
    return path;
}

QByteArray TestCli::exportedObservations(const QString& file)
{
    const QString csv = m_dir.filePath(u"merge-export.csv"_s);
    QFile::remove(csv);
    const Run run = cli({ u"export"_s, file, u"--observations"_s, csv });
    return run.exitCode == 0 ? fileBytes(csv) : QByteArray();
}

void TestCli::merge_conflicts_exitOneListEachAndChangeNothing()
{
    const QString one = smallDemo(u"one.peerradar"_s, 1);
    const QString two = smallDemo(u"two.peerradar"_s, 2, true);
    QVERIFY(!one.isEmpty() && !two.isEmpty());
    const QByteArray before = exportedObservations(one);
    const QByteArray sourceBytes = fileBytes(two);
    const Run run = cli({ u"merge"_s, one, two });
    QCOMPARE(run.exitCode, 1);
    // Every team has another manager in the other file: one line each, naming both.
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // both files have the same five teams: Leadership, People & Culture and three more
    QVERIFY2(lines.front().startsWith("Team \u201cLeadership\u201d: the manager is \u201c"), lines.front().constData());
    for (const QByteArray& line : lines)
        QVERIFY2(line.contains(QByteArray(" in " + shownName(u"one.peerradar"_s).toUtf8() + " but \u201c"))
                && line.endsWith(" in two.peerradar."),
            line.constData());
    QCOMPARE(run.err,
        "peerradar-cli: two.peerradar was not merged into " + shownName(u"one.peerradar"_s).toUtf8()
            + ": 5 items differ between the two "
              "files. Nothing was changed. Settle the conflicts listed above, or choose a side with --prefer "
              "target or --prefer source.\n");
    QCOMPARE(exportedObservations(one), before);
    QCOMPARE(fileBytes(two), sourceBytes);
}

void TestCli::merge_preferTarget_bringsTheRestAndAgainChangesNothing()
{
    const QString two = smallDemo(u"two.peerradar"_s, 2, true);
    const QString target = smallDemo(u"merged.peerradar"_s, 1); // the same organisation as one.peerradar
    const QByteArray targetName = shownName(u"merged.peerradar"_s).toUtf8();
    Run run = cli({ u"merge"_s, target, two, u"--prefer"_s, u"target"_s });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith(QByteArray("two.peerradar was merged into " + targetName + ".\n")), run.out.constData());
    QVERIFY2(run.out.contains("\nObservations: 300 added, 0 already present, 0 in conflict.\n"), run.out.constData());
    QVERIFY(run.out.contains(QByteArray("\nWhere the files differ, " + targetName + " was kept as it was.\n")));
    run = cli({ u"check"_s, target });
    QVERIFY2(run.out.contains(", 600 observations"), run.out.constData());
    const QByteArray merged = exportedObservations(target);
    run = cli({ u"merge"_s, target, two, u"--prefer"_s, u"target"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("\nObservations: 0 added, 300 already present, 0 in conflict.\n"), run.out.constData());
    QCOMPARE(exportedObservations(target), merged);
}

void TestCli::merge_badCommandLine_isUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("no source") << QStringList { u"merge"_s, u"one.peerradar"_s }
                               << QByteArray("name the TARGET file and at least one SOURCE file");
    QTest::newRow("unknown side") << QStringList { u"merge"_s, u"one.peerradar"_s, u"two.peerradar"_s, u"--prefer"_s, u"both"_s }
                                  << QByteArray("--prefer must be target or source");
}

void TestCli::merge_badCommandLine_isUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), run.err.constData());
}

void TestCli::merge_refusedSource_exitsOneAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("sources"); // file names in the test folder; TARGET is the target
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("not ours") << QStringList { u"notes.csv"_s } << QByteArray("notes.csv is not a PeerRadar file");
    QTest::newRow("the target") << QStringList { u"TARGET"_s } << QByteArray("is the file you are merging into");
    QTest::newRow("good, then not ours")
        << QStringList { u"two.peerradar"_s, u"notes.csv"_s }
        << QByteArray("not a PeerRadar file. PeerRadar left it unchanged; open a file that PeerRadar created. The files "
                      "named before it were not merged either: nothing was changed.");
}

void TestCli::merge_refusedSource_exitsOneAndChangesNothing()
{
    QFETCH(QStringList, sources);
    QFETCH(QByteArray, says);
    QVERIFY(!smallDemo(u"two.peerradar"_s, 2, true).isEmpty());
    writeFile(m_dir.filePath(u"notes.csv"_s), "date,observer_email\n");
    const QString target = smallDemo(u"refusing %1.peerradar"_s.arg(QString::fromLatin1(QTest::currentDataTag())), 1);
    QVERIFY(!target.isEmpty());
    const QByteArray before = exportedObservations(target);
    QStringList arguments { u"merge"_s, target, u"--prefer"_s, u"target"_s };
    for (const QString& source : sources)
        arguments << (source == u"TARGET" ? target : m_dir.filePath(source));
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QCOMPARE(exportedObservations(target), before);
}

void TestCli::profile_leniencyCorrection_onGivesAdjustedMeanInJsonAndText_offNone()
{
    const QString demo = m_demo;
    auto db = Database::open(demo);
    PR_VERIFY_OK(db);
    auto people = PeopleRepository(**db).all();
    PR_VERIFY_OK(people);
    const auto adjustedIn = [](const QJsonObject& json) {
        int numbers = 0;
        int keys = 0;
        for (const QJsonValue& b : json.value(u"behaviors"_s).toArray()) {
            QList<QJsonValue> figures { b.toObject().value(u"others"_s) };
            for (const QJsonValue& g : b.toObject().value(u"groups"_s).toObject())
                figures << g;
            for (const QJsonValue& f : figures) {
                keys += f.toObject().contains(u"adjusted_mean"_s);
                numbers += f.toObject().value(u"adjusted_mean"_s).isDouble();
            }
        }
        return std::pair { keys, numbers };
    };
    const auto profileOf = [&](const Person& p, bool json) {
        QStringList arguments { u"profile"_s, demo, u"--person"_s, p.email };
        if (json)
            arguments << u"--json"_s;
        return cli(arguments);
    };
    // Off (the default): no key at all, no "adj" in the text.
    int numbers = 0;
    for (const Person& p : people->mid(0, 8)) {
        const Run run = profileOf(p, true);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(adjustedIn(QJsonDocument::fromJson(run.out).object()).first, 0);
        QVERIFY(!profileOf(p, false).out.contains(" adj "));
    }
    DatabaseSettings on;
    on.leniencyCorrection = true;
    PR_VERIFY_OK(SettingsRepository(**db).save(on));
    int texts = 0;
    for (const Person& p : people->mid(0, 8)) {
        const Run run = profileOf(p, true);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        numbers += adjustedIn(QJsonDocument::fromJson(run.out).object()).second;
        const Run text = profileOf(p, false);
        texts += text.out.contains(" adj ");
        if (text.out.contains(" adj "))
            QVERIFY2(text.out.contains("Leniency correction on"), text.out.constData());
    }
    QVERIFY2(numbers > 5, qPrintable(QString::number(numbers)));
    QVERIFY(texts > 0);
    PR_VERIFY_OK(SettingsRepository(**db).save(DatabaseSettings {}));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
