#include "domain/Rules.h"
#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "i18n/Translations.h"
#include "main/MainMenus.h"
#include "main/MainWindow.h"

#include <QApplication>
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

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
