#include "storage/Migrations.h"

#include "storage/SqlDialect.h"

#include <QFile>
#include <QRegularExpression>

namespace peerradar {

const QList<Migration>& migrations()
{
    static const QList<Migration> all = {
        { 1, QStringLiteral(":/sql/001_initial.sql") },
        { 2, QStringLiteral(":/sql/002_stewardship.sql") },
        { 3, QStringLiteral(":/sql/003_list_index.sql") },
        { 4, QStringLiteral(":/sql/004_merge_ids.sql") },
        { 5, QStringLiteral(":/sql/005_note_search.sql"), QStringLiteral(":/sql/005_note_search.pg.sql") },
        { 6, QStringLiteral(":/sql/006_released_cycles.sql") },
    };
    return all;
}

int latestMigrationVersion()
{
    return migrations().constLast().version;
}

namespace {

QStringList scriptStatements(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Migration %s is missing from the resources", qPrintable(resource));
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    text.remove(comment);
    QStringList result;
    QString pending; // a trigger's body holds statements of its own, each ending in ';' too
    for (const QString& part : text.split(QStringLiteral(";\n"))) {
        pending += pending.isEmpty() ? part.trimmed() : u';' + part;
        const QString statement = pending.trimmed();
        if (statement.startsWith(QLatin1String("CREATE TRIGGER")) && !statement.endsWith(QLatin1String("END"))
            && !statement.endsWith(QLatin1String("END;")))
            continue;
        pending.clear();
        if (!statement.isEmpty())
            result << (statement.endsWith(u';') ? statement.chopped(1) : statement);
    }
    if (!pending.trimmed().isEmpty())
        qFatal("Migration %s ends inside a trigger", qPrintable(resource));
    return result;
}

} // namespace

QStringList Migration::statements() const
{
    return scriptStatements(resource);
}

QStringList Migration::statementsFor(const SqlDialect& dialect) const
{
    if (dialect.isPostgres() && !serverResource.isEmpty())
        return scriptStatements(serverResource);
    return dialect.schemaStatements(statements());
}

} // namespace peerradar
