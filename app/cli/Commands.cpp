#include "cli/Commands.h"

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
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

const char* const usage = R"(Usage: peerradar-cli COMMAND FILE [OPTIONS]

Commands:
  init FILE                         create a new PeerRadar file with the default framework
  demo FILE [--people N] [--observations M] [--seed S]
                                    create a new file holding a demo organisation
  import FILE --people CSV | --observations CSV
                                    import people (name,email,team,manager_email,role) or
                                    observations (date,observer_email,subject_email,behavior,
                                    impact,situation,action,result); all or nothing
  export FILE --people CSV | --observations CSV
                                    export the same columns
  profile FILE --person EMAIL [--cycle NAME] [--json]
                                    a person's profile
  team FILE --team NAME [--cycle NAME] [--json]
                                    a team's profile, heatmap and informal leaders
  report FILE (--person EMAIL | --team NAME | --all) [--cycle NAME]
         [--paper a4|letter] --out PATH
                                    PDF summaries: PATH is a .pdf file, or a folder for --all
  merge TARGET SOURCE... [--prefer target|source] [--dry-run]
                                    bring the people, teams, frameworks, cycles and
                                    observations of other PeerRadar files into TARGET;
                                    a conflict changes nothing unless --prefer chooses a side
  check FILE                        integrity and schema check
  server-init URL                   set up an empty PostgreSQL database: schema and access rules
  server-init --upgrade URL         bring an older server database's access rules up to date (owner)
  account URL --person EMAIL [--login NAME]
                                    a server login for that person (password on standard input)
  copy SOURCE TARGET                copy everything, ids kept: file to server or server to file

FILE may also be a server: postgresql://USER@HOST[:PORT]/DATABASE (password from PGPASSWORD
or ~/.pgpass).

Exit status: 0 on success, 1 when the operation failed, 2 when the command line is wrong.
)";

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
    if (int rc = parse(p, args,
            { valueOption(QStringLiteral("people"), QStringLiteral("N")),
                valueOption(QStringLiteral("observations"), QStringLiteral("M")),
                valueOption(QStringLiteral("seed"), QStringLiteral("S")) });
        rc != 0)
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
    printOut(QStringLiteral("Created %1 with %2 people and %3 observations\n")
                 .arg(p.file, QString::number(people), QString::number(observations)));
    return 0;
}

// import/export: FILE and exactly one of --people CSV / --observations CSV.
int parseCsvCommand(Parsed& p, const QStringList& args, bool& people, QString& csv)
{
    if (int rc = parse(p, args,
            { valueOption(QStringLiteral("people"), QStringLiteral("CSV")),
                valueOption(QStringLiteral("observations"), QStringLiteral("CSV")) });
        rc != 0)
        return rc;
    const bool hasPeople = p.parser.isSet(QStringLiteral("people"));
    const bool hasObservations = p.parser.isSet(QStringLiteral("observations"));
    if (hasPeople == hasObservations)
        return usageError(QStringLiteral("give exactly one of --people CSV or --observations CSV"));
    people = hasPeople;
    csv = p.parser.value(people ? QStringLiteral("people") : QStringLiteral("observations"));
    return 0;
}

int cmdImport(const QStringList& args)
{
    Parsed p;
    bool people = false;
    QString csv;
    if (int rc = parseCsvCommand(p, args, people, csv); rc != 0)
        return rc;
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
    if (!outcome.ok()) {
        QString message = outcome.error->message;
        if (!outcome.problems.isEmpty())
            message += u' ' + describeProblems(outcome.problems, 20).replace(u'\n', QStringLiteral("; "));
        return fail(makeError(outcome.error->code, message));
    }
    printOut(QStringLiteral("Imported %1 rows from %2\n").arg(outcome.summary.rows).arg(csv));
    return 0;
}

int cmdExport(const QStringList& args)
{
    Parsed p;
    bool people = false;
    QString csv;
    if (int rc = parseCsvCommand(p, args, people, csv); rc != 0)
        return rc;
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
    const Status status = people ? exportPeopleCsv(**db, &output, progress) : exportObservationsCsv(**db, &output, progress);
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
int runProfileCommand(const QStringList& args, const QString& option, const QString& valueName,
    const std::function<Result<Rendered>(Database&, const QString&, const ProfileOptions&)>& compute)
{
    Parsed p;
    if (int rc = parse(p, args,
            { valueOption(option, valueName), valueOption(QStringLiteral("cycle"), QStringLiteral("NAME")),
                QCommandLineOption(QStringLiteral("json")) });
        rc != 0)
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
    return runProfileCommand(args, QStringLiteral("person"), QStringLiteral("EMAIL"),
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
    return runProfileCommand(args, QStringLiteral("team"), QStringLiteral("NAME"),
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
            QStringLiteral("%1 has %2 problem(s); see above").arg(p.file, QString::number(problems.size()))));
    }
    auto people = PeopleRepository(**db).all();
    auto observations = ObservationRepository(**db).count();
    if (!people)
        return fail(people.error());
    if (!observations)
        return fail(observations.error());
    printOut(QStringLiteral("OK: %1 — file version %2, %3 people, %4 observations\n")
                 .arg(p.file, QString::number(Database::currentSchemaVersion()), QString::number(people->size()),
                     QString::number(*observations)));
    return 0;
}

// merge TARGET SOURCE…: all sources in one transaction; a refused or failed source leaves TARGET as it was.
int cmdMerge(const QStringList& args)
{
    Parsed p;
    if (int rc = parseFiles(p, args,
            { valueOption(QStringLiteral("prefer"), QStringLiteral("target|source")),
                QCommandLineOption(QStringLiteral("dry-run")) },
            2, QStringLiteral("name the TARGET file and at least one SOURCE file"));
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
        printOut(QString::fromUtf8(usage));
        return 0;
    }
    if (command == QLatin1String("--version")) {
        printOut(QStringLiteral("peerradar-cli %1\n").arg(QStringLiteral(PEERRADAR_VERSION)));
        return 0;
    }
    const std::map<QString, std::function<int(const QStringList&)>> commands = {
        { QStringLiteral("init"), cmdInit },
        { QStringLiteral("demo"), cmdDemo },
        { QStringLiteral("import"), cmdImport },
        { QStringLiteral("export"), cmdExport },
        { QStringLiteral("check"), cmdCheck },
        { QStringLiteral("profile"), cmdProfile },
        { QStringLiteral("team"), cmdTeam },
        { QStringLiteral("report"), cmdReport },
        { QStringLiteral("merge"), cmdMerge },
        { QStringLiteral("server-init"), cmdServerInit },
        { QStringLiteral("account"), cmdAccount },
        { QStringLiteral("copy"), cmdCopy },
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
    // The command's own parser sees "peerradar-cli FILE --options…".
    QStringList rest = arguments;
    rest.removeAt(1);
    return it->second(rest);
}

} // namespace peerradar::cli
