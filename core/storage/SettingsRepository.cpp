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
    const QString upsert = QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (auto s = m_db.execStatement(upsert, { QStringLiteral("k"), QString::number(settings.k) }); !s)
        return s;
    return m_db.execStatement(upsert, { QStringLiteral("k_notes"), QString::number(settings.kNotes) });
}

} // namespace peerradar
