#pragma once

#include "analytics/Profile.h"
#include "storage/Database.h"

#include <QCommandLineParser>

namespace peerradar {
class Database;
}

// Argument parsing shared by the commands: each command has its own options and one FILE.
namespace peerradar::cli {

struct Parsed
{
    QCommandLineParser parser;
    QString file; // the first file
    QStringList files; // every file named, in order
};

// Parses `arguments` ("peerradar-cli FILE --options…"); returns 0, or the exit code of a usage error.
int parse(Parsed& p, const QStringList& arguments, const QList<QCommandLineOption>& options);
// The same for a command that names `minimum` files or more ("peerradar-cli TARGET SOURCE… --options").
int parseFiles(Parsed& p, const QStringList& arguments, const QList<QCommandLineOption>& options, int minimum,
    const QString& missing);
// An output file that exists is left alone unless --force was given: AlreadyExists names the option.
Status refuseExisting(const QString& path, bool force);
// The folder of report --all: not a file, and not one that already holds files unless --force.
Status refuseFolder(const QString& path, bool force);
// A file for a command that only reads. An older file is first updated (with the copy the update
// keeps), as the program would do, since a read-only connection cannot update it.
Result<std::unique_ptr<Database>> openForReading(const QString& path);
// --cycle NAME and --as-reader into the profile options.
Status readCycle(Database& db, const Parsed& p, ProfileOptions& options);

} // namespace peerradar::cli
