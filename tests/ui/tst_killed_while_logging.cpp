// The desktop program killed while a person logs observations: the real program (offscreen, built
// with its test hooks as `peerradar-testbed`) logs through its Log page
// (PEERRADAR_TEST_LOG_OBSERVATIONS) and is killed with SIGKILL at 24 moments: spread over its whole
// run, from before it opened the file, and right after its k-th confirmed save. The same file is
// used again after every kill. After each kill `peerradar-cli check` passes, every observation whose
// save the program confirmed is in the file exactly as logged, at most the one save under way when
// it was killed is there unconfirmed, and what was in the file before is unchanged.
#include "CliRunner.h"
#include "RunningProgram.h"
#include "UiTestData.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

struct LoggedRow
{
    Id id = 0;
    int impact = 0;
    Id observer = 0;
    Id subject = 0;
};

// What the file holds: the rows that were there before the test, as a hash, and the test's rows by
// their situation text.
struct FileState
{
    bool read = false;
    qint64 total = 0;
    QByteArray before;
    QHash<QString, LoggedRow> logged;
};

FileState readFile(const QString& path, Id baseMaxId)
{
    FileState state;
    auto opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened)
        return state;
    Database& db = **opened;
    auto total = db.exec(u"SELECT count(*) FROM observations"_s);
    if (!total || !total->next())
        return state;
    state.total = total->value(0).toLongLong();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto before = db.exec(u"SELECT * FROM observations WHERE id <= ? ORDER BY id"_s, { baseMaxId });
    if (!before)
        return state;
    while (before->next()) {
        for (int c = 0; c < before->record().count(); ++c)
            hash.addData(QByteArray(before->value(c).toString().toUtf8() + '\x1f'));
    }
    state.before = hash.result().toHex();
    auto rows = db.exec(
        u"SELECT situation, id, impact, observer_id, subject_id FROM observations WHERE situation LIKE 'test-log %'"_s);
    if (!rows)
        return state;
    while (rows->next())
        state.logged.insert(rows->value(0).toString(), LoggedRow { rows->value(1).toLongLong(), rows->value(2).toInt(),
                                                           rows->value(3).toLongLong(), rows->value(4).toLongLong() });
    state.read = true;
    return state;
}

} // namespace

class TestKilledWhileLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtTwentyFourMoments_keepsEveryConfirmedObservation();

private:
    // Checks the file after one run of the program; adds what it confirmed to m_confirmed.
    void checkAfterRun(LoggingProgram& program, const QString& moment);

    ProgramSettings m_settings;
    QTemporaryDir m_dir;
    QString m_path;
    SmallOrg m_org;
    Id m_baseMaxId = 0;
    FileState m_base;
    QHash<QString, LoggedRow> m_confirmed; // every save confirmed so far, by situation
    qint64 m_unconfirmedKept = 0; // saves committed just before the kill, before their confirmation
};

void TestKilledWhileLogging::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PEERRADAR_GUI")), "PEERRADAR_GUI must name the peerradar-testbed binary");
    QVERIFY2(QFile::exists(qEnvironmentVariable("PEERRADAR_CLI")), "PEERRADAR_CLI must name the peerradar-cli binary");
    m_path = m_dir.filePath(u"team.peerradar"_s);
    {
        auto db = Database::create(m_path);
        PR_VERIFY_OK(db);
        QVERIFY(m_org.build(**db));
        for (int i = 0; i < 30; ++i)
            QVERIFY(SmallOrg::log(**db, i % 2 ? m_org.cleo : m_org.dan, m_org.ben, m_org.behaviors.at(i % 3), 1 + i % 5,
                QDate(2026, 1, 5).addDays(i), u"before the test %1"_s.arg(i)));
        auto maxId = (*db)->exec(u"SELECT max(id) FROM observations"_s);
        PR_VERIFY_OK(maxId);
        QVERIFY(maxId->next());
        m_baseMaxId = maxId->value(0).toLongLong();
    }
    ProgramSettings::rememberIdentity(m_path, m_org.ben);
    m_base = readFile(m_path, m_baseMaxId);
    QVERIFY(m_base.read);
    QCOMPARE(m_base.total, 30);
}

