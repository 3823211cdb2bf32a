// Whole-document differencing (issue 12, item 5): every output read as a whole — a person's profile
// as `profile --json` gives it and as the PDF and the profile view print it (ReportContent), over the
// whole history and over each cycle, with its trend; a team's profile (`team --json`, of which the team
// view and the team PDF show parts), each as HR reads it (live) and as everyone else does (a released
// cycle's figures of then; no anonymous group over any other period) — must not let a hidden figure be
// worked out from the figures the same output shows. The attacker is DocumentDifferencing.h's exact rank test; it runs on 200 random
// organisations and on the 120-person demo of `peerradar-cli demo --people 120 --seed 1`.
#include "DocumentDifferencing.h"

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
#include "demo/DemoOrganisation.h"
#include "report/ReportContent.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

struct Tally
{
    int organisations = 0;
    int personDocuments = 0;
    int teamDocuments = 0;
    int cells = 0;
    int hiddenFigures = 0;
    int naiveLeaks = 0; // documents whose trend, taken from the cycles' own figures, would leak
    int trendComplements = 0; // trend figures hidden only for the sake of another
    int teamWithheld = 0; // members' totals withheld in team documents
};

} // namespace

class TestDocumentDifferencing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowSpace_exactRankTest();
    void attacker_findsTheTrendLeakOfIssue12();
    void attacker_findsTheNetworkLeak();
    void randomOrganisations_noHiddenFigureDerivableInAnyOutput();
    void demo120_noHiddenFigureDerivableInAnyOutput_data();
    void demo120_noHiddenFigureDerivableInAnyOutput();

private:
    // Every person's and every team's document over the whole history and each cycle; adds to `tally`.
    void checkOrganisation(Database& db, const QDate& today, const QString& where, Tally& tally);
    void checkPerson(Database& db, const Person& person, ProfileService& service, const QList<Cycle>& cycles,
        const QDate& today, const QString& where, Tally& tally);
};

void TestDocumentDifferencing::rowSpace_exactRankTest()
{
    // x0 + x1 and x1 known: x0 follows, x2 does not; x0 + x2 does not either.
    RowSpace span(3);
    span.add({ 1, 1, 0 });
    span.add({ 0, 1, 0 });
    QCOMPARE(span.rank(), 2);
    QVERIFY(span.contains({ 1, 0, 0 }));
    QVERIFY(!span.contains({ 0, 0, 1 }));
    QVERIFY(!span.contains({ 1, 0, 1 }));
    span.add({ 2, 2, 0 }); // dependent
    QCOMPARE(span.rank(), 2);
    // A combination with both signs: a = x0+x1+x2, b = x1+x2+x3, c = x3 → x0 = a − b + c.
    RowSpace other(4);
    other.add({ 1, 1, 1, 0 });
    other.add({ 0, 1, 1, 1 });
    QVERIFY(!other.contains({ 1, 0, 0, 0 }));
    other.add({ 0, 0, 0, 1 });
    QVERIFY(other.contains({ 1, 0, 0, 0 }));
    QVERIFY(!other.contains({ 0, 1, 0, 0 }));
    QVERIFY(!other.overflowed());
}

