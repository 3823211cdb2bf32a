#include "analytics/ProfileEngine.h"

#include "analytics/Anonymity.h"
#include "analytics/Statistics.h"
#include "storage/CycleRepository.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace peerradar {

namespace {

RaterGroup groupFromNumber(qint64 number)
{
    return number >= 0 && number <= int(RaterGroup::Other) ? RaterGroup(number) : RaterGroup::Other;
}

struct Ranked
{
    qsizetype index = 0;
    double mean = 0.0;
};

} // namespace

QString subjectRowsSql(const SqlDialect& dialect)
{
    // Every column comes back as an integer: a profile reads hundreds of rows, and each text column
    // would be converted to UTF-16 and copied into a QString per row (17% of a profile's time).
    QString groupCase = QStringLiteral("CASE rater_group");
    for (RaterGroup g : allRaterGroups)
        groupCase += QStringLiteral(" WHEN '%1' THEN %2").arg(raterGroupKey(g)).arg(int(g));
    groupCase += QStringLiteral(" ELSE %1 END").arg(int(RaterGroup::Other));
    return QStringLiteral("SELECT behavior_id, %1, %2, observer_id, impact FROM observations WHERE subject_id = ?")
        .arg(dialect.dayNumber(QStringLiteral("observed_on")), groupCase);
}

QString leniencyBaseSql(const SqlDialect& dialect, bool withPeriod)
{
    // SQLite would pick observations_date for the period and read a million rows of the table; the
    // covering index has every column the sums need, at a fraction of the pages.
    return QStringLiteral("SELECT observer_id, behavior_id, COUNT(*), SUM(impact) FROM observations%1 "
                          "WHERE rater_group <> 'self'%2 GROUP BY observer_id, behavior_id")
        .arg(dialect.isPostgres() ? QString() : QStringLiteral(" INDEXED BY observations_subject"),
            withPeriod ? QStringLiteral(" AND observed_on BETWEEN ? AND ?") : QString());
}

ProfileReader::ProfileReader(Database& db) : m_db(db) { }

ProfileReader::~ProfileReader() = default;

Status ProfileReader::refresh()
{
    const std::optional<Database::ContentVersion> version = m_db.contentVersion();
    if (m_version && version && *version == *m_version)
        return {};
    m_version.reset();
    m_previous.clear();
    m_teamNames.clear();
    m_leniency.clear();
    m_releasedLeniency.clear();
    m_changes.clear();
    auto settings = SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    auto framework = FrameworkRepository(m_db).active();
    if (!framework)
        return framework.error();
    std::stable_sort(framework->behaviors.begin(), framework->behaviors.end(),
        [](const Behavior& a, const Behavior& b) { return a.position < b.position; });
    auto cycles = CycleRepository(m_db).all();
    if (!cycles)
        return cycles.error();
    auto releases = CycleRepository(m_db).releases();
    if (!releases)
        return releases.error();
    auto latest = latestObservationDate(m_db);
    if (!latest)
        return latest.error();
    m_facts = FileFacts { *settings, *framework, *cycles, *releases, *latest };
    m_version = version; // none inside a transaction: read again next time
    return {};
}

Result<ProfileContext> ProfileReader::context(const ProfileOptions& options)
{
    if (auto status = refresh(); !status)
        return status.error();
    ProfileContext context;
    context.today = options.today.isValid() ? options.today : QDate::currentDate();
    context.settings = m_facts.settings;
    context.framework = m_facts.framework;
    context.latestInFile = m_facts.latestInFile;
    if (options.cycleId) {
        const auto found = std::find_if(m_facts.cycles.cbegin(), m_facts.cycles.cend(),
            [&options](const Cycle& c) { return c.id == *options.cycleId; });
        if (found != m_facts.cycles.cend()) {
            context.cycle = *found;
        } else {
            auto cycle = CycleRepository(m_db).byId(*options.cycleId); // says why it is missing
            if (!cycle)
                return cycle.error();
            context.cycle = *cycle;
        }
    }
    return context;
}

