#include "storage/Seed.h"

#include "io/FrameworkCsv.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/SettingsRepository.h"

#include <QFile>

namespace peerradar {

namespace {

Status addBuiltInFramework(Database& db, const QString& name, const QString& resource, bool active)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("Built-in framework %1 is missing").arg(resource));
    auto behaviors = readFrameworkCsv(&file);
    if (!behaviors)
        return behaviors.error();
    Framework framework;
    framework.name = name;
    framework.version = 1;
    framework.active = active;
    framework.behaviors = *behaviors;
    FrameworkRepository repo(db);
    auto id = repo.addFramework(framework);
    if (!id)
        return id.error();
    return {};
}

} // namespace

Status seedNewDatabase(Database& db)
{
    if (auto status = SettingsRepository(db).save(DatabaseSettings {}); !status)
        return status;
    if (auto status = addBuiltInFramework(db, QStringLiteral("Everybody leads"),
            QStringLiteral(":/frameworks/everybody-leads.csv"), true);
        !status)
        return status;
    return addBuiltInFramework(db, QStringLiteral("Lead from anywhere"),
        QStringLiteral(":/frameworks/lead-from-anywhere.csv"), false);
}

} // namespace peerradar
