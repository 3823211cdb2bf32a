// Hostile CSV files for both importers, beyond the bad rows of tst_import_export: broken encodings,
// NUL bytes, a quote left open at the very end, huge fields, binary files, a UTF-16 file, absurd
// column counts. Each is refused with a message that names the line and says what to do, and every
// table of the file is exactly as before. The fuzz corpora of the CSV reader and the importers are
// replayed here too, so that every crash the fuzzer found stays a regression case without clang.
#include "TestSupport.h"

#include "../fuzz/FuzzChecks.h"
#include "io/OrgCsv.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QProcess>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray peopleHeader = "name,email,team,manager_email,role\n";
const QByteArray observationsHeader = "date,observer_email,subject_email,behavior,impact,situation,action,result\n";
const QByteArray goodPeople = "Ann Lead,ann@example.com,Core,,manager\n"
                              "Bob Peer,bob@example.com,Core,ann@example.com,member\n";
const QByteArray goodObservation = "2025-01-02,ann@example.com,bob@example.com,influence,3,,,\n";

ImportOutcome importBytes(Database& db, const QByteArray& bytes, bool people)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return people ? importPeopleCsv(db, &buffer) : importObservationsCsv(db, &buffer);
}

QByteArray utf16(const QString& text)
{
    return QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

QString describe(const ImportOutcome& outcome)
{
    return outcome.ok() ? u"accepted"_s : outcome.error->message + u" | "_s + describeProblems(outcome.problems, 5);
}

} // namespace

class TestHostileCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileFile_refusedWithClearMessage_changesNothing_data();
    void hostileFile_refusedWithClearMessage_changesNothing();
    void tenMegabyteNote_refusedAsTooLong_notAsUnreadable();
    void cliImport_hostileFiles_oneLineMessage_fileBytesIdentical();
    void fuzzCorpus_csvReader_replays();
    void fuzzCorpus_import_replays();
};

void TestHostileCsv::hostileFile_refusedWithClearMessage_changesNothing_data()
{
    QTest::addColumn<bool>("people");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("line"); // the line the first problem names
    QTest::addColumn<QString>("column"); // its column, empty for a problem of the whole line
    QTest::addColumn<QString>("hint"); // a word of the message that tells the user what is wrong

    const QByteArray tenMegabytes(10 * 1024 * 1024, 'x');
    const QByteArray seventeenMegabytes(17 * 1024 * 1024, 'x');
    for (const bool people : { true, false }) {
        const QByteArray header = people ? peopleHeader : observationsHeader;
        const QByteArray good = people ? goodPeople.left(goodPeople.indexOf('\n') + 1) : goodObservation;
        const QByteArray firstField = people ? "Cy Peer" : "2025-01-02";
        const QByteArray rest = people ? ",cy@example.com,Core,,member\n"
                                       : ",ann@example.com,bob@example.com,influence,3,,,\n";
        const char* kind = people ? "people" : "observations";
        auto row = [&](const char* name) -> QTestData& { return QTest::newRow(qPrintable(u"%1: %2"_s.arg(QLatin1String(kind), QLatin1String(name)))); };

        row("empty file") << people << QByteArray() << qint64(1) << QString() << u"empty"_s;
        row("only a byte-order mark") << people << QByteArray("\xEF\xBB\xBF") << qint64(1) << QString() << u"empty"_s;
        row("UTF-16 file") << people << utf16(QString::fromLatin1(header + good))
                           << qint64(1) << QString() << u"UTF-8"_s;
        row("invalid UTF-8 in a field") << people << header + good + "Caf\xE9" + rest << qint64(3) << QString()
                                        << u"UTF-8"_s;
        row("overlong UTF-8 encoding of a slash") << people << header + good + "a\xC0\xAF" + rest << qint64(3)
                                                  << QString() << u"UTF-8"_s;
        row("UTF-8 surrogate half") << people << header + good + "a\xED\xA0\x80" + rest << qint64(3) << QString()
                                    << u"UTF-8"_s;
        row("NUL byte in a field") << people << header + good + firstField + QByteArray("\0", 1) + rest << qint64(3)
                                   << QString() << u"NUL"_s;
        row("NUL byte in a quoted field") << people << header + good + '"' + firstField + QByteArray("\0", 1) + '"' + rest
                                          << qint64(3) << QString() << u"NUL"_s;
        row("quote left open at the end of the file") << people << header + good + firstField + rest.chopped(1) + ",\"open"
                                                      << qint64(3) << QString() << u"never closed"_s;
        row("lone quote as the last byte") << people << header + good + '"' << qint64(3) << QString()
                                           << u"never closed"_s;
        row("17 MB field") << people << header + good + '"' + seventeenMegabytes + '"' + rest << qint64(3)
                           << QString() << u"MB"_s;
        row("binary file") << people << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << qint64(1) << QString()
                           << QString();
        row("10,000 columns") << people << header + good + QByteArray(10000, ',') + '\n' << qint64(3) << QString()
                              << u"column"_s;
        row("header repeated as a row") << people << header + good + header << qint64(3) << QString() << QString();
        if (people) {
            row("10 MB name") << people << header + good + tenMegabytes + rest << qint64(3) << u"name"_s
                              << u"too long"_s;
            row("10 MB email") << people << header + good + "Cy," + tenMegabytes + "@example.com,,,\n" << qint64(3)
                               << u"email"_s << QString();
            row("10 MB team name") << people << header + good + "Cy,cy@example.com," + tenMegabytes + ",,\n"
                                   << qint64(3) << u"team"_s << u"too long"_s;
        } else {
            row("10 MB unquoted situation") << people << header + good + "2025-01-02,ann@example.com,bob@example.com,influence,3,"
                    + tenMegabytes + ",,\n" << qint64(3) << u"situation"_s << u"characters"_s;
            row("10 MB impact") << people << header + good + "2025-01-02,ann@example.com,bob@example.com,influence,"
                    + QByteArray(10 * 1024 * 1024, '3') + ",,,\n" << qint64(3) << u"impact"_s << u"whole number"_s;
            row("10 MB behavior key") << people << header + good + "2025-01-02,ann@example.com,bob@example.com,"
                    + tenMegabytes + ",3,,,\n" << qint64(3) << u"behavior"_s << QString();
            row("impact with sign and spaces") << people << header + good + "2025-01-02,ann@example.com,bob@example.com,influence, +3e0 ,,,\n"
                                               << qint64(3) << u"impact"_s << u"whole number"_s;
            row("impact in another script") << people << header + good + "2025-01-02,ann@example.com,bob@example.com,influence,\xD9\xA3,,,\n"
                                            << qint64(3) << u"impact"_s << u"whole number"_s;
            row("date in another script") << people << header + good + "\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA5-01-02,ann@example.com,bob@example.com,influence,3,,,\n"
                                          << qint64(3) << u"date"_s << u"YYYY-MM-DD"_s;
            row("10 MB date") << people << header + good + tenMegabytes + ",ann@example.com,bob@example.com,influence,3,,,\n"
                              << qint64(3) << u"date"_s << u"YYYY-MM-DD"_s;
            row("10 MB observer email") << people << header + good + "2025-01-02," + tenMegabytes + "@example.com,bob@example.com,influence,3,,,\n"
                                        << qint64(3) << u"observer_email"_s << u"Nobody"_s;
            row("year zero") << people << header + good + "0000-01-02,ann@example.com,bob@example.com,influence,3,,,\n"
                             << qint64(3) << u"date"_s << QString();
            row("email differing by a look-alike letter") << people << header + good + "2025-01-02,\xD0\xB0nn@example.com,bob@example.com,influence,3,,,\n"
                                                          << qint64(3) << u"observer_email"_s << u"Nobody"_s;
        }
    }
}

