#include "TestSupport.h"

#include <QFile>

namespace peerradar::test {

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("team.peerradar")))
{
    auto created = Database::create(m_path);
    if (!created)
        qFatal("Could not create a test database: %s", qPrintable(created.error().message));
    m_db = std::move(created).value();
}

bool TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        return false;
    m_db = std::move(opened).value();
    return true;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("Could not write %s", qPrintable(path));
}

} // namespace peerradar::test
