#include "AnalyticsFixture.h"
#include "DifferencingAttack.h"
#include "analytics/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace peerradar;
using namespace peerradar::test;

namespace {

const QDate day0(2026, 1, 5);

// "null", "suppressed", "suppressed>peer+other" or "n=5 obs=5 mean=3.6000".
QString describe(const GroupStats& s)
{
    switch (s.state) {
    case GroupStats::State::Empty:
        return QStringLiteral("null");
    case GroupStats::State::Suppressed:
        return s.pooledInto.isEmpty() ? QStringLiteral("suppressed")
                                      : QStringLiteral("suppressed>") + s.pooledInto;
    case GroupStats::State::Shown:
        break;
    }
    return QStringLiteral("n=%1 obs=%2 mean=%3").arg(s.observations).arg(s.observers).arg(s.mean, 0, 'f', 4);
}

// Builds the observations of a spec like "peer:A=4,B=2;other:C=3" about `subject`: each "X=v" is one
// observation by person X with impact v (a name may repeat), each with a note.
bool buildSpec(AnalyticsOrg& org, Id subject, const QString& spec)
{
    QHash<QString, Id> people;
    int dayOffset = 0;
    for (const QString& part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList groupAndList = part.split(QLatin1Char(':'));
        const auto group = raterGroupFromKey(groupAndList.value(0));
        if (!group)
            return false;
        for (const QString& item : groupAndList.value(1).split(QLatin1Char(','))) {
            const QString name = item.section(QLatin1Char('='), 0, 0);
            const int impact = item.section(QLatin1Char('='), 1, 1).toInt();
            Id observer = subject;
            if (*group != RaterGroup::Self) {
                if (!people.contains(name))
                    people.insert(name, org.person(QStringLiteral("Observer ") + name));
                observer = people.value(name);
            }
            if (!org.observe(observer, subject, QStringLiteral("influence"), day0.addDays(dayOffset++),
                    impact, *group, QStringLiteral("note by ") + name))
                return false;
        }
    }
    return true;
}

} // namespace

class TestAnonymity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_cases_data();
    void rule_cases();
    void notes_hiddenByHrNeverShown_observerNamedOnlyForHr();
    void suppressedGroup_carriesNoFigureInJson();
    void randomOrganisations_noSuppressedFigureDerivable();
};

