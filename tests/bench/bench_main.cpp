// peerradar-bench: the in-process rows of the benchmark of issue 5. run.sh calls it once per row:
//   peerradar-bench profile FILE [PEOPLE] [plans] person profile vs raw SQL aggregate (+ query plans)
//   peerradar-bench team FILE [SIZE] [REPS]       team profile: largest team, and a team of SIZE
//   peerradar-bench log FILE [COUNT]              ObservationRepository::log, durable commits
//   peerradar-bench pdf FILE [COUNT] OUTDIR       one person PDF, load + render + write
//   peerradar-bench identity FILE                 remember the first HR person as the user
//   peerradar-bench gui FILE [SWITCHES]           exec → first paint, profile switches, peak RSS
// Figures are printed as "@metric KEY VALUE UNIT" lines.
#include "BenchCore.h"
#include "BenchGui.h"
#include "BenchSupport.h"

#include <QApplication>

using namespace peerradar::bench;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The program's own names, so that QSettings (the remembered identity) is the program's.
    QApplication::setOrganizationName(QStringLiteral("PeerRadar"));
    QApplication::setApplicationName(QStringLiteral("peerradar"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3)
        die(QStringLiteral("usage: peerradar-bench profile|team|log|pdf|identity|gui FILE [N…]"));
    const QString mode = args.at(1);
    const QString file = args.at(2);
    const auto number = [&](int index, int fallback) {
        bool ok = false;
        const int value = args.value(index).toInt(&ok);
        return ok ? value : fallback;
    };
    if (mode == QLatin1String("profile"))
        profileBench(file, number(3, 100), args.value(4) == QLatin1String("plans"));
    else if (mode == QLatin1String("team"))
        teamBench(file, number(3, 50), number(4, 20));
    else if (mode == QLatin1String("log"))
        logBench(file, number(3, 1000));
    else if (mode == QLatin1String("pdf"))
        pdfBench(file, number(3, 20), args.value(4, QStringLiteral("bench-pdf")));
    else if (mode == QLatin1String("identity"))
        rememberIdentity(file);
    else if (mode == QLatin1String("gui"))
        return guiBench(app, file, qEnvironmentVariable("PEERRADAR_BENCH_EXEC_NS").toLongLong(), number(3, 100));
    else
        die(QStringLiteral("unknown mode \"%1\"").arg(mode));
    return 0;
}
