#include "AnalyticsFixture.h"
#include "analytics/TeamProfile.h"

#include <QJsonArray>

#include <cmath>

using namespace peerradar;
using namespace peerradar::test;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6;
}

// Team "Core" managed by Mia: Ann, Bob, Cid, Dan, Eve, Fay, Gus (7 members + Mia, who is in the
// team too). Outsiders Ola, Pia, Quy observe from other teams.
struct TeamOrg
{
    AnalyticsOrg org;
    Id team = 0;
    Id mia = 0;
    QHash<QString, Id> id;
    Id olaId = 0;
    Id piaId = 0;
    Id quyId = 0;

    bool build()
    {
        mia = org.person(QStringLiteral("Mia"));
        team = org.team(QStringLiteral("Core"), mia);
        bool ok
            = org.db()
                  .execStatement(QStringLiteral("UPDATE people SET team_id = ? WHERE id = ?"), { team, mia })
                  .ok();
        for (const QString& name : { QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cid"),
                 QStringLiteral("Dan"), QStringLiteral("Eve"), QStringLiteral("Fay"), QStringLiteral("Gus") })
            id.insert(name, org.person(name, team, mia));
        olaId = org.person(QStringLiteral("Ola"));
        piaId = org.person(QStringLiteral("Pia"));
        quyId = org.person(QStringLiteral("Quy"));
        return ok && mia && team;
    }
    Id operator[](const char* name) const { return id.value(QString::fromLatin1(name)); }
    bool peer(const char* observer, const char* subject, const QString& key, int impact, int day = 1)
    {
        return org.observe(
            (*this)[observer], (*this)[subject], key, QDate(2026, 3, day), impact, RaterGroup::Peer);
    }
};

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void radar_isMeanAndMedianOfMembersShownMeans();
    void coverage_neverObservedAndGiven();
    void network_edgesSubjectToObserverWithinTeam();
    void informalLeaders_peerCountAboveThresholdWithoutReports();
    void json_hasTeamSections();
};

void TestTeam::radar_isMeanAndMedianOfMembersShownMeans()
{
    TeamOrg t;
    QVERIFY(t.build());
    const QString influence = QStringLiteral("influence");
    // Ann's others: Bob 5, Cid 4, Dan 3, plus Bob again 5: one view each (docs/statistics.md), Bob's
    // {5, 5} → 5: views {5, 4, 3}, mean 4.0 (the mean of the four observations was 4.25).
    QVERIFY(t.peer("Bob", "Ann", influence, 5) && t.peer("Cid", "Ann", influence, 4)
        && t.peer("Dan", "Ann", influence, 3) && t.peer("Bob", "Ann", influence, 5, 2));
    // Bob's others: Ann 2, Cid 2, Dan 2, manager Mia 5 → {2,2,2,5}, mean 11/4 = 2.75. Bob's self 5 is
    // not in the team radar. (With two peers only, his others figure would be suppressed by rule 4.)
    QVERIFY(t.peer("Ann", "Bob", influence, 2) && t.peer("Cid", "Bob", influence, 2)
        && t.peer("Dan", "Bob", influence, 2));
    QVERIFY(t.org.observe(t.mia, t["Bob"], influence, QDate(2026, 3, 1), 5, RaterGroup::Manager));
    QVERIFY(t.org.observe(t["Bob"], t["Bob"], influence, QDate(2026, 3, 1), 5, RaterGroup::Self));
    // Cid's others: Ann 1, Bob 1, Dan 2 → mean 4/3 = 1.333333.
    QVERIFY(t.peer("Ann", "Cid", influence, 1) && t.peer("Bob", "Cid", influence, 1)
        && t.peer("Dan", "Cid", influence, 2));
    // Dan's others: two peers only → suppressed; left out of the radar.
    QVERIFY(t.peer("Ann", "Dan", influence, 5) && t.peer("Bob", "Dan", influence, 5));

    auto team = TeamProfileService(t.org.db()).teamProfile(t.team);
    PR_VERIFY_OK(team);
    QCOMPARE(team->members.size(), 8);
    QCOMPARE(team->behaviors.size(), 6);
    const TeamRadarAxis& axis = team->radar[0];
    QCOMPARE(axis.key, influence);
    // Mean of the three shown means (not of the 11 observations): (4.0 + 2.75 + 1.333333)/3 = 2.6944444;
    // median of {1.333333, 2.75, 4.0} = 2.75.
    QCOMPARE(axis.contributingMembers, 3);
    QVERIFY(near(*axis.mean, 2.6944444));
    QVERIFY(near(*axis.median, 2.75));
    QVERIFY(!team->radar[1].mean); // nobody observed on "change"
    QCOMPARE(team->radar[1].contributingMembers, 0);

    // Heatmap: rows by member (by name: Ann, Bob, Cid, Dan, Eve, Fay, Gus, Mia).
    QCOMPARE(team->members[3].name, QStringLiteral("Dan"));
    QVERIFY(near(team->heatmap[0][0].mean, 4.0));
    QCOMPARE(team->heatmap[0][0].observers, 3);
    QCOMPARE(team->heatmap[0][0].observations, 4);
    QVERIFY(team->heatmap[3][0].isSuppressed());
    QVERIFY(team->heatmap[4][0].isEmpty());

    // With an even count the median is the mean of the middle two: add Eve's others {4,4,4} → 4.0.
    QVERIFY(t.peer("Ann", "Eve", influence, 4) && t.peer("Bob", "Eve", influence, 4)
        && t.peer("Cid", "Eve", influence, 4));
    auto again = TeamProfileService(t.org.db()).teamProfile(t.team);
    PR_VERIFY_OK(again);
    // {1.333333, 2.75, 4.0, 4.0}: median (2.75 + 4.0)/2 = 3.375; mean 12.083333/4 = 3.0208333.
    QVERIFY(near(*again->radar[0].median, 3.375));
    QVERIFY(near(*again->radar[0].mean, 3.0208333));
}

