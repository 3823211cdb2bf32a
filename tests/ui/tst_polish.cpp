// What a user sees in everyday use: texts that are not clipped, fields that show the start of
// what they hold, dates as the user's language writes them, a window that opens at its normal
// size in German, settings that say what they do, long lists that can be searched, and a file
// that says plainly whom it protects.
#include "ScriptedDialogs.h"
#include "UiTestData.h"
#include "admin/AdminPage.h"
#include "admin/CyclesEditor.h"
#include "admin/PeopleEditor.h"
#include "app/AppSettings.h"
#include "app/Session.h"
#include "common/DateText.h"
#include "common/DialogProvider.h"
#include "common/FlowLayout.h"
#include "common/PersonPicker.h"
#include "i18n/Translations.h"
#include "main/FileController.h"
#include "main/MainMenus.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/ObservationForm.h"
#include "start/FirstPersonDialog.h"
#include "start/IdentityDialog.h"
#include "start/WelcomePage.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "team/TeamView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// With PEERRADAR_TEST_SHOTS=FOLDER, what a test looked at is saved there as a PNG to be viewed.
void saveShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("PEERRADAR_TEST_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}

// Where a key goes: to the list of matches while it is open (it grabs the keyboard), else the field.
QWidget* keyboardOf(QComboBox* comboBox)
{
    QWidget* popup = comboBox->completer()->popup();
    return popup->isVisible() ? popup : static_cast<QWidget*>(comboBox);
}

// A label shows all of its wrapped lines.
bool showsWhole(const QLabel* label)
{
    return label->isVisible() && label->height() >= label->heightForWidth(label->width());
}

} // namespace

class TestPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void identityDialog_errorLine_leavesTheIntroWhole();
    void personPicker_showsTheStartOfAPersonChosen();
    void teamView_findsATeamAmong300ByTyping();
    void peopleEditor_movesAPersonToATeamFoundByTyping();
    void dates_areWrittenAsTheLanguageWritesThem_data();
    void dates_areWrittenAsTheLanguageWritesThem();
    void newFile_saysPlainlyWhomAFileProtects();
    void switchPerson_saysAnyoneCanBeAnyoneInAFile();
    void flowLayout_wrapsWhatDoesNotFitOnALine();
    void everyPage_fitsTheNormalWindowSize_data();
    void everyPage_fitsTheNormalWindowSize();

private:
    std::unique_ptr<Session> openAs(const Person& user);
    void addTeams(int count);
    static void chooseFromList(QComboBox* comboBox, const QString& typed, int down);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
};

void TestPolish::initTestCase()
{
    isolateSettings(m_settingsDir);
}

void TestPolish::init()
{
    m_org = SmallOrg();
    m_file = std::make_unique<TempDatabase>();
    QVERIFY(m_org.build(m_file->db()));
}

void TestPolish::cleanup()
{
    Translations::uninstall(*qApp);
    QLocale::setDefault(QLocale::c());
    m_file.reset();
}

std::unique_ptr<Session> TestPolish::openAs(const Person& user)
{
    auto db = Database::open(m_file->path());
    if (!db)
        return nullptr;
    return std::make_unique<Session>(std::move(db).value(), user);
}

