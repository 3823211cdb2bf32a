#pragma once

#include <QStringList>

namespace peerradar::cli {

// Runs one command line (arguments()[0] is the program) and returns the exit code.
int run(const QStringList& arguments);

} // namespace peerradar::cli