void TestAnonymity::rule_cases_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("kNotes");
    QTest::addColumn<QString>("self");
    QTest::addColumn<QString>("manager");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("directReport");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("others");
    QTest::addColumn<QString>("pooled");
    QTest::addColumn<int>("notes");

    const QString null = QStringLiteral("null");
    // Peer (2) is below k = 3; the pool {peer} is too small, so the smallest shown group (other, 3)
    // joins it: pool = 2 + 3 = 5 observers, Σ = 4+2+3+5+4 = 18, mean 18/5 = 3.6. Others = the same 5.
    QTest::newRow("2 peers + 3 others, k=3")
        << QStringLiteral("peer:A=4,B=2;other:C=3,D=5,E=4") << 3 << 3 << null << null
        << QStringLiteral("suppressed>peer+other") << null << QStringLiteral("suppressed>peer+other")
        << QStringLiteral("n=5 obs=5 mean=3.6000") << QStringLiteral("peer+other n=5 obs=5 mean=3.6000") << 5;
    // Peer (2) and direct report (2) are each below k, together 4: pooled, Σ = 4+5+2+3 = 14, mean 3.5.
    // Others = manager 4 + pool 14 = 18 over 5 → 3.6.
    QTest::newRow("2 peers + 2 direct reports pooled")
        << QStringLiteral("manager:M=4;peer:A=4,B=5;direct_report:C=2,D=3") << 3 << 3 << null
        << QStringLiteral("n=1 obs=1 mean=4.0000") << QStringLiteral("suppressed>peer+direct_report")
        << QStringLiteral("suppressed>peer+direct_report") << null << QStringLiteral("n=5 obs=5 mean=3.6000")
        << QStringLiteral("peer+direct_report n=4 obs=4 mean=3.5000") << 5;
    // One peer next to the manager: others (2 observers) is below k; self and manager always shown.
    QTest::newRow("1 peer alone with manager present")
        << QStringLiteral("self:S=5;manager:M=5;peer:A=2") << 3 << 3
        << QStringLiteral("n=1 obs=1 mean=5.0000") << QStringLiteral("n=1 obs=1 mean=5.0000")
        << QStringLiteral("suppressed") << null << null << QStringLiteral("suppressed") << QString() << 2;
    // Two managers (the subject changed manager) and one peer: others has 3 observers and would pass
    // k, but others − manager would be the peer: suppressed by rule 4.
    QTest::newRow("1 peer with two managers: others would reveal it")
        << QStringLiteral("manager:M=5,N=4;peer:A=2") << 3 << 3 << null
        << QStringLiteral("n=2 obs=2 mean=4.5000") << QStringLiteral("suppressed") << null << null
        << QStringLiteral("suppressed") << QString() << 2;
    // Σ peers = 5+4+3 = 12 → 4.0; others = 4 + 12 = 16 over 4 → 4.0.
    QTest::newRow("3 peers shown with k=3")
        << QStringLiteral("manager:M=4;peer:A=5,B=4,C=3") << 3 << 3 << null
        << QStringLiteral("n=1 obs=1 mean=4.0000") << QStringLiteral("n=3 obs=3 mean=4.0000") << null << null
        << QStringLiteral("n=4 obs=4 mean=4.0000") << QString() << 4;
    // The same data with k = 4 from the settings: peer (3) is suppressed and, although others has 4
    // observers, others − manager would be the peer: suppressed.
    QTest::newRow("same data, k=4 from settings")
        << QStringLiteral("manager:M=4;peer:A=5,B=4,C=3") << 4 << 4 << null
        << QStringLiteral("n=1 obs=1 mean=4.0000") << QStringLiteral("suppressed") << null << null
        << QStringLiteral("suppressed") << QString() << 1;
    // Figures shown with 3 peers, but notes need k_notes = 4 distinct observers.
    QTest::newRow("kNotes higher than k") << QStringLiteral("peer:A=5,B=4,C=3") << 3 << 4 << null << null
                                          << QStringLiteral("n=3 obs=3 mean=4.0000") << null << null
                                          << QStringLiteral("n=3 obs=3 mean=4.0000") << QString() << 0;
    QTest::newRow("pool below k even with every group")
        << QStringLiteral("peer:A=1;direct_report:B=5") << 3 << 3 << null << null
        << QStringLiteral("suppressed") << QStringLiteral("suppressed") << null
        << QStringLiteral("suppressed") << QString() << 0;
    // Peer (2) + direct report (1) = 3 observers: the pool reaches k alone, Σ = 3+4+5 = 12 → 4.0;
    // other (3) stays shown, Σ 6 → 2.0; others Σ 18 over 6 → 3.0.
    QTest::newRow("pool reaches k without a shown group")
        << QStringLiteral("peer:A=3,B=4;direct_report:C=5;other:D=2,E=2,F=2") << 3 << 3 << null << null
        << QStringLiteral("suppressed>peer+direct_report") << QStringLiteral("suppressed>peer+direct_report")
        << QStringLiteral("n=3 obs=3 mean=2.0000") << QStringLiteral("n=6 obs=6 mean=3.0000")
        << QStringLiteral("peer+direct_report n=3 obs=3 mean=4.0000") << 6;
    // Many observations by one peer are still one observer.
    QTest::newRow("one observer, many observations")
        << QStringLiteral("peer:A=5,A=4,A=3,A=5") << 3 << 3 << null << null << QStringLiteral("suppressed")
        << null << null << QStringLiteral("suppressed") << QString() << 0;
    // Peer (1) needs a partner: other (3 observers) is smaller than direct report (4) and joins.
    // Pool Σ = 2+1+2+3 = 8 over 4 → 2.0; direct report 16/4 = 4.0; others 24/8 = 3.0.
    QTest::newRow("smallest shown group joins the pool")
        << QStringLiteral("peer:A=2;direct_report:B=4,C=4,D=4,E=4;other:F=1,G=2,H=3") << 3 << 3 << null
        << null << QStringLiteral("suppressed>peer+other") << QStringLiteral("n=4 obs=4 mean=4.0000")
        << QStringLiteral("suppressed>peer+other") << QStringLiteral("n=8 obs=8 mean=3.0000")
        << QStringLiteral("peer+other n=4 obs=4 mean=2.0000") << 8;
}

