// Merging observations (by uuid only: they have no natural key), the audit trail, the anonymity
// thresholds and the aliases the source learnt from its own merges.
#include "io/MergeSupport.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace peerradar::merge {

using namespace Qt::StringLiterals;

namespace {

// The target statements of the observation step, prepared once: a merge may bring a million rows.
struct ObservationStatements
{
    explicit ObservationStatements(Database& target)
        : db(target)
        , find(target.connection())
        , insert(target.connection())
        , update(target.connection())
        , hide(target.connection())
    { }

    Status prepare()
    {
        const std::pair<QSqlQuery*, const char16_t*> statements[] = {
            { &find,
                u"SELECT id, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
                u"situation, "
                u"action, result, note_hidden FROM observations WHERE uuid = ?" },
            { &insert,
                u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, impact, "
                u"rater_group, situation, action, result, note_hidden, created_at) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
            { &update,
                u"UPDATE observations SET observer_id = ?, subject_id = ?, behavior_id = ?, observed_on = ?, "
                u"impact = ?, rater_group = ?, situation = ?, action = ?, result = ? WHERE id = ?" },
            { &hide, u"UPDATE observations SET note_hidden = 1 WHERE id = ?" },
        };
        for (const auto& [query, sql] : statements) {
            query->setForwardOnly(true);
            if (!query->prepare(QString::fromUtf16(sql)))
                return db.errorFrom(query->lastError());
        }
        return {};
    }

    // Runs one of the statements with these values; the query holds the result.
    Status run(QSqlQuery& query, const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, bindable(values.at(i)));
        if (!query.exec())
            return db.errorFrom(query.lastError());
        return {};
    }

    Database& db;
    QSqlQuery find, insert, update, hide;
};

// Columns 1–9 of the source's SELECT below, with ids already mapped to the target.
struct ObservationContent
{
    Id observer = 0, subject = 0, behavior = 0;
    QString date;
    int impact = 0;
    QString raterGroup, situation, action, result;

    QVariantList values() const
    {
        return { observer, subject, behavior, date, impact, raterGroup, situation, action, result };
    }
};

QString raterGroupWords(const QString& key)
{
    const auto group = raterGroupFromKey(key);
    return group ? raterGroupDisplayName(*group) : key;
}

Status settleObservation(
    Context& c, ObservationStatements& st, const ObservationContent& s, bool sourceHidden)
{
    QSqlQuery& here = st.find;
    const Id id = here.value(0).toLongLong();
    const ObservationContent t { here.value(1).toLongLong(), here.value(2).toLongLong(),
        here.value(3).toLongLong(), here.value(4).toString(), here.value(5).toInt(), here.value(6).toString(),
        here.value(7).toString(), here.value(8).toString(), here.value(9).toString() };
    const bool hereHidden = here.value(10).toBool();
    here.finish();
    const QString item
        = Merge::tr("Observation by %1 about %2 on %3 (%4)")
              .arg(c.personLabel(t.observer), c.personLabel(t.subject), t.date, c.behaviorLabel(t.behavior));
    const bool takeSource = c.differ(MergeKind::Observation, QString::number(id), item,
        { { Merge::tr("the observer"), c.personLabel(t.observer), c.personLabel(s.observer) },
            { Merge::tr("the subject"), c.personLabel(t.subject), c.personLabel(s.subject) },
            { Merge::tr("the behavior"), c.behaviorLabel(t.behavior), c.behaviorLabel(s.behavior) },
            { Merge::tr("the date"), t.date, s.date },
            { Merge::tr("the impact"), QString::number(t.impact), QString::number(s.impact) },
            { Merge::tr("the rater group"), raterGroupWords(t.raterGroup), raterGroupWords(s.raterGroup) },
            { Merge::tr("the situation"), t.situation, s.situation },
            { Merge::tr("the action"), t.action, s.action },
            { Merge::tr("the result"), t.result, s.result } });
    if (takeSource) {
        if (auto status = st.run(st.update, s.values() << id); !status)
            return status;
    }
    // A note hidden in either file stays hidden: hiding protects someone, showing again is HR's act.
    if (sourceHidden && !hereHidden) {
        ++c.report.notesHidden;
        return st.run(st.hide, { id });
    }
    return {};
}

} // namespace