void TestDocumentDifferencing::attacker_findsTheTrendLeakOfIssue12()
{
    // The PDF of issue 12, item 6 (scripts/dev.sh's demo: 120 people, 12,000 observations, seed 1, on
    // 3 December 2026; carmen.costa, Influences peers): the whole history from 24 December 2025, its
    // "All others" 3.12 · 3 observers, 10 observations, the trend's 2026 H2 4.00 · 3 observers,
    // 3 observations, and 2026 H1 "hidden": 10 − 3 = 7 observations, as many as 2026 H1 holds (the
    // eight days of 2025 held nothing of that behavior).
    Cycle h1;
    h1.name = u"2026 H1"_s;
    h1.start = QDate(2026, 1, 1);
    h1.end = QDate(2026, 6, 30);
    Cycle h2 = h1;
    h2.name = u"2026 H2"_s;
    h2.start = QDate(2026, 7, 1);
    h2.end = QDate(2026, 12, 31);
    PersonPeriods periods { QDate(2025, 12, 24), QDate(2026, 12, 3), true, h2, h1, {} };
    PublishedPerson published;
    published.keys << u"influence"_s;
    PublishedBehavior b;
    b.others = shownFigure(10, 3, 3.125);
    b.groups.insert(u"manager"_s, Figure { true, 0, 0, 0.0 });
    b.groups.insert(u"peer"_s, Figure { true, 0, 0, 0.0 });
    b.groups.insert(u"direct_report"_s, Figure {});
    b.groups.insert(u"other"_s, Figure {});
    b.pools.append({ { u"direct_report"_s, u"other"_s }, shownFigure(10, 3, 3.125) });
    published.behaviors << b;
    published.trend << PublishedTrendRow { u"influence"_s, Figure {}, shownFigure(3, 3, 4.0) };
    QCOMPARE(derivableCells(personDocument(published, periods, u"issue 12"_s)),
        (QStringList { u"influence · trend 2026 H1 (observations)"_s, u"influence · trend 2026 H1 (observers)"_s,
            u"influence · trend 2026 H1 (sum of views)"_s }));
    // Hide the other trend figure too (the rule): nothing follows.
    published.trend.first().now = Figure {};
    QCOMPARE(derivableCells(personDocument(published, periods, u"issue 12"_s)), QStringList());
    // Over a cycle, the trend's current figure is the period's own and the previous shares no day with it:
    // H2's groups hidden, so is its "All others" (in the table and in the trend), H1's shown.
    published.behaviors.first().others = Figure {};
    published.behaviors.first().pools.clear();
    published.trend.first() = PublishedTrendRow { u"influence"_s, shownFigure(7, 2, 3.3), Figure {} };
    periods = PersonPeriods { h2.start, h2.end, false, h2, h1, {} };
    QCOMPARE(derivableCells(personDocument(published, periods, u"cycle"_s)), QStringList());
}

void TestDocumentDifferencing::attacker_findsTheNetworkLeak()
{
    // A member whose "change" figure is hidden: the network's edges plus what came from outside add up
    // to everything the member received, the shown behaviors to part of it.
    Person ann;
    ann.id = 1;
    ann.email = u"ann@example.com"_s;
    ann.teamId = 1;
    Person bob = ann;
    bob.id = 2;
    bob.email = u"bob@example.com"_s;
    const auto cell = [](const QJsonValue& v) { return v; };
    QJsonObject json {
        { u"heatmap"_s,
            QJsonObject { { u"behaviors"_s, QJsonArray { u"influence"_s, u"change"_s } },
                { u"rows"_s,
                    QJsonArray {
                        QJsonObject { { u"email"_s, ann.email },
                            { u"cells"_s,
                                QJsonArray { QJsonObject { { u"observations"_s, 4 }, { u"observers"_s, 3 }, { u"mean"_s, 4.0 } },
                                    QJsonObject { { u"suppressed"_s, true } } } } },
                        QJsonObject { { u"email"_s, bob.email }, { u"cells"_s, QJsonArray { cell(QJsonValue()), cell(QJsonValue()) } } } } } } },
        { u"coverage"_s,
            QJsonArray { QJsonObject { { u"email"_s, ann.email }, { u"observations_received"_s, QJsonValue() },
                             { u"observers"_s, QJsonValue() }, { u"observations_given"_s, 0 } },
                QJsonObject { { u"email"_s, bob.email }, { u"observations_received"_s, 0 }, { u"observers"_s, QJsonValue() },
                    { u"observations_given"_s, 3 } } } },
        { u"network"_s,
            QJsonObject { { u"edges"_s, QJsonArray { QJsonObject { { u"from"_s, ann.email }, { u"to"_s, bob.email }, { u"weight"_s, 3 } } } },
                { u"nodes"_s,
                    QJsonArray { QJsonObject { { u"email"_s, ann.email }, { u"observations_from_outside"_s, 2 } },
                        QJsonObject { { u"email"_s, bob.email }, { u"observations_from_outside"_s, 0 } } } } } },
        { u"informal_leaders"_s, QJsonArray() } };
    QCOMPARE(derivableCells(teamDocument(json, { ann, bob }, u"team"_s)),
        QStringList { u"ann@example.com · change (observations)"_s });
    // Without what came from outside, the edges tell only what the team's own members logged.
    QJsonObject network = json.value(u"network"_s).toObject();
    QJsonArray nodes = network.value(u"nodes"_s).toArray();
    nodes[0] = QJsonObject { { u"email"_s, ann.email }, { u"observations_from_outside"_s, QJsonValue() } };
    network.insert(u"nodes"_s, nodes);
    json.insert(u"network"_s, network);
    QCOMPARE(derivableCells(teamDocument(json, { ann, bob }, u"team"_s)), QStringList());
}

