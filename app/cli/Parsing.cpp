#include "cli/Parsing.h"

#include "cli/Output.h"
#include "storage/CycleRepository.h"

namespace peerradar::cli {

int parse(Parsed& p, const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    p.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.parser.addOptions(options);
    p.parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the PeerRadar file"));
    if (!p.parser.parse(arguments))
        return usageError(p.parser.errorText());
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty() ? QStringLiteral("name the PeerRadar FILE")
                                               : QStringLiteral("unexpected argument: %1").arg(positional.at(1)));
    p.file = positional.front();
    return 0;
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
