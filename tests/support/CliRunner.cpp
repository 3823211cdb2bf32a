#include "CliRunner.h"

#include <QProcess>

namespace peerradar::test {

CliRun runCli(const QStringList& arguments, const QByteArray& input, const QStringList& environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setEnvironment(QProcess::systemEnvironment() + environment);
    process.start(qEnvironmentVariable("PEERRADAR_CLI"), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(600000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace peerradar::test
