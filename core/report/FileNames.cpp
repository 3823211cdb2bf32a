#include "report/FileNames.h"

#include <QStringList>

namespace peerradar {

QString safeFileName(const QString& name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || forbidden.contains(c))
            out.append(u'_');
        else
            out.append(c);
    }
    // Leading dots would make "..", "." or hidden files; trailing dots and spaces vanish on Windows.
    while (!out.isEmpty() && (out.front() == u'.' || out.front().isSpace()))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'.' || out.back().isSpace()))
        out.chop(1);
    if (out.size() > 100)
        out.truncate(100);
    if (out.isEmpty())
        return QStringLiteral("_");
    static const QStringList reserved = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
        QStringLiteral("NUL"), QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"),
        QStringLiteral("COM4"), QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3") };
    if (reserved.contains(out.section(u'.', 0, 0).toUpper()))
        out.prepend(u'_');
    return out;
}

} // namespace peerradar
