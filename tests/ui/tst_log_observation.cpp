#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "app/Session.h"
#include "main/FileController.h"
#include "main/MainMenus.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/LogObservationPage.h"
#include "observations/ObservationsPage.h"
#include "observations/ObservationTableModel.h"
#include "common/MessageBar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;

// Logging an observation with the keyboard alone, as a person would, and undoing it.
class TestLogObservation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void logByKeyboard_landsInDatabaseWithRaterGroup_data();
    void logByKeyboard_landsInDatabaseWithRaterGroup();
    void undoRemovesIt_redoRestoresIt();
    void ctrlZRightAfterLogging_undoesTheLoggingAndSaysSo();
    void tabAfterResult_reachesTheLogButtonBeforeAndAfterALog();
    void saveWithoutSubject_keepsTypedNoteAndShowsError();

private:
    void openAs(const Person& user);
    void logBenAboutByKeyboard(const QString& subjectTyped, const QString& behaviorTyped, char impactKey,
        const QString& situation);
    static void typeInto(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
    std::shared_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestLogObservation::initTestCase()
{
    isolateSettings(m_settingsDir);
}

void TestLogObservation::init()
{
    m_file = std::make_unique<TempDatabase>();
    QVERIFY(m_org.build(m_file->db()));
    m_file->close(); // the window opens the file itself
    m_dialogs = std::make_shared<ScriptedDialogs>();
}

void TestLogObservation::cleanup()
{
    m_window.reset();
    m_file.reset();
}

void TestLogObservation::openAs(const Person& user)
{
    m_dialogs->identity = user;
    m_window = std::make_unique<MainWindow>(m_dialogs);
    m_window->show();
    m_window->activateWindow(); // under X without a window manager, nobody else activates it
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startWith(m_file->path());
    QVERIFY(m_window->files().session());
    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->currentWidget(), m_window->workspace()->logPage());
}

void TestLogObservation::logBenAboutByKeyboard(const QString& subjectTyped, const QString& behaviorTyped,
    char impactKey, const QString& situation)
{
    auto* subject = m_window->findChild<QComboBox*>(QStringLiteral("subjectComboBox"));
    QVERIFY(subject);
    subject->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), subject);
    typeInto(subjectTyped);
    // The completer offers the matches; Down picks the first, Enter takes it.
    QTRY_VERIFY(subject->completer()->popup()->isVisible());
    QTest::keyClick(subject->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(subject->completer()->popup(), Qt::Key_Return);
    QTRY_VERIFY(!subject->completer()->popup()->isVisible());
    press(Qt::Key_Tab); // behavior
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("behaviorComboBox"));
    typeInto(behaviorTyped); // a closed combo box selects by typing
    press(Qt::Key_Tab); // date: today stays
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("dateEdit"));
    press(Qt::Key_Tab); // impact
    QVERIFY2(QApplication::focusWidget()->objectName().startsWith(u"impactRadio"), qPrintable(QApplication::focusWidget()->objectName()));
    QTest::keyClick(QApplication::focusWidget(), impactKey);
    press(Qt::Key_Tab); // situation
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("situationEdit"));
    typeInto(situation);
    press(Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter saves from a note field
}

void TestLogObservation::logByKeyboard_landsInDatabaseWithRaterGroup_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("subjectEmail");
    QTest::addColumn<QString>("behaviorTyped");
    QTest::addColumn<QString>("behaviorKey");
    QTest::addColumn<char>("impactKey");
    QTest::addColumn<QString>("raterGroup");
    QTest::newRow("team mate is a peer") << u"Cleo"_qs << u"cleo@example.org"_qs << u"Supports"_qs << u"support"_qs << '4'
                                         << u"peer"_qs;
    QTest::newRow("own manager") << u"Mia"_qs << u"mia@example.org"_qs << u"Welcomes"_qs << u"welcome"_qs << '5'
                                 << u"direct_report"_qs;
    QTest::newRow("other team") << u"eve@"_qs << u"eve@example.org"_qs << u"Inspires"_qs << u"inspire"_qs << '2'
                                << u"other"_qs;
    QTest::newRow("self") << u"Ben B"_qs << u"ben@example.org"_qs << u"Champions"_qs << u"change"_qs << '1'
                          << u"self"_qs;
}

void TestLogObservation::logByKeyboard_landsInDatabaseWithRaterGroup()
{
    QFETCH(QString, typed);
    QFETCH(QString, subjectEmail);
    QFETCH(QString, behaviorTyped);
    QFETCH(QString, behaviorKey);
    QFETCH(char, impactKey);
    QFETCH(QString, raterGroup);
    openAs(m_org.ben);
    logBenAboutByKeyboard(typed, behaviorTyped, impactKey, u"At the <b>retro</b>"_qs);

    auto q = m_window->files().session()->database().exec(QStringLiteral(
        "SELECT s.email, b.key, o.impact, o.rater_group, o.situation, obs.email, o.observed_on FROM observations o "
        "JOIN people s ON s.id = o.subject_id JOIN people obs ON obs.id = o.observer_id "
        "JOIN behaviors b ON b.id = o.behavior_id"));
    PR_VERIFY_OK(q);
    QVERIFY2(q->next(), "no observation was stored");
    QCOMPARE(q->value(0).toString(), subjectEmail);
    QCOMPARE(q->value(1).toString(), behaviorKey);
    QCOMPARE(q->value(2).toInt(), impactKey - '0');
    QCOMPARE(q->value(3).toString(), raterGroup);
    QCOMPARE(q->value(4).toString(), u"At the <b>retro</b>"_qs);
    QCOMPARE(q->value(5).toString(), u"ben@example.org"_qs);
    QCOMPARE(q->value(6).toString(), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(!q->next());

    // The form is ready for the next one: note and subject cleared, focus on the subject.
    auto* log = m_window->workspace()->logPage();
    QCOMPARE(log->messageBar()->kind(), MessageBar::Kind::Information);
    QVERIFY(!log->messageBar()->text().isEmpty());
    QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("subjectComboBox"))->currentText(), QString());
    QCOMPARE(m_window->findChild<QWidget*>(QStringLiteral("situationEdit"))->property("plainText").toString(), QString());
    // The list shows it without a reload.
    QCOMPARE(m_window->workspace()->observationsPage()->model()->rowCount(), 1);
}