void TestPolish::identityDialog_errorLine_leavesTheIntroWhole()
{
    IdentityDialog dialog(m_file->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* intro = dialog.findChild<QLabel*>(u"identityIntroLabel"_s);
    QVERIFY(intro);
    QVERIFY(showsWhole(intro));
    // Enter with nothing chosen: the dialog says what to do, and its first line stays whole.
    QTest::keyClick(dialog.findChild<PersonPicker*>(u"identityComboBox"_s), Qt::Key_Return);
    auto* problem = dialog.findChild<QLabel*>(u"identityProblemLabel"_s);
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(dialog.isVisible());
    saveShot(&dialog, u"identity-error"_s);
    QTRY_VERIFY2(showsWhole(intro),
        qPrintable(u"%1 px of %2"_s.arg(intro->height()).arg(intro->heightForWidth(intro->width()))));
    QVERIFY(showsWhole(problem));
}

void TestPolish::personPicker_showsTheStartOfAPersonChosen()
{
    QWidget window;
    auto* picker = new PersonPicker(m_file->db(), &window);
    auto* next = new QLineEdit(&window);
    picker->setGeometry(0, 0, 120, picker->sizeHint().height()); // narrower than "Ben Builder <ben@…>"
    next->setGeometry(0, 40, 120, 24);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Set by the program (the Profile's Person field opens on the user).
    picker->setPerson(m_org.hana);
    QCOMPARE(picker->lineEdit()->cursorPosition(), 0);

    // Chosen by keyboard: type, pick from the list, Tab on.
    picker->clearPerson();
    picker->setFocus();
    QTest::keyClicks(picker, u"Ben"_s);
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
    QCOMPARE(picker->currentText(), PersonPicker::displayText(m_org.ben));
    QTRY_COMPARE(picker->lineEdit()->cursorPosition(), 0);
    window.activateWindow(); // offscreen leaves no window active once the list of matches closes
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(picker, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
    saveShot(&window, u"person-picker"_s);
    QCOMPARE(picker->lineEdit()->cursorPosition(), 0);
}

// An organisation of ~300 teams: "Team 001" to "Team 300" beside Platform and Sales.
void TestPolish::addTeams(int count)
{
    PeopleRepository people(m_file->db());
    auto status = m_file->db().transaction([&]() -> Status {
        for (int i = 1; i <= count; ++i) {
            Team team;
            team.name = u"Team %1"_s.arg(i, 3, 10, QChar(u'0'));
            if (auto id = people.addTeam(team); !id)
                return id.error();
        }
        return {};
    });
    PR_VERIFY_OK(status);
}

// By keyboard: type part of a name, Down to the wanted match in the list, Enter.
void TestPolish::chooseFromList(QComboBox* comboBox, const QString& typed, int down)
{
    comboBox->setFocus();
    comboBox->lineEdit()->selectAll();
    QTest::keyClicks(comboBox, typed);
    QTRY_VERIFY(comboBox->completer()->popup()->isVisible());
    for (int i = 0; i < down; ++i)
        QTest::keyClick(comboBox->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(comboBox->completer()->popup(), Qt::Key_Return);
}

void TestPolish::teamView_findsATeamAmong300ByTyping()
{
    addTeams(300);
    auto session = openAs(m_org.hana);
    QVERIFY(session);
    TeamView view(*session);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    auto* team = view.findChild<QComboBox*>(u"teamComboBox"_s);
    QVERIFY(team);
    QCOMPARE(team->count(), 302);
    QVERIFY(team->isEditable());
    QVERIFY(!team->lineEdit()->accessibleName().isEmpty());

    // Any part of the name: "ale" finds Sales among 302 teams.
    team->setFocus();
    team->lineEdit()->selectAll();
    QTest::keyClicks(team, u"ale"_s);
    QTRY_VERIFY(team->completer()->popup()->isVisible());
    QCOMPARE(team->completer()->completionCount(), 1);
    saveShot(&view, u"team-search"_s);
    QTest::keyClick(team->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(team->completer()->popup(), Qt::Key_Return);
    QCOMPARE(view.currentTeamId(), m_org.sales.id);

    // "24" matches Team 024, 124, 240 to 249: the second of them is Team 124.
    chooseFromList(team, u"24"_s, 2);
    QCOMPARE(team->currentText(), u"Team 124"_s);
    QCOMPARE(view.currentTeamId(), team->currentData().toLongLong());

    // A whole name typed and Tab: chosen. A name that is no team: the field goes back to the team shown.
    team->lineEdit()->selectAll();
    QTest::keyClicks(team, u"platform"_s);
    QTest::keyClick(keyboardOf(team), Qt::Key_Tab);
    QCOMPARE(view.currentTeamId(), m_org.platform.id);
    team->setFocus();
    team->lineEdit()->selectAll();
    QTest::keyClicks(team, u"Nowhere"_s);
    QTest::keyClick(keyboardOf(team), Qt::Key_Tab);
    QCOMPARE(team->currentText(), u"Platform"_s);
    QCOMPARE(view.currentTeamId(), m_org.platform.id);
}

void TestPolish::peopleEditor_movesAPersonToATeamFoundByTyping()
{
    addTeams(300);
    auto session = openAs(m_org.hana);
    QVERIFY(session);
    ScriptedDialogs dialogs;
    PeopleEditor editor(*session, dialogs);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto* list = editor.findChild<QListWidget*>(u"peopleList"_s);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == m_org.ben.id)
            list->setCurrentRow(row);
    }
    auto* team = editor.findChild<QComboBox*>(u"personTeamComboBox"_s);
    QVERIFY(team);
    QCOMPARE(team->currentText(), u"Platform"_s);
    chooseFromList(team, u"SAL"_s, 1);
    QCOMPARE(team->currentText(), u"Sales"_s);
    QTest::keyClick(editor.findChild<QPushButton*>(u"savePersonButton"_s), Qt::Key_Space);
    auto ben = PeopleRepository(session->database()).byId(m_org.ben.id);
    PR_VERIFY_OK(ben);
    QCOMPARE(ben->teamId, m_org.sales.id);
}

void TestPolish::dates_areWrittenAsTheLanguageWritesThem_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("march12");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<QString>("july1");
    QTest::newRow("English (US)") << QLocale(QLocale::English, QLocale::UnitedStates) << u"3/12/2026"_s
                                  << u"2030 H1 (1/1/2030 – 6/30/2030)"_s << u"7/1/2030"_s;
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"12.03.2026"_s
                            << u"2030 H1 (01.01.2030 – 30.06.2030)"_s << u"01.07.2030"_s;
}

// One way of writing a date in forms, lists and tables: the language's short form, four-digit year.
void TestPolish::dates_areWrittenAsTheLanguageWritesThem()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, march12);
    QFETCH(QString, cycle);
    QFETCH(QString, july1);
    QLocale::setDefault(locale);
    QCOMPARE(shortDateText(QDate(2026, 3, 12)), march12);

    ObservationForm form(m_file->db(), m_org.ben);
    auto* observed = form.findChild<QDateEdit*>(u"dateEdit"_s);
    QVERIFY(observed);
    observed->setDate(QDate(2026, 3, 12));
    QCOMPARE(observed->text(), march12);

    Cycle h1 { 0, {}, u"2030 H1"_s, QDate(2030, 1, 1), QDate(2030, 6, 30) };
    PR_VERIFY_OK(CycleRepository(m_file->db()).add(h1));
    auto session = openAs(m_org.hana);
    QVERIFY(session);
    ScriptedDialogs cycleDialogs;
    CyclesEditor editor(*session, cycleDialogs);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QCOMPARE(editor.findChild<QListWidget*>(u"cyclesList"_s)->item(0)->text(), cycle);
    auto* start = editor.findChild<QDateEdit*>(u"cycleStartEdit"_s);
    start->setDate(QDate(2030, 7, 1));
    QCOMPARE(start->text(), july1);
    saveShot(&editor, u"cycles-%1"_s.arg(locale.name()));
}

