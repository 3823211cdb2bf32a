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

QString Translations::install(QCoreApplication& app, const QString& code)
{
    uninstall(app);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* own = new QTranslator(&app);
    // English is the source language: no file needed, nothing to load.
    if (!own->load(locale, QStringLiteral("peerradar"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
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
    return locale.name().section(u'_', 0, 0);
}

void Translations::uninstall(QCoreApplication& app)
{
    for (QTranslator* translator : installed()) {
        app.removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

} // namespace peerradar
