#pragma once

#include <QString>

#include <optional>

namespace peerradar {

// Where a PeerRadar database on a PostgreSQL server is: `postgresql://USER@HOST[:PORT]/DB`.
// USER, HOST and DB may be percent-encoded (an email address as USER: `ann%40example.org`; a
// Unix-socket folder as HOST: `%2Frun%2Fpostgresql`). A password in the URL is accepted but
// discouraged: PGPASSWORD, ~/.pgpass (read by libpq) or the program's prompt keep it out of
// command lines and recent-file lists.
struct ServerAddress
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;

    // True for anything that starts like a server URL; such a text is never taken as a file name.
    static bool isServerUrl(const QString& location);
    // The address, or nothing when `location` is not a complete server URL.
    static std::optional<ServerAddress> parse(const QString& location);

    // The URL without the password, for messages, titles and recent-file lists.
    QString displayName() const;
    // The same server and user, another database (for tests and set-up tools).
    ServerAddress withDatabase(const QString& name) const;
    QString url() const; // with the password, when one was given
};

} // namespace peerradar