void TestAnonymity::rule_cases()
{
    QFETCH(QString, spec);
    QFETCH(int, k);
    QFETCH(int, kNotes);
    AnalyticsOrg org;
    QVERIFY(org.setThresholds(k, kNotes));
    const Id subject = org.person(QStringLiteral("Subject"));
    QVERIFY(buildSpec(org, subject, spec));

    ProfileService service(org.db());
    auto profile = service.personProfile(subject);
    PR_VERIFY_OK(profile);
    QCOMPARE(profile->settings.k, k);
    const BehaviorProfile* b = profile->behavior(QStringLiteral("influence"));
    QVERIFY(b);
    QTEST(describe(b->group(RaterGroup::Self)), "self");
    QTEST(describe(b->group(RaterGroup::Manager)), "manager");
    QTEST(describe(b->group(RaterGroup::Peer)), "peer");
    QTEST(describe(b->group(RaterGroup::DirectReport)), "directReport");
    QTEST(describe(b->group(RaterGroup::Other)), "other");
    QTEST(describe(b->others), "others");
    QTEST(b->pooled ? b->pooled->key + QLatin1Char(' ') + describe(b->pooled->stats) : QString(), "pooled");

    auto notes = service.notes(*profile, Role::Manager);
    PR_VERIFY_OK(notes);
    QTEST(int(notes->size()), "notes");

    // Whatever the case, the JSON gives nothing to derive.
    const QJsonObject json = profileToJson(*profile);
    QCOMPARE(json.value(QStringLiteral("anonymity_threshold")).toInt(), k);
    const QJsonObject first = json.value(QStringLiteral("behaviors")).toArray().first().toObject();
    QCOMPARE(derivable(publishedFromJson(first)), QStringList());
}

void TestAnonymity::notes_hiddenByHrNeverShown_observerNamedOnlyForHr()
{
    AnalyticsOrg org;
    const Id subject = org.person(QStringLiteral("Subject"));
    const Id a = org.person(QStringLiteral("Ann"));
    const Id b = org.person(QStringLiteral("Bob"));
    const Id c = org.person(QStringLiteral("Cid"));
    const Id d = org.person(QStringLiteral("Dee"));
    // Peer 2 + direct report 2: pooled (4 observers ≥ k_notes 3); Bob's note hidden by HR.
    QVERIFY(org.observe(
        a, subject, QStringLiteral("influence"), day0, 4, RaterGroup::Peer, QStringLiteral("ann saw")));
    QVERIFY(org.observe(b, subject, QStringLiteral("influence"), day0.addDays(1), 4, RaterGroup::Peer,
        QStringLiteral("bob saw"), true));
    QVERIFY(org.observe(c, subject, QStringLiteral("influence"), day0.addDays(2), 4, RaterGroup::DirectReport,
        QStringLiteral("cid saw")));
    QVERIFY(org.observe(
        d, subject, QStringLiteral("influence"), day0.addDays(3), 4, RaterGroup::DirectReport, QString()));
    QVERIFY(org.observe(
        a, subject, QStringLiteral("change"), day0.addDays(4), 4, RaterGroup::Peer, QStringLiteral("alone")));

    ProfileService service(org.db());
    auto profile = service.personProfile(subject);
    PR_VERIFY_OK(profile);
    auto forManager = service.notes(*profile, Role::Manager);
    PR_VERIFY_OK(forManager);
    // Newest first; Bob's hidden note and Dee's empty note are not there; "change" has one peer only.
    QCOMPARE(forManager->size(), 2);
    QCOMPARE(forManager->at(0).note.situation, QStringLiteral("cid saw"));
    QCOMPARE(forManager->at(1).note.situation, QStringLiteral("ann saw"));
    QCOMPARE(forManager->at(0).groupKey, QStringLiteral("peer+direct_report"));
    QCOMPARE(forManager->at(1).groupKey, QStringLiteral("peer+direct_report"));
    QCOMPARE(forManager->at(0).date, day0.addDays(2));
    QVERIFY(forManager->at(0).observerName.isEmpty());
    QVERIFY(forManager->at(1).observerName.isEmpty());

    auto forHr = service.notes(*profile, Role::Hr, QStringLiteral("influence"));
    PR_VERIFY_OK(forHr);
    QCOMPARE(forHr->size(), 2);
    QCOMPARE(forHr->at(0).observerName, QStringLiteral("Cid"));
    auto otherBehavior = service.notes(*profile, Role::Hr, QStringLiteral("change"));
    PR_VERIFY_OK(otherBehavior);
    QVERIFY(otherBehavior->isEmpty());
}

void TestAnonymity::suppressedGroup_carriesNoFigureInJson()
{
    AnalyticsOrg org;
    const Id subject = org.person(QStringLiteral("Subject"));
    QVERIFY(buildSpec(org, subject, QStringLiteral("manager:M=4;peer:A=4,B=5;direct_report:C=2,D=3")));
    auto profile = ProfileService(org.db()).personProfile(subject);
    PR_VERIFY_OK(profile);
    QVERIFY(profile->behavior(QStringLiteral("influence"))->group(RaterGroup::Peer).observations == 0);
    const QJsonObject json = profileToJson(*profile);
    const QJsonObject b = json.value(QStringLiteral("behaviors")).toArray().first().toObject();
    const QJsonObject peer
        = b.value(QStringLiteral("groups")).toObject().value(QStringLiteral("peer")).toObject();
    QCOMPARE(peer,
        (QJsonObject { { QStringLiteral("suppressed"), true },
            { QStringLiteral("pooled_into"), QStringLiteral("peer+direct_report") } }));
    const QJsonObject pool
        = b.value(QStringLiteral("pooled")).toObject().value(QStringLiteral("peer+direct_report")).toObject();
    QCOMPARE(pool.value(QStringLiteral("observations")).toInt(), 4);
    QCOMPARE(pool.value(QStringLiteral("mean")).toDouble(), 3.5);
    QVERIFY(b.value(QStringLiteral("groups")).toObject().value(QStringLiteral("other")).isNull());
    QVERIFY(b.value(QStringLiteral("groups")).toObject().contains(QStringLiteral("self")));
}

