#include "cli/ReportCommand.h"

#include "cli/Output.h"
#include "cli/Parsing.h"
#include "report/PdfReports.h"
#include "report/ReportBatch.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace peerradar::cli {

namespace {

constexpr int shardCount = 2; // one drawing process per core

// `report --all`: the PDFs are drawn in the GUI thread of a process (Qt Charts), so the batch is
// split across one process per core, each writing its share of the same plan.
int runShards(const QStringList& args, const QString& out)
{
    struct Part
    {
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
        QByteArray pending;
        qint64 done = 0;
        qint64 total = 0;
        int people = 0;
        int teams = 0;
    };
    std::vector<Part> parts(shardCount);
    for (int i = 0; i < shardCount; ++i) {
        QStringList childArgs = args.mid(1);
        childArgs.prepend(QStringLiteral("report"));
        childArgs << QStringLiteral("--shard") << QStringLiteral("%1/%2").arg(i).arg(shardCount);
        parts[i].process->setProcessChannelMode(QProcess::SeparateChannels);
        parts[i].process->start(QCoreApplication::applicationFilePath(), childArgs);
    }
    ProgressLine line(QStringLiteral("Writing summaries…"), true);
    auto running = [&] {
        return std::any_of(parts.begin(), parts.end(),
            [](const Part& part) { return part.process->state() != QProcess::NotRunning; });
    };
    auto readLines = [&](Part& part) {
        part.pending += part.process->readAllStandardOutput();
        qsizetype end = 0;
        while ((end = part.pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = part.pending.left(end).split(' ');
            part.pending.remove(0, end + 1);
            if (words.value(0) == "progress") {
                part.done = words.value(1).toLongLong();
                part.total = words.value(2).toLongLong();
            } else if (words.value(0) == "summary") {
                part.people = words.value(1).toInt();
                part.teams = words.value(2).toInt();
            }
        }
    };
    do {
        for (Part& part : parts) {
            part.process->waitForReadyRead(50);
            readLines(part);
        }
        qint64 done = 0, total = 0;
        for (const Part& part : parts) {
            done += part.done;
            total += part.total;
        }
        line.update(done, total);
    } while (running());
    int people = 0, teams = 0;
    for (Part& part : parts) {
        readLines(part);
        if (part.process->exitStatus() != QProcess::NormalExit || part.process->exitCode() != 0) {
            QString message = QString::fromUtf8(part.process->readAllStandardError()).trimmed();
            message.remove(QStringLiteral("peerradar-cli: "));
            return fail(makeError(ErrorCode::Io,
                message.isEmpty() ? QStringLiteral("writing the summaries failed") : message.section(u'\n', -1)));
        }
        people += part.people;
        teams += part.teams;
    }
    printOut(QStringLiteral("Wrote %1 person and %2 team summaries into %3\n").arg(people).arg(teams).arg(out));
    return 0;
}

} // namespace

int cmdReport(const QStringList& args)
{
    Parsed p;
    if (int rc = parse(p, args,
            { valueOption(QStringLiteral("person"), QStringLiteral("EMAIL")),
                valueOption(QStringLiteral("team"), QStringLiteral("NAME")), QCommandLineOption(QStringLiteral("all")),
                valueOption(QStringLiteral("cycle"), QStringLiteral("NAME")),
                valueOption(QStringLiteral("paper"), QStringLiteral("SIZE")),
                valueOption(QStringLiteral("out"), QStringLiteral("PATH")),
                valueOption(QStringLiteral("shard"), QStringLiteral("K/N")) });
        rc != 0)
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
    pdf.footerName = QFileInfo(p.file).fileName();
    const QString out = p.parser.value(QStringLiteral("out"));

    auto db = openForReading(p.file);
    if (!db)
        return fail(db.error());
    ProfileOptions options;
    if (auto status = readCycle(**db, p, options); !status)
        return fail(status.error());

    if (p.parser.isSet(QStringLiteral("all"))) {
        if (!p.parser.isSet(QStringLiteral("shard")))
            return runShards(args, out);
        // One part of a split batch: machine-readable progress for the parent on stdout.
        const QStringList shardText = p.parser.value(QStringLiteral("shard")).split(u'/');
        const BatchShard shard { shardText.value(0).toInt(), shardText.value(1).toInt() };
        auto summary = writeAllReports(
            **db, out, options, pdf,
            [](qint64 done, qint64 total) {
                printOut(QStringLiteral("progress %1 %2\n").arg(done).arg(total));
                std::fflush(stdout);
                return true;
            },
            shard);
        if (!summary)
            return fail(summary.error());
        printOut(QStringLiteral("summary %1 %2\n").arg(summary->people).arg(summary->teams));
        return 0;
    }
    if (p.parser.isSet(QStringLiteral("person"))) {
        auto person = PeopleRepository(**db).byEmail(p.parser.value(QStringLiteral("person")));
        if (!person)
            return fail(person.error());
        auto data = PdfReports::loadPerson(**db, person->id, options);
        if (!data)
            return fail(data.error());
        if (auto status = PdfReports::writePdf(out, *data, pdf); !status)
            return fail(status.error());
        return 0;
    }
    auto team = PeopleRepository(**db).teamByName(p.parser.value(QStringLiteral("team")));
    if (!team)
        return fail(team.error());
    auto data = PdfReports::loadTeam(**db, team->id, options);
    if (!data)
        return fail(data.error());
    if (auto status = PdfReports::writePdf(out, *data, pdf); !status)
        return fail(status.error());
    return 0;
}

} // namespace peerradar::cli
