#pragma once

#include <QString>

// The few expressions PeerRadar's SQL writes differently per database: SQLite's today. The rest of
// the SQL keeps to what SQLite and PostgreSQL both read, so that a PostgreSQL backend (issue 7)
// only answers these its own way.
namespace peerradar::sqldialect {

// The day of a YYYY-MM-DD text column as its Julian day number (QDate::toJulianDay), NULL when the
// text is no date. For queries that read many dates: a number crosses Qt Sql far faster than text.
QString julianDayOf(const QString& column);

} // namespace peerradar::sqldialect
