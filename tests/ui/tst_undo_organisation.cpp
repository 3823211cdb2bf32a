#include "ScriptedDialogs.h"
#include "UiTestData.h"
#include "admin/AdminPage.h"
#include "admin/PeopleEditor.h"
#include "admin/TeamsEditor.h"
#include "app/Session.h"
#include "main/FileController.h"
#include "main/MainMenus.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "storage/SettingsRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;

// HR's changes to the organisation go onto the same undo stack as observations: Edit › Undo
// names them, Ctrl+Z (pressed where the focus is after the save) undoes them, Redo does them again.
class TestUndoOrganisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void teamRenamed_undoneAndRedone();
    void personAdded_undoneAndRedoneWithTheSameId();
    void teamDeleted_undoneWithItsMembers();
    void anonymityThresholds_undone();
    void leniencyCorrection_turnedOnByKeyboardAndUndone();
    void editMenu_saysWhatCannotBeUndone();

private:
    void openAsHr();
    // Shows Organisation › `editorName` and returns that editor.
    QWidget* showEditor(const QString& editorName);
    static void press(QKeySequence::StandardKey key) { QTest::keySequence(QApplication::focusWidget(), key); }
    static void typeInto(QWidget* field, const QString& text)
    {
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }
    Database& db() { return m_window->files().session()->database(); }
    QString undoText() const { return m_window->menus().undo->text(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
    std::shared_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestUndoOrganisation::initTestCase()
{
    isolateSettings(m_settingsDir);
}

void TestUndoOrganisation::init()
{
    m_org = SmallOrg();
    m_file = std::make_unique<TempDatabase>();
    QVERIFY(m_org.build(m_file->db()));
    m_file->close();
    openAsHr();
}

void TestUndoOrganisation::cleanup()
{
    m_window.reset();
    m_file.reset();
}

void TestUndoOrganisation::openAsHr()
{
    m_dialogs = std::make_shared<ScriptedDialogs>();
    m_dialogs->identity = m_org.hana;
    m_window = std::make_unique<MainWindow>(m_dialogs);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startWith(m_file->path());
    QVERIFY(m_window->workspace() && m_window->workspace()->adminPage());
}

QWidget* TestUndoOrganisation::showEditor(const QString& editorName)
{
    AdminPage* admin = m_window->workspace()->adminPage();
    m_window->workspace()->setCurrentWidget(admin);
    auto* editor = admin->findChild<QWidget*>(editorName);
    admin->setCurrentWidget(editor);
    return editor;
}

void TestUndoOrganisation::teamRenamed_undoneAndRedone()
{
    QWidget* teams = showEditor(u"teamsEditor"_qs);
    auto* list = teams->findChild<QListWidget*>(u"teamsList"_qs);
    list->setCurrentRow(0); // Platform
    auto* name = teams->findChild<QLineEdit*>(u"teamNameEdit"_qs);
    typeInto(name, u"Platform Core"_qs);
    QTest::keyClick(name, Qt::Key_Return);
    auto team = [this] { return PeopleRepository(db()).teamById(m_org.platform.id); };
    QCOMPARE(team()->name, u"Platform Core"_qs);
    QVERIFY2(m_window->menus().undo->isEnabled() && undoText().contains(u"Platform Core"_qs),
        qPrintable(undoText()));

    press(QKeySequence::Undo);
    QCOMPARE(team()->name, u"Platform"_qs);
    QCOMPARE(name->text(), u"Platform"_qs); // the editor shows the file again

    press(QKeySequence::Redo);
    QCOMPARE(team()->name, u"Platform Core"_qs);
    QVERIFY(m_dialogs->errors.isEmpty());
}

void TestUndoOrganisation::personAdded_undoneAndRedoneWithTheSameId()
{
    QWidget* people = showEditor(u"peopleEditor"_qs);
    auto* name = people->findChild<QLineEdit*>(u"personNameEdit"_qs);
    auto* email = people->findChild<QLineEdit*>(u"personEmailEdit"_qs);
    typeInto(name, u"Ida Intern"_qs);
    typeInto(email, u"ida@example.org"_qs);
    QTest::keyClick(email, Qt::Key_Return);
    auto added = PeopleRepository(db()).byEmail(u"ida@example.org"_qs);
    PR_VERIFY_OK(added);
    QVERIFY2(undoText().contains(u"Ida Intern"_qs), qPrintable(undoText()));

    press(QKeySequence::Undo);
    QCOMPARE(PeopleRepository(db()).byEmail(u"ida@example.org"_qs).error().code, ErrorCode::NotFound);

    press(QKeySequence::Redo);
    auto back = PeopleRepository(db()).byEmail(u"ida@example.org"_qs);
    PR_VERIFY_OK(back);
    QCOMPARE(back->id, added->id);
    QCOMPARE(back->uuid, added->uuid);

    // Once an observation refers to her, taking her out again is refused, with a reason.
    QVERIFY(SmallOrg::log(db(), m_org.ben, *back, m_org.behaviors.at(0), 4, QDate::currentDate()));
    press(QKeySequence::Undo);
    QVERIFY(PeopleRepository(db()).byEmail(u"ida@example.org"_qs));
    QCOMPARE(m_dialogs->errors.size(), 1);
    QVERIFY2(m_dialogs->errors.first().message.contains(u"Ida Intern"_qs),
        qPrintable(m_dialogs->errors.first().message));
}

void TestUndoOrganisation::teamDeleted_undoneWithItsMembers()
{
    QWidget* teams = showEditor(u"teamsEditor"_qs);
    teams->findChild<QListWidget*>(u"teamsList"_qs)->setCurrentRow(0); // Platform: Mia, Ben, Cleo, Dan
    auto* remove = teams->findChild<QPushButton*>(u"deleteTeamButton"_qs);
    remove->setFocus();
    QTest::keyClick(remove, Qt::Key_Space);
    PeopleRepository people(db());
    QCOMPARE(people.teamById(m_org.platform.id).error().code, ErrorCode::NotFound);
    QCOMPARE(people.byId(m_org.ben.id)->teamId, Id(0));
    QVERIFY2(undoText().contains(u"Platform"_qs), qPrintable(undoText()));

    press(QKeySequence::Undo);
    PR_VERIFY_OK(people.teamById(m_org.platform.id));
    for (const Person* member : { &m_org.mia, &m_org.ben, &m_org.cleo, &m_org.dan })
        QCOMPARE(people.byId(member->id)->teamId, m_org.platform.id);
    QVERIFY(m_dialogs->errors.isEmpty());
}

void TestUndoOrganisation::anonymityThresholds_undone()
{
    QWidget* settings = showEditor(u"databaseSettingsEditor"_qs);
    auto* k = settings->findChild<QSpinBox*>(u"kSpinBox"_qs);
    k->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), k);
    QTest::keyClick(k, Qt::Key_Up); // 3 → 4
    auto* save = settings->findChild<QPushButton*>();
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    QCOMPARE(SettingsRepository(db()).load()->k, 4);

    press(QKeySequence::Undo);
    QCOMPARE(SettingsRepository(db()).load()->k, 3);
    QCOMPARE(k->value(), 3);
}

