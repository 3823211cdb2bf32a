#include "storage/SqlDialect.h"

namespace peerradar::sqldialect {

QString julianDayOf(const QString& column)
{
    // julianday() counts from noon: midnight of a day is its Julian day number − 0.5.
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(column);
}

} // namespace peerradar::sqldialect