void TestHostileCsv::hostileFile_refusedWithClearMessage_changesNothing()
{
    QFETCH(bool, people);
    QFETCH(QByteArray, csv);
    QFETCH(qint64, line);
    QFETCH(QString, column);
    QFETCH(QString, hint);
    TempDatabase t;
    QVERIFY(importBytes(t.db(), peopleHeader + goodPeople, true).ok());
    QVERIFY(importBytes(t.db(), observationsHeader + goodObservation + goodObservation, false).ok());
    const QByteArray before = fuzz::databaseChecksum(t.db());
    QVERIFY2(!before.startsWith("unreadable"), before.constData());

    const ImportOutcome outcome = importBytes(t.db(), csv, people);
    QVERIFY2(!outcome.ok(), "the hostile file was accepted");
    QCOMPARE(outcome.error->code, ErrorCode::BadCsv);
    QVERIFY(!outcome.error->message.isEmpty());
    QVERIFY(!outcome.problems.isEmpty());
    const CsvProblem& first = outcome.problems.constFirst();
    QVERIFY2(first.line == line, qPrintable(describe(outcome)));
    if (!column.isEmpty())
        QVERIFY2(first.column == column, qPrintable(describe(outcome)));
    QVERIFY2(!first.message.isEmpty(), qPrintable(describe(outcome)));
    if (!hint.isEmpty())
        QVERIFY2(first.message.contains(hint, Qt::CaseInsensitive), qPrintable(describe(outcome)));
    // A message for a person, not megabytes of echoed input.
    QVERIFY2(describeProblems(outcome.problems).size() < 4000, qPrintable(describe(outcome).left(300)));
    QCOMPARE(fuzz::databaseChecksum(t.db()), before);
}