void TestDocumentDifferencing::checkPerson(Database& db, const Person& person, ProfileService& service,
    const QList<Cycle>& cycles, const QDate& today, const QString& where, Tally& tally)
{
    // The whole history (as HR reads and hands it out) and each cycle.
    QList<std::optional<Id>> periods { std::nullopt };
    for (const Cycle& c : cycles)
        periods << c.id;
    QHash<Id, QJsonObject> cycleJson; // each cycle's own figures, for the naive trend
    std::optional<QJsonObject> wholeJson;
    std::optional<PersonPeriods> wholePeriods;
    auto rows = loadSubjectRows(db, person.id);
    PR_VERIFY_OK(rows);
    for (const bool readerIsHr : { true, false })
    for (const std::optional<Id>& cycleId : periods) {
        ProfileOptions options;
        options.cycleId = cycleId;
        options.today = today;
        options.readerIsHr = readerIsHr;
        auto profile = service.personProfile(person.id, options);
        PR_VERIFY_OK(profile);
        const QJsonObject json = profileToJson(*profile);
        const QString name = u"%1, %2 (%3, %4)"_s.arg(where, person.email,
            profile->cycle ? profile->cycle->name : u"whole history"_s, readerIsHr ? u"HR"_s : u"reader"_s);
        const PublishedPerson fromJson = publishedPersonFromJson(json);
        // The PDF and the profile view print the tables of ReportContent: exactly the JSON's figures.
        const PersonReport report = ReportContent::person(*profile, {}, today);
        bool understood = false;
        const PublishedPerson printed = publishedPersonFromReport(report, *profile, understood);
        QVERIFY2(understood, qPrintable(u"tables not understood: "_s + name));
        QVERIFY2(printed == fromJson, qPrintable(u"the printed tables differ from the JSON: "_s + name));

        const PersonPeriods layout = personPeriods(*profile, *rows);
        const Document document = personDocument(fromJson, layout, name);
        bool overflow = false;
        const QStringList derived = derivableCells(document, &overflow);
        QVERIFY(!overflow);
        if (!derived.isEmpty()) // the whole output, which QVERIFY2 would cut short
            qWarning().noquote() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        QVERIFY2(derived.isEmpty(), qPrintable(u"%1: derived %2"_s.arg(name, derived.join(u", "_s))));
        ++tally.personDocuments;
        tally.cells += int(document.cells.size());
        tally.hiddenFigures += document.hiddenFigures();
        if (!readerIsHr)
            continue;
        if (cycleId)
            cycleJson.insert(*cycleId, json);
        else if (profile->trend) {
            wholeJson = json;
            wholePeriods = layout;
        }
    }
    // The attacker's power: the whole history's trend with each cycle's own figures (no figure hidden
    // for the sake of another) leaks in some documents.
    if (wholeJson && cycleJson.contains(wholePeriods->current->id) && cycleJson.contains(wholePeriods->previous->id)) {
        PublishedPerson naive = publishedPersonFromJson(*wholeJson);
        const PublishedPerson now = publishedPersonFromJson(cycleJson.value(wholePeriods->current->id));
        const PublishedPerson then = publishedPersonFromJson(cycleJson.value(wholePeriods->previous->id));
        for (PublishedTrendRow& row : naive.trend) {
            const qsizetype n = now.keys.indexOf(row.key);
            const qsizetype p = then.keys.indexOf(row.key);
            const Figure nowFigure = n >= 0 ? now.behaviors[n].others : Figure { true, 0, 0, 0.0 };
            const Figure thenFigure = p >= 0 ? then.behaviors[p].others : Figure { true, 0, 0, 0.0 };
            tally.trendComplements += int(nowFigure.known && !row.now.known) + int(thenFigure.known && !row.previous.known);
            row.now = nowFigure;
            row.previous = thenFigure;
        }
        tally.naiveLeaks += derivableCells(personDocument(naive, *wholePeriods, u"naive"_s)).isEmpty() ? 0 : 1;
    }
}

