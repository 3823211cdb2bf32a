#include "cli/Commands.h"

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
#include "cli/Help.h"
#include "cli/Output.h"
#include "cli/Parsing.h"
#include "cli/ReportCommand.h"
#include "cli/ProfileText.h"
#include "cli/ServerCommands.h"
#include "demo/DemoOrganisation.h"
#include "io/Merge.h"
#include "io/OrgCsv.h"
#include "storage/CycleRepository.h"
#include "storage/Database.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerSetup.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

namespace peerradar::cli {

namespace {

int cmdInit(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args, {}); rc != 0)
        return rc;
    auto db = Database::create(p.file);
    if (!db)
        return fail(db.error());
    printOut(QStringLiteral("Created %1\n").arg(p.file));
    return 0;
}

bool parseCount(const QCommandLineParser& parser, const QString& name, qint64 min, qint64 max, qint64& out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    out = parser.value(name).toLongLong(&ok);
    return ok && out >= min && out <= max;
}

int cmdDemo(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args, commandOptions(QStringLiteral("demo"))); rc != 0)
        return rc;
    qint64 people = 200, observations = 20000, seed = 1;
    if (!parseCount(p.parser, QStringLiteral("people"), 3, 100000, people))
        return usageError(QStringLiteral("--people must be a whole number from 3 to 100000"));
    if (!parseCount(p.parser, QStringLiteral("observations"), 0, 100000000, observations))
        return usageError(QStringLiteral("--observations must be a whole number from 0 to 100000000"));
    if (!parseCount(p.parser, QStringLiteral("seed"), 0, 4294967295LL, seed))
        return usageError(QStringLiteral("--seed must be a whole number from 0 to 4294967295"));
    auto db = Database::create(p.file);
    if (!db)
        return fail(db.error());
    ProgressLine line(QStringLiteral("Creating the demo organisation…"));
    DemoOptions options;
    options.people = int(people);
    options.observations = observations;
    options.seed = quint32(seed);
    options.progress = [&](qint64 done, qint64 total) { return line.update(done, total); };
    if (auto status = generateDemoOrganisation(**db, options); !status) {
        db.value().reset();
        // The file is ours, created a moment ago: don't leave half a demo behind.
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(p.file + QString::fromLatin1(suffix));
        return fail(status.error());
    }
    printOut(QStringLiteral("Created %1 with %2 and %3\n")
                 .arg(p.file, counted(people, "person", "people"), counted(observations, "observation", "observations")));
    return 0;
}

// import/export: FILE and exactly one of --people CSV / --observations CSV.
int parseCsvCommand(Parsed& p, const QString& command, const QStringList& args, bool& people, QString& csv)
{
    if (int rc = parse(p, args, commandOptions(command)); rc != 0)
        return rc;
    const bool hasPeople = p.parser.isSet(QStringLiteral("people"));
    const bool hasObservations = p.parser.isSet(QStringLiteral("observations"));
    if (hasPeople == hasObservations)
        return usageError(QStringLiteral("give exactly one of --people CSV or --observations CSV"));
    people = hasPeople;
    csv = p.parser.value(people ? QStringLiteral("people") : QStringLiteral("observations"));
    return 0;
}

// A refused import: its one-line reason on stderr, then every problem, one per line, on stderr or
// into the --errors file.
int failImport(const ImportOutcome& outcome, const QString& errorsPath)
{
    if (outcome.problems.isEmpty())
        return fail(*outcome.error);
    const QString problems = describeProblems(outcome.problems, int(outcome.problems.size())) + u'\n';
    if (!errorsPath.isEmpty()) {
        QSaveFile file(errorsPath);
        if (file.open(QIODevice::WriteOnly) && file.write(problems.toUtf8()) >= 0 && file.commit())
            return fail(makeError(outcome.error->code,
                outcome.error->message + QStringLiteral(" The problems are listed in %1.").arg(errorsPath)));
        printError(QStringLiteral("cannot write %1: %2; the problems follow here").arg(errorsPath, file.errorString()));
    }
    printError(outcome.error->message);
    printErrorLines(problems.trimmed().split(u'\n'));
    return 1;
}

