#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace peerradar {

QList<QPair<QString, QString>> Translations::available()
{
    return { { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") } };
}

QList<QTranslator*>& Translations::installed()
{
    static QList<QTranslator*> translators;
    return translators;
}

QString& Translations::loaded()
{
    static QString code = QStringLiteral("en");
    return code;
}

QString Translations::resolve(const QString& code)
{
    const QString language = (code.isEmpty() ? QLocale::system() : QLocale(code)).name().section(u'_', 0, 0);
    for (const auto& [available, name] : available()) {
        if (available == language)
            return available;
    }
    return QStringLiteral("en");
}

QString Translations::install(QCoreApplication& app, const QString& code)
{
    uninstall(app);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* own = new QTranslator(&app);
    // A language without a catalogue falls back to English, whose catalogue holds the plural forms
    // ("1 observation", "2 observations") that the English source text cannot.
    if (!own->load(locale, QStringLiteral("peerradar"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        if (own->load(QStringLiteral(":/i18n/peerradar_en.qm"))) {
            app.installTranslator(own);
            installed().append(own);
        } else {
            delete own;
        }
        QLocale::setDefault(QLocale(QLocale::English));
        return loaded() = QStringLiteral("en");
    }
    app.installTranslator(own);
    installed().append(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return loaded() = locale.name().section(u'_', 0, 0);
}

void Translations::uninstall(QCoreApplication& app)
{
    for (QTranslator* translator : installed()) {
        app.removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    loaded() = QStringLiteral("en");
}

} // namespace peerradar