// The welcome page and the first dialog of a new file say that a file protects nothing from
// whoever holds it, and point to a server.
void TestPolish::newFile_saysPlainlyWhomAFileProtects()
{
    PR_FILE_ONLY("creating a file; a server database is made with server-init");
    MainWindow window(std::make_shared<ScriptedDialogs>());
    window.show();
    window.startWith({});
    QVERIFY(window.welcomePage());
    auto* welcomeNote = window.welcomePage()->findChild<QLabel*>(u"fileTrustNote"_s);
    QVERIFY(welcomeNote);
    QVERIFY(welcomeNote->isVisible());
    QVERIFY(welcomeNote->text().contains(u"anyone with a copy can read all of it"_s));
    QVERIFY(welcomeNote->text().contains(u"server"_s));
    saveShot(&window, u"welcome"_s);

    QTemporaryDir dir;
    auto empty = Database::create(dir.filePath(u"new.peerradar"_s));
    PR_VERIFY_OK(empty);
    FirstPersonDialog dialog(**empty);
    dialog.show();
    auto* dialogNote = dialog.findChild<QLabel*>(u"fileTrustNote"_s);
    QVERIFY(dialogNote);
    QVERIFY(dialogNote->isVisible());
    QCOMPARE(dialogNote->text(), welcomeNote->text());
    saveShot(&dialog, u"first-person"_s);
}

