// A server database set up with older access rules (version 1, kept in tests/data/server-rules-v1:
// logins read tables under row-level security, change notices name their sender): a login's
// program refuses it and names `peerradar-cli server-init --upgrade`, which its owner runs; then it
// works under the current rules, with the data as it was. Needs the test server
// (PEERRADAR_TEST_PG_URL) and the command-line tool; else skipped.

#include "CliRunner.h"
#include "ServerOrganisation.h"
#include "storage/ObservationRepository.h"

#include <QDir>
#include <QFile>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// The statements of a script of older rules (version 1; 2 before released cycles; 3 before a
// released cycle was kept).
QStringList olderScript(const QString& name, int version = 1)
{
    QFile file(QDir(qEnvironmentVariable("PEERRADAR_TEST_DATA")).filePath(u"server-rules-v%1/"_s.arg(version) + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return ServerSetup::scriptStatements(QString::fromUtf8(file.readAll()));
}

} // namespace

class TestServerUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { skipWithoutTestServer(); }
    void olderRules_refusedUntilTheOwnerUpgrades();
    void rulesOfVersion2_upgradedToReleasedCycles();
    void rulesOfVersion3_upgradedToKeepReleasedCycles();
};

void TestServerUpgrade::olderRules_refusedUntilTheOwnerUpgrades()
{
    ServerDatabase server;
    // The schema as this PeerRadar makes it, with the change notices and rules of version 1 instead
    // of today's counter and rules: what `server-init` made before.
    auto created = Database::create(server.url());
    PR_VERIFY_OK(created);
    Database& owner = **created;
    QStringList older { u"DROP FUNCTION pr_count_change() CASCADE"_s, u"DROP FUNCTION pr_others_changes()"_s,
        u"DROP TABLE peerradar_changes"_s };
    older << olderScript(u"server_notify.sql"_s) << olderScript(u"server_access.sql"_s)
          << olderScript(u"server_profiles.sql"_s);
    PR_VERIFY_OK(owner.transaction([&]() -> Status {
        for (const QString& statement : std::as_const(older)) {
            if (auto s = owner.execStatement(statement); !s)
                return s;
        }
        return Status {};
    }));
    DemoOptions options;
    options.people = 30;
    options.observations = 600;
    options.seed = 3;
    options.lastDay = QDate(2026, 6, 30);
    PR_VERIFY_OK(generateDemoOrganisation(owner, options));
    auto rules = ServerSetup::rulesState(owner);
    PR_VERIFY_OK(rules);
    QCOMPARE(rules->version, 1);
    QVERIFY(rules->owner);
    const qint64 member = scalar(owner, u"SELECT min(id) FROM people WHERE role = 'member'"_s);
    const QString email = text(owner, u"SELECT email FROM people WHERE id = ?"_s, { member });
    const QString login = server.name() + u"_member"_s;
    PR_VERIFY_OK(ServerSetup::createAccount(owner, email, serverTestPassword, login));
    const qint64 observations = scalar(owner, u"SELECT count(*) FROM observations"_s);
    const qint64 own = scalar(owner, u"SELECT count(*) FROM observations WHERE observer_id = ?"_s, { member });

    // The member's program and CLI refuse, naming the command.
    auto refused = Database::open(server.urlAs(login));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::OlderVersion);
    QVERIFY2(refused.error().message.contains(u"peerradar-cli server-init --upgrade "_s), qPrintable(refused.error().message));
    const CliRun cli = runCli({ u"profile"_s, server.urlAs(login), u"--person"_s, email });
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains("server-init --upgrade"), cli.err.constData());
    // Nobody but the owner upgrades.
    const CliRun notOwner = runCli({ u"server-init"_s, u"--upgrade"_s, server.urlAs(login) });
    QCOMPARE(notOwner.exitCode, 1);

    // The owner upgrades, in one transaction; run again, it changes nothing.
    const CliRun upgraded = runCli({ u"server-init"_s, u"--upgrade"_s, server.url() });
    QVERIFY2(upgraded.exitCode == 0, upgraded.err.constData());
    QVERIFY2(upgraded.out.contains(QByteArray("from version 1 to version ").append(QByteArray::number(ServerSetup::currentRulesVersion))),
        upgraded.out.constData());
    QCOMPARE(runCli({ u"server-init"_s, u"--upgrade"_s, server.url() }).exitCode, 0);
    rules = ServerSetup::rulesState(owner);
    PR_VERIFY_OK(rules);
    QCOMPARE(rules->version, ServerSetup::currentRulesVersion);
    QCOMPARE(scalar(owner, u"SELECT count(*) FROM observations"_s), observations);

    // Now the member works, through the API only.
    auto db = Database::open(server.urlAs(login));
    PR_VERIFY_OK(db);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM observations"_s), own);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM people"_s), scalar(owner, u"SELECT count(*) FROM people"_s));
    auto denied = (*db)->exec(u"SELECT count(*) FROM public.observations"_s);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::Denied);
    Observation o;
    o.observerId = member;
    o.subjectId = scalar(owner, u"SELECT max(id) FROM people"_s);
    o.behaviorId = scalar(owner, u"SELECT min(b.id) FROM behaviors b JOIN frameworks f ON f.id = b.framework_id WHERE f.active = 1"_s);
    o.date = QDate(2026, 6, 30);
    o.impact = 4;
    PR_VERIFY_OK(ObservationRepository(**db).log(o));
    QCOMPARE(scalar(owner, u"SELECT count(*) FROM observations WHERE observer_id = ?"_s, { member }), own + 1);
    QVERIFY((*db)->othersChangeCount());
}

