// A first run as a new user would do it: create a file, set yourself up in the real first-person
// dialog, add a team in the Organisation tab, log a self-observation by keyboard, read the profile.
#include "TestSupport.h"
#include "UiTestData.h"

#include "common/DialogProvider.h"
#include "admin/AdminPage.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/LogObservationPage.h"
#include "start/FirstPersonDialog.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// The file chooser is answered, but the first-person dialog is the real one, typed into.
class FirstRunDialogs final : public DialogProvider
{
public:
    QString newFilePath;
    QList<Error> errors;

    QString openFileName(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return newFilePath; }
    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    void information(QWidget*, const QString&, const QString&) override { }
    void showError(QWidget*, const Error& error) override { errors << error; }
    void showProblems(QWidget*, ProblemsKind, const QString&, const QString&) override { }
    std::optional<Person> choosePerson(QWidget*, Database&) override { return std::nullopt; }
    std::optional<Person> createFirstPerson(QWidget* parent, Database& db) override
    {
        FirstPersonDialog dialog(db, parent);
        dialog.show();
        // An invalid email first: the dialog keeps what was typed and says what is wrong.
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"firstNameEdit"_s), u"Hana Jensen"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"firstEmailEdit"_s), u"hana.example.com"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"firstTeamEdit"_s), u"People & Culture"_s);
        dialog.accept();
        if (dialog.result() == QDialog::Accepted || dialog.findChild<QLineEdit*>(u"firstNameEdit"_s)->text() != u"Hana Jensen"_s)
            return std::nullopt;
        auto* email = dialog.findChild<QLineEdit*>(u"firstEmailEdit"_s);
        email->clear();
        QTest::keyClicks(email, u"hana@example.com"_s);
        dialog.accept();
        return dialog.person();
    }
};

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }
    void newFile_firstPerson_team_logAndProfile();

private:
    QTemporaryDir m_settings;
};

void TestFirstRun::newFile_firstPerson_team_logAndProfile()
{
    QTemporaryDir dir;
    auto dialogs = std::make_shared<FirstRunDialogs>();
    dialogs->newFilePath = dir.filePath(u"our-team"_s); // the suffix is added
    MainWindow window(dialogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.startWith({});
    QVERIFY(window.welcomePage());
    QVERIFY(window.files().newFile());
    QVERIFY2(dialogs->errors.isEmpty(), dialogs->errors.isEmpty() ? "" : qPrintable(dialogs->errors.first().message));
    QVERIFY(window.files().session());
    QVERIFY(window.windowTitle().contains(u"our-team.peerradar"_s));
    Workspace* workspace = window.workspace();
    QVERIFY(workspace);

    // HR adds a team in the Organisation tab, by keyboard.
    auto* teamName = window.findChild<QLineEdit*>(u"teamNameEdit"_s);
    QVERIFY(teamName);
    workspace->setCurrentWidget(workspace->adminPage());
    QTest::keyClicks(teamName, u"Platform"_s);
    QTest::keyClick(teamName, Qt::Key_Return);

    // A self-observation, logged by keyboard.
    workspace->setCurrentWidget(workspace->logPage());
    auto* subject = window.findChild<QComboBox*>(u"subjectComboBox"_s);
    QVERIFY(subject);
    subject->setFocus();
    QTest::keyClicks(subject, u"Hana"_s);
    QTRY_VERIFY(subject->completer()->popup()->isVisible());
    QTest::keyClick(subject->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(subject->completer()->popup(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // behavior
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // date
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // impact
    QTest::keyClick(QApplication::focusWidget(), '4');
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // What landed in the file.
    auto db = Database::open(dir.filePath(u"our-team.peerradar"_s), Database::Access::ReadOnly);
    PR_VERIFY_OK(db);
    auto teams = PeopleRepository(**db).teams();
    PR_VERIFY_OK(teams);
    QStringList names;
    for (const Team& t : *teams)
        names << t.name;
    QCOMPARE(names, (QStringList { u"People & Culture"_s, u"Platform"_s }));
    auto hana = PeopleRepository(**db).byEmail(u"hana@example.com"_s);
    PR_VERIFY_OK(hana);
    QCOMPARE(hana->role, Role::Hr);
    auto rows = (*db)->exec(u"SELECT subject_id, impact, rater_group FROM observations"_s);
    PR_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toLongLong(), hana->id);
    QCOMPARE(rows->value(1).toInt(), 4);
    QCOMPARE(rows->value(2).toString(), u"self"_s);

    // The profile tab shows her own figures: self 4.00 for the first behavior.
    QWidget* profile = nullptr;
    for (int i = 0; i < workspace->count(); ++i) {
        if (workspace->tabText(i).remove(u'&') == u"Profile"_s)
            profile = workspace->widget(i);
    }
    QVERIFY(profile);
    workspace->setCurrentWidget(profile);
    QTRY_VERIFY(profile->findChildren<QTableView*>().size() > 0);
    bool found = false;
    for (QTableView* table : profile->findChildren<QTableView*>()) {
        const QAbstractItemModel* model = table->model();
        for (int r = 0; model && r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c)
                found = found || model->index(r, c).data().toString().startsWith(u"4.00"_s);
        }
    }
    QVERIFY2(found, "the profile shows the self-rating 4.00");
}

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
