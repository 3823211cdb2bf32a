#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace peerradar {

class SqlDialect;

// One step of the schema: the SQL file resources/sql/NNN_name.sql, applied in one transaction.
struct Migration
{
    int version = 0;
    QString resource;
    // Where a step is written apart for a server (say, an index only PostgreSQL can build), its own
    // file, run as it is; otherwise the server runs `resource` as SqlDialect::schemaStatements has it.
    QString serverResource = {};

    // `resource` split at each ';' that ends a line (a trigger at its END), comments removed.
    QStringList statements() const;
    // What `dialect`'s backend runs for this step (none for a step it does not need).
    QStringList statementsFor(const SqlDialect& dialect) const;
};

const QList<Migration>& migrations(); // in ascending version order
int latestMigrationVersion();

} // namespace peerradar
