#include "cli/ServerCommands.h"

#include "cli/Help.h"
#include "cli/Output.h"
#include "cli/Parsing.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/ServerAddress.h"
#include "storage/ServerSetup.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace peerradar::cli {

namespace {

int needServer(const QString& location)
{
    return usageError(
        QStringLiteral("%1 is not a server address (postgresql://USER@HOST[:PORT]/DATABASE)").arg(location));
}

} // namespace

int cmdServerInit(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args, commandOptions(QStringLiteral("server-init"))); rc != 0)
        return rc;
    if (!ServerAddress::parse(p.file))
        return needServer(p.file);
    if (p.parser.isSet(QStringLiteral("upgrade"))) {
        auto db = Database::open(p.file);
        if (!db)
            return fail(db.error());
        auto found = ServerSetup::upgrade(**db);
        if (!found)
            return fail(found.error());
        printOut(QStringLiteral("Upgraded the access rules of %1 from version %2 to version %3, in one transaction.\n")
                     .arg((*db)->displayName(), QString::number(*found), QString::number(ServerSetup::currentRulesVersion)));
        return 0;
    }
    auto db = ServerSetup::initialise(p.file);
    if (!db)
        return fail(db.error());
    printOut(
        QStringLiteral("Set up %1: schema version %2 and its access rules. Next: copy a file into it "
                       "(peerradar-cli copy FILE URL) or import people, then give each person an account "
                       "(peerradar-cli account URL --person EMAIL).\n")
            .arg((*db)->displayName(), QString::number(Database::currentSchemaVersion())));
    return 0;
}

int cmdAccount(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args, commandOptions(QStringLiteral("account")));
        rc != 0)
        return rc;
    if (!p.parser.isSet(QStringLiteral("person")))
        return usageError(QStringLiteral("name the person with --person EMAIL"));
    if (!ServerAddress::parse(p.file))
        return needServer(p.file);
    // The password comes from standard input (its first line), never from the command line,
    // where other users of the machine could read it.
    QTextStream in(stdin);
    const QString password = in.readLine();
    auto db = Database::open(p.file);
    if (!db)
        return fail(db.error());
    auto login = ServerSetup::createAccount(
        **db, p.parser.value(QStringLiteral("person")), password, p.parser.value(QStringLiteral("login")));
    if (!login)
        return fail(login.error());
    ServerAddress address = *ServerAddress::parse(p.file);
    address.user = *login;
    address.password.clear();
    printOut(
        QStringLiteral("Account %1 is ready. They connect with %2\n").arg(*login, address.displayName()));
    return 0;
}

int cmdCopy(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("file or server URL to copy from"));
    parser.addPositionalArgument(
        QStringLiteral("TARGET"), QStringLiteral("new file, or server URL after server-init"));
    if (!parser.parse(args))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QStringLiteral("name the SOURCE and the TARGET"));
    const QString& sourceLocation = positional.at(0);
    const QString& targetLocation = positional.at(1);
    auto source = openForReading(sourceLocation);
    if (!source)
        return fail(source.error());
    const bool toServer = ServerAddress::isServerUrl(targetLocation);
    auto target = toServer ? Database::open(targetLocation) : Database::create(targetLocation);
    if (!target)
        return fail(target.error());
    ProgressLine line(QStringLiteral("Copying…"));
    const Status status = DatabaseCopy::copy(
        **source, **target, [&](qint64 done, qint64 total) { return line.update(done, total); });
    if (!status) {
        if (!toServer) {
            // The file is ours, created a moment ago: nothing half-copied stays behind.
            target.value().reset();
            for (const char* suffix : { "", "-wal", "-shm" })
                QFile::remove(targetLocation + QString::fromLatin1(suffix));
        }
        return fail(status.error());
    }
    printOut(QStringLiteral("Copied %1 into %2\n").arg((*source)->displayName(), (*target)->displayName()));
    return 0;
}

} // namespace peerradar::cli
