// peerradar-cli: the command-line companion. Parses arguments, calls core, prints results.
// Exit codes: 0 success, 1 the operation failed (one line on stderr), 2 the command line is wrong.

#include "cli/Commands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("peerradar-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PeerRadar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERRADAR_VERSION));
    return peerradar::cli::run(QCoreApplication::arguments());
}
