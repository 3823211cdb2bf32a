// The program connected to a PostgreSQL server as a person: the password is asked for (and asked
// again when wrong), the login says who the user is, and a connection that drops while an
// observation is being typed gives a clear message, keeps the form, and the next save stores it
// once. Needs the test server (PEERRADAR_TEST_PG_URL); else skipped.

#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "UiTestData.h"
#include "app/Session.h"
#include "common/MessageBar.h"
#include "common/PersonPicker.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/LogObservationPage.h"
#include "storage/ServerAddress.h"
#include "storage/ServerSetup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>

#include <cstdlib>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

class TestServerProgram : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase();
    void member_passwordAskedAgainWhenWrong_identityFromLogin_droppedConnectionKeepsForm();
};

void TestServerProgram::initTestCase()
{
    if (serverAdminUrl().isEmpty()) {
        std::fputs("skipped: PEERRADAR_TEST_PG_URL is not set (scripts/pg-test-server.sh start)\n", stderr);
        std::exit(77);
    }
    isolateSettings(m_settingsDir);
}

void TestServerProgram::member_passwordAskedAgainWhenWrong_identityFromLogin_droppedConnectionKeepsForm()
{
    ServerDatabase server;
    SmallOrg org;
    {
        auto owner = ServerSetup::initialise(server.url());
        PR_VERIFY_OK(owner);
        QVERIFY(org.build(**owner));
        PR_VERIFY_OK(ServerSetup::createAccount(**owner, org.ben.email, u"ben's password"_s));
    }
    // Over 127.0.0.1, where the test server asks for passwords.
    ServerAddress address = *ServerAddress::parse(server.urlAs(org.ben.email));
    address.host = u"127.0.0.1"_s;
    auto dialogs = std::make_shared<ScriptedDialogs>();
    dialogs->texts = { u"not it"_s, u"ben's password"_s };
    // No identity answer: the program must not ask "Who are you?" on a server.
    MainWindow window(dialogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.startWith(address.url());
    QVERIFY2(window.files().session(),
        qPrintable(dialogs->errors.isEmpty() ? QString() : dialogs->errors.front().detail));
    QCOMPARE(dialogs->askedTexts.size(), 2);
    QVERIFY(dialogs->askedTexts.front().contains(org.ben.email));
    QCOMPARE(window.files().session()->user().id, org.ben.id);
    QVERIFY(dialogs->errors.isEmpty());

    // Ben fills in the form; meanwhile the server drops the connection.
    auto* log = window.workspace()->logPage();
    auto* subject = window.findChild<PersonPicker*>(u"subjectComboBox"_s);
    QVERIFY(subject);
    subject->setPerson(org.cleo); // as when picked from the list of matches
    QCOMPARE(subject->person()->id, org.cleo.id);
    window.findChild<QAbstractButton*>(u"impactRadio4"_s)->click();
    auto* situation = window.findChild<QPlainTextEdit*>(u"situationEdit"_s);
    QVERIFY(situation);
    situation->setPlainText(u"Typed while the network went away"_s);
    Database& db = window.files().session()->database();
    auto pid = db.exec(u"SELECT pg_backend_pid()"_s);
    PR_VERIFY_OK(pid);
    QVERIFY(pid->next());
    // The server goes away for a while: the connection ends and no new one is accepted.
    QVERIFY(adminExec(u"ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false"_s.arg(server.name())));
    QVERIFY(adminExec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid->value(0).toLongLong())));
    situation->setFocus();
    QTest::keyClick(situation, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(log->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(log->messageBar()->text().contains(u"cannot reach the server"_s),
        qPrintable(log->messageBar()->text()));
    QCOMPARE(situation->toPlainText(), u"Typed while the network went away"_s);
    QCOMPARE(subject->currentText(), PersonPicker::displayText(org.cleo));

    // Back again: saving again reconnects and stores it, once.
    QVERIFY(adminExec(u"ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true"_s.arg(server.name())));
    situation->setFocus();
    QTest::keyClick(situation, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(log->messageBar()->kind() != MessageBar::Kind::Error, qPrintable(log->messageBar()->text()));
    auto owner = Database::open(server.url());
    PR_VERIFY_OK(owner);
    auto q = (*owner)->exec(
        u"SELECT count(*), min(observer_id), min(impact) FROM observations WHERE situation = ?"_s,
        { u"Typed while the network went away"_s });
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 1);
    QCOMPARE(q->value(1).toLongLong(), org.ben.id);
    QCOMPARE(q->value(2).toInt(), 4);
}

QTEST_MAIN(TestServerProgram)
#include "tst_server_program.moc"
