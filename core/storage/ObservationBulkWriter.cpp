#include "storage/ObservationBulkWriter.h"

#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QSqlError>

namespace peerradar {

ObservationBulkWriter::ObservationBulkWriter(Database& db)
    : m_db(db)
    , m_query(db.connection())
    , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{
    m_prepared = m_query.prepare(QStringLiteral(
        "INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
        "situation, action, result, note_hidden, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

Status ObservationBulkWriter::insert(const Observation& o)
{
    if (!m_prepared)
        return m_db.errorFrom(m_query.lastError());
    m_query.bindValue(0, o.uuid.isEmpty() ? newUuid() : o.uuid);
    m_query.bindValue(1, o.observerId);
    m_query.bindValue(2, o.subjectId);
    m_query.bindValue(3, o.behaviorId);
    m_query.bindValue(4, o.date.toString(Qt::ISODate));
    m_query.bindValue(5, o.impact);
    m_query.bindValue(6, raterGroupKey(o.raterGroup));
    m_query.bindValue(7, bindable(o.note.situation));
    m_query.bindValue(8, bindable(o.note.action));
    m_query.bindValue(9, bindable(o.note.result));
    m_query.bindValue(10, o.noteHidden ? 1 : 0);
    m_query.bindValue(11, o.createdAt.isValid() ? o.createdAt.toString(Qt::ISODateWithMs) : m_now);
    if (!m_query.exec())
        return m_db.errorFrom(m_query.lastError());
    return {};
}

} // namespace peerradar
