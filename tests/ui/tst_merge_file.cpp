// File › Merge another file… in the real window, with the dialogs pre-answered: HR only, a trial run
// and a confirmation before anything changes, conflicts listed, the views refreshed afterwards.
#include "ScriptedDialogs.h"
#include "UiTestData.h"
#include "app/Session.h"
#include "main/FileController.h"
#include "main/MainMenus.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/ObservationStore.h"
#include "observations/ObservationTableModel.h"
#include "observations/ObservationsPage.h"

#include <QAction>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

class TestMergeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mergeAction_isForHrOnly_data();
    void mergeAction_isForHrOnly();
    void merge_confirmed_bringsNewRowsAndRefreshesTheList();
    void merge_declined_changesNothing();
    void merge_withConflict_listsItAndKeepsThisFileOnlyWhenAsked();
    void merge_notAPeerRadarFile_showsErrorAndChangesNothing();

private:
    void openAs(const Person& user);
    qint64 count(const QString& sql);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_sourceDir;
    std::unique_ptr<TempDatabase> m_file;
    QString m_source;
    SmallOrg m_org;
    std::shared_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestMergeFile::initTestCase()
{
    isolateSettings(m_settingsDir);
}

void TestMergeFile::init()
{
    m_file = std::make_unique<TempDatabase>();
    QVERIFY(m_org.build(m_file->db()));
    QVERIFY(SmallOrg::log(m_file->db(), m_org.ben, m_org.cleo, m_org.behaviors[0], 4, QDate(2026, 2, 2)));
    // The source: a copy in which Ivy joined Platform and Ben logged one observation about her.
    m_source = m_sourceDir.filePath(u"branch.peerradar"_s);
    QFile::remove(m_source);
    PR_VERIFY_OK(m_file->db().saveCopy(m_source));
    {
        auto source = Database::open(m_source);
        PR_VERIFY_OK(source);
        Person ivy = SmallOrg::make(
            "Ivy Newcomer", "ivy@example.org", m_org.platform.id, m_org.mia.id, Role::Member);
        PR_VERIFY_OK(PeopleRepository(**source).add(ivy));
        QVERIFY(SmallOrg::log(**source, m_org.ben, ivy, m_org.behaviors[1], 5, QDate(2026, 2, 3)));
    }
    m_file->close();
    m_dialogs = std::make_shared<ScriptedDialogs>();
}

void TestMergeFile::cleanup()
{
    m_window.reset();
    m_file.reset();
}

void TestMergeFile::openAs(const Person& user)
{
    m_dialogs->identity = user;
    m_window = std::make_unique<MainWindow>(m_dialogs);
    m_window->show();
    m_window->startWith(m_file->path());
    QVERIFY(m_window->files().session());
}

qint64 TestMergeFile::count(const QString& sql)
{
    auto q = m_window->files().session()->database().exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestMergeFile::mergeAction_isForHrOnly_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("HR") << u"hana"_s << true;
    QTest::newRow("manager") << u"mia"_s << false;
    QTest::newRow("member") << u"ben"_s << false;
}

void TestMergeFile::mergeAction_isForHrOnly()
{
    QFETCH(QString, who);
    QFETCH(bool, enabled);
    openAs(who == u"hana" ? m_org.hana : who == u"mia" ? m_org.mia : m_org.ben);
    QAction* action = m_window->findChild<QAction*>(u"mergeFileAction"_s);
    QVERIFY(action);
    QCOMPARE(action, m_window->menus().mergeFile);
    QCOMPARE(action->isEnabled(), enabled);
    QVERIFY(!action->text().isEmpty());
    // Even when reached some other way, a non-HR session is not merged into.
    m_dialogs->openFiles << m_source;
    QCOMPARE(m_window->files().mergeWithDialog(), enabled);
    QCOMPARE(count(u"SELECT count(*) FROM people"_s), enabled ? 7 : 6);
}

