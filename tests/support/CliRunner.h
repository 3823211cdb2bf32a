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

// `input` is written to its standard input; `environment` ("NAME=value") is added to the test's own.
CliRun runCli(const QStringList& arguments, const QByteArray& input = {}, const QStringList& environment = {});

} // namespace peerradar::test
