#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>

// What the bench executables share: timing, order statistics and the one-line output that
// run.sh collects ("@metric KEY VALUE UNIT").
namespace peerradar::bench {

// Milliseconds since `timer` started, with nanosecond resolution.
inline double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1.0e6;
}

// The q-quantile (0…1) of `values` by the nearest-rank method; 0 for none.
double quantile(QList<double> values, double q);
inline double median(const QList<double>& values)
{
    return quantile(values, 0.5);
}

// One figure for run.sh, on stdout.
void metric(const QString& key, double value, const QString& unit);
// Free text for the notes (query plans, sizes), on stdout, prefixed so run.sh can keep it.
void note(const QString& text);
// Stops the benchmark with a message on stderr (exit status 1).
[[noreturn]] void die(const QString& message);

// Peak resident set size of this process (VmHWM), in MiB.
double peakRssMiB();

} // namespace peerradar::bench
