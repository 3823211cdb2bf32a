// Crash safety of an import: `peerradar-cli import FILE --observations big.csv` is killed with
// SIGKILL at 30 moments spread over its run (from before it opened the file to after it finished).
// After every kill `peerradar-cli check FILE` passes, the file holds the whole import or none of
// it, and every row committed before the import is exactly as it was.
#include "CliRunner.h"
#include "TestSupport.h"

#include "io/Csv.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

Run cli(const QStringList& arguments)
{
    return runCli(arguments);
}

// What the file holds, in three parts: people and teams, the observations that were there before
// the import (id <= baseMaxId), and the ones added after it (without their fresh uuids and times).
struct State
{
    qint64 observations = -1;
    QByteArray org;
    QByteArray before;
    QByteArray added;
};

QByteArray hashOf(Database& db, const QString& sql, const QVariantList& values = {})
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto q = db.exec(sql, values);
    if (!q)
        return "query failed: " + q.error().detail.toUtf8();
    while (q->next()) {
        const int columns = q->record().count();
        for (int c = 0; c < columns; ++c) {
            hash.addData(q->value(c).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex();
}

State stateOf(const QString& path, qint64 baseMaxId)
{
    State state;
    auto opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened)
        return state;
    Database& db = **opened;
    auto count = db.exec(u"SELECT count(*) FROM observations"_s);
    if (count && count->next())
        state.observations = count->value(0).toLongLong();
    state.org = hashOf(db, u"SELECT id, uuid, name, email, team_id, manager_id, role FROM people ORDER BY id"_s)
        + hashOf(db, u"SELECT id, uuid, name, manager_id FROM teams ORDER BY id"_s);
    state.before = hashOf(db, u"SELECT * FROM observations WHERE id <= ? ORDER BY id"_s, { baseMaxId });
    state.added = hashOf(db,
        u"SELECT observer_id, subject_id, behavior_id, observed_on, impact, rater_group, situation, action, "
        "result FROM observations WHERE id > ? ORDER BY id"_s,
        { baseMaxId });
    return state;
}

void copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(to + QString::fromLatin1(suffix));
    writeFile(to, fileBytes(from));
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importKilledAtThirtyMoments_leavesAllOrNothingAndEarlierRowsIntact();

private:
    // Writes `rows` observations between the demo's people, built from the demo's own rows so that
    // every email and behavior key exists; notes vary so that no two rows are the same.
    void writeCsv(qint64 rows);
    // Runs the whole import once on a fresh copy; its duration in milliseconds.
    qint64 timeFullImport(State& after);

    QTemporaryDir m_dir;
    QString m_base;
    QString m_csv;
    QList<QStringList> m_templates;
    qint64 m_baseMaxId = 0;
    State m_baseState;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PEERRADAR_CLI")), "PEERRADAR_CLI must name the peerradar-cli binary");
    m_base = m_dir.filePath(u"base.peerradar"_s);
    const Run demo = cli({ u"demo"_s, m_base, u"--people"_s, u"40"_s, u"--observations"_s, u"3000"_s, u"--seed"_s,
        u"11"_s });
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const QString exported = m_dir.filePath(u"base.csv"_s);
    const Run exportRun = cli({ u"export"_s, m_base, u"--observations"_s, exported });
    QVERIFY2(exportRun.exitCode == 0, exportRun.err.constData());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList fields;
    QVERIFY(reader.readRecord(fields)); // header
    while (reader.readRecord(fields))
        m_templates << fields;
    QCOMPARE(m_templates.size(), 3000);

    auto opened = Database::open(m_base, Database::Access::ReadOnly);
    PR_VERIFY_OK(opened);
    auto maxId = (*opened)->exec(u"SELECT max(id) FROM observations"_s);
    PR_VERIFY_OK(maxId);
    QVERIFY(maxId->next());
    m_baseMaxId = maxId->value(0).toLongLong();
    opened = Error {};
    m_baseState = stateOf(m_base, m_baseMaxId);
    QCOMPARE(m_baseState.observations, 3000);
    m_csv = m_dir.filePath(u"big.csv"_s);
}