int cmdImport(const QStringList& args)
{
    Parsed p;
    bool people = false;
    QString csv;
    if (int rc = parseCsvCommand(p, QStringLiteral("import"), args, people, csv); rc != 0)
        return rc;
    if (p.parser.isSet(QStringLiteral("errors"))) {
        if (auto refused = refuseExisting(p.parser.value(QStringLiteral("errors")), p.parser.isSet(QStringLiteral("force")));
            !refused)
            return fail(refused.error());
    }
    QFile input(csv);
    if (!input.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(csv, input.errorString())));
    auto db = Database::open(p.file);
    if (!db)
        return fail(db.error());
    ProgressLine line(QStringLiteral("Importing…"));
    const Progress progress = [&](qint64 done, qint64 total) { return line.update(done, total); };
    const ImportOutcome outcome
        = people ? importPeopleCsv(**db, &input, progress) : importObservationsCsv(**db, &input, progress);
    if (!outcome.ok())
        return failImport(outcome, p.parser.value(QStringLiteral("errors")));
    printOut(QStringLiteral("Imported %1 from %2\n").arg(counted(outcome.summary.rows, "row", "rows"), csv));
    return 0;
}

int cmdExport(const QStringList& args)
{
    Parsed p;
    bool people = false;
    QString csv;
    if (int rc = parseCsvCommand(p, QStringLiteral("export"), args, people, csv); rc != 0)
        return rc;
    if (auto refused = refuseExisting(csv, p.parser.isSet(QStringLiteral("force"))); !refused)
        return fail(refused.error());
    auto db = openForReading(p.file);
    if (!db)
        return fail(db.error());
    // Written beside the target and renamed at the end: a failed export leaves no half file.
    QSaveFile output(csv);
    if (!output.open(QIODevice::WriteOnly))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(csv, output.errorString())));
    output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ProgressLine line(QStringLiteral("Exporting…"));
    const Progress progress = [&](qint64 done, qint64 total) { return line.update(done, total); };
    const ByteOrderMark bom = p.parser.isSet(QStringLiteral("no-bom")) ? ByteOrderMark::Omitted : ByteOrderMark::Written;
    const Status status = people ? exportPeopleCsv(**db, &output, progress, bom)
                                 : exportObservationsCsv(**db, &output, progress, bom);
    if (!status) {
        output.cancelWriting();
        return fail(status.error());
    }
    if (!output.commit())
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(csv, output.errorString())));
    return 0;
}

struct Rendered
{
    QJsonObject json;
    QString text;
};

// `profile` and `team`: one named subject (--person EMAIL, --team NAME), an optional cycle, JSON or text.
int runProfileCommand(const QStringList& args, const QString& command, const QString& option,
    const QString& valueName, const std::function<Result<Rendered>(Database&, const QString&, const ProfileOptions&)>& compute)
{
    Parsed p;
    if (int rc = parse(p, args, commandOptions(command)); rc != 0)
        return rc;
    if (!p.parser.isSet(option))
        return usageError(QStringLiteral("name it with --%1 %2").arg(option, valueName));
    auto db = openForReading(p.file);
    if (!db)
        return fail(db.error());
    ProfileOptions options;
    if (auto status = readCycle(**db, p, options); !status)
        return fail(status.error());
    auto rendered = compute(**db, p.parser.value(option), options);
    if (!rendered)
        return fail(rendered.error());
    if (p.parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(rendered->json).toJson(QJsonDocument::Indented)));
    else
        printOut(rendered->text);
    return 0;
}

int cmdProfile(const QStringList& args)
{
    return runProfileCommand(args, QStringLiteral("profile"), QStringLiteral("person"), QStringLiteral("EMAIL"),
        [](Database& db, const QString& email, const ProfileOptions& options) -> Result<Rendered> {
            auto person = PeopleRepository(db).byEmail(email);
            if (!person)
                return person.error();
            auto profile = ProfileService(db).personProfile(person->id, options);
            if (!profile)
                return profile.error();
            return Rendered { profileToJson(*profile), profileAsText(*profile) };
        });
}

int cmdTeam(const QStringList& args)
{
    return runProfileCommand(args, QStringLiteral("team"), QStringLiteral("team"), QStringLiteral("NAME"),
        [](Database& db, const QString& name, const ProfileOptions& options) -> Result<Rendered> {
            auto team = PeopleRepository(db).teamByName(name);
            if (!team)
                return team.error();
            auto profile = TeamProfileService(db).teamProfile(team->id, options);
            if (!profile)
                return profile.error();
            return Rendered { teamProfileToJson(*profile), teamProfileAsText(*profile) };
        });
}

