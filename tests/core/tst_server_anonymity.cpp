// The server's anonymity rule (pr_profile_groups in resources/sql/server_profiles.sql) shown to agree
// with the core's (core/analytics/Anonymity.cpp), figure by figure, on generated organisations and on
// random group sizes; with the leniency correction on, its corrected figures too (pr_profile_leniency
// against core/analytics/Leniency.cpp). What each login may do is tst_server_rules.
// Needs the test server: PEERRADAR_TEST_PG_URL (scripts/pg-test-server.sh start); else skipped.

#include "ServerOrganisation.h"
#include "analytics/ProfileEngine.h"
#include "analytics/ServerProfile.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationBulkWriter.h"
#include "storage/SettingsRepository.h"

#include <QRandomGenerator>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QString& password = serverTestPassword;

} // namespace

class TestServerAnonymity : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerOrganisation> m_org;
    Database* m_owner = nullptr;
    int m_corrected = 0; // corrected figures compared

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anonymityRule_serverAgreesWithCore_data();
    void anonymityRule_serverAgreesWithCore();
    void anonymityRule_serverAgreesWithCore_onRandomGroups_data();
    void anonymityRule_serverAgreesWithCore_onRandomGroups();

private:
    // Compares the server's rule with the core's for every person of `owner`'s database, the
    // server's through `viewer` (a login that may see every profile). Counts what was exercised.
    void compareRules(
        Database& owner, Database& viewer, const ProfileOptions& options, int& suppressed, int& pooled);
};

void TestServerAnonymity::initTestCase()
{
    skipWithoutTestServer();
    m_org = std::make_unique<ServerOrganisation>();
    m_owner = &m_org->owner();
}

void TestServerAnonymity::cleanupTestCase()
{
    m_org.reset();
}

void TestServerAnonymity::anonymityRule_serverAgreesWithCore_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("kNotes");
    QTest::addColumn<bool>("oneCycle");
    QTest::addColumn<bool>("leniency");
    QTest::newRow("k=2") << 2 << 2 << false << false;
    QTest::newRow("k=3, whole history") << 3 << 3 << false << false;
    QTest::newRow("k=3, notes 5, one cycle") << 3 << 5 << true << false;
    QTest::newRow("k=4") << 4 << 4 << false << false;
    QTest::newRow("k=6, one cycle") << 6 << 7 << true << false;
    // The leniency correction (pr_profile_leniency against core/analytics/Leniency.cpp), to the bit.
    QTest::newRow("k=2, leniency correction") << 2 << 2 << false << true;
    QTest::newRow("k=3, leniency correction, one cycle") << 3 << 3 << true << true;
}

void TestServerAnonymity::anonymityRule_serverAgreesWithCore()
{
    // Every person of the generated organisation, figure by figure: the server's rule (through an
    // HR login, which may see every profile) against the core's rule on the raw rows.
    QFETCH(int, k);
    QFETCH(int, kNotes);
    QFETCH(bool, oneCycle);
    QFETCH(bool, leniency);
    DatabaseSettings settings;
    settings.k = k;
    settings.kNotes = kNotes;
    settings.leniencyCorrection = leniency;
    PR_VERIFY_OK(SettingsRepository(*m_owner).save(settings));
    auto hr = m_org->connectAs(m_org->hr);
    ProfileOptions options;
    if (oneCycle)
        options.cycleId = scalar(*m_owner, u"SELECT max(id) FROM cycles"_s);
    int suppressed = 0, pooled = 0;
    const int correctedBefore = m_corrected;
    compareRules(*m_owner, *hr, options, suppressed, pooled);
    if (leniency)
        QVERIFY2(m_corrected - correctedBefore > 50, qPrintable(QString::number(m_corrected - correctedBefore)));
    // The generated data exercise the rule's branches, not only the easy case.
    QVERIFY2(suppressed > 20, qPrintable(QString::number(suppressed)));
    if (k <= 4)
        QVERIFY2(pooled > 0, qPrintable(QString::number(pooled)));
    PR_VERIFY_OK(SettingsRepository(*m_owner).save(DatabaseSettings {}));
}

