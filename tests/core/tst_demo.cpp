#include "TestSupport.h"

#include "demo/DemoOrganisation.h"
#include "storage/PeopleRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demo_hasExactlyTheRequestedCounts_data();
    void demo_hasExactlyTheRequestedCounts();
    void demo_isARealisticOrganisation();
    void demo_sameSeedSameData_otherSeedOtherData();
    void demo_refusesFileWithPeople();
    void demo_cancelLeavesFileEmpty();

private:
    static qint64 scalar(Database& db, const QString& sql)
    {
        auto q = db.exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    static QByteArray digest(Database& db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char* sql : { "SELECT uuid, name, email, team_id, manager_id, role FROM people ORDER BY id",
                 "SELECT uuid, observer_id, subject_id, behavior_id, observed_on, impact, rater_group, situation, "
                 "created_at FROM observations ORDER BY id" }) {
            auto q = db.exec(QString::fromLatin1(sql));
            while (q && q->next()) {
                for (int i = 0; i < q->record().count(); ++i)
                    hash.addData(QByteArray(q->value(i).toString().toUtf8() + '\x1f'));
            }
        }
        return hash.result().toHex();
    }
};

void TestDemo::demo_hasExactlyTheRequestedCounts_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("observations");
    QTest::newRow("smallest") << 3 << 0;
    QTest::newRow("one team") << 9 << 50;
    QTest::newRow("several teams") << 137 << 2500;
}

void TestDemo::demo_hasExactlyTheRequestedCounts()
{
    QFETCH(int, people);
    QFETCH(int, observations);
    TempDatabase t;
    DemoOptions options;
    options.people = people;
    options.observations = observations;
    PR_VERIFY_OK(generateDemoOrganisation(t.db(), options));
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM people"_s), qint64(people));
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM observations"_s), qint64(observations));
    QCOMPARE(t.db().integrityProblems(), QStringList());
}

void TestDemo::demo_isARealisticOrganisation()
{
    TempDatabase t;
    DemoOptions options;
    options.people = 200;
    options.observations = 20000;
    options.lastDay = QDate(2026, 11, 20);
    PR_VERIFY_OK(generateDemoOrganisation(t.db(), options));
    Database& db = t.db();
    // Every team has a manager, who is one of its members or its head.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM teams WHERE manager_id IS NULL"_s), 0);
    QVERIFY(scalar(db, u"SELECT min(n) FROM (SELECT count(*) AS n FROM people GROUP BY team_id) AS t"_s) >= 1);
    QVERIFY(scalar(db, u"SELECT max(n) FROM (SELECT count(*) AS n FROM people GROUP BY team_id) AS t"_s) <= 12);
    QVERIFY(scalar(db, u"SELECT count(*) FROM people WHERE role = 'hr'"_s) >= 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM people WHERE manager_id IS NULL"_s), 1); // the head
    // Every rater group occurs; self-observations are a minority; a third or so carry notes.
    for (const char* group : { "self", "manager", "direct_report", "peer", "other" }) {
        auto q = db.exec(u"SELECT count(*) FROM observations WHERE rater_group = ?"_s, { QString::fromLatin1(group) });
        QVERIFY(q && q->next());
        QVERIFY2(q->value(0).toLongLong() > 100, group);
    }
    const qint64 self = scalar(db, u"SELECT count(*) FROM observations WHERE rater_group = 'self'"_s);
    QVERIFY(self > 1000 && self < 3000);
    const qint64 notes = scalar(db, u"SELECT count(*) FROM observations WHERE situation <> ''"_s);
    QVERIFY(notes > 5000 && notes < 8000);
    // Two a week per person: 20,000 over 200 people is 50 weeks, ending on the last day.
    QCOMPARE(scalar(db, u"SELECT max(observed_on) = '2026-11-20' FROM observations"_s), 1);
    {
        auto first = db.exec(u"SELECT min(observed_on) FROM observations"_s);
        QVERIFY(first && first->next());
        QVERIFY(QDate::fromString(first->value(0).toString(), Qt::ISODate).daysTo(QDate(2026, 11, 20)) >= 340);
    }
    QVERIFY(scalar(db, u"SELECT count(*) FROM cycles"_s) >= 2);
    // HR has released every cycle that ended before the last day (so that the demo's profiles show
    // every group of them to everyone), and not the current one.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM cycles c WHERE c.ends_on < '2026-11-20' AND NOT EXISTS "
                        "(SELECT 1 FROM cycle_releases r WHERE r.cycle_id = c.id)"_s),
        0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM cycle_releases r JOIN cycles c ON c.id = r.cycle_id "
                        "WHERE c.ends_on >= '2026-11-20'"_s),
        0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM released_observations"_s) > 5000);
    // Impacts use the whole scale.
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT impact) FROM observations"_s), 5);
}

void TestDemo::demo_sameSeedSameData_otherSeedOtherData()
{
    auto make = [](quint32 seed) {
        TempDatabase t;
        DemoOptions options;
        options.people = 40;
        options.observations = 800;
        options.seed = seed;
        options.lastDay = QDate(2026, 6, 1);
        if (!generateDemoOrganisation(t.db(), options))
            return QByteArray();
        return digest(t.db());
    };
    const QByteArray first = make(5);
    QVERIFY(!first.isEmpty());
    QCOMPARE(make(5), first);
    QVERIFY(make(6) != first);
}

void TestDemo::demo_refusesFileWithPeople()
{
    TempDatabase t;
    DemoOptions options;
    PR_VERIFY_OK(generateDemoOrganisation(t.db(), options));
    const Status again = generateDemoOrganisation(t.db(), options);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(u"new, empty file"_s));
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM people"_s), qint64(options.people));
}

void TestDemo::demo_cancelLeavesFileEmpty()
{
    TempDatabase t;
    DemoOptions options;
    options.observations = 50000;
    options.progress = [](qint64 done, qint64) { return done < 20000; };
    const Status status = generateDemoOrganisation(t.db(), options);
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::Cancelled);
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM people"_s), 0);
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM observations"_s), 0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
