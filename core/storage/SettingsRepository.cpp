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
    const QString upsert = QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (auto s = m_db.execStatement(upsert, { QStringLiteral("k"), QString::number(settings.k) }); !s)
        return s;
    if (auto s = m_db.execStatement(upsert, { QStringLiteral("k_notes"), QString::number(settings.kNotes) }); !s)
        return s;
    // Off is the default: a file that never had the row reads as off, so the row is written only once
    // HR has turned it on (and then kept, as "0", when turned off again).
    if (!settings.leniencyCorrection) {
        auto present = m_db.exec(QStringLiteral("SELECT 1 FROM settings WHERE key = 'leniency_correction'"));
        if (!present)
            return present.error();
        if (!present->next())
            return {};
    }
    return m_db.execStatement(
        upsert, { QStringLiteral("leniency_correction"), QString::number(settings.leniencyCorrection ? 1 : 0) });
}

} // namespace peerradar