// File › Switch person shows the real "Who are you?" dialog, which says that nothing checks the
// choice in a file (on a server, logins do, and it says nothing of the kind).
void TestPolish::switchPerson_saysAnyoneCanBeAnyoneInAFile()
{
    AppSettings::setIdentity(m_file->db().path(), m_org.ben.uuid);
    MainWindow window(std::make_shared<WidgetDialogProvider>());
    window.show();
    window.startWith(m_file->path());
    QVERIFY(window.files().session());
    QCOMPARE(window.files().session()->user().id, m_org.ben.id);
    QString shown;
    bool asked = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<IdentityDialog*>(QApplication::activeModalWidget());
        asked = dialog != nullptr;
        if (!dialog)
            return;
        if (auto* note = dialog->findChild<QLabel*>(u"fileTrustNote"_s);
            note && note->isVisible() && showsWhole(note))
            shown = note->text();
        saveShot(dialog, u"switch-person"_s);
        dialog->reject();
    });
    window.menus().switchPerson->trigger();
    QVERIFY(asked);
    if (m_file->db().isServer()) {
        QCOMPARE(shown, QString());
    } else {
        QVERIFY2(shown.contains(u"does not check who you are"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"HR included"_s));
        QVERIFY(shown.contains(u"server"_s));
    }
    QCOMPARE(window.files().session()->user().id, m_org.ben.id); // cancelled: still Ben
}

// A bar of buttons: one line when there is room, more lines when not, never wider than given,
// and what follows a stretch keeps to the right.
void TestPolish::flowLayout_wrapsWhatDoesNotFitOnALine()
{
    QWidget bar;
    auto* layout = new FlowLayout(&bar);
    QList<QPushButton*> buttons;
    for (const QString& text :
        { u"Person"_s, u"Cycle"_s, u"Show as table"_s, u"Export PDF…"_s, u"Print…"_s }) {
        buttons << new QPushButton(text, &bar);
        if (buttons.size() == 4)
            layout->addStretch();
        layout->addWidget(buttons.constLast());
    }
    const int oneLine = layout->sizeHint().height();
    bar.resize(layout->sizeHint().width() + 200, layout->heightForWidth(layout->sizeHint().width() + 200));
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QCOMPARE(bar.height(), oneLine);
    QCOMPARE(buttons.at(3)->y(), buttons.at(0)->y());
    QCOMPARE(
        buttons.at(4)->geometry().right(), bar.contentsRect().right() - layout->contentsMargins().right());

    const int narrow = buttons.at(2)->sizeHint().width() + buttons.at(3)->sizeHint().width() + 40;
    QVERIFY(layout->minimumSize().width() < narrow);
    bar.resize(narrow, layout->heightForWidth(narrow));
    QApplication::processEvents();
    QVERIFY(bar.height() > 2 * oneLine);
    for (QPushButton* button : buttons) {
        QVERIFY(bar.rect().contains(button->geometry()));
        for (QPushButton* other : buttons)
            QVERIFY(button == other || !button->geometry().intersects(other->geometry()));
    }
    QVERIFY(buttons.at(4)->y() > buttons.at(0)->y());
}

void TestPolish::everyPage_fitsTheNormalWindowSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

// Every tab of an HR's window, and every tab of the Organisation, at the size the window opens with.
void TestPolish::everyPage_fitsTheNormalWindowSize()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(*qApp, language), language);
    auto dialogs = std::make_shared<ScriptedDialogs>();
    dialogs->identity = m_org.hana;
    MainWindow window(dialogs);
    const QSize normal = window.size();
    window.show();
    window.startWith(m_file->path());
    QVERIFY(window.workspace());
    Workspace* workspace = window.workspace();
    QTabWidget* organisation = workspace->adminPage();
    QVERIFY(organisation);
    QStringList tooWide;
    const auto look = [&](const QString& page) {
        QApplication::processEvents();
        saveShot(&window, u"%1-%2"_s.arg(language, page));
        if (window.minimumSizeHint().width() > normal.width() || window.width() > normal.width())
            tooWide << u"%1: %2 px"_s.arg(page).arg(window.minimumSizeHint().width());
    };
    for (int i = 0; i < workspace->count(); ++i) {
        workspace->setCurrentIndex(i);
        if (workspace->currentWidget() != organisation) {
            look(u"tab%1"_s.arg(i));
            continue;
        }
        for (int j = 0; j < organisation->count(); ++j) {
            organisation->setCurrentIndex(j);
            look(u"tab%1-%2"_s.arg(i).arg(j));
        }
    }
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(u", ")));
    QCOMPARE(window.size(), normal);
}

QTEST_MAIN(TestPolish)
#include "tst_polish.moc"
