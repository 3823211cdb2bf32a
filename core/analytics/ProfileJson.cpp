#include "analytics/Profile.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <cmath>

namespace peerradar {

namespace {

// Figures in JSON are rounded to 4 decimals (enough to check them, short enough to read).
QJsonValue rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonValue rounded(const std::optional<double>& value)
{
    return value ? rounded(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray keysArray(const QStringList& keys)
{
    return QJsonArray::fromStringList(keys);
}

QJsonValue cycleName(const std::optional<Cycle>& cycle)
{
    return cycle ? QJsonValue(cycle->name) : QJsonValue(QJsonValue::Null);
}

QJsonObject trendToJson(const Trend& trend, bool leniencyCorrection)
{
    QJsonArray behaviors;
    for (const TrendEntry& e : trend.behaviors) {
        behaviors.append(QJsonObject { { QStringLiteral("key"), e.key },
            { QStringLiteral("now"), groupStatsToJson(e.now, leniencyCorrection) },
            { QStringLiteral("previous"), groupStatsToJson(e.previous, leniencyCorrection) },
            { QStringLiteral("change"), rounded(e.change) },
            { QStringLiteral("change_uncertainty"), rounded(e.changeUncertainty) },
            { QStringLiteral("changed"), e.changed } });
    }
    return QJsonObject { { QStringLiteral("cycle"), trend.current.name },
        { QStringLiteral("previous_cycle"), trend.previous.name },
        { QStringLiteral("behaviors"), behaviors } };
}

QJsonValue selfOtherToJson(const std::optional<SelfOtherFigures>& f)
{
    if (!f)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("agreement"), selfOtherKey(f->agreement) },
        { QStringLiteral("self"), rounded(f->self) }, { QStringLiteral("others"), rounded(f->others) },
        { QStringLiteral("gap"), rounded(f->gap) },
        { QStringLiteral("uncertainty"), rounded(f->uncertainty) },
        { QStringLiteral("behaviors"), f->behaviors } };
}

} // namespace

QJsonValue groupStatsToJson(const GroupStats& stats, bool leniencyCorrection)
{
    switch (stats.state) {
    case GroupStats::State::Empty:
        return QJsonValue(QJsonValue::Null);
    case GroupStats::State::Suppressed: {
        QJsonObject o { { QStringLiteral("suppressed"), true } };
        if (!stats.pooledInto.isEmpty())
            o.insert(QStringLiteral("pooled_into"), stats.pooledInto);
        return o;
    }
    case GroupStats::State::Shown:
        break;
    }
    QJsonValue ci = QJsonValue::Null;
    if (stats.ciLow && stats.ciHigh)
        ci = QJsonArray { rounded(*stats.ciLow), rounded(*stats.ciHigh) };
    QJsonObject o { { QStringLiteral("observations"), stats.observations },
        { QStringLiteral("observers"), stats.observers }, { QStringLiteral("mean"), rounded(stats.mean) },
        { QStringLiteral("sd"), rounded(stats.sd) }, { QStringLiteral("ci95"), ci },
        { QStringLiteral("per_30_days"), rounded(stats.per30Days) },
        { QStringLiteral("indicative"), stats.indicative },
        { QStringLiteral("agreement"), rounded(stats.agreement) } };
    if (leniencyCorrection)
        o.insert(QStringLiteral("adjusted_mean"), rounded(stats.adjustedMean));
    return o;
}

QJsonObject profileToJson(const PersonProfile& profile)
{
    QJsonArray behaviors;
    const bool corrected = profile.settings.leniencyCorrection;
    for (const BehaviorProfile& b : profile.behaviors) {
        QJsonObject groups;
        for (RaterGroup g : allRaterGroups)
            groups.insert(raterGroupKey(g), groupStatsToJson(b.group(g), corrected));
        QJsonObject entry { { QStringLiteral("key"), b.behavior.key },
            { QStringLiteral("name"), b.behavior.name },
            { QStringLiteral("others"), groupStatsToJson(b.others, corrected) }, { QStringLiteral("groups"), groups },
            { QStringLiteral("gap"), rounded(b.gap) },
            { QStringLiteral("gap_uncertainty"), rounded(b.gapUncertainty) },
            { QStringLiteral("self_other"),
                b.selfOther ? QJsonValue(selfOtherKey(b.selfOther->agreement))
                            : QJsonValue(QJsonValue::Null) } };
        if (b.pooled)
            entry.insert(QStringLiteral("pooled"),
                QJsonObject { { b.pooled->key, groupStatsToJson(b.pooled->stats, corrected) } });
        if (b.behavior.retired)
            entry.insert(QStringLiteral("retired"), true);
        behaviors.append(entry);
    }
    QJsonObject person { { QStringLiteral("name"), profile.person.name },
        { QStringLiteral("email"), profile.person.email },
        { QStringLiteral("team"),
            profile.teamName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile.teamName) } };
    QJsonObject result { { QStringLiteral("person"), person },
        { QStringLiteral("anonymity_threshold"), profile.settings.k },
        { QStringLiteral("notes_threshold"), profile.settings.kNotes },
        { QStringLiteral("cycle"), cycleName(profile.cycle) },
        { QStringLiteral("period"),
            QJsonObject { { QStringLiteral("from"), profile.from.toString(Qt::ISODate) },
                { QStringLiteral("to"), profile.to.toString(Qt::ISODate) } } },
        { QStringLiteral("behaviors"), behaviors },
        { QStringLiteral("blind_spots"), keysArray(profile.blindSpots) },
        { QStringLiteral("hidden_strengths"), keysArray(profile.hiddenStrengths) },
        { QStringLiteral("strengths"), keysArray(profile.strengths) },
        { QStringLiteral("growth_areas"), keysArray(profile.growthAreas) },
        { QStringLiteral("self_other"), selfOtherToJson(profile.selfOther) },
        { QStringLiteral("trend"),
            profile.trend ? QJsonValue(trendToJson(*profile.trend, corrected)) : QJsonValue(QJsonValue::Null) } };
    addReleaseToJson(result, profile.anonymousGroups, profile.release, profile.changesSinceRelease);
    return result;
}

