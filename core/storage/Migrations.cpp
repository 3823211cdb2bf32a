#include "storage/Migrations.h"

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
    };
    return all;
}

int latestMigrationVersion()
{
    return migrations().constLast().version;
}

QStringList Migration::statements() const
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Migration %s is missing from the resources", qPrintable(resource));
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    text.remove(comment);
    QStringList result;
    for (const QString& part : text.split(QStringLiteral(";\n"))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            result << (statement.endsWith(u';') ? statement.chopped(1) : statement);
    }
    return result;
}

} // namespace peerradar