Result<std::optional<Cycle>> ProfileReader::previousCycle(const Cycle& cycle)
{
    if (m_version) {
        if (const auto found = m_previous.constFind(cycle.id); found != m_previous.constEnd())
            return *found;
    }
    auto previous = CycleRepository(m_db).previous(cycle);
    if (previous && m_version)
        m_previous.insert(cycle.id, *previous);
    return previous;
}

Result<QString> ProfileReader::teamName(Id teamId)
{
    if (m_version) {
        if (const auto found = m_teamNames.constFind(teamId); found != m_teamNames.constEnd())
            return *found;
    }
    auto team = PeopleRepository(m_db).teamById(teamId);
    if (!team)
        return team.error();
    if (m_version)
        m_teamNames.insert(teamId, team->name);
    return team->name;
}

Result<QList<SubjectRow>> ProfileReader::subjectRows(Id subjectId)
{
    if (!m_rows) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        if (!query->prepare(subjectRowsSql(m_db.dialect())))
            return m_db.errorFrom(query->lastError());
        m_rows = std::move(query);
    }
    QSqlQuery& q = *m_rows;
    q.bindValue(0, subjectId);
    if (!q.exec()) {
        const Error error = m_db.errorFrom(q.lastError());
        m_rows.reset();
        return error;
    }
    QList<SubjectRow> rows;
    while (q.next()) {
        SubjectRow row;
        row.behaviorId = q.value(0).toLongLong();
        const QVariant day = q.value(1);
        row.date = day.isNull() ? QDate() : QDate::fromJulianDay(day.toLongLong());
        row.group = groupFromNumber(q.value(2).toLongLong());
        row.observerId = q.value(3).toLongLong();
        row.impact = q.value(4).toInt();
        rows.append(row);
    }
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid())
        return m_db.errorFrom(error);
    return rows;
}

std::optional<CycleRelease> ProfileReader::release(Id cycleId) const
{
    for (const CycleRelease& r : m_facts.releases) {
        if (r.cycleId == cycleId)
            return r;
    }
    return std::nullopt;
}

Result<QList<SubjectRow>> ProfileReader::releasedRows(Id cycleId, Id subjectId)
{
    QString sql = subjectRowsSql(m_db.dialect());
    sql.replace(QStringLiteral("FROM observations WHERE subject_id = ?"),
        QStringLiteral("FROM released_observations WHERE cycle_id = ? AND subject_id = ? ORDER BY observation_id"));
    auto q = m_db.exec(sql, { cycleId, subjectId });
    if (!q)
        return q.error();
    QList<SubjectRow> rows;
    while (q->next()) {
        SubjectRow row;
        row.behaviorId = q->value(0).toLongLong();
        const QVariant day = q->value(1);
        row.date = day.isNull() ? QDate() : QDate::fromJulianDay(day.toLongLong());
        row.group = groupFromNumber(q->value(2).toLongLong());
        row.observerId = q->value(3).toLongLong();
        row.impact = q->value(4).toInt();
        rows.append(row);
    }
    return rows;
}

Result<std::optional<ReleaseChanges>> ProfileReader::changesSinceRelease(Id cycleId)
{
    if (m_version) {
        if (const auto found = m_changes.constFind(cycleId); found != m_changes.constEnd())
            return *found;
    }
    auto changes = CycleRepository(m_db).changesSinceRelease(cycleId);
    if (changes && m_version)
        m_changes.insert(cycleId, *changes);
    return changes;
}

Result<std::shared_ptr<const LeniencyBase>> ProfileReader::releasedLeniencyBase(Id cycleId)
{
    if (m_version) {
        if (const auto found = m_releasedLeniency.constFind(cycleId); found != m_releasedLeniency.constEnd())
            return *found;
    }
    auto q = m_db.exec(QStringLiteral("SELECT observer_id, behavior_id, COUNT(*), SUM(impact) FROM released_observations "
                                      "WHERE cycle_id = ? AND rater_group <> 'self' GROUP BY observer_id, behavior_id"),
        { cycleId });
    if (!q)
        return q.error();
    auto base = std::make_shared<LeniencyBase>();
    while (q->next()) {
        const Id observer = q->value(0).toLongLong();
        const Id behavior = q->value(1).toLongLong();
        const qint64 n = q->value(2).toLongLong();
        const qint64 sum = q->value(3).toLongLong();
        base->observers[{ observer, behavior }].add(n, sum);
        base->behaviors[behavior].add(n, sum);
    }
    if (m_version)
        m_releasedLeniency.insert(cycleId, base);
    return std::shared_ptr<const LeniencyBase>(std::move(base));
}

