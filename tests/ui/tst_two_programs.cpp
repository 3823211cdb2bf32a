// Two programs on one file, or on one server database (the `_pg` run: the server's triggers announce
// each commit, resources/sql/server_notify.sql). Two windows (each with its own connection, as two
// copies of the program have) see each other's new observations in their lists and profiles within
// seconds, without reopening. Two real `peerradar` processes and a window log at the same time and
// no entry is lost. Another program holding the write lock (a file's, or a server's lock on the
// observations) longer than the busy timeout gives a clear message on the Log page, keeps everything
// typed, and the next save after it lets go works.
#include "RunningProgram.h"
#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "app/Session.h"
#include "common/MessageBar.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/ImpactSelector.h"
#include "observations/LogObservationPage.h"
#include "observations/ObservationForm.h"
#include "observations/ObservationStore.h"
#include "observations/ObservationTableModel.h"
#include "observations/ObservationsPage.h"
#include "profile/ProfileTableModel.h"
#include "profile/ProfileView.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int seenWithinMs = 5000; // the check for other programs' changes runs every second

QList<QString> listedSituations(MainWindow& window)
{
    ObservationTableModel* model = window.workspace()->observationsPage()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<QString> situations;
    for (int row = 0; row < model->rowCount(); ++row)
        situations << model->rowAt(row)->observation.note.situation;
    return situations;
}

qint64 countWhere(Database& db, const QString& situationPattern)
{
    auto q = db.exec(u"SELECT count(*) FROM observations WHERE situation LIKE ?"_s, { situationPattern });
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// How the program names a file or server database in its messages (a server's without password).
QString shownName(const QString& path)
{
    if (const auto address = ServerAddress::parse(path))
        return address->displayName();
    return QDir::toNativeSeparators(path);
}

// Another program holding the write lock: on a file, SQLite's own command-line tool in a write
// transaction; on a server, another connection holding the observations locked against writers.
class LockHolder
{
public:
    bool take(const QString& path)
    {
        if (ServerAddress::isServerUrl(path)) {
            auto other = Database::open(path);
            if (!other)
                return false;
            m_server = std::move(*other);
            return m_server->execStatement(u"BEGIN"_s)
                && m_server->execStatement(u"LOCK TABLE observations IN EXCLUSIVE MODE"_s);
        }
        m_sqlite.start(u"sqlite3"_s, { path });
        if (!m_sqlite.waitForStarted()) {
            qWarning("sqlite3 is needed (Debian package sqlite3)");
            return false;
        }
        // (.shell writes at once; the tool's own output to a pipe would wait in its buffer.)
        m_sqlite.write("BEGIN IMMEDIATE;\n.shell echo holding\n");
        QByteArray said;
        return QTest::qWaitFor(
            [&] { return (said += m_sqlite.readAllStandardOutput()).contains("holding"); }, 10000);
    }

    bool release()
    {
        if (m_server)
            return m_server->execStatement(u"COMMIT"_s).ok();
        m_sqlite.write("COMMIT;\n.quit\n");
        return m_sqlite.waitForFinished(10000);
    }

private:
    QProcess m_sqlite;
    std::unique_ptr<Database> m_server;
};

} // namespace

class TestTwoPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoWindows_seeEachOthersObservationsWithoutReopening();
    void twoProgramsAndAWindowLogAtOnce_noEntryLost();
    void lockHeldLongerThanBusyTimeout_messageKeepsFormThenSaves();

private:
    std::unique_ptr<MainWindow> openAs(const Person& user);
    // Fills the Log page as the edit dialog would and presses the Log button.
    static void logThroughForm(MainWindow& window, const Observation& observation);
    Observation aboutBen(int impact, const QString& situation) const;
    // The figure the profile view shows for Ben, influence-like first behavior, "Others in the
    // organisation" column.
    static QString benOthersFigure(MainWindow& window, const Person& ben);

    ProgramSettings m_settings;
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
    Person m_ivy; // a second HR person
};

void TestTwoPrograms::init()
{
    m_file = std::make_unique<TempDatabase>();
    QVERIFY(m_org.build(m_file->db()));
    m_ivy = SmallOrg::make("Ivy Auditor", "ivy@example.org", 0, 0, Role::Hr);
    PR_VERIFY_OK(PeopleRepository(m_file->db()).add(m_ivy));
    // Ben seen by three people outside his team: "Others in the organisation" is shown (k = 3).
    for (const Person* observer : { &m_org.eve, &m_org.hana, &m_ivy })
        QVERIFY(SmallOrg::log(m_file->db(), *observer, m_org.ben, m_org.behaviors.first(), 3, QDate(2026, 2, 2),
            u"seeded by "_s + observer->name));
    m_file->close();
}

void TestTwoPrograms::cleanup()
{
    m_file.reset();
}

std::unique_ptr<MainWindow> TestTwoPrograms::openAs(const Person& user)
{
    auto dialogs = std::make_shared<ScriptedDialogs>();
    dialogs->identity = user;
    ProgramSettings::rememberIdentity(m_file->path(), user);
    auto window = std::make_unique<MainWindow>(dialogs);
    window->show();
    window->startWith(m_file->path());
    return window;
}

