#include "storage/SettingsRepository.h"

#include "domain/Rules.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace peerradar {

Result<DatabaseSettings> SettingsRepository::load() const
{
    auto query = m_db.exec(QStringLiteral("SELECT key, value FROM settings"));
    if (!query)
        return query.error();
    DatabaseSettings settings;
    while (query->next()) {
        const QString key = query->value(0).toString();
        const int value = query->value(1).toInt();
        if (key == QLatin1String("k"))
            settings.k = value;
        else if (key == QLatin1String("k_notes"))
            settings.kNotes = value;
    }
    return settings;
}

Status SettingsRepository::save(const DatabaseSettings& settings)
{
    if (auto status = validateSettings(settings); !status)
        return status;
    // An update, then an insert where there was nothing to update, rather than INSERT … ON CONFLICT:
    // on a server, a login writes through a view (resources/sql/server_api.sql), and PostgreSQL
    // takes no conflict target on a view.
    return m_db.transaction([&]() -> Status {
        for (const auto& [key, value] : { std::pair { QStringLiteral("k"), settings.k },
                 std::pair { QStringLiteral("k_notes"), settings.kNotes } }) {
            if (auto s = m_db.execStatement(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
                    { QString::number(value), key });
                !s)
                return s;
            if (auto s = m_db.execStatement(QStringLiteral("INSERT INTO settings (key, value) SELECT ?, ? "
                                                           "WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = ?)"),
                    { key, QString::number(value), key });
                !s)
                return s;
        }
        return Status {};
    });
}

} // namespace peerradar
