#include "CliRunner.h"

#include <QProcess>

namespace peerradar::test {

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("PEERRADAR_CLI"), arguments);
    process.waitForFinished(600000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace peerradar::test