void TestTeam::coverage_neverObservedAndGiven()
{
    TeamOrg t;
    QVERIFY(t.build());
    const QString support = QStringLiteral("support");
    // Ann observed by Bob, Cid, Dan on support (shown); Bob observed by Ann only on support and by
    // Ann, Cid, Dan on change: his support figure is suppressed. Gus only observes himself.
    QVERIFY(t.peer("Bob", "Ann", support, 4) && t.peer("Cid", "Ann", support, 4)
        && t.peer("Dan", "Ann", support, 4));
    QVERIFY(t.peer("Ann", "Bob", support, 3));
    QVERIFY(t.peer("Ann", "Bob", QStringLiteral("change"), 3)
        && t.peer("Cid", "Bob", QStringLiteral("change"), 3)
        && t.peer("Dan", "Bob", QStringLiteral("change"), 3));
    QVERIFY(t.org.observe(t["Gus"], t["Gus"], support, QDate(2026, 3, 1), 5, RaterGroup::Self));
    // Someone outside observes Cid, twice.
    QVERIFY(t.org.observe(t.olaId, t["Cid"], support, QDate(2026, 3, 2), 4, RaterGroup::Other));
    QVERIFY(t.org.observe(t.olaId, t["Cid"], support, QDate(2026, 3, 3), 4, RaterGroup::Other));

    auto team = TeamProfileService(t.org.db()).teamProfile(t.team);
    PR_VERIFY_OK(team);
    // Never observed by someone else: Dan, Eve, Fay, Gus (self only), Mia.
    QCOMPARE(team->neverObserved, (QList<Id> { t["Dan"], t["Eve"], t["Fay"], t["Gus"], t.mia }));
    const MemberCoverage& ann = team->coverage[0];
    QCOMPARE(ann.observed, true);
    QCOMPARE(ann.observationsReceived, std::optional<int>(3));
    QCOMPARE(ann.observers, std::optional<int>(3));
    QCOMPARE(ann.observationsGiven, 2); // about Bob (support, change)
    // Bob: 4 received, but his support figure is suppressed, so the total (4 − 3 shown = 1 hidden)
    // is not given; nor are his 3 distinct observers, though they reach k: had nobody observed both
    // behaviors, 3 − 3 shown would be the hidden figure's observers (tst_document_differencing).
    const MemberCoverage& bob = team->coverage[1];
    QVERIFY(bob.observed);
    QVERIFY(!bob.observationsReceived);
    QCOMPARE(bob.observers, std::optional<int>());
    QCOMPARE(bob.observationsGiven, 1);
    // Cid: observed by one outsider: observed, but 1 observer < k: neither count is given.
    const MemberCoverage& cid = team->coverage[2];
    QVERIFY(cid.observed);
    QVERIFY(!cid.observationsReceived);
    QVERIFY(!cid.observers);
    // Nor what came from outside (2): with nothing from inside the team, it is the hidden figure's count.
    QCOMPARE(team->edgesToOutside[2], std::optional<int>());
    // Gus's self-observation is not "given" to someone.
    QCOMPARE(team->coverage[6].observationsGiven, 0);
    QCOMPARE(team->coverage[3].observationsGiven, 2); // Dan about Ann and Bob
}

void TestTeam::network_edgesSubjectToObserverWithinTeam()
{
    TeamOrg t;
    QVERIFY(t.build());
    const QString influence = QStringLiteral("influence");
    // Bob saw Ann influencing three times, Cid once; Ann saw Bob once; Ola (outside) saw Ann.
    QVERIFY(t.peer("Bob", "Ann", influence, 4, 1) && t.peer("Bob", "Ann", influence, 4, 2)
        && t.peer("Bob", "Ann", QStringLiteral("change"), 4, 3) && t.peer("Cid", "Ann", influence, 4));
    QVERIFY(t.peer("Ann", "Bob", influence, 4));
    QVERIFY(t.org.observe(t.olaId, t["Ann"], influence, QDate(2026, 3, 4), 4, RaterGroup::Other));
    auto team = TeamProfileService(t.org.db()).teamProfile(t.team);
    PR_VERIFY_OK(team);
    QCOMPARE(team->edges.size(), 3);
    QCOMPARE(team->edges[0].subjectId, t["Ann"]);
    QCOMPARE(team->edges[0].observerId, t["Bob"]);
    QCOMPARE(team->edges[0].weight, 3);
    QCOMPARE(team->edges[1].subjectId, t["Ann"]);
    QCOMPARE(team->edges[1].observerId, t["Cid"]);
    QCOMPARE(team->edges[1].weight, 1);
    QCOMPARE(team->edges[2].subjectId, t["Bob"]);
    QCOMPARE(team->edges[2].observerId, t["Ann"]);
    // Ola's one observation from outside is not given: Ann's "change" figure (Bob's once) is hidden, and
    // the edges (3 + 1) plus it, less her shown "influence" (4), would be that figure's count.
    QCOMPARE(team->edgesToOutside[0], std::optional<int>());
}

