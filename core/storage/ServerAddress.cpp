#include "storage/ServerAddress.h"

#include <QUrl>

namespace peerradar {

namespace {

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString& part)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part));
}

} // namespace

bool ServerAddress::isServerUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString& location)
{
    if (!isServerUrl(location))
        return std::nullopt;
    // Split by hand rather than with QUrl: an email address as user name has an '@' of its own
    // (percent-encoded or not), and the host may be an encoded socket folder.
    QString rest = location.mid(location.indexOf(QLatin1String("://")) + 3);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    QString authority = rest.left(slash);
    QString database = rest.mid(slash + 1);
    if (const qsizetype query = database.indexOf(u'?'); query >= 0)
        database.truncate(query);
    ServerAddress address;
    address.database = decoded(database);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        // The password follows the first ':' of the user part (a user name cannot hold one).
        if (const qsizetype colon = userInfo.indexOf(u':'); colon >= 0) {
            address.password = decoded(userInfo.mid(colon + 1));
            userInfo.truncate(colon);
        }
        address.user = decoded(userInfo);
    }
    if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0 && !authority.endsWith(u']')) {
        bool ok = false;
        address.port = authority.mid(colon + 1).toInt(&ok);
        if (!ok || address.port <= 0 || address.port > 65535)
            return std::nullopt;
        authority.truncate(colon);
    }
    address.host = decoded(authority);
    if (address.host.isEmpty() || address.database.isEmpty() || address.user.isEmpty())
        return std::nullopt;
    return address;
}

QString ServerAddress::displayName() const
{
    // Concatenated, not arg(): the encoded parts hold '%' signs of their own.
    return QStringLiteral("postgresql://") + encoded(user) + u'@' + encoded(host) + u':'
        + QString::number(port) + u'/' + encoded(database);
}

ServerAddress ServerAddress::withDatabase(const QString& name) const
{
    ServerAddress other = *this;
    other.database = name;
    return other;
}

QString ServerAddress::url() const
{
    if (password.isEmpty())
        return displayName();
    return QStringLiteral("postgresql://") + encoded(user) + u':' + encoded(password) + u'@' + encoded(host)
        + u':' + QString::number(port) + u'/' + encoded(database);
}

} // namespace peerradar
