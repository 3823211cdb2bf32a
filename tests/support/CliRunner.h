#pragma once

#include <QByteArray>
#include <QStringList>

// Runs the command-line companion (the binary named by PEERRADAR_CLI, set by tests/CMakeLists.txt)
// as a user would, and keeps what it said.
namespace peerradar::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments);

} // namespace peerradar::test