void TestServerUpgrade::rulesOfVersion2_upgradedToReleasedCycles()
{
    // What server-init made before released cycles: schema version 5 and the rules of version 2
    // (tests/data/server-rules-v2), under which a login read every group of any cycle live.
    ServerDatabase server;
    auto created = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(created);
    Database& owner = **created;
    DemoOptions options;
    options.people = 30;
    options.observations = 600;
    options.seed = 5;
    options.lastDay = QDate(2026, 6, 30);
    PR_VERIFY_OK(generateDemoOrganisation(owner, options));
    QStringList older { u"DROP FUNCTION peerradar_api.pr_release_cycle(bigint)"_s,
        u"DROP FUNCTION pr_profile_rows(bigint, text, text)"_s, u"DROP FUNCTION pr_profile_mode(text, text)"_s,
        u"DROP FUNCTION pr_profile_k(text, text, text)"_s, u"DROP FUNCTION pr_profile_release(text, text)"_s, u"DROP TABLE released_members"_s,
        u"DROP TABLE released_observations"_s, u"DROP TABLE cycle_releases"_s,
        u"UPDATE peerradar_schema SET version = 5"_s };
    older << olderScript(u"server_access.sql"_s, 2) << olderScript(u"server_profiles.sql"_s, 2)
          << olderScript(u"server_api.sql"_s, 2);
    PR_VERIFY_OK(owner.transaction([&]() -> Status {
        for (const QString& statement : std::as_const(older)) {
            if (auto s = owner.execStatement(statement); !s)
                return s;
        }
        return Status {};
    }));
    auto rules = ServerSetup::rulesState(owner);
    PR_VERIFY_OK(rules);
    QCOMPARE(rules->version, 2);
    const qint64 member = scalar(owner, u"SELECT min(id) FROM people WHERE role = 'member'"_s);
    const QString email = text(owner, u"SELECT email FROM people WHERE id = ?"_s, { member });
    const QString login = server.name() + u"_member"_s;
    PR_VERIFY_OK(ServerSetup::createAccount(owner, email, serverTestPassword, login));
    const QString latest = text(owner, u"SELECT name FROM cycles ORDER BY starts_on DESC LIMIT 1"_s);

    // Refused with the advice, until the owner upgrades (schema version 6 and today's rules).
    auto refused = Database::open(server.urlAs(login));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::OlderVersion);
    QVERIFY2(refused.error().message.contains(u"peerradar-cli server-init --upgrade "_s), qPrintable(refused.error().message));
    const CliRun upgraded = runCli({ u"server-init"_s, u"--upgrade"_s, server.url() });
    QVERIFY2(upgraded.exitCode == 0, upgraded.err.constData());
    QVERIFY2(upgraded.out.contains(QByteArray("from version 2 to version ").append(QByteArray::number(ServerSetup::currentRulesVersion))),
        upgraded.out.constData());
    QCOMPARE(scalar(owner, u"SELECT version FROM peerradar_schema"_s), qint64(Database::currentSchemaVersion()));

    // The member now reads the latest cycle without any anonymous group, until HR releases it.
    auto db = Database::open(server.urlAs(login));
    PR_VERIFY_OK(db);
    ProfileOptions cycle;
    cycle.cycleId = scalar(**db, u"SELECT id FROM cycles WHERE name = ?"_s, { latest });
    auto before = ProfileService(**db).personProfile(member, cycle);
    PR_VERIFY_OK(before);
    QCOMPARE(before->anonymousGroups, AnonymousGroups::Withheld);
    for (const BehaviorProfile& b : before->behaviors) {
        QVERIFY(b.others.isEmpty());
        QVERIFY(b.group(RaterGroup::Peer).isEmpty());
    }
    const CliRun released = runCli({ u"release"_s, server.url(), u"--cycle"_s, latest });
    QVERIFY2(released.exitCode == 0, released.err.constData());
    auto after = ProfileService(**db).personProfile(member, cycle);
    PR_VERIFY_OK(after);
    QCOMPARE(after->anonymousGroups, AnonymousGroups::Released);
    cycle.readerIsHr = false;
    auto core = ProfileService(owner).personProfile(member, cycle);
    PR_VERIFY_OK(core);
    QCOMPARE(json(*after), json(*core));
}

