#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace peerradar {

// Loads PeerRadar's own translation (embedded at :/i18n) and Qt's (from the Qt installation) for
// a language, and installs them on the application.
class Translations final
{
public:
    // The languages PeerRadar is translated into: code and name in that language.
    static QList<QPair<QString, QString>> available();
    // `code` empty: the system's language. Returns the language actually loaded ("en" if none fits).
    static QString install(QCoreApplication& app, const QString& code);
    // Removes what install() added (tests switch languages).
    static void uninstall(QCoreApplication& app);
    // The language install() would load for `code` ("" = the system's), as in available().
    static QString resolve(const QString& code);
    // The language loaded by the last install(): what the program shows now.
    static QString current() { return loaded(); }

private:
    static QList<QTranslator*>& installed();
    static QString& loaded();
};

} // namespace peerradar