void TestTeam::informalLeaders_peerCountAboveThresholdWithoutReports()
{
    TeamOrg t;
    QVERIFY(t.build());
    const QString inspire = QStringLiteral("inspire");
    // Received peer observations: Ann 6, Bob 5, Cid 3, Dan 2, Eve 1, Fay 0, Gus 0, Mia (manager) 9.
    // Median of {0,0,1,2,3,5,6,9} = (2 + 3)/2 = 2.5; threshold max(3, 1.5·2.5 = 3.75) = 3.75.
    // Candidates without direct reports: Ann 6, Bob 5 (Cid's 3 is below; Mia has reports).
    // At most ceil(8/5) = 2: Ann, Bob.
    const QList<std::pair<const char*, int>> counts { { "Ann", 6 }, { "Bob", 5 }, { "Cid", 3 }, { "Dan", 2 },
        { "Eve", 1 } };
    for (const auto& [name, count] : counts) {
        for (int i = 0; i < count; ++i)
            QVERIFY(t.peer(i % 2 ? "Fay" : "Gus", name, inspire, 4, i + 1));
    }
    for (int i = 0; i < 9; ++i)
        QVERIFY(t.org.observe(t["Fay"], t.mia, inspire, QDate(2026, 3, i + 1), 4, RaterGroup::Peer));
    // Observations from outside the team are not peer observations.
    for (int i = 0; i < 5; ++i)
        QVERIFY(t.org.observe(t.piaId, t["Cid"], inspire, QDate(2026, 3, i + 1), 4, RaterGroup::Other));

    auto team = TeamProfileService(t.org.db()).teamProfile(t.team);
    PR_VERIFY_OK(team);
    QVERIFY(near(team->medianPeerObservations, 2.5));
    QCOMPARE(team->informalLeaders.size(), 2);
    QCOMPARE(team->informalLeaders[0].personId, t["Ann"]);
    QCOMPARE(team->informalLeaders[0].peerObservations, 6);
    QCOMPARE(team->informalLeaders[1].personId, t["Bob"]);

    // Give Ann a direct report: she is no longer an informal leader; Bob stays, Cid (3 < 3.75) does not come
    // in.
    QVERIFY(t.org.db()
                .execStatement(
                    QStringLiteral("UPDATE people SET manager_id = ? WHERE id = ?"), { t["Ann"], t["Gus"] })
                .ok());
    auto after = TeamProfileService(t.org.db()).teamProfile(t.team);
    PR_VERIFY_OK(after);
    QCOMPARE(after->informalLeaders.size(), 1);
    QCOMPARE(after->informalLeaders[0].personId, t["Bob"]);
}

void TestTeam::json_hasTeamSections()
{
    TeamOrg t;
    QVERIFY(t.build());
    QVERIFY(t.peer("Bob", "Ann", QStringLiteral("influence"), 5)
        && t.peer("Cid", "Ann", QStringLiteral("influence"), 4)
        && t.peer("Dan", "Ann", QStringLiteral("influence"), 3));
    auto team = TeamProfileService(t.org.db()).teamProfile(t.team);
    PR_VERIFY_OK(team);
    const QJsonObject json = teamProfileToJson(*team);
    for (const char* key : { "team", "members", "radar", "heatmap", "coverage", "never_observed", "network",
             "informal_leaders" })
        QVERIFY2(json.contains(QString::fromLatin1(key)), key);
    QCOMPARE(json.value(QStringLiteral("team")).toObject().value(QStringLiteral("manager")).toString(),
        QStringLiteral("Mia"));
    QCOMPARE(json.value(QStringLiteral("radar"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("mean"))
                 .toDouble(),
        4.0);
    const QJsonObject heatmap = json.value(QStringLiteral("heatmap")).toObject();
    QCOMPARE(heatmap.value(QStringLiteral("rows"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
        QStringLiteral("ann@example.com"));
    const QJsonArray edges
        = json.value(QStringLiteral("network")).toObject().value(QStringLiteral("edges")).toArray();
    QCOMPARE(edges.size(), 3);
    QCOMPARE(
        edges.at(0).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("ann@example.com"));
    QCOMPARE(json.value(QStringLiteral("never_observed")).toArray().size(), 7);
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
