#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QSqlQuery>

namespace peerradar {

class Database;

// Inserts many observations fast: one prepared statement reused for every row. The caller has
// validated the rows and derived their rater groups, and wraps the whole batch in one transaction.
class ObservationBulkWriter final
{
    Q_DISABLE_COPY_MOVE(ObservationBulkWriter)

public:
    explicit ObservationBulkWriter(Database& db);
    // Assigns a uuid and creation time when they are empty.
    Status insert(const Observation& observation);

private:
    Database& m_db;
    QSqlQuery m_query;
    QString m_now;
    bool m_prepared = false;
};

} // namespace peerradar