void TestLogObservation::undoRemovesIt_redoRestoresIt()
{
    openAs(m_org.ben);
    logBenAboutByKeyboard(u"Cleo"_qs, u"Influences"_qs, '3', u"Design review"_qs);
    Database& db = m_window->files().session()->database();
    auto count = [&db] {
        auto q = db.exec(QStringLiteral("SELECT count(*), max(id) FROM observations"));
        return q && q->next() ? std::pair(q->value(0).toInt(), q->value(1).toLongLong()) : std::pair(-1, Id(0));
    };
    const auto [logged, id] = count();
    QCOMPARE(logged, 1);
    auto* model = m_window->workspace()->observationsPage()->model();
    QCOMPARE(model->rowCount(), 1);

    QTest::keySequence(m_window.get(), QKeySequence::Undo); // the platform's undo keys
    QCOMPARE(count().first, 0);
    QCOMPARE(model->rowCount(), 0);

    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(count(), std::pair(1, id)); // the same row, same id
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ObservationTableModel::SubjectColumn).data().toString(), u"Cleo Coder"_qs);
    auto q = db.exec(QStringLiteral("SELECT situation, rater_group FROM observations"));
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), u"Design review"_qs);
    QCOMPARE(q->value(1).toString(), u"peer"_qs);
    QVERIFY(m_dialogs->errors.isEmpty());
}

// The keys go where the focus is after a save (the name field), as a person presses them.
void TestLogObservation::ctrlZRightAfterLogging_undoesTheLoggingAndSaysSo()
{
    openAs(m_org.ben);
    logBenAboutByKeyboard(u"Cleo"_qs, u"Influences"_qs, '3', u"Design review"_qs);
    Database& db = m_window->files().session()->database();
    auto count = [&db] {
        auto q = db.exec(QStringLiteral("SELECT count(*) FROM observations"));
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    QCOMPARE(count(), 1);
    auto* subject = m_window->findChild<QComboBox*>(QStringLiteral("subjectComboBox"));
    QCOMPARE(QApplication::focusWidget(), subject);
    const QString undoKeys = QKeySequence::keyBindings(QKeySequence::Undo).value(0).toString(QKeySequence::NativeText);
    auto* log = m_window->workspace()->logPage();
    QVERIFY2(log->messageBar()->text().contains(undoKeys + u" undoes it"_qs), qPrintable(log->messageBar()->text()));
    // Edit › Undo names what it will undo.
    QVERIFY2(m_window->menus().undo->isEnabled() && m_window->menus().undo->text().contains(u"Cleo Coder"_qs),
        qPrintable(m_window->menus().undo->text()));

    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
    QCOMPARE(count(), 0);
    QVERIFY2(log->messageBar()->text().startsWith(u"Undone:"_qs), qPrintable(log->messageBar()->text()));
    QCOMPARE(subject->currentText(), QString()); // the name field kept its (empty) text

    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
    QCOMPARE(count(), 1);
    QVERIFY2(log->messageBar()->text().startsWith(u"Logged"_qs), qPrintable(log->messageBar()->text()));

    // Typing in the field is the field's to undo again.
    typeInto(u"Da"_qs);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
    QCOMPARE(count(), 1);
    QVERIFY(m_dialogs->errors.isEmpty());
}

// Tab walks the form in reading order down to the button, also once a message shows above it.
void TestLogObservation::tabAfterResult_reachesTheLogButtonBeforeAndAfterALog()
{
    openAs(m_org.ben);
    auto* result = m_window->findChild<QWidget*>(QStringLiteral("resultEdit"));
    for (int round = 0; round < 2; ++round) {
        result->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), result);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"logButton"_qs);
        QVERIFY(QApplication::focusWidget()->isVisible());
        if (round == 0)
            logBenAboutByKeyboard(u"Cleo"_qs, u"Influences"_qs, '3', u"Design review"_qs);
    }
    QVERIFY(m_window->workspace()->logPage()->messageBar()->isVisible());
}

void TestLogObservation::saveWithoutSubject_keepsTypedNoteAndShowsError()
{
    openAs(m_org.ben);
    auto* situation = m_window->findChild<QWidget*>(QStringLiteral("situationEdit"));
    situation->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), situation);
    typeInto(u"Kept after a refused save"_qs);
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* log = m_window->workspace()->logPage();
    QCOMPARE(log->messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(log->messageBar()->text(), u"Choose whom you observed."_qs);
    QCOMPARE(situation->property("plainText").toString(), u"Kept after a refused save"_qs);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"subjectComboBox"_qs);
    auto q = m_window->files().session()->database().exec(QStringLiteral("SELECT count(*) FROM observations"));
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 0);
}

QTEST_MAIN(TestLogObservation)
#include "tst_log_observation.moc"