void TestDocumentDifferencing::checkOrganisation(Database& db, const QDate& today, const QString& where, Tally& tally)
{
    auto cycles = CycleRepository(db).all();
    PR_VERIFY_OK(cycles);
    auto people = PeopleRepository(db).all();
    PR_VERIFY_OK(people);
    ProfileService service(db);
    for (const Person& person : *people) {
        checkPerson(db, person, service, *cycles, today, where, tally);
        if (QTest::currentTestFailed())
            return;
    }
    auto teams = PeopleRepository(db).teams();
    PR_VERIFY_OK(teams);
    QList<std::optional<Id>> periods { std::nullopt };
    for (const Cycle& c : *cycles)
        periods << c.id;
    for (const Team& team : *teams) {
        auto members = PeopleRepository(db).membersOf(team.id);
        PR_VERIFY_OK(members);
        for (const bool readerIsHr : { true, false })
        for (const std::optional<Id>& cycleId : periods) {
            ProfileOptions options;
            options.cycleId = cycleId;
            options.today = today;
            options.readerIsHr = readerIsHr;
            auto profile = TeamProfileService(db).teamProfile(team.id, options);
            PR_VERIFY_OK(profile);
            const QString name = u"%1, team %2 (%3, %4)"_s.arg(where, team.name,
                profile->cycle ? profile->cycle->name : u"whole history"_s, readerIsHr ? u"HR"_s : u"reader"_s);
            QCOMPARE(radarFromShownFigures(*profile), QString());
            const QJsonObject json = teamProfileToJson(*profile);
            const Document document = teamDocument(json, profile->members, name);
            bool overflow = false;
            const QStringList derived = derivableCells(document, &overflow);
            QVERIFY(!overflow);
            QVERIFY2(derived.isEmpty(), qPrintable(u"%1: derived %2"_s.arg(name, derived.join(u", "_s))));
            // The team PDF prints the same heatmap: "hidden" exactly where the JSON has a suppressed figure.
            const TeamReport report = ReportContent::team(*profile, today);
            for (qsizetype m = 0; m < profile->heatmap.size(); ++m) {
                for (qsizetype b = 0; b < profile->heatmap[m].size(); ++b)
                    QCOMPARE(report.heatmap.rows[m][b + 1] == ReportContent::tr("hidden"), profile->heatmap[m][b].isSuppressed());
            }
            for (const DocumentCell& c : document.cells)
                tally.teamWithheld += int(!c.figure && c.state == DocumentCell::State::Hidden);
            ++tally.teamDocuments;
            tally.cells += int(document.cells.size());
            tally.hiddenFigures += document.hiddenFigures();
        }
    }
    ++tally.organisations;
}