ProfileContext releasedContext(ProfileContext context, const CycleRelease& release)
{
    if (context.cycle) {
        context.cycle->start = release.start;
        context.cycle->end = release.end;
    }
    context.settings.k = release.k;
    context.settings.kNotes = release.kNotes;
    return context;
}

QList<SubjectRow> withoutAnonymousGroups(const QList<SubjectRow>& rows)
{
    QList<SubjectRow> result;
    for (const SubjectRow& row : rows) {
        if (!isAnonymousGroup(row.group))
            result.append(row);
    }
    return result;
}

void withholdAnonymousGroups(QList<BehaviorProfile>& behaviors)
{
    for (BehaviorProfile& b : behaviors) {
        for (RaterGroup g : allRaterGroups) {
            if (isAnonymousGroup(g))
                b.group(g) = GroupStats();
        }
        b.pooled.reset();
        b.others = GroupStats();
        b.gap.reset();
        b.gapUncertainty.reset();
        b.blindSpot = false;
        b.hiddenStrength = false;
        b.selfOther.reset();
    }
}

Result<std::shared_ptr<const LeniencyBase>> ProfileReader::leniencyBase(const std::pair<QDate, QDate>& period)
{
    const bool withPeriod = period.first.isValid() && period.second.isValid();
    const std::pair<qint64, qint64> key
        = withPeriod ? std::pair { period.first.toJulianDay(), period.second.toJulianDay() } : std::pair<qint64, qint64> {};
    if (m_version) {
        if (const auto found = m_leniency.constFind(key); found != m_leniency.constEnd())
            return *found;
    }
    QVariantList values;
    if (withPeriod)
        values = { period.first.toString(Qt::ISODate), period.second.toString(Qt::ISODate) };
    auto q = m_db.exec(leniencyBaseSql(m_db.dialect(), withPeriod), values);
    if (!q)
        return q.error();
    auto base = std::make_shared<LeniencyBase>();
    while (q->next()) {
        const Id observer = q->value(0).toLongLong();
        const Id behavior = q->value(1).toLongLong();
        const qint64 n = q->value(2).toLongLong();
        const qint64 sum = q->value(3).toLongLong();
        base->observers[{ observer, behavior }].add(n, sum);
        base->behaviors[behavior].add(n, sum);
    }
    if (m_version)
        m_leniency.insert(key, base);
    return std::shared_ptr<const LeniencyBase>(std::move(base));
}

Result<ProfileContext> loadProfileContext(Database& db, const ProfileOptions& options)
{
    return ProfileReader(db).context(options);
}

Result<QList<SubjectRow>> loadSubjectRows(Database& db, Id subjectId)
{
    return ProfileReader(db).subjectRows(subjectId);
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

namespace {

// Each observer's leniency for one behavior in the profile of the person whose groups are `groups`
// (leniency::observerLeniency: that person's rows left out of every total).
QHash<Id, double> observerLeniencies(const RawGroups& groups, Id behaviorId, const LeniencyBase& base)
{
    RatingTotals received;
    QHash<Id, RatingTotals> ofSubject;
    for (RaterGroup g : allRaterGroups) {
        if (g == RaterGroup::Self)
            continue;
        for (auto it = groups[BehaviorProfile::groupIndex(g)].observers.cbegin();
             it != groups[BehaviorProfile::groupIndex(g)].observers.cend(); ++it) {
            // Impacts are whole numbers: the tally's sum is exact.
            ofSubject[it.key()].add(it->n, qint64(it->sum));
            received.add(it->n, qint64(it->sum));
        }
    }
    const RatingTotals organisation = base.behaviors.value(behaviorId);
    QHash<Id, double> result;
    for (auto it = ofSubject.cbegin(); it != ofSubject.cend(); ++it)
        result.insert(it.key(),
            leniency::observerLeniency(
                base.observers.value({ it.key(), behaviorId }), *it, organisation, received));
    return result;
}

} // namespace

QList<BehaviorProfile> computeBehaviors(const ProfileContext& context, const QList<SubjectRow>& rows,
    const QDate& from, const QDate& to, const LeniencyBase* leniency)
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
        if (leniency && found != raw.constEnd())
            applyLeniency(*found, observerLeniencies(*found, behavior.id, *leniency), context.settings, profile);
        applyGap(profile);
        result.append(profile);
    }
    return result;
}