void TestAnonymity::randomOrganisations_noSuppressedFigureDerivable()
{
    // ~200 small organisations (one subject each, fresh thresholds each time), every behavior with a
    // random mix of groups. For each, the attacker must derive nothing from the JSON; and as a check
    // that the attacker works, the same data published under a naive rule (each group suppressed on
    // its own, others shown when it reaches k) must let it derive something in some organisations.
    AnalyticsOrg org;
    RandomOrganisations organisations(org, 20260105);
    const QList<RaterGroup>& groups = RandomOrganisations::groups;
    int naiveLeaks = 0;
    int suppressedSeen = 0;
    int pooledSeen = 0;
    for (int round = 0; round < 200; ++round) {
        RandomOrganisations::Subject subject;
        QVERIFY(organisations.next(subject));
        const int k = subject.k;

        auto profile = ProfileService(org.db()).personProfile(subject.id);
        PR_VERIFY_OK(profile);
        const QJsonObject json = profileToJson(*profile);
        for (const QJsonValue& v : json.value(QStringLiteral("behaviors")).toArray()) {
            const QJsonObject b = v.toObject();
            const QString key = b.value(QStringLiteral("key")).toString();
            if (!subject.truth.contains(key))
                continue;
            const QStringList derived = derivable(publishedFromJson(b));
            QVERIFY2(derived.isEmpty(),
                qPrintable(QStringLiteral("round %1, %2: derived %3 from %4")
                               .arg(round)
                               .arg(key, derived.join(QLatin1Char(',')),
                                   QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact)))));
            const auto& counts = subject.truth[key];
            // Shown figures are the true ones; suppressed ones carry nothing else.
            const QJsonObject g = b.value(QStringLiteral("groups")).toObject();
            for (int gi = 0; gi < 4; ++gi) {
                const QJsonValue s = g.value(raterGroupKey(groups[gi]));
                const RawCount& c = counts[std::size_t(gi)];
                if (c.n == 0) {
                    QVERIFY(s.isNull());
                } else if (s.toObject().contains(QStringLiteral("suppressed"))) {
                    QVERIFY(groups[gi] != RaterGroup::Manager);
                    QVERIFY(!s.toObject().contains(QStringLiteral("observations")));
                    QVERIFY(!s.toObject().contains(QStringLiteral("mean")));
                    ++suppressedSeen;
                    if (s.toObject().contains(QStringLiteral("pooled_into")))
                        ++pooledSeen;
                } else {
                    QCOMPARE(s.toObject().value(QStringLiteral("observations")).toInt(), c.n);
                    QCOMPARE(s.toObject().value(QStringLiteral("observers")).toInt(), c.observers);
                    // The mean of the observers' views (each observer logs 1–3 times here).
                    QVERIFY(std::abs(s.toObject().value(QStringLiteral("mean")).toDouble()
                                - c.viewSum / c.observers)
                        < 1e-4);
                    QVERIFY(groups[gi] == RaterGroup::Manager || c.observers >= k);
                }
            }

            // The naive publication of the same figures.
            PublishedBehavior naive;
            Figure others { true, 0, 0, 0.0 };
            for (int gi = 0; gi < 4; ++gi) {
                const RawCount& c = counts[std::size_t(gi)];
                others.n += c.n;
                others.observers += c.observers;
                others.sum += c.viewSum;
                const bool shown = c.n == 0 || gi == 0 || c.observers >= k;
                naive.groups.insert(raterGroupKey(groups[gi]),
                    shown ? Figure { true, c.n, c.observers, c.viewSum } : Figure {});
            }
            naive.others = others.n > 0 && others.observers >= k ? others : Figure {};
            naiveLeaks += derivable(naive).isEmpty() ? 0 : 1;
        }
    }
    QVERIFY2(naiveLeaks > 20, qPrintable(QString::number(naiveLeaks)));
    QVERIFY(suppressedSeen > 100);
    QVERIFY(pooledSeen > 20);
}

QTEST_GUILESS_MAIN(TestAnonymity)
#include "tst_anonymity.moc"
