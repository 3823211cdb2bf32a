// peerradar: the desktop program. Parses the command line, sets up translations and opens the window.
#include "app/AppSettings.h"
#include "common/DialogProvider.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// For the benchmark (tests/bench): with PEERRADAR_EXIT_AFTER_FIRST_PAINT set, print the moment the
// open file's workspace is first painted (CLOCK_REALTIME, ns) on stderr and quit.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(const peerradar::MainWindow& window) : m_window(window) { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint && m_window.workspace()) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && m_window.workspace()->isAncestorOf(widget)) {
                m_done = true;
                timespec now {};
                clock_gettime(CLOCK_REALTIME, &now);
                std::fprintf(stderr, "first-paint %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const peerradar::MainWindow& m_window;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PeerRadar"));
    QApplication::setApplicationName(QStringLiteral("peerradar"));
    QApplication::setApplicationDisplayName(QStringLiteral("PeerRadar"));
    QApplication::setApplicationVersion(QStringLiteral(PEERRADAR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.peerradar.PeerRadar"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.peerradar.PeerRadar"), QIcon(QStringLiteral(":/icons/peerradar.svg"))));

    peerradar::Translations::install(app, peerradar::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "360-degree feedback for peer influence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "The PeerRadar file to open."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    peerradar::MainWindow window(std::make_shared<peerradar::WidgetDialogProvider>());
    FirstPaintProbe probe(window);
    if (qEnvironmentVariableIsSet("PEERRADAR_EXIT_AFTER_FIRST_PAINT"))
        app.installEventFilter(&probe);
    window.show();
    window.startWith(parser.positionalArguments().value(0));
    return QApplication::exec();
}
