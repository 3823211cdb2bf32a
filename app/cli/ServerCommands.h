#pragma once

#include <QStringList>

// The commands for a PostgreSQL server: server-init, account, and copy (between a file and a
// server, either way). Each takes "peerradar-cli ARGS…" without the command's name.
namespace peerradar::cli {

int cmdServerInit(const QStringList& args);
int cmdAccount(const QStringList& args);
int cmdCopy(const QStringList& args);

} // namespace peerradar::cli
