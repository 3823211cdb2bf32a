#include "BenchCore.h"

#include "BenchSupport.h"

#include "analytics/Profile.h"
#include "analytics/ProfileEngine.h"
#include "analytics/TeamProfile.h"
#include "report/PdfReports.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace peerradar::bench {

namespace {

std::unique_ptr<Database> openOrDie(const QString& path, Database::Access access = Database::Access::ReadWrite)
{
    auto db = Database::open(path, access);
    if (!db)
        die(db.error().message);
    return std::move(*db);
}

QList<Person> everyoneOrDie(Database& db)
{
    auto people = PeopleRepository(db).all();
    if (!people)
        die(people.error().message);
    return *people;
}

// `count` people spread evenly over the list (deterministic).
QList<Person> spread(const QList<Person>& people, int count)
{
    QList<Person> picked;
    const qsizetype n = people.size();
    for (int i = 0; i < count && n > 0; ++i)
        picked << people.at(qsizetype(double(i) * double(n) / double(count)) % n);
    return picked;
}

// The same figures the profile computes, per behavior and rater group, as SQLite computes them.
const QString rawAggregateSql = QStringLiteral(
    "SELECT behavior_id, rater_group, COUNT(*), COUNT(DISTINCT observer_id), AVG(impact), "
    "SUM(impact * impact), MIN(observed_on), MAX(observed_on) FROM observations WHERE subject_id = ? "
    "GROUP BY behavior_id, rater_group");

void explain(Database& db, const QString& title, const QString& sql, const QVariantList& values)
{
    auto q = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
    if (!q)
        die(q.error().message);
    QString text = QStringLiteral("EXPLAIN QUERY PLAN — %1:\n  %2").arg(title, sql);
    while (q->next())
        text += QStringLiteral("\n    %1").arg(q->value(3).toString());
    note(text);
}

} // namespace

void profileBench(const QString& path, int people, bool plans)
{
    auto db = openOrDie(path, Database::Access::ReadOnly);
    const QList<Person> sample = spread(everyoneOrDie(*db), people);
    ProfileService service(*db);

    // Warm the page cache and the service's caches once, as a view that has been open a moment.
    (void)service.personProfile(sample.first().id);

    QList<double> profileMs, rawMs;
    qint64 rows = 0;
    for (const Person& person : sample) {
        QElapsedTimer timer;
        timer.start();
        auto profile = service.personProfile(person.id);
        profileMs << elapsedMs(timer);
        if (!profile)
            die(profile.error().message);

        timer.restart();
        auto q = db->exec(rawAggregateSql, { person.id });
        if (!q)
            die(q.error().message);
        double sink = 0;
        while (q->next()) {
            sink += q->value(2).toDouble() + q->value(4).toDouble();
            ++rows;
        }
        rawMs << elapsedMs(timer);
        if (sink < 0)
            note(QString()); // keeps the loop from being optimised away
    }
    metric(QStringLiteral("profile_median"), median(profileMs), QStringLiteral("ms"));
    metric(QStringLiteral("profile_p95"), quantile(profileMs, 0.95), QStringLiteral("ms"));
    metric(QStringLiteral("profile_raw_median"), median(rawMs), QStringLiteral("ms"));
    metric(QStringLiteral("profile_ratio"), median(profileMs) / median(rawMs), QStringLiteral("x"));
    note(QStringLiteral("profile: %1 people, %2 raw aggregate rows").arg(sample.size()).arg(rows));

    // A new service for every profile: nothing remembered between calls (the CLI, one PDF).
    QList<double> freshMs;
    for (qsizetype i = 0; i < sample.size(); i += 5) {
        QElapsedTimer timer;
        timer.start();
        auto profile = ProfileService(*db).personProfile(sample.at(i).id);
        freshMs << elapsedMs(timer);
        if (!profile)
            die(profile.error().message);
    }
    metric(QStringLiteral("profile_fresh_service_median"), median(freshMs), QStringLiteral("ms"));

    if (!plans)
        return;
    const QVariant id = sample.first().id;
    explain(*db, QStringLiteral("profile rows (core/analytics/ProfileEngine subjectRowsSql)"), subjectRowsSql(db->dialect()), { id });
    explain(*db, QStringLiteral("latest date of the file (latestObservationDate)"),
        QStringLiteral("SELECT MAX((SELECT MAX(o.observed_on) FROM observations o WHERE o.observer_id = p.id)) "
                       "FROM people p"),
        {});
    explain(*db, QStringLiteral("notes behind a profile (ProfileService::notes)"),
        QStringLiteral("SELECT o.id, o.behavior_id, o.observed_on, o.rater_group, o.situation, o.action, o.result, "
                       "p.name FROM observations o JOIN people p ON p.id = o.observer_id WHERE o.subject_id = ? "
                       "AND o.observed_on BETWEEN ? AND ? AND o.note_hidden = 0 AND (o.situation <> '' OR "
                       "o.action <> '' OR o.result <> '')"),
        { id, QStringLiteral("2000-01-01"), QStringLiteral("2100-01-01") });
    explain(*db, QStringLiteral("raw aggregate (the baseline)"), rawAggregateSql, { id });
}