void TestDocumentDifferencing::randomOrganisations_noHiddenFigureDerivableInAnyOutput()
{
    // 200 organisations from the demo generator (5–11 people, 20–70 observations each, so 70–245 days,
    // its seed), each with a threshold k from 2 to 5 and one of three calendars: the demo's half years
    // (which cover every day: a whole history of less than a year is then exactly its two cycles),
    // two-month cycles with a month between them (days outside any cycle), or two-month cycles that
    // cover every day.
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(20261203);
    const QDate lastDay(2026, 11, 20);
    Tally tally;
    for (int round = 0; round < 200; ++round) {
        TempDatabase temp;
        Database& db = temp.db();
        DemoOptions options;
        options.people = 5 + int(random.bounded(7));
        options.observations = options.people * (20 + int(random.bounded(51)));
        options.seed = 1000 + quint32(round);
        options.lastDay = lastDay;
        const int k = 2 + int(random.bounded(4));
        const int calendar = int(random.bounded(3));
        options.releasePastCycles = false; // released below, with this organisation's k and calendar
        PR_VERIFY_OK(generateDemoOrganisation(db, options));
        PR_VERIFY_OK(SettingsRepository(db).save(DatabaseSettings { k, k }));
        if (calendar != 0) {
            auto first = db.exec(u"SELECT MIN(observed_on) FROM observations"_s);
            PR_VERIFY_OK(first);
            QVERIFY(first->next());
            const QDate firstDay = QDate::fromString(first->value(0).toString(), Qt::ISODate);
            auto cycles = CycleRepository(db).all();
            PR_VERIFY_OK(cycles);
            for (const Cycle& c : *cycles)
                PR_VERIFY_OK(CycleRepository(db).remove(c.id));
            for (QDate month(firstDay.year(), firstDay.month(), 1); month <= lastDay; month = month.addMonths(1)) {
                if (calendar == 1 && month.month() % 3 != 2)
                    continue; // February–March, May–June, August–September, November–December
                if (calendar == 2 && month.month() % 2 == 0)
                    continue; // January–February, March–April, …
                Cycle c;
                c.name = month.toString(u"yyyy-MM"_s);
                c.start = month;
                c.end = month.addMonths(2).addDays(-1);
                PR_VERIFY_OK(CycleRepository(db).add(c));
            }
        }
        // As HR would: every cycle that ended before the last day is released; the others are read
        // by everyone but HR without anonymous groups.
        auto cycles = CycleRepository(db).all();
        PR_VERIFY_OK(cycles);
        for (const Cycle& c : *cycles) {
            if (c.end < lastDay)
                PR_VERIFY_OK(CycleRepository(db).release(c.id, 0, false));
        }
        checkOrganisation(db, lastDay, u"organisation %1 (k=%2, calendar %3)"_s.arg(round).arg(k).arg(calendar), tally);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d organisations, %d person documents, %d team documents: %d cells, %d hidden figures, none derivable; "
          "%d trend figures hidden for another's sake, %d members' totals withheld; without that, %d documents "
          "leaked; %lld ms",
        tally.organisations, tally.personDocuments, tally.teamDocuments, tally.cells, tally.hiddenFigures,
        tally.trendComplements, tally.teamWithheld, tally.naiveLeaks, qint64(timer.elapsed()));
    QCOMPARE(tally.organisations, 200);
    QVERIFY(tally.hiddenFigures > 1000);
    QVERIFY2(tally.naiveLeaks > 10, "the organisations must hold the cases the rule is for");
}

void TestDocumentDifferencing::demo120_noHiddenFigureDerivableInAnyOutput_data()
{
    QTest::addColumn<int>("observations");
    QTest::addColumn<bool>("naiveLeaks");
    // 12,000 observations span 350 days: the whole history is the two half years but for eight days.
    QTest::newRow("scripts/dev.sh demo: 12,000 observations") << 12000 << true;
    // 20,000 span 584 days: the whole history holds a year before the trend's cycles.
    QTest::newRow("peerradar-cli demo: 20,000 observations") << 20000 << false;
}

void TestDocumentDifferencing::demo120_noHiddenFigureDerivableInAnyOutput()
{
    // `peerradar-cli demo FILE --people 120 --seed 1 [--observations 12000]`, made on 3 December 2026:
    // the organisation of issue 12's PDF (carmen.costa@example.com).
    QFETCH(int, observations);
    QFETCH(bool, naiveLeaks);
    QElapsedTimer timer;
    timer.start();
    TempDatabase temp;
    DemoOptions options;
    options.people = 120;
    options.observations = observations;
    options.seed = 1;
    options.lastDay = QDate(2026, 12, 3);
    PR_VERIFY_OK(generateDemoOrganisation(temp.db(), options));
    Tally tally;
    checkOrganisation(temp.db(), options.lastDay, u"demo"_s, tally);
    if (QTest::currentTestFailed())
        return;
    qInfo("the 120-person demo: %d person documents, %d team documents, %d cells, %d hidden figures, none "
          "derivable; %d trend figures hidden for another's sake, %d members' totals withheld; without that, "
          "%d documents leaked; %lld ms",
        tally.personDocuments, tally.teamDocuments, tally.cells, tally.hiddenFigures, tally.trendComplements,
        tally.teamWithheld, tally.naiveLeaks, qint64(timer.elapsed()));
    QCOMPARE(tally.naiveLeaks > 0, naiveLeaks);
}

QTEST_GUILESS_MAIN(TestDocumentDifferencing)
#include "tst_document_differencing.moc"
