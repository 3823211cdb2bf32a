#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "app/Session.h"
#include "io/CsvTransfer.h"
#include "main/FileController.h"
#include "main/MainMenus.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/ObservationTableModel.h"
#include "observations/ObservationsPage.h"

#include <QAction>
#include <QSqlQuery>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;

// CSV import and export from the window: a refused import changes nothing and lists its bad rows.
class TestCsvTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void guessKind_readsHeaderLine_data();
    void guessKind_readsHeaderLine();
    void importWithOneBadRow_changesNothingAndShowsProblems();
    void importObservations_fromMenu_updatesList();

private:
    qint64 count(const char* table);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_csvDir;
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
    std::shared_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestCsvTransfer::initTestCase()
{
    isolateSettings(m_settingsDir);
}

void TestCsvTransfer::init()
{
    m_file = std::make_unique<TempDatabase>();
    QVERIFY(m_org.build(m_file->db()));
    m_file->close();
    m_dialogs = std::make_shared<ScriptedDialogs>();
    m_dialogs->identity = m_org.hana;
    m_window = std::make_unique<MainWindow>(m_dialogs);
    m_window->show();
    m_window->startWith(m_file->path());
    QVERIFY(m_window->files().session());
}

void TestCsvTransfer::cleanup()
{
    m_window.reset();
    m_file.reset();
}

qint64 TestCsvTransfer::count(const char* table)
{
    auto q = m_window->files().session()->database().exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestCsvTransfer::guessKind_readsHeaderLine_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("kind");
    QTest::newRow("people") << QByteArray("name,email,team,manager_email,role\n") << int(CsvKind::People);
    QTest::newRow("people with BOM and quotes") << QByteArray("\xef\xbb\xbf\"name\",\"email\",\"team\",\"manager_email\",\"role\"\r\n")
                                                << int(CsvKind::People);
    QTest::newRow("observations") << QByteArray("date,observer_email,subject_email,behavior,impact,situation,action,result\n")
                                  << int(CsvKind::Observations);
    QTest::newRow("framework") << QByteArray("key,name,description\n") << int(CsvKind::Framework);
    QTest::newRow("something else") << QByteArray("a,b,c\n") << int(CsvKind::Unknown);
}

void TestCsvTransfer::guessKind_readsHeaderLine()
{
    QFETCH(QByteArray, header);
    QFETCH(int, kind);
    const QString path = m_csvDir.filePath(QStringLiteral("guess.csv"));
    writeFile(path, header + "x,y,z\n");
    QCOMPARE(int(CsvTransfer::guessKind(path)), kind);
}

void TestCsvTransfer::importWithOneBadRow_changesNothingAndShowsProblems()
{
    const qint64 peopleBefore = count("people");
    const qint64 teamsBefore = count("teams");
    const QString path = m_csvDir.filePath(QStringLiteral("people.csv"));
    writeFile(path,
        "name,email,team,manager_email,role\n"
        "Ida New,ida@example.org,Research,,member\n"
        "Jon Bad,not-an-email,Research,,member\n"
        "Kim New,kim@example.org,Research,ida@example.org,member\n");
    m_dialogs->openFiles << path;
    Session& session = *m_window->files().session();
    QVERIFY(!m_window->csv().importWithDialog(session, CsvKind::People));

    QCOMPARE(m_dialogs->problemDialogs, 1);
    QCOMPARE(m_dialogs->problemsKind, ProblemsKind::RefusedImport);
    QVERIFY2(m_dialogs->problems.contains(u"3"), qPrintable(m_dialogs->problems)); // line 3 of the file
    QVERIFY2(m_dialogs->problems.contains(u"email"), qPrintable(m_dialogs->problems));
    QVERIFY(!m_dialogs->problems.contains(u"Line 2"));
    QVERIFY(!m_dialogs->problemsMessage.isEmpty());
    QCOMPARE(count("people"), peopleBefore);
    QCOMPARE(count("teams"), teamsBefore);
}

void TestCsvTransfer::importObservations_fromMenu_updatesList()
{
    const QString path = m_csvDir.filePath(QStringLiteral("observations.csv"));
    writeFile(path,
        "date,observer_email,subject_email,behavior,impact,situation,action,result\n"
        "2026-02-03,ben@example.org,cleo@example.org,influence,4,Planning,\"Said \"\"why\"\"\",Team agreed\n"
        "2026-02-04,cleo@example.org,ben@example.org,support,3,,,\n");
    m_dialogs->openFiles << path;
    m_window->menus().importObservations->trigger();
    QVERIFY2(m_dialogs->errors.isEmpty(), qPrintable(m_dialogs->errors.value(0).message));
    QCOMPARE(m_dialogs->problemDialogs, 0);
    QCOMPARE(count("observations"), 2);
    QCOMPARE(m_window->workspace()->observationsPage()->model()->rowCount(), 2);
    auto q = m_window->files().session()->database().exec(QStringLiteral("SELECT action, rater_group FROM observations ORDER BY observed_on"));
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), u"Said \"why\""_qs);
    QCOMPARE(q->value(1).toString(), u"peer"_qs);
}

QTEST_MAIN(TestCsvTransfer)
#include "tst_csv_transfer.moc"