namespace {

// Moves people into one new team until it has `size` members: whole teams first, so that the
// team's members observe each other as much as real colleagues do. Returns the team's id.
Id makeBigTeam(Database& db, int size)
{
    const QString name = QStringLiteral("Bench team of %1").arg(size);
    PeopleRepository people(db);
    if (auto existing = people.teamByName(name))
        return existing->id;
    auto teams = people.teams();
    if (!teams)
        die(teams.error().message);
    Team big;
    big.name = name;
    QList<Person> moved;
    for (const Team& team : *teams) {
        auto members = people.membersOf(team.id);
        if (!members)
            die(members.error().message);
        if (big.managerId == 0)
            big.managerId = team.managerId;
        for (const Person& p : *members) {
            if (moved.size() < size)
                moved << p;
        }
        if (moved.size() >= size)
            break;
    }
    Id bigId = 0;
    const Status status = db.transaction([&]() -> Status {
        auto id = people.addTeam(big);
        if (!id)
            return id.error();
        bigId = *id;
        for (const Person& p : std::as_const(moved)) {
            if (auto s = db.execStatement(QStringLiteral("UPDATE people SET team_id = ? WHERE id = ?"), { *id, p.id });
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        die(status.error().message);
    return bigId;
}

double timeTeam(Database& db, Id teamId, int repetitions, qsizetype* members)
{
    TeamProfileService service(db);
    (void)service.teamProfile(teamId); // warm-up
    QList<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto profile = service.teamProfile(teamId);
        ms << elapsedMs(timer);
        if (!profile)
            die(profile.error().message);
        *members = profile->members.size();
    }
    return median(ms);
}

} // namespace

void teamBench(const QString& path, int size, int repetitions)
{
    auto db = openOrDie(path);
    auto teams = PeopleRepository(*db).teams();
    if (!teams)
        die(teams.error().message);
    Id largest = 0;
    qsizetype largestSize = 0;
    for (const Team& team : *teams) {
        if (team.name.startsWith(QLatin1String("Bench team")))
            continue; // made by makeBigTeam on an earlier run
        auto members = PeopleRepository(*db).membersOf(team.id);
        if (members && members->size() > largestSize) {
            largest = team.id;
            largestSize = members->size();
        }
    }
    qsizetype members = 0;
    const double natural = timeTeam(*db, largest, repetitions, &members);
    metric(QStringLiteral("team_largest_median"), natural, QStringLiteral("ms"));
    metric(QStringLiteral("team_largest_size"), double(members), QStringLiteral("people"));
    Id big = largest;
    if (largestSize < size)
        big = makeBigTeam(*db, size);
    const double bigMs = timeTeam(*db, big, repetitions, &members);
    metric(QStringLiteral("team_big_median"), bigMs, QStringLiteral("ms"));
    metric(QStringLiteral("team_big_size"), double(members), QStringLiteral("people"));
}

void logBench(const QString& path, int count)
{
    auto db = openOrDie(path);
    const QList<Person> people = everyoneOrDie(*db);
    auto framework = FrameworkRepository(*db).active();
    if (!framework || framework->behaviors.isEmpty())
        die(QStringLiteral("the file has no active framework"));
    QRandomGenerator random(42);
    ObservationRepository repository(*db);
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        Observation o;
        o.observerId = people.at(random.bounded(int(people.size()))).id;
        o.subjectId = people.at(random.bounded(int(people.size()))).id;
        o.behaviorId = framework->behaviors.at(random.bounded(int(framework->behaviors.size()))).id;
        o.date = QDate::currentDate();
        o.impact = 1 + random.bounded(5);
        o.note.situation = QStringLiteral("Bench situation %1").arg(i);
        QElapsedTimer timer;
        timer.start();
        auto id = repository.log(o);
        ms << elapsedMs(timer);
        if (!id)
            die(id.error().message);
    }
    metric(QStringLiteral("log_median"), median(ms), QStringLiteral("ms"));
    metric(QStringLiteral("log_p95"), quantile(ms, 0.95), QStringLiteral("ms"));
}

void pdfBench(const QString& path, int count, const QString& outDir)
{
    auto db = openOrDie(path, Database::Access::ReadOnly);
    const QList<Person> sample = spread(everyoneOrDie(*db), count + 1);
    QDir().mkpath(outDir);
    PdfOptions options;
    options.author = QStringLiteral("Bench HR");
    QList<double> totalMs, loadMs, writeMs;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto data = ReportLoader(*db).person(sample.at(i).id, {});
        const double load = elapsedMs(timer);
        if (!data)
            die(data.error().message);
        const QString file = outDir + QStringLiteral("/person-%1.pdf").arg(i);
        if (auto s = PdfReports::writePdf(file, *data, options); !s)
            die(s.error().message);
        if (i == 0)
            continue; // the first one loads fonts and Qt Charts: counted below as "first"
        totalMs << elapsedMs(timer);
        loadMs << load;
        writeMs << elapsedMs(timer) - load;
    }
    metric(QStringLiteral("pdf_person_median"), median(totalMs), QStringLiteral("ms"));
    metric(QStringLiteral("pdf_person_load_median"), median(loadMs), QStringLiteral("ms"));
    metric(QStringLiteral("pdf_person_render_median"), median(writeMs), QStringLiteral("ms"));
}

} // namespace peerradar::bench