void TestServerUpgrade::rulesOfVersion3_upgradedToKeepReleasedCycles()
{
    // Under the rules of version 3 (tests/data/server-rules-v3: only server_api.sql changed in version 4,
    // the other two scripts are today's) an HR login could delete a released
    // cycle through the API, and its releases with it; upgraded, the server keeps it.
    ServerDatabase server;
    auto created = ServerSetup::initialise(server.url());
    PR_VERIFY_OK(created);
    Database& owner = **created;
    DemoOptions options;
    options.people = 30;
    options.observations = 600;
    options.seed = 5;
    options.lastDay = QDate(2026, 8, 15);
    PR_VERIFY_OK(generateDemoOrganisation(owner, options)); // releases 2026 H1, which ended before
    PR_VERIFY_OK(owner.transaction([&]() -> Status {
        for (const QString& statement : olderScript(u"server_api.sql"_s, 3)) {
            if (auto s = owner.execStatement(statement); !s)
                return s;
        }
        return Status {};
    }));
    auto rules = ServerSetup::rulesState(owner);
    PR_VERIFY_OK(rules);
    QCOMPARE(rules->version, 3);
    const qint64 hr = scalar(owner, u"SELECT min(id) FROM people WHERE role = 'hr'"_s);
    const QString login = server.name() + u"_hr"_s;
    PR_VERIFY_OK(ServerSetup::createAccount(owner, text(owner, u"SELECT email FROM people WHERE id = ?"_s, { hr }),
        serverTestPassword, login));
    const qint64 released = scalar(owner, u"SELECT min(cycle_id) FROM cycle_releases"_s);
    QVERIFY(released > 0);

    auto refused = Database::open(server.urlAs(login));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::OlderVersion);
    const CliRun upgraded = runCli({ u"server-init"_s, u"--upgrade"_s, server.url() });
    QVERIFY2(upgraded.exitCode == 0, upgraded.err.constData());
    QVERIFY2(upgraded.out.contains("from version 3 to version 4"), upgraded.out.constData());

    // Bypassing the program's own check: the API's view of cycles refuses the deletion itself.
    auto db = Database::open(server.urlAs(login));
    PR_VERIFY_OK(db);
    auto deleted = (*db)->execStatement(u"DELETE FROM cycles WHERE id = ?"_s, { released });
    QVERIFY(!deleted);
    QVERIFY2(deleted.error().detail.contains(u"released"_s), qPrintable(deleted.error().detail));
    QCOMPARE(scalar(owner, u"SELECT count(*) FROM cycle_releases WHERE cycle_id = ?"_s, { released }), qint64(1));
}

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_server_upgrade.moc"
