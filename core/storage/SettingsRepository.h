#pragma once

#include "common/Result.h"
#include "domain/Types.h"

namespace peerradar {

class Database;

// The database's own settings (anonymity thresholds, the leniency correction), stored as key/value rows in `settings`.
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) { }

    Result<DatabaseSettings> load() const;
    Status save(const DatabaseSettings& settings); // validates first

private:
    Database& m_db;
};

} // namespace peerradar
