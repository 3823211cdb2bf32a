#include "analytics/ProfileEngine.h"

#include "analytics/Anonymity.h"
#include "analytics/Statistics.h"
#include "storage/CycleRepository.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/SettingsRepository.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace peerradar {

namespace {

// The stored key, told apart by its first letter (the schema's CHECK allows only these five):
// a profile reads hundreds of rows, and this runs for each.
RaterGroup groupFromStored(const QString& key)
{
    switch (key.isEmpty() ? u'?' : key.front().unicode()) {
    case u's':
        return RaterGroup::Self;
    case u'm':
        return RaterGroup::Manager;
    case u'p':
        return RaterGroup::Peer;
    case u'd':
        return RaterGroup::DirectReport;
    default:
        return RaterGroup::Other;
    }
}

// "YYYY-MM-DD" without the general ISO parser (several times faster, and this runs per row).
QDate dateFromStored(const QString& text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return QDate::fromString(text, Qt::ISODate);
    const auto number = [&text](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i)
            value = value * 10 + (text[i].unicode() - u'0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

struct Ranked
{
    qsizetype index = 0;
    double mean = 0.0;
};

} // namespace

Result<QDate> LatestDateCache::get(Database& db)
{
    const QString changeCounter = db.dialect().changeCounterSql();
    if (changeCounter.isEmpty()) // a server has no such counter: ask it each time
        return latestObservationDate(db);
    auto q = db.exec(changeCounter);
    if (!q)
        return q.error();
    const bool read = q->next();
    const qint64 dataVersion = read ? q->value(0).toLongLong() : -1;
    const qint64 totalChanges = read ? q->value(1).toLongLong() : -1;
    if (m_valid && read && dataVersion == m_dataVersion && totalChanges == m_totalChanges)
        return m_date;
    auto latest = latestObservationDate(db);
    if (!latest)
        return latest.error();
    m_date = *latest;
    m_dataVersion = dataVersion;
    m_totalChanges = totalChanges;
    m_valid = read;
    return m_date;
}

Result<ProfileContext> loadProfileContext(Database& db, const ProfileOptions& options, LatestDateCache* cache)
{
    ProfileContext context;
    context.today = options.today.isValid() ? options.today : QDate::currentDate();
    auto settings = SettingsRepository(db).load();
    if (!settings)
        return settings.error();
    context.settings = *settings;
    auto framework = FrameworkRepository(db).active();
    if (!framework)
        return framework.error();
    context.framework = *framework;
    std::stable_sort(context.framework.behaviors.begin(), context.framework.behaviors.end(),
        [](const Behavior& a, const Behavior& b) { return a.position < b.position; });
    if (options.cycleId) {
        auto cycle = CycleRepository(db).byId(*options.cycleId);
        if (!cycle)
            return cycle.error();
        context.cycle = *cycle;
    }
    auto latest = cache ? cache->get(db) : latestObservationDate(db);
    if (!latest)
        return latest.error();
    context.latestInFile = *latest;
    return context;
}

Result<QList<SubjectRow>> loadSubjectRows(Database& db, Id subjectId)
{
    // Only columns of the index observations_subject (subject_id, behavior_id, observed_on,
    // rater_group, observer_id, impact): SQLite answers from the index alone
    // ("SEARCH observations USING COVERING INDEX observations_subject (subject_id=?)").
    auto q = db.exec(QStringLiteral("SELECT behavior_id, observed_on, rater_group, observer_id, impact "
                                    "FROM observations WHERE subject_id = ?"),
        { subjectId });
    if (!q)
        return q.error();
    QList<SubjectRow> rows;
    while (q->next()) {
        SubjectRow row;
        row.behaviorId = q->value(0).toLongLong();
        row.date = dateFromStored(q->value(1).toString());
        row.group = groupFromStored(q->value(2).toString());
        row.observerId = q->value(3).toLongLong();
        row.impact = q->value(4).toInt();
        rows.append(row);
    }
    return rows;
}

Result<QDate> latestObservationDate(Database& db)
{
    // MAX(observed_on) over the table has no index to use (observed_on leads none) and would scan
    // a million rows. The index observations_observer (observer_id, observed_on) gives each
    // observer's latest date with one seek (SQLite's min/max optimisation), and every observer is a
    // row of `people`: a few thousand seeks instead of a full scan.
    auto q = db.exec(QStringLiteral("SELECT MAX((SELECT MAX(o.observed_on) FROM observations o "
                                    "WHERE o.observer_id = p.id)) FROM people p"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QDate();
    return QDate::fromString(q->value(0).toString(), Qt::ISODate);
}

std::pair<QDate, QDate> profilePeriod(const ProfileContext& context, const QList<SubjectRow>& rows)
{
    QDate first;
    for (const SubjectRow& row : rows) {
        if (!first.isValid() || row.date < first)
            first = row.date;
    }
    return profilePeriod(context, first);
}

std::pair<QDate, QDate> profilePeriod(const ProfileContext& context, QDate first)
{
    if (context.cycle)
        return { context.cycle->start, context.cycle->end };
    QDate to = context.latestInFile.isValid() ? context.latestInFile : context.today;
    if (!first.isValid())
        first = to;
    if (to < first) // cannot happen with a consistent file; keeps the period at least one day
        to = first;
    return { first, to };
}

QList<BehaviorProfile> computeBehaviors(
    const ProfileContext& context, const QList<SubjectRow>& rows, const QDate& from, const QDate& to)
{
    const int days = int(from.daysTo(to)) + 1;
    QHash<Id, RawGroups> raw;
    for (const SubjectRow& row : rows) {
        if (row.date < from || row.date > to)
            continue;
        raw[row.behaviorId][BehaviorProfile::groupIndex(row.group)].add(row.observerId, row.impact);
    }

    QList<BehaviorProfile> result;
    for (const Behavior& behavior : context.framework.behaviors) {
        const auto found = raw.constFind(behavior.id);
        // A retired behavior stays on the profile only while it has observations in the period.
        if (behavior.retired && found == raw.constEnd())
            continue;
        BehaviorProfile profile;
        profile.behavior = behavior;
        applyAnonymity(found == raw.constEnd() ? RawGroups {} : *found, context.settings, days, profile);
        applyGap(profile);
        result.append(profile);
    }
    return result;
}

void applyGap(BehaviorProfile& profile)
{
    // Gap self − others, only when both are shown. Its 95% uncertainty is that of the difference
    // of two independent means, 1.96·√(se_self² + se_others²); it needs n ≥ 2 on both sides.
    // A blind spot (or hidden strength) is flagged only when the gap is larger than that.
    const GroupStats& self = profile.group(RaterGroup::Self);
    if (self.isShown() && profile.others.isShown()) {
        profile.gap = self.mean - profile.others.mean;
        if (self.standardError && profile.others.standardError) {
            const double seSelf = *self.standardError;
            const double seOthers = *profile.others.standardError;
            profile.gapUncertainty = 1.96 * std::sqrt(seSelf * seSelf + seOthers * seOthers);
            profile.blindSpot = *profile.gap > 0 && *profile.gap > *profile.gapUncertainty;
            profile.hiddenStrength = *profile.gap < 0 && -*profile.gap > *profile.gapUncertainty;
        }
    }
}

PersonProfile computeProfile(const ProfileContext& context, const Person& person, const QString& teamName,
    const QList<SubjectRow>& rows)
{
    const auto [from, to] = profilePeriod(context, rows);
    return profileFromBehaviors(context, person, teamName, from, to, computeBehaviors(context, rows, from, to));
}

PersonProfile profileFromBehaviors(const ProfileContext& context, const Person& person, const QString& teamName,
    const QDate& from, const QDate& to, const QList<BehaviorProfile>& behaviors)
{
    PersonProfile profile;
    profile.person = person;
    profile.teamName = teamName;
    profile.settings = context.settings;
    profile.cycle = context.cycle;
    profile.from = from;
    profile.to = to;
    profile.behaviors = behaviors;

    // Strengths and growth areas from the shown "others" means only: up to two above the median of
    // the person's shown others means (highest first) and up to two below it (lowest first); ties
    // keep framework order (stable sort). A behavior without a shown others figure is in no list.
    QList<Ranked> shown;
    QList<double> means;
    for (qsizetype i = 0; i < profile.behaviors.size(); ++i) {
        const BehaviorProfile& b = profile.behaviors[i];
        if (b.blindSpot)
            profile.blindSpots << b.behavior.key;
        if (b.hiddenStrength)
            profile.hiddenStrengths << b.behavior.key;
        if (b.others.isShown()) {
            shown.append({ i, b.others.mean });
            means.append(b.others.mean);
        }
    }
    if (const auto median = stats::median(means)) {
        QList<Ranked> above;
        QList<Ranked> below;
        for (const Ranked& r : shown) {
            if (r.mean > *median)
                above.append(r);
            else if (r.mean < *median)
                below.append(r);
        }
        std::stable_sort(
            above.begin(), above.end(), [](const Ranked& a, const Ranked& b) { return a.mean > b.mean; });
        std::stable_sort(
            below.begin(), below.end(), [](const Ranked& a, const Ranked& b) { return a.mean < b.mean; });
        for (qsizetype i = 0; i < std::min<qsizetype>(2, above.size()); ++i)
            profile.strengths << profile.behaviors[above[i].index].behavior.key;
        for (qsizetype i = 0; i < std::min<qsizetype>(2, below.size()); ++i)
            profile.growthAreas << profile.behaviors[below[i].index].behavior.key;
    }
    return profile;
}

} // namespace peerradar
