#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "admin/CyclesEditor.h"
#include "admin/FrameworkEditor.h"
#include "admin/PeopleEditor.h"
#include "admin/TeamsEditor.h"
#include "app/Session.h"
#include "common/MessageBar.h"
#include "storage/CycleRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

// The HR editors ask every question through the DialogProvider seam: these tests answer them.
class TestAdminEditors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void removePerson_cancelledKeepsThemConfirmedRemovesThem();
    void exportPersonData_writesTheirJsonWhereChosen();
    void frameworkCsv_exportThenImportGivesTheSameBehaviors();
    void frameworkImport_ofAFileThatIsNotAFramework_changesNothing();
    void framework_buttonsForABehaviorWaitForOneToBeSelected();
    void cycles_overlappingIsRefusedNamingTheOther();
    void cycles_releaseAsksFirst_andAgainSaysWhatItCouldReveal();
    void people_enterInAnyField_savesWithoutMovingTheForm();
    void teams_altN_startsAnEmptyFormForANewTeam();

private:
    static bool select(PeopleEditor& editor, Id person);
    std::unique_ptr<Session> openAsHr();
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
    QTemporaryDir m_dir;
};

void TestAdminEditors::init()
{
    m_org = SmallOrg();
    m_file = std::make_unique<TempDatabase>();
    QVERIFY(m_org.build(m_file->db()));
    QVERIFY(SmallOrg::log(m_file->db(), m_org.cleo, m_org.ben, m_org.behaviors[0], 5, QDate(2026, 3, 2)));
    m_file->close();
}

void TestAdminEditors::cleanup()
{
    m_file.reset();
}

std::unique_ptr<Session> TestAdminEditors::openAsHr()
{
    auto db = Database::open(m_file->path());
    if (!db)
        return nullptr;
    return std::make_unique<Session>(std::move(db).value(), m_org.hana);
}

// As HR does it: click the person in the list.
bool TestAdminEditors::select(PeopleEditor& editor, Id person)
{
    auto* list = editor.findChild<QListWidget*>();
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == person) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void TestAdminEditors::removePerson_cancelledKeepsThemConfirmedRemovesThem()
{
    auto session = openAsHr();
    QVERIFY(session);
    ScriptedDialogs dialogs;
    PeopleEditor editor(*session, dialogs);
    QVERIFY(select(editor, m_org.ben.id));
    auto* remove = editor.findChild<QPushButton*>(u"removePersonButton"_s);
    QVERIFY(remove && remove->isEnabled());

    dialogs.confirmAnswer = false;
    remove->click();
    auto ben = PeopleRepository(session->database()).byId(m_org.ben.id);
    PR_VERIFY_OK(ben);
    QVERIFY(!ben->removed);
    QCOMPARE(ben->name, m_org.ben.name);

    dialogs.confirmAnswer = true;
    remove->click();
    ben = PeopleRepository(session->database()).byId(m_org.ben.id);
    PR_VERIFY_OK(ben);
    QVERIFY(ben->removed);
    QVERIFY(ben->name != m_org.ben.name); // anonymised
    auto left = session->database().exec(u"SELECT COUNT(*) FROM observations WHERE subject_id = ?"_s, { m_org.ben.id });
    PR_VERIFY_OK(left);
    QVERIFY(left->next());
    QCOMPARE(left->value(0).toInt(), 0); // what others said about Ben went with him
}

void TestAdminEditors::exportPersonData_writesTheirJsonWhereChosen()
{
    auto session = openAsHr();
    QVERIFY(session);
    ScriptedDialogs dialogs;
    PeopleEditor editor(*session, dialogs);
    QVERIFY(select(editor, m_org.ben.id));
    const QString path = m_dir.filePath(u"ben.json"_s);

    dialogs.saveFiles = { QString() }; // cancelled: nothing written
    editor.findChild<QPushButton*>(u"exportPersonDataButton"_s)->click();
    QVERIFY(!QFile::exists(path));

    dialogs.saveFiles = { path };
    editor.findChild<QPushButton*>(u"exportPersonDataButton"_s)->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"person"_s).toObject().value(u"email"_s).toString(), m_org.ben.email);
}

void TestAdminEditors::frameworkCsv_exportThenImportGivesTheSameBehaviors()
{
    auto session = openAsHr();
    QVERIFY(session);
    ScriptedDialogs dialogs;
    FrameworkEditor editor(*session, dialogs);
    const QString path = m_dir.filePath(u"Copy of the framework.csv"_s);
    dialogs.saveFiles = { path };
    editor.findChild<QPushButton*>(u"exportFrameworkButton"_s)->click();
    QVERIFY(QFile::exists(path));

    dialogs.openFiles = { path };
    editor.findChild<QPushButton*>(u"importFrameworkButton"_s)->click();
    auto frameworks = FrameworkRepository(session->database()).all();
    PR_VERIFY_OK(frameworks);
    const auto imported = std::find_if(frameworks->cbegin(), frameworks->cend(),
        [](const Framework& f) { return f.name == u"Copy of the framework"_s; });
    QVERIFY(imported != frameworks->cend());
    QCOMPARE(imported->behaviors.size(), m_org.behaviors.size());
    for (qsizetype i = 0; i < m_org.behaviors.size(); ++i) {
        QCOMPARE(imported->behaviors[i].key, m_org.behaviors[i].key);
        QCOMPARE(imported->behaviors[i].name, m_org.behaviors[i].name);
        QCOMPARE(imported->behaviors[i].description, m_org.behaviors[i].description);
    }
}