int cmdCheck(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args, {}); rc != 0)
        return rc;
    auto db = openForReading(p.file);
    if (!db)
        return fail(db.error());
    const QStringList problems = (*db)->integrityProblems();
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            printOut(problem + u'\n');
        return fail(makeError(ErrorCode::Corrupt,
            QStringLiteral("%1 has %2; see above").arg(p.file, counted(problems.size(), "problem", "problems"))));
    }
    auto people = PeopleRepository(**db).all();
    auto observations = ObservationRepository(**db).count();
    if (!people)
        return fail(people.error());
    if (!observations)
        return fail(observations.error());
    const QString version = (*db)->isUpdatedCopy()
        ? QStringLiteral("file version %1 (this PeerRadar's is %2; checked through an updated copy, the file was not "
                         "changed)")
              .arg((*db)->versionFound())
              .arg(Database::currentSchemaVersion())
        : QStringLiteral("file version %1").arg(Database::currentSchemaVersion());
    printOut(QStringLiteral("OK: %1 — %2, %3, %4\n")
                 .arg(p.file, version, counted(people->size(), "person", "people"),
                     counted(*observations, "observation", "observations")));
    return 0;
}

// upgrade FILE: the one command that updates an older file in place (after keeping a copy).
int cmdUpgrade(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args, {}); rc != 0)
        return rc;
    {
        auto current = Database::open(p.file, Database::Access::ReadOnly);
        if (current) {
            printOut(QStringLiteral("%1 is up to date (file version %2); nothing was changed.\n")
                         .arg(p.file)
                         .arg(Database::currentSchemaVersion()));
            return 0;
        }
        if (current.error().code != ErrorCode::OlderVersion)
            return fail(current.error());
    }
    auto db = Database::open(p.file);
    if (!db)
        return fail(db.error());
    if ((*db)->isServer()) {
        printOut(QStringLiteral("Updated %1 to version %2\n").arg((*db)->displayName()).arg(Database::currentSchemaVersion()));
        return 0;
    }
    printOut(QStringLiteral("Updated %1 from file version %2 to %3; the old file is kept as %4\n")
                 .arg(p.file)
                 .arg((*db)->versionFound())
                 .arg(Database::currentSchemaVersion())
                 .arg((*db)->backupPath()));
    return 0;
}

// release FILE --cycle NAME [--again]: a second release only when asked for, after saying what it reveals.
int cmdRelease(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args, commandOptions(QStringLiteral("release"))); rc != 0)
        return rc;
    if (!p.parser.isSet(QStringLiteral("cycle")))
        return usageError(QStringLiteral("name the cycle with --cycle NAME"));
    auto db = Database::open(p.file);
    if (!db)
        return fail(db.error());
    CycleRepository cycles(**db);
    auto cycle = cycles.byName(p.parser.value(QStringLiteral("cycle")));
    if (!cycle)
        return fail(cycle.error());
    const bool again = p.parser.isSet(QStringLiteral("again"));
    auto changes = cycles.changesSinceRelease(cycle->id);
    if (!changes)
        return fail(changes.error());
    if (*changes && !again)
        return fail(makeError(ErrorCode::AlreadyExists,
            QStringLiteral("The cycle \"%1\" was released before; nothing was changed. %2 To release it again, add "
                           "--again.")
                .arg(cycle->name, CycleRepository::releaseAgainWarning(**changes))));
    auto me = ServerSetup::connectedPerson(**db);
    if (!me)
        return fail(me.error());
    auto release = cycles.release(cycle->id, *me, again);
    if (!release)
        return fail(release.error());
    printOut(QStringLiteral("Released the cycle \"%1\" (%2 to %3), release %4: everyone but HR now reads its figures "
                            "as they are now, and they stay so.\n")
                 .arg(cycle->name, release->start.toString(Qt::ISODate), release->end.toString(Qt::ISODate),
                     QString::number(release->number)));
    return 0;
}