void TestCrashSafety::writeCsv(qint64 rows)
{
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    CsvWriter writer(&file);
    writer.writeRecord({ u"date"_s, u"observer_email"_s, u"subject_email"_s, u"behavior"_s, u"impact"_s,
        u"situation"_s, u"action"_s, u"result"_s });
    for (qint64 i = 0; i < rows; ++i) {
        QStringList row = m_templates.at(i % m_templates.size());
        row[4] = QString::number(1 + i % 5);
        row[5] = u"Crash-safety row %1: %2"_s.arg(i).arg(row.at(5));
        writer.writeRecord(row);
    }
    QVERIFY(writer.ok());
}

qint64 TestCrashSafety::timeFullImport(State& after)
{
    const QString copy = m_dir.filePath(u"timing.peerradar"_s);
    copyDatabase(m_base, copy);
    QElapsedTimer timer;
    timer.start();
    const Run run = cli({ u"import"_s, copy, u"--observations"_s, m_csv });
    const qint64 elapsed = timer.elapsed();
    if (run.exitCode != 0)
        qWarning("import failed: %s", run.err.constData());
    after = stateOf(copy, m_baseMaxId);
    return run.exitCode == 0 ? elapsed : -1;
}

void TestCrashSafety::importKilledAtThirtyMoments_leavesAllOrNothingAndEarlierRowsIntact()
{
    // Big enough that the import takes about a second and a half, in whatever build this runs.
    qint64 rows = 40000;
    writeCsv(rows);
    State whole;
    qint64 duration = timeFullImport(whole);
    QVERIFY(duration > 0);
    if (duration < 1000) {
        rows = qMin<qint64>(rows * 1500 / qMax<qint64>(duration, 50), 400000);
        writeCsv(rows);
        duration = timeFullImport(whole);
        QVERIFY(duration > 0);
    }
    qInfo("%lld rows imported in %lld ms", rows, duration);
    QCOMPARE(whole.observations, m_baseState.observations + rows);
    QCOMPARE(whole.org, m_baseState.org);
    QCOMPARE(whole.before, m_baseState.before);

    const QString target = m_dir.filePath(u"killed.peerradar"_s);
    constexpr int kills = 30;
    int none = 0, all = 0;
    for (int i = 0; i < kills; ++i) {
        // Half spread over the whole run, from the very start; half over its last 40% and a little
        // past the end, where the rows are written and committed.
        const qint64 delay = i < kills / 2 ? duration * i / (kills / 2)
                                           : duration * 6 / 10 + duration * 5 * (i - kills / 2) / (10 * (kills / 2 - 1));
        copyDatabase(m_base, target);
        QProcess process;
        QElapsedTimer timer;
        process.start(qEnvironmentVariable("PEERRADAR_CLI"), { u"import"_s, target, u"--observations"_s, m_csv });
        QVERIFY(process.waitForStarted());
        timer.start();
        while (timer.elapsed() < delay && process.state() == QProcess::Running)
            QThread::msleep(qMin<qint64>(5, delay - timer.elapsed() + 1));
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(60000));

        const Run check = cli({ u"check"_s, target });
        QVERIFY2(check.exitCode == 0,
            qPrintable(u"kill %1 after %2 ms: check failed: %3 %4"_s.arg(i).arg(delay).arg(
                QString::fromUtf8(check.out), QString::fromUtf8(check.err))));
        const State state = stateOf(target, m_baseMaxId);
        QCOMPARE(state.org, m_baseState.org);
        QCOMPARE(state.before, m_baseState.before);
        if (state.observations == m_baseState.observations) {
            QCOMPARE(state.added, m_baseState.added);
            ++none;
        } else {
            QVERIFY2(state.observations == whole.observations,
                qPrintable(u"kill %1 after %2 ms left %3 observations: neither %4 nor %5"_s.arg(i).arg(delay).arg(
                    state.observations).arg(m_baseState.observations).arg(whole.observations)));
            QCOMPARE(state.added, whole.added);
            ++all;
        }
    }
    qInfo("%d kills left the file as before, %d after the whole import", none, all);
    QCOMPARE(none + all, kills);
    // The kill at 0 ms comes before the commit; the last, 10% past the measured run, after it.
    QVERIFY(none > 0);
    QVERIFY(all > 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
