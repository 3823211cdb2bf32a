#include "domain/Rules.h"
#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "app/AppSettings.h"
#include "i18n/SettingsDialog.h"
#include "i18n/Translations.h"
#include "main/MainMenus.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;

// The German translation is built in and replaces what the user reads.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void german_replacesMenuTitles();
    void german_translatesCoreMessages();
    void unknownLanguage_fallsBackToEnglish();
    void settings_systemChoice_namesTheLanguageItLoads();
    void settings_newLanguage_saysBesideTheChoiceWhenItTakesEffect();

private:
    QTemporaryDir m_settingsDir;
};

void TestTranslations::initTestCase()
{
    isolateSettings(m_settingsDir);
}

void TestTranslations::cleanup()
{
    Translations::uninstall(*qApp);
}

void TestTranslations::german_replacesMenuTitles()
{
    QCOMPARE(Translations::install(*qApp, u"de"_qs), u"de"_qs);
    MainWindow window(std::make_shared<ScriptedDialogs>());
    QCOMPARE(window.menus().fileMenu->title(), u"&Datei"_qs);
    QCOMPARE(window.menus().editMenu->title(), u"&Bearbeiten"_qs);
    QCOMPARE(window.menus().helpMenu->title(), u"&Hilfe"_qs);
    QCOMPARE(window.windowTitle(), u"PeerRadar"_qs);
    // Qt's own strings come from qtbase_de.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_qs);
}

void TestTranslations::german_translatesCoreMessages()
{
    Translations::install(*qApp, u"de"_qs);
    QCOMPARE(raterGroupDisplayName(RaterGroup::Peer), u"Kollegen"_qs);
    QCOMPARE(roleDisplayName(Role::Hr), u"Personalabteilung"_qs);
    // Messages from free functions and helpers of core reach the catalogue under lupdate's context.
    Person nameless;
    nameless.email = u"a@example.com"_qs;
    QCOMPARE(validatePerson(nameless).error().message, u"Geben Sie den Namen der Person ein."_qs);
}

void TestTranslations::unknownLanguage_fallsBackToEnglish()
{
    QCOMPARE(Translations::install(*qApp, u"fi"_qs), u"en"_qs);
    MainWindow window(std::make_shared<ScriptedDialogs>());
    QCOMPARE(window.menus().fileMenu->title(), u"&File"_qs);
}

// ctest runs with LC_ALL=C.UTF-8: a system whose language has no name of its own.
void TestTranslations::settings_systemChoice_namesTheLanguageItLoads()
{
    QCOMPARE(Translations::resolve({}), u"en"_qs);
    SettingsDialog dialog;
    auto* language = dialog.findChild<QComboBox*>(u"languageComboBox"_qs);
    QVERIFY(language);
    QCOMPARE(language->itemText(0), u"As the system (English)"_qs);
}

void TestTranslations::settings_newLanguage_saysBesideTheChoiceWhenItTakesEffect()
{
    Translations::install(*qApp, u"en"_qs);
    AppSettings::setLanguage({});
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* language = dialog.findChild<QComboBox*>(u"languageComboBox"_qs);
    auto* note = dialog.findChild<QLabel*>(u"languageRestartNote"_qs);
    auto* paper = dialog.findChild<QComboBox*>(u"paperComboBox"_qs);
    QVERIFY(language && note && paper);
    QVERIFY(!note->isVisible()); // the system's language is the one shown

    language->setFocus();
    QTest::keyClick(language, Qt::Key_End); // Deutsch
    QCOMPARE(language->currentData().toString(), u"de"_qs);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Takes effect when PeerRadar starts again."_qs);
    // Beside the choice: right below the language, above the next setting.
    QApplication::processEvents();
    QVERIFY(note->geometry().top() >= language->geometry().bottom());
    QVERIFY(note->geometry().bottom() <= paper->geometry().top());
    QCOMPARE(note->height(), note->sizeHint().height()); // not clipped

    QTest::keyClick(language, Qt::Key_Home); // as the system: English again
    QVERIFY(!note->isVisible());
    QTest::keyClick(language, Qt::Key_End);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(AppSettings::language(), u"de"_qs);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