void TestUndoOrganisation::leniencyCorrection_turnedOnByKeyboardAndUndone()
{
    QWidget* settings = showEditor(u"databaseSettingsEditor"_qs);
    auto* leniency = settings->findChild<QCheckBox*>(u"leniencyCheckBox"_qs);
    QVERIFY(leniency);
    QVERIFY(!leniency->isChecked()); // off by default
    QVERIFY(!SettingsRepository(db()).load()->leniencyCorrection);
    leniency->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), leniency);
    QTest::keyClick(leniency, Qt::Key_Space);
    auto* save = settings->findChild<QPushButton*>();
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    QVERIFY(SettingsRepository(db()).load()->leniencyCorrection);
    QCOMPARE(SettingsRepository(db()).load()->k, 3); // the thresholds untouched

    press(QKeySequence::Undo);
    QVERIFY(!SettingsRepository(db()).load()->leniencyCorrection);
    QVERIFY(!leniency->isChecked());
}

void TestUndoOrganisation::editMenu_saysWhatCannotBeUndone()
{
    QAction* action = m_window->menus().whatCannotBeUndone;
    QVERIFY(m_window->menus().editMenu->actions().contains(action));
    action->trigger();
    QCOMPARE(m_dialogs->informations.size(), 1);
    const QString text = m_dialogs->informations.first();
    for (const QString& named : { u"who has left"_qs, u"CSV"_qs, u"merging another file"_qs })
        QVERIFY2(text.contains(named), qPrintable(text));
}

QTEST_MAIN(TestUndoOrganisation)
#include "tst_undo_organisation.moc"
