#include "app/AppSettings.h"

#include "storage/ServerAddress.h"

#include <QFileInfo>
#include <QSettings>

namespace peerradar {

namespace {
QString canonical(const QString& path)
{
    // A server is remembered by its address, never with a password.
    if (const auto address = ServerAddress::parse(path))
        return address->displayName();
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}
} // namespace

QStringList AppSettings::recentFiles()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString file = canonical(path);
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(canonical(path));
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

QString AppSettings::lastFile()
{
    return QSettings().value(QStringLiteral("lastFile")).toString();
}

void AppSettings::setLastFile(const QString& path)
{
    QSettings().setValue(QStringLiteral("lastFile"), path.isEmpty() ? QString() : canonical(path));
}

QString AppSettings::identity(const QString& path)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("identities"));
    // Paths contain '/', which QSettings reads as groups: store them percent-encoded.
    return settings.value(QString::fromLatin1(canonical(path).toUtf8().toPercentEncoding())).toString();
}

void AppSettings::setIdentity(const QString& path, const QString& personUuid)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("identities"));
    settings.setValue(QString::fromLatin1(canonical(path).toUtf8().toPercentEncoding()), personUuid);
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

PaperSize AppSettings::paperSize()
{
    const QString paper = QSettings().value(QStringLiteral("report/paper"), QStringLiteral("a4")).toString();
    return paper.compare(u"letter", Qt::CaseInsensitive) == 0 ? PaperSize::Letter : PaperSize::A4;
}

void AppSettings::setPaperSize(PaperSize paper)
{
    QSettings().setValue(QStringLiteral("report/paper"),
        paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
}

} // namespace peerradar
