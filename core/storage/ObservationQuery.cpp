#include "storage/ObservationQuery.h"

#include "storage/ObservationRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <cmath>

namespace peerradar {

namespace {

const QString rowSelect = QStringLiteral("SELECT ") + observationColumns(QStringLiteral("o"))
    + QStringLiteral(", obs.name, sub.name, b.name "
    "FROM observations o JOIN people obs ON obs.id = o.observer_id JOIN people sub ON sub.id = o.subject_id "
    "JOIN behaviors b ON b.id = o.behavior_id");

// The ORDER BY expression of each sort; fixed strings, never user text.
QString sortExpression(ObservationSort sort, const SqlDialect& dialect)
{
    switch (sort) {
    case ObservationSort::Date:
        return QStringLiteral("o.observed_on");
    case ObservationSort::Observer:
        return dialect.caseInsensitive(QStringLiteral("obs.name"));
    case ObservationSort::Subject:
        return dialect.caseInsensitive(QStringLiteral("sub.name"));
    case ObservationSort::Behavior:
        return dialect.caseInsensitive(QStringLiteral("b.name"));
    case ObservationSort::Impact:
        return QStringLiteral("o.impact");
    case ObservationSort::RaterGroup:
        return QStringLiteral("o.rater_group");
    }
    return QStringLiteral("o.observed_on");
}

// SQLite's NOCASE folds ASCII letters only; this matches it so that C++ and SQL agree on order.
int compareNoCase(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t ca = a.at(i).unicode();
        char16_t cb = b.at(i).unicode();
        if (ca >= u'A' && ca <= u'Z')
            ca = char16_t(ca + 32);
        if (cb >= u'A' && cb <= u'Z')
            cb = char16_t(cb + 32);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

bool ObservationQuery::maySee(const Observation& observation) const
{
    return m_viewer.role == Role::Hr || observation.observerId == m_viewer.id;
}

bool ObservationQuery::searchesIdSet() const
{
    // HR's search in a file: every note, hidden or not, through the word index.
    return m_viewer.role == Role::Hr && !m_db.dialect().isPostgres();
}

QString ObservationQuery::matchingIds(const QString& text, QVariantList& values) const
{
    // Each part from an index alone, so the set costs what it holds, not what the file holds.
    QString ids = m_db.dialect().noteMatchIds(text, values);
    const QString pattern = SqlDialect::containsPattern(text);
    const QString names = QStringLiteral("(SELECT id FROM people WHERE name LIKE ? ESCAPE '\\')");
    for (const char* column : { "observer_id", "subject_id" }) {
        if (!ids.isEmpty())
            ids += QStringLiteral(" UNION ALL ");
        ids += QStringLiteral("SELECT id FROM observations WHERE ") + QLatin1String(column) + QStringLiteral(" IN ") + names;
        values << pattern;
    }
    return ids;
}

bool ObservationQuery::walksInOrder(qint64 rows) const
{
    if (m_filter.text.trimmed().isEmpty() || !searchesIdSet() || m_sort != ObservationSort::Date
        || m_filter != ObservationFilter { .text = m_filter.text })
        return false;
    // Looking up each match and sorting them costs about as many steps as there are matches; walking
    // the date index until `rows` of them have passed costs rows × all / matches. Walk when the
    // matches are more than sqrt(rows × all): a common word's first rows then come at once.
    auto all = m_db.exec(QStringLiteral("SELECT max(id) FROM observations"));
    if (!all || !all->next())
        return false;
    const auto enough = qint64(std::ceil(std::sqrt(double(rows) * double(all->value(0).toLongLong()))));
    QVariantList values;
    const QString ids = matchingIds(m_filter.text.trimmed(), values);
    values << enough;
    auto matches = m_db.exec(QStringLiteral("SELECT count(*) FROM (") + ids + QStringLiteral(" LIMIT ?)"), values);
    return matches && matches->next() && matches->value(0).toLongLong() >= enough;
}

QString ObservationQuery::whereClause(QVariantList& values, TextPlan plan) const
{
    QStringList conditions;
    if (m_viewer.role != Role::Hr) {
        conditions << QStringLiteral("o.observer_id = ?");
        values << m_viewer.id;
    }
    if (m_filter.personId != 0) {
        conditions << QStringLiteral("(o.observer_id = ? OR o.subject_id = ?)");
        values << m_filter.personId << m_filter.personId;
    }
    if (m_filter.behaviorId != 0) {
        conditions << QStringLiteral("o.behavior_id = ?");
        values << m_filter.behaviorId;
    }
    if (m_filter.from.isValid()) {
        conditions << QStringLiteral("o.observed_on >= ?");
        values << m_filter.from.toString(Qt::ISODate);
    }
    if (m_filter.to.isValid()) {
        conditions << QStringLiteral("o.observed_on <= ?");
        values << m_filter.to.toString(Qt::ISODate);
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty() && searchesIdSet()) {
        // "+": not a lookup of each id of the set but a check of each row the order walks through.
        conditions << (plan == TextPlan::WalkInOrder ? QStringLiteral("+o.id IN (") : QStringLiteral("o.id IN ("))
                + matchingIds(text, values) + u')';
    } else if (!text.isEmpty()) {
        // A hidden note is not searchable by those who may not read it.
        QString note = m_db.dialect().noteMatches(text, values);
        if (m_viewer.role != Role::Hr)
            note = QStringLiteral("(o.note_hidden = 0 AND ") + note + u')';
        // Names through the people table (small) rather than a join per observation: a count then
        // reads the observations alone, and both names are one lookup of a short list of ids.
        const QString name = QStringLiteral("SELECT id FROM people WHERE name ") + m_db.dialect().likeOperator()
            + QStringLiteral(" ? ESCAPE '\\'");
        conditions << u'(' + note + QStringLiteral(" OR o.observer_id IN (") + name + QStringLiteral(") OR o.subject_id IN (")
                + name + QStringLiteral("))");
        const QString pattern = SqlDialect::containsPattern(text);
        values << pattern << pattern;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> ObservationQuery::count() const
{
    QVariantList values;
    const QString where = whereClause(values);
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM observations o") + where, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

static ObservationRow rowFrom(const QSqlQuery& q, bool showHiddenNotes)
{
    ObservationRow r;
    r.observation = observationFromRow(q);
    if (r.observation.noteHidden && !showHiddenNotes)
        r.observation.note = {};
    r.observerName = q.value(13).toString();
    r.subjectName = q.value(14).toString();
    r.behaviorName = q.value(15).toString();
    return r;
}

Result<QList<ObservationRow>> ObservationQuery::fetch(qint64 offset, int limit) const
{
    QVariantList values;
    const QString where = whereClause(values, walksInOrder(offset + limit) ? TextPlan::WalkInOrder : TextPlan::LookUp);
    const QString direction = m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString order = QStringLiteral(" ORDER BY ") + sortExpression(m_sort, m_db.dialect()) + direction + QStringLiteral(", o.id") + direction;
    values << limit << offset;
    auto q = m_db.exec(rowSelect + where + order + QStringLiteral(" LIMIT ? OFFSET ?"), values);
    if (!q)
        return q.error();
    QList<ObservationRow> rows;
    rows.reserve(limit);
    const bool hr = m_viewer.role == Role::Hr;
    while (q->next())
        rows.append(rowFrom(*q, hr));
    return rows;
}

Result<std::optional<ObservationRow>> ObservationQuery::row(Id observationId) const
{
    QVariantList values;
    QString where = whereClause(values);
    where += where.isEmpty() ? QStringLiteral(" WHERE o.id = ?") : QStringLiteral(" AND o.id = ?");
    values << observationId;
    auto q = m_db.exec(rowSelect + where, values);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ObservationRow>();
    return std::optional<ObservationRow>(rowFrom(*q, m_viewer.role == Role::Hr));
}

bool ObservationQuery::before(const ObservationRow& a, const ObservationRow& b) const
{
    int c = 0;
    switch (m_sort) {
    case ObservationSort::Date:
        c = a.observation.date < b.observation.date ? -1 : (b.observation.date < a.observation.date ? 1 : 0);
        break;
    case ObservationSort::Observer:
        c = compareNoCase(a.observerName, b.observerName);
        break;
    case ObservationSort::Subject:
        c = compareNoCase(a.subjectName, b.subjectName);
        break;
    case ObservationSort::Behavior:
        c = compareNoCase(a.behaviorName, b.behaviorName);
        break;
    case ObservationSort::Impact:
        c = a.observation.impact - b.observation.impact;
        break;
    case ObservationSort::RaterGroup:
        c = raterGroupKey(a.observation.raterGroup).compare(raterGroupKey(b.observation.raterGroup));
        break;
    }
    if (c == 0)
        c = a.observation.id < b.observation.id ? -1 : (a.observation.id > b.observation.id ? 1 : 0);
    return m_ascending ? c < 0 : c > 0;
}

} // namespace peerradar