void TestKilledWhileLogging::checkAfterRun(LoggingProgram& program, const QString& moment)
{
    const QHash<int, Id> confirmed = program.confirmed();
    const CliRun check = runCli({ u"check"_s, m_path });
    QVERIFY2(check.exitCode == 0, qPrintable(u"%1: check failed: %2 %3"_s.arg(moment, QString::fromUtf8(check.out),
                                                                           QString::fromUtf8(check.err))));
    const FileState state = readFile(m_path, m_baseMaxId);
    QVERIFY2(state.read, qPrintable(moment));
    QCOMPARE(state.before, m_base.before);

    // This run's saves are 0, 1, 2, … in order: the confirmed ones are there as logged; besides them
    // at most the next one, whose commit the kill may have come after but before its confirmation.
    for (auto it = confirmed.constBegin(); it != confirmed.constEnd(); ++it) {
        const QString situation = program.situation(it.key());
        QVERIFY2(state.logged.contains(situation), qPrintable(u"%1: confirmed \"%2\" is missing"_s.arg(moment, situation)));
        const LoggedRow row = state.logged.value(situation);
        QCOMPARE(row.id, it.value());
        QCOMPARE(row.impact, 1 + it.key() % 5);
        QCOMPARE(row.observer, m_org.ben.id);
        QCOMPARE(row.subject, m_org.ben.id);
        m_confirmed.insert(situation, row);
    }
    const QString prefix = program.situation(0).chopped(1);
    const QString inFlight = program.situation(int(confirmed.size()));
    for (auto it = state.logged.constBegin(); it != state.logged.constEnd(); ++it) {
        if (!it.key().startsWith(prefix) || m_confirmed.contains(it.key()))
            continue;
        QVERIFY2(it.key() == inFlight, qPrintable(u"%1: \"%2\" was never confirmed"_s.arg(moment, it.key())));
        ++m_unconfirmedKept;
        m_confirmed.insert(it.key(), it.value()); // the next check wants it kept as well
    }
    // Everything confirmed by the runs before is still there, and nothing else is.
    for (auto it = m_confirmed.constBegin(); it != m_confirmed.constEnd(); ++it) {
        QVERIFY2(state.logged.contains(it.key()), qPrintable(u"%1: earlier \"%2\" is missing"_s.arg(moment, it.key())));
        QCOMPARE(state.logged.value(it.key()).id, it.value().id);
    }
    QCOMPARE(state.logged.size(), m_confirmed.size());
    QCOMPARE(state.total, m_base.total + m_confirmed.size());
}

void TestKilledWhileLogging::killedAtTwentyFourMoments_keepsEveryConfirmedObservation()
{
    constexpr int perRun = 40;
    // One whole run: how long starting, opening and logging take in this build on this machine.
    QElapsedTimer timer;
    LoggingProgram whole;
    timer.start();
    QVERIFY(whole.start(m_settings, m_path, perRun));
    qint64 firstSave = -1;
    while (whole.process().state() == QProcess::Running && timer.elapsed() < 120000) {
        whole.process().waitForReadyRead(20);
        if (firstSave < 0 && !whole.confirmed().isEmpty())
            firstSave = timer.elapsed();
    }
    QVERIFY(whole.waitForExit(1000));
    const qint64 duration = timer.elapsed();
    QVERIFY2(whole.process().exitStatus() == QProcess::NormalExit && whole.process().exitCode() == 0,
        whole.process().readAllStandardError().constData());
    QCOMPARE(whole.confirmed().size(), perRun);
    QCOMPARE(whole.refusals(), 0);
    checkAfterRun(whole, u"the whole run"_s);
    if (QTest::currentTestFailed())
        return;
    qInfo("a whole run: %lld ms, the first save confirmed after %lld ms", duration, firstSave);

    constexpr int kills = 24;
    int beforeFirstSave = 0, whileSaving = 0, afterLast = 0;
    for (int i = 0; i < kills; ++i) {
        LoggingProgram program;
        QString moment;
        timer.start();
        QVERIFY(program.start(m_settings, m_path, perRun));
        if (i < kills / 2) {
            // Spread evenly over the run, from the start of the process to its end.
            const qint64 delay = duration * i / (kills / 2 - 1);
            moment = u"kill %1 at %2 ms"_s.arg(i).arg(delay);
            while (timer.elapsed() < delay && program.process().state() == QProcess::Running)
                QThread::msleep(1);
        } else {
            // Right after the k-th confirmed save (a few ms later for some: inside the next save).
            const int k = 1 + (i - kills / 2) * (perRun - 2) / (kills / 2 - 1);
            moment = u"kill %1 after save %2"_s.arg(i).arg(k);
            while (program.confirmed().size() < k && program.process().state() == QProcess::Running)
                program.process().waitForReadyRead(5);
            QThread::msleep(i % 4);
        }
        program.process().kill(); // SIGKILL
        QVERIFY(program.waitForExit(10000));
        const qsizetype saved = program.confirmed().size();
        if (saved == 0)
            ++beforeFirstSave;
        else if (saved < perRun)
            ++whileSaving;
        else
            ++afterLast;
        checkAfterRun(program, moment);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("kills before the first save: %d, between saves: %d, after the last: %d; saves kept although "
          "killed before their confirmation: %lld; %lld observations confirmed in all",
        beforeFirstSave, whileSaving, afterLast, m_unconfirmedKept, qint64(m_confirmed.size()));
    // The kill at 0 ms comes before the file is even open; the ones after a confirmation fall between saves.
    QVERIFY(beforeFirstSave >= 1);
    QVERIFY(whileSaving >= kills / 3);
}

QTEST_MAIN(TestKilledWhileLogging)
#include "tst_killed_while_logging.moc"
