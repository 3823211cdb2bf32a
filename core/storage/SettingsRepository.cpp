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
        else if (key == QLatin1String("leniency_correction"))
            settings.leniencyCorrection = value != 0;
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
    const auto put = [this](const QString& key, int value) -> Status {
        if (auto s = m_db.execStatement(
                QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"), { QString::number(value), key });
            !s)
            return s;
        return m_db.execStatement(QStringLiteral("INSERT INTO settings (key, value) SELECT ?, ? "
                                                 "WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = ?)"),
            { key, QString::number(value), key });
    };
    return m_db.transaction([&]() -> Status {
        if (auto s = put(QStringLiteral("k"), settings.k); !s)
            return s;
        if (auto s = put(QStringLiteral("k_notes"), settings.kNotes); !s)
            return s;
        // Off is the default: a file that never had the row reads as off, so the row is written only
        // once HR has turned it on (and then kept, as "0", when turned off again).
        if (!settings.leniencyCorrection) {
            auto present = m_db.exec(QStringLiteral("SELECT 1 FROM settings WHERE key = 'leniency_correction'"));
            if (!present)
                return present.error();
            if (!present->next())
                return Status {};
        }
        return put(QStringLiteral("leniency_correction"), settings.leniencyCorrection ? 1 : 0);
    });
}

} // namespace peerradar
