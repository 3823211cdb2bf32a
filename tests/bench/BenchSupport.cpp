#include "BenchSupport.h"

#include <QFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace peerradar::bench {

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(q * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

void metric(const QString& key, double value, const QString& unit)
{
    std::printf("@metric %s %.4f %s\n", qPrintable(key), value, qPrintable(unit));
    std::fflush(stdout);
}

void note(const QString& text)
{
    for (const QString& line : text.split(u'\n'))
        std::printf("@note %s\n", qPrintable(line));
    std::fflush(stdout);
}

void die(const QString& message)
{
    std::fprintf(stderr, "peerradar-bench: %s\n", qPrintable(message));
    std::exit(1);
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

} // namespace peerradar::bench