void addReleaseToJson(QJsonObject& json, AnonymousGroups groups, const std::optional<CycleRelease>& release,
    const std::optional<ReleaseChanges>& changes)
{
    // "live" (HR), "released" (frozen at the release), "withheld" (only self and manager shown).
    json.insert(QStringLiteral("anonymous_groups"), anonymousGroupsKey(groups));
    json.insert(QStringLiteral("release"),
        release ? QJsonValue(QJsonObject { { QStringLiteral("number"), release->number },
                      { QStringLiteral("released_at"), release->releasedAt.toString(Qt::ISODate) },
                      { QStringLiteral("from"), release->start.toString(Qt::ISODate) },
                      { QStringLiteral("to"), release->end.toString(Qt::ISODate) } })
                : QJsonValue(QJsonValue::Null));
    if (changes)
        json.insert(QStringLiteral("changed_since_release"),
            QJsonObject { { QStringLiteral("added"), changes->added }, { QStringLiteral("edited"), changes->edited },
                { QStringLiteral("removed"), changes->removed },
                { QStringLiteral("people_moved"), changes->peopleMoved },
                { QStringLiteral("dates_changed"), changes->datesChanged } });
}

Result<QJsonObject> exportPersonData(Database& db, Id personId)
{
    PeopleRepository people(db);
    auto person = people.byId(personId);
    if (!person)
        return person.error();
    QJsonValue team = QJsonValue::Null;
    if (person->teamId != 0) {
        auto t = people.teamById(person->teamId);
        if (!t)
            return t.error();
        team = t->name;
    }
    QJsonValue manager = QJsonValue::Null;
    if (person->managerId != 0) {
        auto m = people.byId(person->managerId);
        if (!m)
            return m.error();
        manager = m->email;
    }
    QJsonObject record { { QStringLiteral("uuid"), person->uuid }, { QStringLiteral("name"), person->name },
        { QStringLiteral("email"), person->email }, { QStringLiteral("team"), team },
        { QStringLiteral("manager_email"), manager }, { QStringLiteral("role"), roleKey(person->role) } };

    // What they authored is theirs in full, including notes HR has hidden (flagged as such).
    auto q = db.exec(
        QStringLiteral("SELECT o.uuid, o.observed_on, s.name, s.email, b.key, o.impact, o.rater_group, "
                       "o.situation, o.action, o.result, o.note_hidden, o.created_at FROM observations o "
                       "JOIN people s ON s.id = o.subject_id JOIN behaviors b ON b.id = o.behavior_id "
                       "WHERE o.observer_id = ? ORDER BY o.observed_on, o.id"),
        { personId });
    if (!q)
        return q.error();
    QJsonArray authored;
    while (q->next()) {
        authored.append(QJsonObject { { QStringLiteral("uuid"), q->value(0).toString() },
            { QStringLiteral("date"), q->value(1).toString() },
            { QStringLiteral("subject_name"), q->value(2).toString() },
            { QStringLiteral("subject_email"), q->value(3).toString() },
            { QStringLiteral("behavior"), q->value(4).toString() },
            { QStringLiteral("impact"), q->value(5).toInt() },
            { QStringLiteral("rater_group"), q->value(6).toString() },
            { QStringLiteral("situation"), q->value(7).toString() },
            { QStringLiteral("action"), q->value(8).toString() },
            { QStringLiteral("result"), q->value(9).toString() },
            { QStringLiteral("note_hidden"), q->value(10).toBool() },
            { QStringLiteral("created_at"), q->value(11).toString() } });
    }

    // About them: only their profile as they read it themselves (the anonymity rule, released cycles);
    // never the raw rows.
    ProfileOptions asThePerson;
    asThePerson.readerIsHr = false;
    auto profile = ProfileService(db).personProfile(personId, asThePerson);
    if (!profile)
        return profile.error();
    return QJsonObject { { QStringLiteral("person"), record },
        { QStringLiteral("observations_authored"), authored },
        { QStringLiteral("profile"), profileToJson(*profile) } };
}

} // namespace peerradar
