#pragma once

#include <QString>
#include <QUuid>

namespace peerradar {

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// NULL for an unset (0) foreign key, the id otherwise.
inline QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace peerradar
