#pragma once

#include <QProcess>
#include <QString>

// The words of a PDF as one line, read back with pdftotext (poppler-utils): -raw keeps them in the
// order they were drawn, and lines are joined so that a phrase broken by wrapping is still found.
namespace peerradar::test {

inline QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), path, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(u'\n', u' ').simplified();
}

} // namespace peerradar::test