void TestAdminEditors::framework_buttonsForABehaviorWaitForOneToBeSelected()
{
    auto session = openAsHr();
    QVERIFY(session);
    ScriptedDialogs dialogs;
    FrameworkEditor editor(*session, dialogs);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    const auto enabled = [&editor] {
        QString flags;
        for (const char* name :
            { "behaviorUpButton", "behaviorDownButton", "behaviorRetireButton", "behaviorDeleteButton" })
            flags += editor.findChild<QPushButton*>(QLatin1StringView(name))->isEnabled() ? u'1' : u'0';
        return flags;
    };
    QCOMPARE(enabled(), u"0000"_s); // nothing selected: Move up, Move down, Retire, Delete wait

    auto* list = editor.findChild<QListWidget*>(u"behaviorsList"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home); // the first behavior
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(enabled(), u"0111"_s); // the first cannot move up
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(enabled(), u"1011"_s); // the last cannot move down

    // New behavior: an empty form, nothing to move yet.
    for (QPushButton* button : editor.findChildren<QPushButton*>()) {
        if (button->text().remove(u'&') == u"New behavior"_s)
            QTest::keyClick(button, Qt::Key_Space);
    }
    QCOMPARE(editor.findChild<QLineEdit*>(u"behaviorKeyEdit"_s)->text(), QString());
    QCOMPARE(enabled(), u"0000"_s);
}

void TestAdminEditors::frameworkImport_ofAFileThatIsNotAFramework_changesNothing()
{
    auto session = openAsHr();
    QVERIFY(session);
    ScriptedDialogs dialogs;
    FrameworkEditor editor(*session, dialogs);
    const QString path = m_dir.filePath(u"people.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,email,team,manager_email,role\nAda,ada@example.org,,,member\n");
    file.close();
    const auto before = FrameworkRepository(session->database()).all();
    PR_VERIFY_OK(before);

    dialogs.openFiles = { path };
    editor.findChild<QPushButton*>(u"importFrameworkButton"_s)->click();
    const auto after = FrameworkRepository(session->database()).all();
    PR_VERIFY_OK(after);
    QCOMPARE(after->size(), before->size());
}

void TestAdminEditors::cycles_overlappingIsRefusedNamingTheOther()
{
    auto session = openAsHr();
    QVERIFY(session);
    Database& db = session->database();
    Cycle h1 { 0, {}, u"2030 H1"_s, QDate(2030, 1, 1), QDate(2030, 6, 30) };
    PR_VERIFY_OK(CycleRepository(db).add(h1));
    ScriptedDialogs cycleDialogs;
    CyclesEditor editor(*session, cycleDialogs);
    auto* name = editor.findChild<QLineEdit*>(u"cycleNameEdit"_s);
    auto* start = editor.findChild<QDateEdit*>(u"cycleStartEdit"_s);
    auto* end = editor.findChild<QDateEdit*>(u"cycleEndEdit"_s);
    auto* save = editor.findChild<QPushButton*>(u"cycleSaveButton"_s);
    const MessageBar* messages = editor.findChild<MessageBar*>();
    // A new cycle is proposed after the last one, not over it.
    QCOMPARE(start->date(), QDate(2030, 7, 1));
    QCOMPARE(end->date(), QDate(2030, 12, 31));

    name->setText(u"Autumn review"_s);
    start->setDate(QDate(2030, 6, 30)); // H1's last day
    save->click();
    QCOMPARE(messages->kind(), MessageBar::Kind::Error);
    QVERIFY2(messages->text().contains(u"\"2030 H1\" (2030-01-01 to 2030-06-30)"_s), qPrintable(messages->text()));
    QCOMPARE(CycleRepository(db).all().value().size(), 1);

    start->setDate(QDate(2030, 7, 1));
    save->click();
    QCOMPARE(messages->kind(), MessageBar::Kind::Information);
    QCOMPARE(CycleRepository(db).all().value().size(), 2);

    // Editing: H1 may not be stretched into the new cycle either.
    auto* list = editor.findChild<QListWidget*>(u"cyclesList"_s);
    list->setCurrentRow(0);
    QCOMPARE(name->text(), u"2030 H1"_s);
    end->setDate(QDate(2030, 7, 15));
    save->click();
    QCOMPARE(messages->kind(), MessageBar::Kind::Error);
    QVERIFY2(messages->text().contains(u"\"Autumn review\""_s), qPrintable(messages->text()));
    QCOMPARE(CycleRepository(db).byId(h1.id).value().end, QDate(2030, 6, 30));
}

