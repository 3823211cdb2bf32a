#include "cli/Parsing.h"

#include "cli/Output.h"
#include "storage/CycleRepository.h"

#include <QDir>
#include <QFileInfo>

namespace peerradar::cli {

namespace {

int parseFileArguments(Parsed& p, const QStringList& arguments, const QList<QCommandLineOption>& options, int minimum,
    int maximum, const QString& missing)
{
    p.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.parser.addOptions(options);
    p.parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the PeerRadar file"));
    if (!p.parser.parse(arguments))
        return usageError(p.parser.errorText());
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() < minimum)
        return usageError(missing);
    if (maximum > 0 && positional.size() > maximum)
        return usageError(QStringLiteral("unexpected argument: %1").arg(positional.at(maximum)));
    p.files = positional;
    p.file = positional.front();
    return 0;
}

} // namespace

int parse(Parsed& p, const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    return parseFileArguments(p, arguments, options, 1, 1, QStringLiteral("name the PeerRadar FILE"));
}

int parseFiles(Parsed& p, const QStringList& arguments, const QList<QCommandLineOption>& options, int minimum,
    const QString& missing)
{
    return parseFileArguments(p, arguments, options, minimum, 0, missing);
}

Status refuseExisting(const QString& path, bool force)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("%1 is a folder; name a file").arg(path));
    if (info.exists() && !force)
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral("%1 already exists; add --force to replace it").arg(path));
    return {};
}

Status refuseFolder(const QString& path, bool force)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral("%1 is a file; --all writes one PDF per person and team into a folder").arg(path));
    if (info.isDir() && !force && !QDir(path).isEmpty())
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral("the folder %1 already holds files; add --force to replace the summaries in it").arg(path));
    return {};
}

Result<std::unique_ptr<Database>> openForReading(const QString& path)
{
    // A command that only reads never changes the file: an older one is read through an updated
    // temporary copy, with no backup written and nothing migrated in place.
    auto db = Database::openForReading(path);
    if (db && (*db)->isUpdatedCopy())
        printError(QStringLiteral("note: %1 was saved by an older PeerRadar (file version %2); it was read through an "
                                  "updated copy and left unchanged. peerradar-cli upgrade %1 updates it.")
                       .arg(path)
                       .arg((*db)->versionFound()));
    return db;
}

Status readCycle(Database& db, const Parsed& p, ProfileOptions& options)
{
    options.readerIsHr = !p.parser.isSet(QStringLiteral("as-reader"));
    if (!p.parser.isSet(QStringLiteral("cycle")))
        return {};
    auto cycle = CycleRepository(db).byName(p.parser.value(QStringLiteral("cycle")));
    if (!cycle)
        return cycle.error();
    options.cycleId = cycle->id;
    return {};
}

} // namespace peerradar::cli