Observation TestTwoPrograms::aboutBen(int impact, const QString& situation) const
{
    Observation o;
    o.subjectId = m_org.ben.id;
    o.behaviorId = m_org.behaviors.first().id;
    o.date = QDate::currentDate();
    o.impact = impact;
    o.note.situation = situation;
    return o;
}

void TestTwoPrograms::logThroughForm(MainWindow& window, const Observation& observation)
{
    LogObservationPage* page = window.workspace()->logPage();
    page->form()->setObservation(observation);
    QTest::mouseClick(page->findChild<QPushButton*>(u"logButton"_s), Qt::LeftButton);
}

QString TestTwoPrograms::benOthersFigure(MainWindow& window, const Person& ben)
{
    auto* profile = window.workspace()->findChild<ProfileView*>();
    window.workspace()->setCurrentWidget(profile);
    if (profile->currentPersonId() != ben.id)
        profile->showPerson(ben.id);
    profile->finishPendingWork();
    return profile->tableModel()->index(0, ProfileTableModel::OtherColumn).data().toString();
}

void TestTwoPrograms::twoWindows_seeEachOthersObservationsWithoutReopening()
{
    auto hana = openAs(m_org.hana);
    auto ivy = openAs(m_ivy);
    QVERIFY(hana->workspace() && ivy->workspace());
    QCOMPARE(hana->files().session()->user().id, m_org.hana.id);
    QCOMPARE(ivy->files().session()->user().id, m_ivy.id);
    Session* hanaSession = hana->files().session();
    Session* ivySession = ivy->files().session();
    // Three views of 3: the interval 3 ± 1.13 (docs/statistics.md), three of the four observers a
    // reliable figure needs.
    QCOMPARE(
        benOthersFigure(*ivy, m_org.ben), u"3.00 (1.9–4.1) · 3 observers, 3 observations · indicative"_s);
    QCOMPARE(
        benOthersFigure(*hana, m_org.ben), u"3.00 (1.9–4.1) · 3 observers, 3 observations · indicative"_s);

    // Hana logs 5: Ivy's list has it, and her profile of Ben shows Hana's view (3+5)/2 = 4 beside
    // Eve's 3 and Ivy's 3: (3+4+3)/3 = 3.33 from 3 observers, 4 observations.
    logThroughForm(*hana, aboutBen(5, u"Hana saw Ben lead the review"_s));
    QCOMPARE(hana->workspace()->logPage()->messageBar()->kind(), MessageBar::Kind::Information);
    QTRY_VERIFY_WITH_TIMEOUT(listedSituations(*ivy).contains(u"Hana saw Ben lead the review"_s), seenWithinMs);
    QTRY_VERIFY_WITH_TIMEOUT(benOthersFigure(*ivy, m_org.ben).startsWith(u"3.33 "_s), seenWithinMs);
    QVERIFY(benOthersFigure(*ivy, m_org.ben).contains(u" · 3 observers, 4 observations"_s));

    // Ivy logs 1: Hana sees it too; Ivy's view (3+1)/2 = 2: (3+4+2)/3 = 3.00 from 3 observers, 5
    // observations.
    logThroughForm(*ivy, aboutBen(1, u"Ivy saw Ben step back"_s));
    QCOMPARE(ivy->workspace()->logPage()->messageBar()->kind(), MessageBar::Kind::Information);
    QTRY_VERIFY_WITH_TIMEOUT(listedSituations(*hana).contains(u"Ivy saw Ben step back"_s), seenWithinMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        benOthersFigure(*hana, m_org.ben).contains(u" · 3 observers, 5 observations"_s), seenWithinMs);
    QVERIFY(benOthersFigure(*hana, m_org.ben).startsWith(u"3.00 "_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        benOthersFigure(*ivy, m_org.ben).contains(u" · 3 observers, 5 observations"_s), seenWithinMs);
    QCOMPARE(hana->workspace()->observationsPage()->model()->totalCount(), 5);
    QCOMPARE(ivy->workspace()->observationsPage()->model()->totalCount(), 5);

    // Neither window reopened the file to see it.
    QCOMPARE(hana->files().session(), hanaSession);
    QCOMPARE(ivy->files().session(), ivySession);
    // A window's own save is not mistaken for another program's.
    QVERIFY(!hanaSession->checkForChangesElsewhere());
    QSignalSpy hanaReloads(&hanaSession->observations(), &ObservationStore::reset);
    logThroughForm(*hana, aboutBen(4, u"Hana again"_s));
    if (!ServerAddress::isServerUrl(m_file->path())) {
        QVERIFY(!hanaSession->checkForChangesElsewhere());
        QVERIFY(ivySession->checkForChangesElsewhere());
    } else {
        // A server announces the commit through the event loop: Ivy hears it, Hana does not.
        QTRY_VERIFY_WITH_TIMEOUT(listedSituations(*ivy).contains(u"Hana again"_s), seenWithinMs);
        QTest::qWait(2 * Session::otherProgramsCheckMs);
        QVERIFY(!hanaSession->checkForChangesElsewhere());
    }
    QCOMPARE(hanaReloads.count(), 0);
}

void TestTwoPrograms::twoProgramsAndAWindowLogAtOnce_noEntryLost()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PEERRADAR_GUI")), "PEERRADAR_GUI must name the peerradar-testbed binary");
    auto hana = openAs(m_org.hana);
    QVERIFY(hana->workspace());
    // Two copies of the program started by Cleo on the same file, logging as fast as they can.
    ProgramSettings::rememberIdentity(m_file->path(), m_org.cleo);
    constexpr int perProgram = 30;
    constexpr int fromWindow = 15;
    LoggingProgram first;
    LoggingProgram second;
    QVERIFY(first.start(m_settings, m_file->path(), perProgram));
    QVERIFY(second.start(m_settings, m_file->path(), perProgram));
    // Meanwhile this window logs too, as soon as the others have begun.
    QTRY_VERIFY_WITH_TIMEOUT(!first.confirmed().isEmpty() || first.process().state() != QProcess::Running, 60000);
    for (int i = 0; i < fromWindow; ++i) {
        logThroughForm(*hana, aboutBen(1 + i % 5, u"window %1"_s.arg(i)));
        QCOMPARE(hana->workspace()->logPage()->messageBar()->kind(), MessageBar::Kind::Information);
        QTest::qWait(10);
    }
    for (LoggingProgram* program : { &first, &second }) {
        QVERIFY(program->waitForExit(120000));
        QCOMPARE(program->process().exitStatus(), QProcess::NormalExit);
        QVERIFY2(program->process().exitCode() == 0, program->process().readAllStandardError().constData());
        QCOMPARE(program->confirmed().size(), perProgram);
        if (program->refusals() > 0)
            qInfo("a program was refused %d times and tried again", program->refusals());
    }

    Database& db = hana->files().session()->database();
    for (LoggingProgram* program : { &first, &second }) {
        const QHash<int, Id> confirmed = program->confirmed();
        for (auto it = confirmed.constBegin(); it != confirmed.constEnd(); ++it) {
            auto q = db.exec(u"SELECT situation, observer_id FROM observations WHERE id = ?"_s, { it.value() });
            PR_VERIFY_OK(q);
            QVERIFY2(q->next(), qPrintable(program->situation(it.key())));
            QCOMPARE(q->value(0).toString(), program->situation(it.key()));
            QCOMPARE(q->value(1).toLongLong(), m_org.cleo.id);
        }
    }
    QCOMPARE(countWhere(db, u"test-log %"_s), 2 * perProgram);
    QCOMPARE(countWhere(db, u"window %"_s), fromWindow);
    QCOMPARE(countWhere(db, u"%"_s), 3 + 2 * perProgram + fromWindow);
    // The window lists the programs' entries without reopening.
    QTRY_COMPARE_WITH_TIMEOUT(hana->workspace()->observationsPage()->model()->totalCount(),
        qint64(3 + 2 * perProgram + fromWindow), seenWithinMs);
    QVERIFY(listedSituations(*hana).contains(second.situation(perProgram - 1)));
}

