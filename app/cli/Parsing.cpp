#include "cli/Parsing.h"

#include "cli/Output.h"
#include "storage/CycleRepository.h"

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

QCommandLineOption valueOption(const QString& name, const QString& valueName)
{
    return QCommandLineOption(name, QString(), valueName);
}

Result<std::unique_ptr<Database>> openForReading(const QString& path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db && db.error().code == ErrorCode::OlderVersion) {
        if (auto updated = Database::open(path); !updated)
            return updated.error();
        return Database::open(path, Database::Access::ReadOnly);
    }
    return db;
}

Status readCycle(Database& db, const Parsed& p, ProfileOptions& options)
{
    if (!p.parser.isSet(QStringLiteral("cycle")))
        return {};
    auto cycle = CycleRepository(db).byName(p.parser.value(QStringLiteral("cycle")));
    if (!cycle)
        return cycle.error();
    options.cycleId = cycle->id;
    return {};
}

} // namespace peerradar::cli
