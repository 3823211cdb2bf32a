#include "cli/ReportCommand.h"

#include "cli/Help.h"
#include "cli/Output.h"
#include "cli/Parsing.h"
#include "report/PdfReports.h"
#include "report/ReportBatch.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include "storage/ServerSetup.h"

#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

namespace peerradar::cli {

namespace {

// Who the PDFs name as their author without --author: on a server, the person the login belongs
// to; else the name of the account running the command (its full name when the system has one).
QString reportAuthor(Database& db)
{
    if (db.isServer()) {
        if (auto person = ServerSetup::connectedPerson(db); person && *person != 0) {
            if (auto found = PeopleRepository(db).byId(*person))
                return found->name;
        }
    }
    if (const passwd* account = ::getpwuid(::getuid())) {
        const QString full = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        return full.isEmpty() ? QString::fromLocal8Bit(account->pw_name) : full;
    }
    return {};
}

} // namespace

int cmdReport(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args, commandOptions(QStringLiteral("report"))); rc != 0)
        return rc;
    const int targets = int(p.parser.isSet(QStringLiteral("person"))) + int(p.parser.isSet(QStringLiteral("team")))
        + int(p.parser.isSet(QStringLiteral("all")));
    if (targets != 1)
        return usageError(QStringLiteral("give exactly one of --person EMAIL, --team NAME or --all"));
    if (!p.parser.isSet(QStringLiteral("out")))
        return usageError(QStringLiteral("say where to write with --out PATH"));
    PdfOptions pdf;
    const QString paper = p.parser.value(QStringLiteral("paper")).toLower();
    if (paper == QLatin1String("letter"))
        pdf.paper = PaperSize::Letter;
    else if (!paper.isEmpty() && paper != QLatin1String("a4"))
        return usageError(QStringLiteral("--paper must be a4 or letter"));
    const bool all = p.parser.isSet(QStringLiteral("all"));
    const bool force = p.parser.isSet(QStringLiteral("force"));
    QString out = p.parser.value(QStringLiteral("out"));
    if (all) {
        if (auto refused = refuseFolder(out, force); !refused)
            return fail(refused.error());
    } else {
        if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            out += QStringLiteral(".pdf");
        if (auto refused = refuseExisting(out, force); !refused)
            return fail(refused.error());
    }

    auto db = openForReading(p.file);
    if (!db)
        return fail(db.error());
    pdf.author = p.parser.isSet(QStringLiteral("author")) ? p.parser.value(QStringLiteral("author")) : reportAuthor(**db);
    ProfileOptions options;
    if (auto status = readCycle(**db, p, options); !status)
        return fail(status.error());

    if (all) {
        // The batch draws on one worker thread per core; this thread only prints the progress line.
        ProgressLine line(QStringLiteral("Writing summaries…"), true);
        auto summary = writeAllReports(**db, out, options, pdf, [&line](qint64 done, qint64 total) {
            line.update(done, total);
            return true;
        });
        if (!summary)
            return fail(summary.error());
        printOut(QStringLiteral("Wrote %1 and %2 into %3\n")
                     .arg(counted(summary->people, "person summary", "person summaries"),
                         counted(summary->teams, "team summary", "team summaries"), out));
        return 0;
    }
    if (p.parser.isSet(QStringLiteral("person"))) {
        auto person = PeopleRepository(**db).byEmail(p.parser.value(QStringLiteral("person")));
        if (!person)
            return fail(person.error());
        auto data = ReportLoader(**db).person(person->id, options);
        if (!data)
            return fail(data.error());
        if (auto status = PdfReports::writePdf(out, *data, pdf); !status)
            return fail(status.error());
        return 0;
    }
    auto team = PeopleRepository(**db).teamByName(p.parser.value(QStringLiteral("team")));
    if (!team)
        return fail(team.error());
    auto data = ReportLoader(**db).team(team->id, options);
    if (!data)
        return fail(data.error());
    if (auto status = PdfReports::writePdf(out, *data, pdf); !status)
        return fail(status.error());
    return 0;
}

} // namespace peerradar::cli
