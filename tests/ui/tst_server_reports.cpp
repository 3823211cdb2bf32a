// Every person's and team's PDF from a server database that was opened with a password the person
// typed (not in PGPASSWORD or ~/.pgpass): the batch's worker threads open their own connections with
// the same credentials (Database::ConnectionOptions), and the password appears in no file name,
// message or URL. Needs the test server: PEERRADAR_TEST_PG_URL (scripts/pg-test-server.sh start).

#include "TestSupport.h"
#include "UiTestData.h"
#include "report/PdfReports.h"
#include "report/ReportBatch.h"
#include "storage/ServerAddress.h"
#include "storage/ServerSetup.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

#include <cstdlib>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// The small organisation, with four observers rating Ben on one behavior.
bool buildWithBensObservations(Database& owner, SmallOrg& org)
{
    if (!org.build(owner))
        return false;
    for (const Person* observer : { &org.mia, &org.cleo, &org.dan, &org.eve }) {
        if (!SmallOrg::log(owner, *observer, org.ben, org.behaviors.first(), 4, QDate(2026, 3, 2)))
            return false;
    }
    return true;
}

} // namespace

class TestServerReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void allReports_passwordTypedByThePerson_workersUseItToo();
    void ownSummary_memberWithATeam_withoutTheTeamAverage();
};

void TestServerReports::initTestCase()
{
    if (serverAdminUrl().isEmpty()) {
        std::fputs("skipped: PEERRADAR_TEST_PG_URL is not set (scripts/pg-test-server.sh start)\n", stderr);
        std::exit(77);
    }
}

void TestServerReports::allReports_passwordTypedByThePerson_workersUseItToo()
{
    const QString password = u"Hana's typed secret 7"_s;
    ServerDatabase server;
    SmallOrg org;
    {
        auto owner = ServerSetup::initialise(server.url());
        PR_VERIFY_OK(owner);
        QVERIFY(buildWithBensObservations(**owner, org));
        PR_VERIFY_OK(ServerSetup::createAccount(**owner, org.hana.email, password));
    }
    // Over 127.0.0.1, where the test server asks for passwords; libpq finds none of its own.
    QTemporaryDir dir;
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", dir.filePath(u"no-pgpass"_s).toLocal8Bit());
    ServerAddress address = *ServerAddress::parse(server.urlAs(org.hana.email));
    address.host = u"127.0.0.1"_s;
    const QString url = address.url();
    QVERIFY(!url.contains(password));
    auto withoutPassword = Database::open(url);
    QVERIFY(!withoutPassword);
    QCOMPARE(withoutPassword.error().code, ErrorCode::NeedsPassword);

    auto hana = Database::open(url, Database::Access::ReadWrite, Database::defaultBusyTimeoutMs, password);
    PR_VERIFY_OK(hana);
    const QString folder = dir.filePath(u"reports"_s);
    auto summary = writeAllReports(**hana, folder, {}, PdfOptions {});
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message + u' ' + summary.error().detail));
    QCOMPARE(summary->people, 6);
    QCOMPARE(summary->teams, 2);
    QStringList found;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray bytes = fileBytes(file);
        QVERIFY2(bytes.startsWith("%PDF-") && bytes.size() > 2000, qPrintable(file));
        QVERIFY(!bytes.contains(password.toUtf8()));
        found << QDir(folder).relativeFilePath(file);
    }
    found.sort();
    QCOMPARE(found,
        QStringList({ u"No team/Hana Steward.pdf"_s, u"Platform.pdf"_s, u"Platform/Ben Builder.pdf"_s,
            u"Platform/Cleo Coder.pdf"_s, u"Platform/Dan Designer.pdf"_s, u"Platform/Mia Manager.pdf"_s,
            u"Sales.pdf"_s, u"Sales/Eve Seller.pdf"_s }));
}

void TestServerReports::ownSummary_memberWithATeam_withoutTheTeamAverage()
{
    // A member's login may not read their team's profile on a server; their own summary is made
    // all the same, without the team average (HR's has it).
    ServerDatabase server;
    SmallOrg org;
    {
        auto owner = ServerSetup::initialise(server.url());
        PR_VERIFY_OK(owner);
        QVERIFY(buildWithBensObservations(**owner, org));
        PR_VERIFY_OK(ServerSetup::createAccount(**owner, org.ben.email, u"Ben's own secret 9"_s));
        auto asHr = ReportLoader(**owner).person(org.ben.id, ProfileOptions {}, std::nullopt);
        PR_VERIFY_OK(asHr);
        QVERIFY(asHr->team.has_value());
    }
    auto ben = Database::open(server.urlAs(org.ben.email));
    PR_VERIFY_OK(ben);
    auto own = ReportLoader(**ben).person(org.ben.id, ProfileOptions {}, std::nullopt);
    PR_VERIFY_OK(own);
    QVERIFY(!own->team.has_value());
    QCOMPARE(own->profile.person.id, org.ben.id);
    QVERIFY(!own->profile.behaviors.isEmpty());
}

QTEST_MAIN(TestServerReports)
#include "tst_server_reports.moc"
