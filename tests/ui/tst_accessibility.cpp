#include "ScriptedDialogs.h"
#include "UiTestData.h"
#include "WindowInspection.h"
#include "admin/AdminPage.h"
#include "app/Session.h"
#include "common/Accessibility.h"
#include "i18n/SettingsDialog.h"
#include "i18n/Translations.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/EditObservationDialog.h"
#include "start/FirstPersonDialog.h"
#include "start/IdentityDialog.h"
#include "storage/ObservationRepository.h"

#include <QDir>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;

// Every page of the main window, as HR sees it (all pages exist) and as a manager sees it, walked
// as a keyboard and screen-reader user would, in English and in German: every control has a name, Tab reaches
// every control in reading order, and no two Alt+letter mnemonics collide.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyPage_everyControlHasAName_data() { languages(); }
    void everyPage_everyControlHasAName();
    void everyPage_tabReachesEveryControlInReadingOrder_data() { languages(); }
    void everyPage_tabReachesEveryControlInReadingOrder();
    void everyPage_noMnemonicCollides_data() { languages(); }
    void everyPage_noMnemonicCollides();
    void welcomePageAndDialogs_namedAndWithoutCollidingMnemonics_data() { languages(); }
    void welcomePageAndDialogs_namedAndWithoutCollidingMnemonics();

private:
    static void languages();
    // Fails listing every problem (QVERIFY2 would cut a long list short).
    static void report(const QStringList& problems);
    void open(const Person& user);
    // Calls `check` on every page (the Organisation tab's pages one by one) with the page's name;
    // returns the problems found, each prefixed with its page.
    QStringList onEveryPage(const std::function<QStringList(const QString& page)>& check);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    isolateSettings(m_settingsDir);
}

void TestAccessibility::languages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("hr"); // else a manager: their Profile and Team pages choose differently
    QTest::newRow("English") << u"en"_qs << true;
    QTest::newRow("German") << u"de"_qs << true;
    QTest::newRow("English, manager") << u"en"_qs << false;
    QTest::newRow("German, manager") << u"de"_qs << false;
}

void TestAccessibility::report(const QStringList& problems)
{
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_qs.arg(problems.size())));
}

void TestAccessibility::init()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(*qApp, language), language);
    m_org = SmallOrg();
    m_file = std::make_unique<TempDatabase>();
    QVERIFY(m_org.build(m_file->db()));
    // Enough observations for the profile and team pages to show figures and notes.
    for (const Person* observer : { &m_org.cleo, &m_org.dan, &m_org.mia, &m_org.eve })
        for (int b = 0; b < m_org.behaviors.size(); ++b)
            QVERIFY(SmallOrg::log(m_file->db(), *observer, m_org.ben, m_org.behaviors.at(b), 1 + b % 5,
                QDate::currentDate().addDays(-b), u"In the review"_qs));
    m_file->close();
    QFETCH(bool, hr);
    open(hr ? m_org.hana : m_org.mia);
    QCOMPARE(m_window->workspace()->adminPage() != nullptr, hr);
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_file.reset();
    Translations::uninstall(*qApp);
}

void TestAccessibility::open(const Person& user)
{
    auto dialogs = std::make_shared<ScriptedDialogs>();
    dialogs->identity = user;
    m_window = std::make_unique<MainWindow>(dialogs);
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow(); // under X without a window manager, nobody else activates it
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startWith(m_file->path());
    QVERIFY(m_window->workspace());
}

QStringList TestAccessibility::onEveryPage(const std::function<QStringList(const QString&)>& check)
{
    QStringList problems;
    Workspace* pages = m_window->workspace();
    // PEERRADAR_SCREENSHOTS=FOLDER keeps a picture of every page walked, to look at.
    const QString screenshots = qEnvironmentVariable("PEERRADAR_SCREENSHOTS");
    auto run = [&](const QString& page) {
        QCoreApplication::processEvents();
        if (!screenshots.isEmpty())
            m_window->grab().save(QDir(screenshots)
                                      .filePath(QString::fromLatin1(QTest::currentDataTag()) + u'-'
                                          + QString(page).replace(u' ', u'_').remove(u'›') + u".png"_qs));
        for (const QString& problem : check(page))
            problems << page + u": "_qs + problem;
    };
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        const QString page = QString(pages->tabText(i)).remove(u'&');
        if (pages->widget(i) != pages->adminPage()) {
            run(page);
            continue;
        }
        AdminPage* admin = pages->adminPage();
        for (int j = 0; j < admin->count(); ++j) {
            admin->setCurrentIndex(j);
            run(page + u" › "_qs + QString(admin->tabText(j)).remove(u'&'));
        }
    }
    return problems;
}

void TestAccessibility::everyPage_everyControlHasAName()
{
    const QStringList problems
        = onEveryPage([this](const QString&) { return unnamedControls(m_window.get()); });
    report(problems);
}

void TestAccessibility::everyPage_tabReachesEveryControlInReadingOrder()
{
    QTabBar* tabs = m_window->workspace()->tabBar();
    const QStringList problems = onEveryPage([tabs](const QString&) { return tabOrderProblems(tabs); });
    report(problems);
}

void TestAccessibility::everyPage_noMnemonicCollides()
{
    QStringList problems = menuMnemonicCollisions(m_window->menuBar());
    problems << onEveryPage([this](const QString&) { return mnemonicCollisions(m_window.get()); });
    report(problems);
}

// The other windows a person meets: the welcome page (no file open) and the dialogs.
void TestAccessibility::welcomePageAndDialogs_namedAndWithoutCollidingMnemonics()
{
    QStringList problems;
    auto check = [&problems](QWidget* window, const QString& name) {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        for (const QString& problem : unnamedControls(window) + mnemonicCollisions(window))
            problems << name + u": "_qs + problem;
    };
    Session& session = *m_window->files().session();
    auto observation = ObservationRepository(session.database()).byId(1);
    PR_VERIFY_OK(observation);
    EditObservationDialog edit(
        session.observations(), session.undoStack(), *observation, m_org.cleo, m_window.get());
    check(&edit, u"Edit observation"_qs);
    SettingsDialog settings(m_window.get());
    check(&settings, u"Settings"_qs);
    IdentityDialog identity(session.database(), m_window.get());
    check(&identity, u"Who are you?"_qs);
    FirstPersonDialog first(session.database(), m_window.get());
    check(&first, u"First person"_qs);
    m_window->files().close();
    QVERIFY(!m_window->workspace());
    check(m_window.get(), u"Welcome page"_qs);
    report(problems);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