void TestAdminEditors::cycles_releaseAsksFirst_andAgainSaysWhatItCouldReveal()
{
    auto session = openAsHr();
    QVERIFY(session);
    Database& db = session->database();
    Cycle h1 { 0, {}, u"2030 H1"_s, QDate(2030, 1, 1), QDate(2030, 6, 30) };
    PR_VERIFY_OK(CycleRepository(db).add(h1));
    ScriptedDialogs dialogs;
    CyclesEditor editor(*session, dialogs);
    auto* list = editor.findChild<QListWidget*>(u"cyclesList"_s);
    auto* release = editor.findChild<QPushButton*>(u"cycleReleaseButton"_s);
    auto* state = editor.findChild<QLabel*>(u"cycleReleaseLabel"_s);
    QVERIFY(release && state);
    list->setCurrentRow(0);
    QVERIFY2(state->text().startsWith(u"Not released"_s), qPrintable(state->text()));
    QVERIFY(editor.findChild<QPushButton*>(u"cycleDeleteButton"_s)->isEnabled());
    // Declined: nothing released.
    dialogs.confirmAnswer = false;
    release->click();
    QCOMPARE(dialogs.questions.size(), 1);
    QVERIFY(!CycleRepository(db).latestRelease(h1.id).value());
    dialogs.confirmAnswer = true;
    release->click();
    QCOMPARE(CycleRepository(db).latestRelease(h1.id).value()->number, 1);
    QVERIFY2(state->text().startsWith(u"Released on"_s), qPrintable(state->text()));
    // A released cycle is kept: its Delete button is off and says why.
    auto* remove = editor.findChild<QPushButton*>(u"cycleDeleteButton"_s);
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(u"it is kept"_s), qPrintable(remove->toolTip()));
    // Releasing again: the question says what a second release could reveal, and that it is final.
    release->click();
    QCOMPARE(dialogs.questions.size(), 3);
    QVERIFY2(dialogs.questions.constLast().contains(u"compare them with the new ones"_s), qPrintable(dialogs.questions.constLast()));
    QVERIFY2(dialogs.questions.constLast().contains(u"cannot be undone"_s), qPrintable(dialogs.questions.constLast()));
    QCOMPARE(CycleRepository(db).latestRelease(h1.id).value()->number, 2);
}

// As on the logging page: Enter in a choice saves too, and the confirmation appears without
// moving the fields (the pointer stays on the field it was on).
void TestAdminEditors::people_enterInAnyField_savesWithoutMovingTheForm()
{
    auto session = openAsHr();
    QVERIFY(session);
    ScriptedDialogs dialogs;
    PeopleEditor editor(*session, dialogs);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(select(editor, m_org.ben.id));
    auto* name = editor.findChild<QLineEdit*>(u"personNameEdit"_s);
    auto* role = editor.findChild<QComboBox*>(u"personRoleComboBox"_s);
    const QPoint nameWasAt = name->mapTo(&editor, QPoint(0, 0));
    role->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), role);
    QTest::keyClick(role, Qt::Key_Down); // Team member → Manager
    QTest::keyClick(role, Qt::Key_Return);

    auto ben = PeopleRepository(session->database()).byId(m_org.ben.id);
    PR_VERIFY_OK(ben);
    QCOMPARE(ben->role, Role::Manager);
    auto* bar = editor.findChild<MessageBar*>();
    QCOMPARE(bar->kind(), MessageBar::Kind::Information);
    QVERIFY(!bar->text().isEmpty());
    QCOMPARE(name->mapTo(&editor, QPoint(0, 0)), nameWasAt);
}

// Alt+N presses "New team": the form empties, and what is typed next names a new team instead of
// renaming the one that was selected.
void TestAdminEditors::teams_altN_startsAnEmptyFormForANewTeam()
{
    auto session = openAsHr();
    QVERIFY(session);
    TeamsEditor editor(*session);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto* list = editor.findChild<QListWidget*>(u"teamsList"_s);
    list->setFocus();
    list->setCurrentRow(0);
    auto* name = editor.findChild<QLineEdit*>(u"teamNameEdit"_s);
    QCOMPARE(name->text(), m_org.platform.name);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), name); // a mnemonic clicks with a short animation
    QCOMPARE(name->text(), QString());
    QTest::keyClicks(name, u"Research"_s);
    QTest::keyClick(name, Qt::Key_Return);

    PeopleRepository people(session->database());
    PR_VERIFY_OK(people.teamByName(u"Research"_s));
    auto platform = people.teamById(m_org.platform.id);
    PR_VERIFY_OK(platform);
    QCOMPARE(platform->name, m_org.platform.name);
}

QTEST_MAIN(TestAdminEditors)
#include "tst_admin_editors.moc"