void TestHostileCsv::tenMegabyteNote_refusedAsTooLong_notAsUnreadable()
{
    // A 10 MB quoted note spread over many lines: the reader takes it (it is valid CSV), the rule on
    // note length refuses it, and the problem names the line where the record starts.
    TempDatabase t;
    QVERIFY(importBytes(t.db(), peopleHeader + goodPeople, true).ok());
    const QByteArray before = fuzz::databaseChecksum(t.db());
    QByteArray note;
    note.reserve(10 * 1024 * 1024 + 100);
    while (note.size() < 10 * 1024 * 1024)
        note += "A line of a very long note, with \"\"quotes\"\" and commas.\n";
    const QByteArray csv = observationsHeader + goodObservation + "2025-01-02,ann@example.com,bob@example.com,influence,3,\""
        + note + "\",,\n" + goodObservation;
    const ImportOutcome outcome = importBytes(t.db(), csv, false);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems.front().line, 3);
    QCOMPARE(outcome.problems.front().column, u"situation"_s);
    QVERIFY2(outcome.problems.front().message.contains(u"keep it under"_s), qPrintable(outcome.problems.front().message));
    QCOMPARE(fuzz::databaseChecksum(t.db()), before);
}

void TestHostileCsv::cliImport_hostileFiles_oneLineMessage_fileBytesIdentical()
{
    // The same refusals through peerradar-cli, where the file is closed between runs: its bytes are
    // compared, and no side file may be left beside it. In a server run, into a database on the
    // server: its content is compared.
    const QString cliPath = qEnvironmentVariable("PEERRADAR_CLI");
    if (cliPath.isEmpty() || !QFile::exists(cliPath))
        QSKIP("PEERRADAR_CLI does not name peerradar-cli");
    QTemporaryDir csvDir;
    TempDatabase t;
    QVERIFY(importBytes(t.db(), peopleHeader + goodPeople, true).ok());
    QVERIFY(importBytes(t.db(), observationsHeader + goodObservation, false).ok());
    const QByteArray content = fuzz::databaseChecksum(t.db());
    QVERIFY2(!content.startsWith("unreadable"), content.constData());
    t.close();
    const QString file = t.path();
    const QByteArray before = fileBytes(file); // empty for a server: compared all the same
    const QList<std::pair<QByteArray, QByteArray>> cases = {
        { "--observations", observationsHeader + goodObservation + QByteArray("2025-01-02\0,ann@example.com,,,,,,\n", 34) },
        { "--observations", observationsHeader + goodObservation + "2025-01-02,ann@example.com,bob@example.com,influence,6,,,\n" },
        { "--observations", observationsHeader + goodObservation + "2025-01-02,who@example.com,bob@example.com,influence,3,,,\n" },
        { "--observations", observationsHeader + "2025-01-02,ann@example.com,bob@example.com,influence,3,\"open" },
        { "--observations", observationsHeader + "2025-01-02,ann@example.com,bob@example.com,influence,3,"
                + QByteArray(10 * 1024 * 1024, 'n') + ",,\n" },
        { "--people", peopleHeader + "Caf\xE9,cafe@example.com,,,\n" },
        { "--people", "name,email\nA,a@example.com\n" },
    };
    for (const auto& [option, csv] : cases) {
        const QString csvPath = csvDir.filePath(u"hostile.csv"_s);
        writeFile(csvPath, csv);
        QProcess process;
        process.start(cliPath, { u"import"_s, file, QString::fromLatin1(option), csvPath });
        QVERIFY(process.waitForFinished(120000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 1);
        // One line that says why, then each problem on its own line, named by row and line.
        const QList<QByteArray> lines = err.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, err.constData());
        QVERIFY2(lines.first().startsWith("peerradar-cli: The import was refused"), err.constData());
        for (const QByteArray& problem : lines.mid(1))
            QVERIFY2(problem.startsWith("Row ") && problem.contains("(line "), err.constData());
        QVERIFY2(err.size() < 2000, err.left(300).constData());
        QCOMPARE(fileBytes(file), before);
        QFile::remove(csvPath);
        if (!serverRun())
            QCOMPARE(QDir(t.dir()).entryList(QDir::Files), QStringList { u"team.peerradar"_s });
    }
    QVERIFY(t.reopen());
    QCOMPARE(fuzz::databaseChecksum(t.db()), content);
}

void TestHostileCsv::fuzzCorpus_csvReader_replays()
{
    const QString corpus = fuzz::corpusPath(u"csv_reader"_s);
    QVERIFY2(!corpus.isEmpty(), "tests/fuzz/corpus/csv_reader is missing (PEERRADAR_FUZZ_CORPUS is set by ctest)");
    int files = 0;
    for (QDirIterator it(corpus, QDir::Files); it.hasNext(); ++files)
        fuzz::checkCsvReader(fileBytes(it.next()));
    QVERIFY(files >= 5);
}

void TestHostileCsv::fuzzCorpus_import_replays()
{
    const QString corpus = fuzz::corpusPath(u"import"_s);
    QVERIFY2(!corpus.isEmpty(), "tests/fuzz/corpus/import is missing (PEERRADAR_FUZZ_CORPUS is set by ctest)");
    fuzz::ImportHarness harness;
    int files = 0;
    for (QDirIterator it(corpus, QDir::Files); it.hasNext(); ++files)
        harness.run(fileBytes(it.next()));
    QVERIFY(files >= 5);
}

QTEST_GUILESS_MAIN(TestHostileCsv)
#include "tst_hostile_csv.moc"