SelfOtherFigures selfOtherFigures(double self, double others, double uncertainty, int behaviors)
{
    SelfOtherFigures f;
    f.self = self;
    f.others = others;
    f.gap = self - others;
    f.uncertainty = uncertainty;
    f.behaviors = behaviors;
    if (f.gap > uncertainty)
        f.agreement = SelfOtherAgreement::OverEstimator;
    else if (-f.gap > uncertainty)
        f.agreement = SelfOtherAgreement::UnderEstimator;
    else // in agreement: high or low by where both sit on the scale (Fleenor et al. 1996)
        f.agreement = (self + others) / 2.0 >= stats::Scale().midpoint() ? SelfOtherAgreement::AgreeHigh
                                                                         : SelfOtherAgreement::AgreeLow;
    return f;
}

void applyGap(BehaviorProfile& profile)
{
    // Gap self − others, only when both are shown. Its uncertainty combines the two intervals'
    // half-widths; self is one observer (that person's view, no interval), so in practice it is the
    // others' half-width. Nothing is flagged when neither side has an interval.
    const GroupStats& self = profile.group(RaterGroup::Self);
    if (!self.isShown() || !profile.others.isShown())
        return;
    profile.gap = self.mean - profile.others.mean;
    profile.gapUncertainty = stats::differenceUncertainty(self.halfWidth, profile.others.halfWidth);
    if (!profile.gapUncertainty)
        return;
    profile.blindSpot = *profile.gap > *profile.gapUncertainty;
    profile.hiddenStrength = -*profile.gap > *profile.gapUncertainty;
    profile.selfOther = selfOtherFigures(self.mean, profile.others.mean, *profile.gapUncertainty, 1);
}

PersonProfile computeProfile(const ProfileContext& context, const Person& person, const QString& teamName,
    const QList<SubjectRow>& rows, const LeniencyBase* leniency)
{
    const auto [from, to] = profilePeriod(context, rows);
    return profileFromBehaviors(
        context, person, teamName, from, to, computeBehaviors(context, rows, from, to, leniency));
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

    // Strengths and growth areas from the shown "others" figures only: up to two whose whole interval
    // lies above the median of the person's shown others means (highest first) and up to two whose
    // whole interval lies below it (lowest first); ties keep framework order (stable sort). A figure
    // without an interval (one observer) or whose interval holds the median is in no list.
    QList<Ranked> shown;
    QList<double> means;
    double selfSum = 0.0;
    double othersSum = 0.0;
    double squaredUncertainties = 0.0;
    int decided = 0;
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
        if (b.selfOther) {
            selfSum += b.selfOther->self;
            othersSum += b.selfOther->others;
            squaredUncertainties += b.selfOther->uncertainty * b.selfOther->uncertainty;
            ++decided;
        }
    }
    // Overall: mean self against mean others over the decided behaviors; the uncertainty of a mean
    // of B independent gaps is √(Σ u_b²)/B.
    if (decided > 0)
        profile.selfOther = selfOtherFigures(
            selfSum / decided, othersSum / decided, std::sqrt(squaredUncertainties) / decided, decided);
    if (const auto median = stats::median(means)) {
        QList<Ranked> above;
        QList<Ranked> below;
        for (const Ranked& r : shown) {
            const GroupStats& others = profile.behaviors[r.index].others;
            if (others.ciLow && *others.ciLow > *median)
                above.append(r);
            else if (others.ciHigh && *others.ciHigh < *median)
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