// merge TARGET SOURCE…: all sources in one transaction; a refused or failed source leaves TARGET as it was.
int cmdMerge(const QStringList& args)
{
    Parsed p;
    if (int rc = parseFiles(p, args, commandOptions(QStringLiteral("merge")), 2,
            QStringLiteral("name the TARGET file and at least one SOURCE file"));
        rc != 0)
        return rc;
    MergeOptions options;
    options.dryRun = p.parser.isSet(QStringLiteral("dry-run"));
    if (p.parser.isSet(QStringLiteral("prefer"))) {
        const QString prefer = p.parser.value(QStringLiteral("prefer"));
        if (prefer != QLatin1String("target") && prefer != QLatin1String("source"))
            return usageError(QStringLiteral("--prefer must be target or source"));
        options.prefer = prefer == QLatin1String("target") ? MergePreference::Target : MergePreference::Source;
    }
    auto db = Database::open(p.file);
    if (!db)
        return fail(db.error());
    ProgressLine line(QStringLiteral("Merging…"));
    options.progress = [&](qint64 done, qint64 total) { return line.update(done, total); };
    QList<MergeReport> reports;
    std::optional<Error> error;
    const Status status = (*db)->transaction([&]() -> Status {
        for (const QString& source : p.files.mid(1)) {
            auto report = mergeFile(**db, source, options);
            if (!report)
                error = report.error();
            else if (report->refused())
                error = makeError(ErrorCode::Invalid, report->summary().section(u'\n', 0, 0));
            if (report)
                reports << *report;
            if (error)
                return *error;
        }
        return {};
    });
    if (status) {
        for (const MergeReport& report : std::as_const(reports)) {
            printOut(report.summary() + u'\n');
            for (const QString& conflict : report.conflictMessages())
                printOut(conflict + u'\n');
        }
        return 0;
    }
    const Error shown = error.value_or(status.error());
    QString message = shown.message;
    const bool refused = !reports.isEmpty() && reports.constLast().refused();
    if (refused) {
        const MergeReport& last = reports.constLast();
        for (const QString& conflict : last.conflictMessages())
            printOut(conflict + u'\n');
        if (std::all_of(last.conflicts.cbegin(), last.conflicts.cend(), [](const MergeConflict& c) { return c.resolvable; }))
            message += QStringLiteral(" Settle the conflicts listed above, or choose a side with --prefer target or "
                                      "--prefer source.");
    }
    if (reports.size() - (refused ? 1 : 0) > 0)
        message += QStringLiteral(" The files named before it were not merged either: nothing was changed.");
    return fail(makeError(shown.code, message));
}

} // namespace

int run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return usageError(QStringLiteral("name a command"));
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printOut(usageText());
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(versionText());
        return 0;
    }
    if (command == QLatin1String("--man")) {
        printOut(manPage());
        return 0;
    }
    if (command == QLatin1String("--completion")) {
        const QString script = completionScript(arguments.value(2));
        if (script.isEmpty())
            return usageError(QStringLiteral("--completion takes bash or zsh"));
        printOut(script);
        return 0;
    }
    const std::map<QString, std::function<int(const QStringList&)>> run = {
        { QStringLiteral("init"), cmdInit },
        { QStringLiteral("demo"), cmdDemo },
        { QStringLiteral("import"), cmdImport },
        { QStringLiteral("export"), cmdExport },
        { QStringLiteral("check"), cmdCheck },
        { QStringLiteral("release"), cmdRelease },
        { QStringLiteral("upgrade"), cmdUpgrade },
        { QStringLiteral("profile"), cmdProfile },
        { QStringLiteral("team"), cmdTeam },
        { QStringLiteral("report"), cmdReport },
        { QStringLiteral("merge"), cmdMerge },
        { QStringLiteral("server-init"), cmdServerInit },
        { QStringLiteral("account"), cmdAccount },
        { QStringLiteral("copy"), cmdCopy },
    };
    const auto it = run.find(command);
    const CommandHelp* help = cli::command(command);
    if (it == run.end() || !help)
        return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
    // The command's own parser sees "peerradar-cli FILE --options…".
    QStringList rest = arguments;
    rest.removeAt(1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        printOut(commandUsageText(*help));
        return 0;
    }
    return it->second(rest);
}

} // namespace peerradar::cli