void TestTwoPrograms::lockHeldLongerThanBusyTimeout_messageKeepsFormThenSaves()
{
    auto hana = openAs(m_org.hana);
    QVERIFY(hana->workspace());
    hana->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(hana.get()));
    LockHolder holder;
    QVERIFY(holder.take(m_file->path()));
    LogObservationPage* page = hana->workspace()->logPage();
    page->form()->setObservation(aboutBen(2, QString()));
    auto* situation = page->findChild<QPlainTextEdit*>(u"situationEdit"_s);
    situation->setFocus();
    QTest::keyClicks(situation, u"Ben ran the incident call"_s);
    QTest::keyClick(situation, Qt::Key_Return, Qt::ControlModifier); // waits for the busy timeout

    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(page->messageBar()->text(),
        u"Not logged yet: %1 is busy because another program is saving to it. Everything you entered is still "
        "here; press Enter to log it again in a moment."_s.arg(shownName(m_file->path())));
    QCOMPARE(situation->toPlainText(), u"Ben ran the incident call"_s);
    QCOMPARE(page->form()->subject()->id, m_org.ben.id);
    QCOMPARE(page->findChild<ImpactSelector*>()->value(), 2);
    QCOMPARE(page->form()->behaviorName(), m_org.behaviors.first().name);
    Database& db = hana->files().session()->database();
    QCOMPARE(countWhere(db, u"Ben ran the incident call"_s), 0);

    QVERIFY(holder.release());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // again, from where the focus was put
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Information);
    QVERIFY2(page->messageBar()->text().startsWith(u"Logged "_s), qPrintable(page->messageBar()->text()));
    QCOMPARE(countWhere(db, u"Ben ran the incident call"_s), 1);
    QVERIFY(situation->toPlainText().isEmpty());
}

QTEST_MAIN(TestTwoPrograms)
#include "tst_two_programs.moc"