void TestServerAnonymity::compareRules(
    Database& owner, Database& viewer, const ProfileOptions& options, int& suppressed, int& pooled)
{
    auto context = loadProfileContext(owner, options);
    PR_VERIFY_OK(context);
    auto people = PeopleRepository(owner).all();
    PR_VERIFY_OK(people);
    ProfileReader reader(owner);
    std::shared_ptr<const LeniencyBase> leniency;
    if (context->settings.leniencyCorrection) {
        auto base = reader.leniencyBase(context->cycle ? std::pair { context->cycle->start, context->cycle->end }
                                                       : std::pair<QDate, QDate> {});
        PR_VERIFY_OK(base);
        leniency = *base;
    }
    for (const Person& person : *people) {
        auto rows = loadSubjectRows(owner, person.id);
        PR_VERIFY_OK(rows);
        const auto [from, to] = profilePeriod(*context, *rows);
        const PersonProfile core = computeProfile(*context, person, {}, *rows, leniency.get());
        auto serverBehaviors = ServerProfile::behaviors(viewer, *context, person.id, from, to);
        PR_VERIFY_OK(serverBehaviors);
        const PersonProfile server = profileFromBehaviors(*context, person, {}, from, to, *serverBehaviors);
        QCOMPARE(json(server), json(core));
        for (const BehaviorProfile& b : core.behaviors) {
            const BehaviorProfile* onServer = server.behavior(b.behavior.key);
            for (RaterGroup g : allRaterGroups) {
                suppressed += b.group(g).isSuppressed();
                QCOMPARE(onServer->group(g).notesVisible, b.group(g).notesVisible);
                QCOMPARE(onServer->group(g).adjustedMean, b.group(g).adjustedMean); // to the last bit
                m_corrected += b.group(g).adjustedMean.has_value();
            }
            QCOMPARE(onServer->others.adjustedMean, b.others.adjustedMean);
            m_corrected += b.others.adjustedMean.has_value();
            if (b.pooled)
                QCOMPARE(onServer->pooled->stats.adjustedMean, b.pooled->stats.adjustedMean);
            pooled += b.pooled.has_value();
        }
    }
}

void TestServerAnonymity::anonymityRule_serverAgreesWithCore_onRandomGroups_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("k=2") << 2 << 11u;
    QTest::newRow("k=3") << 3 << 12u;
    QTest::newRow("k=4") << 4 << 13u;
    QTest::newRow("k=5") << 5 << 14u;
}

void TestServerAnonymity::anonymityRule_serverAgreesWithCore_onRandomGroups()
{
    // Group sizes a real organisation rarely produces, drawn at random: every anonymous group with
    // 0–6 observers and 1–3 observations each, so that pools grow by competing groups and ties.
    QFETCH(int, k);
    QFETCH(quint32, seed);
    ServerDatabase server;
    auto created = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(created);
    Database& owner = **created;
    DatabaseSettings settings;
    settings.k = k;
    settings.kNotes = k + 1;
    settings.leniencyCorrection = k % 2 == 1; // k = 3, 5: with the leniency correction
    PR_VERIFY_OK(SettingsRepository(owner).save(settings));
    QList<Id> people;
    for (int i = 0; i < 30; ++i) {
        Person p;
        p.name = u"Person %1"_s.arg(i);
        p.email = u"p%1@example.org"_s.arg(i);
        p.role = i == 0 ? Role::Hr : Role::Member;
        auto id = PeopleRepository(owner).add(p);
        PR_VERIFY_OK(id);
        people << *id;
    }
    auto framework = FrameworkRepository(owner).active();
    PR_VERIFY_OK(framework);
    QRandomGenerator random(seed);
    PR_VERIFY_OK(owner.transaction([&]() -> Status {
        ObservationBulkWriter writer(owner);
        for (Id subject : std::as_const(people)) {
            for (const Behavior& behavior : std::as_const(framework->behaviors)) {
                for (RaterGroup group : allRaterGroups) {
                    const int observers = random.bounded(group == RaterGroup::Self ? 2 : 7);
                    for (int o = 0; o < observers; ++o) {
                        const int times = 1 + random.bounded(3);
                        for (int t = 0; t < times; ++t) {
                            Observation obs;
                            obs.observerId = group == RaterGroup::Self ? subject : people.at(o + 1);
                            obs.subjectId = subject;
                            obs.behaviorId = behavior.id;
                            obs.date = QDate(2026, 1, 1).addDays(random.bounded(180));
                            obs.impact = 1 + random.bounded(5);
                            obs.raterGroup = group;
                            obs.note.situation = random.bounded(2) ? u"Seen"_s : QString();
                            if (auto s = writer.insert(obs); !s)
                                return s;
                        }
                    }
                }
            }
        }
        return {};
    }));
    const QString login = server.name() + u"_hr"_s;
    PR_VERIFY_OK(ServerSetup::createAccount(owner, u"p0@example.org"_s, password, login));
    auto hr = Database::open(server.urlAs(login));
    PR_VERIFY_OK(hr);
    int suppressed = 0, pooled = 0;
    compareRules(owner, **hr, {}, suppressed, pooled);
    QVERIFY2(suppressed > 50, qPrintable(QString::number(suppressed)));
    QVERIFY2(pooled > 20, qPrintable(QString::number(pooled)));
    hr->reset();
    created->reset();
}

QTEST_GUILESS_MAIN(TestServerAnonymity)
#include "tst_server_anonymity.moc"
