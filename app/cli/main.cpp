// peerradar-cli: the command-line companion. Parses arguments, calls core, prints results.
// Exit codes: 0 success, 1 the operation failed (one line on stderr), 2 the command line is wrong.

#include "cli/Commands.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

int main(int argc, char* argv[])
{
    // PDF reports lay out text and draw charts with QPainter, which needs a QGuiApplication (fonts);
    // nothing is ever shown, so no display is needed. Other commands stay a plain QCoreApplication
    // and start faster.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (drawing) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // What Qt would pick itself, minus its warning on stderr.
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::getuid());
            QDir().mkpath(QString::fromLocal8Bit(runtime));
            QFile::setPermissions(QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("peerradar-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PeerRadar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERRADAR_VERSION));
    // The command-line tool speaks English; the English catalogue holds the plural forms the
    // source text cannot ("1 observer", "2 observers") that the PDFs' shared texts use.
    peerradar::Translations::install(*app, QStringLiteral("en"));
    return peerradar::cli::run(QCoreApplication::arguments());
}
