#pragma once

#include "report/PdfReports.h"

#include <QString>
#include <QStringList>

namespace peerradar {

// What the program remembers between runs (QSettings): recent files, the last file, who the user
// is in each file, the chosen language and the paper size of printed summaries.
class AppSettings final
{
public:
    static constexpr int maxRecentFiles = 8;

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
    static QString lastFile();
    static void setLastFile(const QString& path);

    // The uuid of the person who uses the program with this file, or empty.
    static QString identity(const QString& path);
    static void setIdentity(const QString& path, const QString& personUuid);

    // "" follows the system; otherwise a language code such as "de".
    static QString language();
    static void setLanguage(const QString& code);

    // A4 unless Letter was chosen (stored as "a4" or "letter" under report/paper).
    static PaperSize paperSize();
    static void setPaperSize(PaperSize paper);
};

} // namespace peerradar
