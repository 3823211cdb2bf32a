// What a user sees in everyday use: texts that are not clipped, fields that show the start of
// what they hold, dates as the user's language writes them, a window that opens at its normal
// size in German, settings that say what they do, long lists that can be searched, and a file
// that says plainly whom it protects.
#include "ScriptedDialogs.h"
#include "UiTestData.h"
#include "admin/AdminPage.h"
#include "app/Session.h"
#include "common/PersonPicker.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "start/IdentityDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

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
    void everyPage_fitsTheNormalWindowSize_data();
    void everyPage_fitsTheNormalWindowSize();

private:
    std::unique_ptr<Session> openAs(const Person& user);

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
    QTest::keyClick(picker, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
    saveShot(&window, u"person-picker"_s);
    QCOMPARE(picker->lineEdit()->cursorPosition(), 0);
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