void TestMergeFile::merge_confirmed_bringsNewRowsAndRefreshesTheList()
{
    openAs(m_org.hana);
    QCOMPARE(m_window->workspace()->observationsPage()->model()->rowCount(), 1);
    QSignalSpy reset(&m_window->files().session()->observations(), &ObservationStore::reset);
    QSignalSpy merged(&m_window->files(), &FileController::merged);
    m_dialogs->openFiles << m_source;
    m_window->menus().mergeFile->trigger();

    QVERIFY2(m_dialogs->errors.isEmpty(), qPrintable(m_dialogs->errors.value(0).message));
    QCOMPARE(m_dialogs->problemDialogs, 0);
    QCOMPARE(m_dialogs->informations.size(), 1);
    QCOMPARE(m_dialogs->informations.front().section(u'\n', 0, 1),
        u"Merge finished: branch.peerradar was merged into %1.\nFrameworks: 0 added, 2 already "
        u"present, 0 in "
        u"conflict."_s.arg(m_file->name()));
    QVERIFY(m_dialogs->informations.front().contains(
        u"\nPeople: 1 added, 6 already present, 0 in conflict.\n"_s));
    QVERIFY(m_dialogs->informations.front().contains(
        u"\nObservations: 1 added, 1 already present, 0 in conflict."_s));
    QCOMPARE(count(u"SELECT count(*) FROM people WHERE email = 'ivy@example.org' AND team_id = %1"_s.arg(
                 m_org.platform.id)),
        1);
    QCOMPARE(count(u"SELECT count(*) FROM observations"_s), 2);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(merged.size(), 1);
    QCOMPARE(m_window->workspace()->observationsPage()->model()->rowCount(), 2);
}

void TestMergeFile::merge_declined_changesNothing()
{
    openAs(m_org.hana);
    m_dialogs->openFiles << m_source;
    m_dialogs->confirmAnswer = false;
    QVERIFY(!m_window->files().mergeWithDialog());
    QVERIFY(m_dialogs->informations.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM people"_s), 6);
    QCOMPARE(count(u"SELECT count(*) FROM observations"_s), 1);
}

void TestMergeFile::merge_withConflict_listsItAndKeepsThisFileOnlyWhenAsked()
{
    {
        auto source = Database::open(m_source);
        PR_VERIFY_OK(source);
        PR_VERIFY_OK((*source)->execStatement(
            u"UPDATE people SET name = 'Ben B. Builder' WHERE email = 'ben@example.org'"_s));
    }
    openAs(m_org.hana);
    m_dialogs->openFiles << m_source;
    m_dialogs->confirmAnswer = false;
    QVERIFY(!m_window->files().mergeWithDialog());
    QCOMPARE(m_dialogs->problemDialogs, 1);
    QCOMPARE(m_dialogs->problemsKind, ProblemsKind::MergeConflicts);
    QCOMPARE(m_dialogs->problemsMessage,
        u"branch.peerradar was not merged into %1: 1 item(s) differ between the two files. "
        u"Nothing was "
        u"changed."_s.arg(m_file->name()));
    QCOMPARE(m_dialogs->problems,
        u"Person Ben Builder (ben@example.org): the name is “Ben Builder” in %1 but “Ben B. "
        u"Builder” in "
        u"branch.peerradar."_s.arg(m_file->name()));
    QCOMPARE(count(u"SELECT count(*) FROM people"_s), 6);

    // Before asking, it says what would come in and what is in conflict.
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY(m_dialogs->questions.constLast().contains(
        u"\nPeople: 1 added, 5 already present, 1 in conflict.\n"_s));
    QVERIFY(m_dialogs->questions.constLast().contains(
        u"\nObservations: 1 added, 1 already present, 0 in conflict."_s));
    QVERIFY(!m_dialogs->questions.constLast().contains(u"was not merged"_s));

    m_dialogs->openFiles << m_source;
    m_dialogs->confirmAnswer = true; // "Merge anyway, keeping this file's version"
    QVERIFY(m_window->files().mergeWithDialog());
    QCOMPARE(count(u"SELECT count(*) FROM people"_s), 7);
    QCOMPARE(count(u"SELECT count(*) FROM people WHERE name = 'Ben Builder'"_s), 1);
    QVERIFY(m_dialogs->informations.constLast().contains(
        u"Where the files differ, %1 was kept as it was."_s.arg(m_file->name())));
}

void TestMergeFile::merge_notAPeerRadarFile_showsErrorAndChangesNothing()
{
    openAs(m_org.hana);
    const QString csv = m_sourceDir.filePath(u"people.csv"_s);
    writeFile(csv, "name,email,team,manager_email,role\n");
    m_dialogs->openFiles << csv;
    QVERIFY(!m_window->files().mergeWithDialog());
    QCOMPARE(m_dialogs->errors.size(), 1);
    QCOMPARE(m_dialogs->errors.front().code, ErrorCode::NotPeerRadar);
    QVERIFY(m_dialogs->informations.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM people"_s), 6);
}

QTEST_MAIN(TestMergeFile)
#include "tst_merge_file.moc"
