#include "cli/Output.h"

#include <cstdio>
#include <unistd.h>

namespace peerradar::cli {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printError(const QString& message)
{
    // One line: a multi-line detail never spills into scripts that read the first line.
    QString line = message;
    line.replace(u'\n', u' ');
    std::fflush(stdout); // what was printed before the error comes before it in a shared log
    const QByteArray bytes = (QStringLiteral("peerradar-cli: ") + line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void printErrorLines(const QStringList& lines)
{
    const QByteArray bytes = (lines.join(u'\n') + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString counted(qint64 n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

int fail(const Error& error)
{
    printError(error.message);
    return 1;
}

int usageError(const QString& message)
{
    printError(message + QStringLiteral(" (see peerradar-cli --help)"));
    return 2;
}

ProgressLine::ProgressLine(QString label, bool always)
    : m_label(std::move(label))
    , m_enabled(always || ::isatty(2))
    , m_terminal(::isatty(2))
{
}

ProgressLine::~ProgressLine()
{
    if (m_enabled && m_terminal && m_lastPercent >= 0)
        std::fputs("\n", stderr);
}

bool ProgressLine::update(qint64 done, qint64 total)
{
    if (!m_enabled || total <= 0)
        return true;
    // A terminal gets one line updated in place; a log file a line every 10%.
    const int step = m_terminal ? 1 : 10;
    const int percent = int(done * 100 / total) / step * step;
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        const QByteArray line = (m_terminal ? QStringLiteral("\r%1 %2%") : QStringLiteral("%1 %2%\n"))
                                    .arg(m_label)
                                    .arg(percent)
                                    .toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    return true;
}

} // namespace peerradar::cli
