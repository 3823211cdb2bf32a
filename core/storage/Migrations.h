#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace peerradar {

// One step of the schema: the SQL file resources/sql/NNN_name.sql, applied in one transaction.
struct Migration
{
    int version = 0;
    QString resource;

    QStringList statements() const; // the file split at each ';' that ends a line
};

const QList<Migration>& migrations(); // in ascending version order
int latestMigrationVersion();

} // namespace peerradar
