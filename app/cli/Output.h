#pragma once

#include "common/Result.h"

#include <QString>

// What the command-line companion prints: results on stdout, one-line errors and progress on stderr.
namespace peerradar::cli {

void printOut(const QString& text); // adds nothing: pass the newline
void printError(const QString& message); // "peerradar-cli: message\n"
int fail(const Error& error); // prints the error, returns exit code 1
int usageError(const QString& message); // prints it with a hint at --help, returns 2
// Lines on stderr as they are, after an error's one line (every bad row of a refused import).
void printErrorLines(const QStringList& lines);
// "1 row", "2 rows".
QString counted(qint64 n, const char* one, const char* many);

// A progress line on stderr ("Importing… 42%") when stderr is a terminal or `always` is set.
class ProgressLine
{
public:
    ProgressLine(QString label, bool always = false);
    ~ProgressLine();
    bool update(qint64 done, qint64 total);

private:
    QString m_label;
    bool m_enabled = false;
    bool m_terminal = false;
    int m_lastPercent = -1;
};

} // namespace peerradar::cli