Status mergeObservations(Context& c)
{
    ObservationStatements st(c.target);
    if (auto s = st.prepare(); !s)
        return s;
    auto q = c.source.exec(
        u"SELECT uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, "
        u"situation, action, result, note_hidden, created_at FROM observations ORDER BY id"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        if (!c.tick())
            return makeError(ErrorCode::Cancelled, {});
        const QString uuid = q->value(0).toString();
        const ObservationContent s { c.people.value(q->value(1).toLongLong()),
            c.people.value(q->value(2).toLongLong()), c.behaviors.value(q->value(3).toLongLong()),
            q->value(4).toString(), q->value(5).toInt(), q->value(6).toString(), q->value(7).toString(),
            q->value(8).toString(), q->value(9).toString() };
        const bool hidden = q->value(10).toBool();
        if (auto found = st.run(st.find, { uuid }); !found)
            return found;
        if (st.find.next()) {
            c.matched(MergeKind::Observation);
            if (auto status = settleObservation(c, st, s, hidden); !status)
                return status;
            continue;
        }
        st.find.finish();
        if (c.removedInTarget.contains(s.subject)) {
            // What others said about someone removed here was deleted on purpose: it does not come back.
            ++c.report.skippedAboutRemoved;
            continue;
        }
        if (auto status = st.run(st.insert,
                QVariantList { uuid } + s.values() + QVariantList { hidden ? 1 : 0, q->value(11) });
            !status)
            return status;
        c.added(MergeKind::Observation);
    }
    return {};
}

Status mergeAuditTrail(Context& c)
{
    auto q = c.source.exec(
        u"SELECT id, uuid, at, actor_id, action, target, detail FROM audit_log ORDER BY id"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        QString uuid = q->value(1).toString();
        if (uuid.isEmpty()) // written by a program that did not know about the column: named as migration 004
                            // does
            uuid = u"audit-%1-%2-%3-%4"_s.arg(q->value(0).toString(), q->value(2).toString(),
                q->value(4).toString(), q->value(5).toString());
        auto found = c.firstId(u"SELECT id FROM audit_log WHERE uuid = ?"_s, { uuid });
        if (!found)
            return found.error();
        if (*found != 0) {
            c.matched(MergeKind::AuditEntry);
            continue;
        }
        if (auto s = c.target.execStatement(
                u"INSERT INTO audit_log (uuid, at, actor_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)"_s,
                { uuid, q->value(2), idOrNull(c.people.value(q->value(3).toLongLong())), q->value(4),
                    q->value(5), q->value(6) });
            !s)
            return s;
        c.added(MergeKind::AuditEntry);
    }
    return {};
}

Status mergeSettings(Context& c)
{
    // The stricter anonymity rule of the two files holds: people in the source were promised it.
    auto mine = SettingsRepository(c.target).load();
    if (!mine)
        return mine.error();
    auto theirs = SettingsRepository(c.source).load();
    if (!theirs)
        return theirs.error();
    DatabaseSettings merged = *mine;
    if (theirs->k > mine->k)
        c.report.kRaisedTo = merged.k = theirs->k;
    if (theirs->kNotes > mine->kNotes)
        c.report.kNotesRaisedTo = merged.kNotes = theirs->kNotes;
    if (merged.k == mine->k && merged.kNotes == mine->kNotes)
        return {};
    return SettingsRepository(c.target).save(merged);
}

Status mergeAliases(Context& c)
{
    // Ids the source learnt stand for one of its rows stand for that row here too.
    auto q = c.source.exec(u"SELECT uuid, kind, same_as FROM uuid_aliases ORDER BY uuid"_s);
    if (!q)
        return q.error();
    static const char* const tables[] = { "frameworks", "behaviors", "teams", "people", "cycles" };
    while (q->next()) {
        const QString kind = q->value(1).toString();
        const auto table = std::find_if(std::begin(tables), std::end(tables),
            [&](const char* name) { return kind == QLatin1String(name); });
        if (table == std::end(tables))
            continue; // not a kind this version knows: the table name is never taken from the file unchecked
        auto known = c.find(*table, q->value(0).toString());
        auto row = c.find(*table, q->value(2).toString());
        if (!known || !row)
            return !known ? known.error() : row.error();
        if (known->id == 0 && row->id != 0) {
            if (auto s = c.rememberAlias(*table, q->value(0).toString(), row->id); !s)
                return s;
        }
    }
    return {};
}

} // namespace peerradar::merge
