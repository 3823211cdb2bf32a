// peerradar: the desktop program. Parses the command line, sets up translations and opens the window.
// Compiled a second time as peerradar-testbed, the program tests and the benchmark drive, with the
// hooks of TestHooks.h (PEERRADAR_TEST_HOOKS); the program people run has none.
#include "app/AppSettings.h"
#include "common/DialogProvider.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#ifdef PEERRADAR_TEST_HOOKS
#include "TestHooks.h"
#endif

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PeerRadar"));
    QApplication::setApplicationName(QStringLiteral("peerradar"));
    QApplication::setApplicationDisplayName(QStringLiteral("PeerRadar"));
    QApplication::setApplicationVersion(QStringLiteral(PEERRADAR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.peerradar.peerradar"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.peerradar.peerradar"), QIcon(QStringLiteral(":/icons/peerradar.svg"))));

    peerradar::Translations::install(app, peerradar::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "360-degree feedback for peer influence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "The PeerRadar file to open."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    peerradar::MainWindow window(std::make_shared<peerradar::WidgetDialogProvider>());
#ifdef PEERRADAR_TEST_HOOKS
    peerradar::FirstPaintProbe probe(window);
    if (qEnvironmentVariableIsSet("PEERRADAR_EXIT_AFTER_FIRST_PAINT"))
        app.installEventFilter(&probe);
#endif
    window.show();
    window.startWith(parser.positionalArguments().value(0));
#ifdef PEERRADAR_TEST_HOOKS
    if (const int count = qEnvironmentVariableIntValue("PEERRADAR_TEST_LOG_OBSERVATIONS"); count > 0)
        (new peerradar::LoggingDriver(window, count))->start();
#endif
    return QApplication::exec();
}
