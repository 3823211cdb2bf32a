#include "ImportFixture.h"
#include "storage/FrameworkRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Stewardship.h"

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

// Import and export of the people and observations CSV files: rater groups, team managers, every
// bad-row case refused with the database unchanged, and the byte-exact round trip (cancel and
// big imports: tst_bulk_import.cpp).
class TestImportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importPeople_createsTeamsManagersAndRoles();
    void importPeople_updatesExistingPersonByEmail();
    void importPeople_teamManager_mostCommonManagerTiesByEmail();
    void importPeople_teamManagerAlreadySet_isKept();
    void importPeople_badFile_changesNothing_data();
    void importPeople_badFile_changesNothing();
    void importObservations_derivesRaterGroups();
    void importObservations_retiredBehavior_isAccepted();
    void importObservations_badRow_changesNothing_data();
    void importObservations_badRow_changesNothing();
    void importObservations_manyBadRows_allListedInFileOrder();
    void exportObservations_sortedByDateAndHidesHiddenNotes();
    void roundTrip_exportImportExport_isByteIdentical();
    void describeProblems_namesLineAndColumn();
};


void TestImportExport::importPeople_createsTeamsManagersAndRoles()
{
    TempDatabase t;
    const ImportOutcome outcome = importPeople(t.db(), goodPeople);
    QVERIFY2(outcome.ok(), qPrintable(describeProblems(outcome.problems)));
    QCOMPARE(outcome.summary.rows, 6);
    QCOMPARE(outcome.summary.peopleAdded, 6);
    QCOMPARE(outcome.summary.peopleUpdated, 0);
    QCOMPARE(outcome.summary.teamsAdded, 3);

    PeopleRepository people(t.db());
    auto ann = people.byEmail(u"ann@example.com"_s);
    auto bob = people.byEmail(u"bob@example.com"_s);
    auto mia = people.byEmail(u"mia@example.com"_s);
    auto dana = people.byEmail(u"dana@example.com"_s);
    auto hal = people.byEmail(u"hal@example.com"_s);
    PR_VERIFY_OK(ann);
    PR_VERIFY_OK(bob);
    PR_VERIFY_OK(mia);
    PR_VERIFY_OK(dana);
    PR_VERIFY_OK(hal);
    QCOMPARE(ann->managerId, mia->id);
    QCOMPARE(bob->managerId, mia->id);
    QCOMPARE(mia->managerId, dana->id);
    QCOMPARE(dana->managerId, 0);
    QCOMPARE(bob->role, Role::Member); // empty role
    QCOMPARE(mia->role, Role::Manager);
    QCOMPARE(hal->role, Role::Hr);
    QCOMPARE(hal->teamId, 0);
    QCOMPARE(ann->teamId, mia->teamId);

    auto alpha = people.teamByName(u"Alpha"_s);
    auto leads = people.teamByName(u"Leads"_s);
    PR_VERIFY_OK(alpha);
    PR_VERIFY_OK(leads);
    QCOMPARE(alpha->managerId, mia->id); // Mia manages 2 of Alpha's 3, Dana 1
    QCOMPARE(leads->managerId, 0); // nobody in Leads has a manager
}

void TestImportExport::importPeople_updatesExistingPersonByEmail()
{
    TempDatabase t;
    PeopleRepository people(t.db());
    Person existing;
    existing.name = u"Old Name"_s;
    existing.email = u"Ann@Example.com"_s;
    PR_VERIFY_OK(people.add(existing));
    Person boss;
    boss.name = u"Bea Boss"_s;
    boss.email = u"bea@example.com"_s;
    PR_VERIFY_OK(people.add(boss));

    const ImportOutcome outcome = importPeople(t.db(),
        "\xEF\xBB\xBF" + peopleHeader + "New Name,ANN@example.com,Gamma,bea@example.com,manager\r\n\r\n");
    QVERIFY2(outcome.ok(), qPrintable(describeProblems(outcome.problems)));
    QCOMPARE(outcome.summary.peopleAdded, 0);
    QCOMPARE(outcome.summary.peopleUpdated, 1);
    auto ann = people.byId(existing.id);
    PR_VERIFY_OK(ann);
    QCOMPARE(ann->name, u"New Name"_s);
    QCOMPARE(ann->email, u"ann@example.com"_s);
    QCOMPARE(ann->managerId, boss.id); // a manager already in the database
    QCOMPARE(ann->role, Role::Manager);
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM people"_s), 2);
}

void TestImportExport::importPeople_teamManager_mostCommonManagerTiesByEmail()
{
    TempDatabase t;
    const ImportOutcome outcome = importPeople(t.db(),
        peopleHeader
            + "Zed,zed@example.com,,,manager\n"
              "Amy,amy@example.com,,,manager\n"
              "G One,g1@example.com,Gamma,zed@example.com,\n"
              "G Two,g2@example.com,Gamma,amy@example.com,\n"
              "D One,d1@example.com,Delta,zed@example.com,\n"
              "D Two,d2@example.com,Delta,zed@example.com,\n"
              "D Three,d3@example.com,Delta,amy@example.com,\n");
    QVERIFY2(outcome.ok(), qPrintable(describeProblems(outcome.problems)));
    QCOMPARE(
        text(t.db(),
            u"SELECT m.email FROM teams t JOIN people m ON m.id = t.manager_id WHERE t.name = 'Gamma'"_s),
        u"amy@example.com"_s); // 1:1, amy sorts first
    QCOMPARE(
        text(t.db(),
            u"SELECT m.email FROM teams t JOIN people m ON m.id = t.manager_id WHERE t.name = 'Delta'"_s),
        u"zed@example.com"_s); // 2:1
}

void TestImportExport::importPeople_teamManagerAlreadySet_isKept()
{
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const qint64 hal = scalar(t.db(), u"SELECT id FROM people WHERE email = 'hal@example.com'"_s);
    PR_VERIFY_OK(t.db().execStatement(u"UPDATE teams SET manager_id = ? WHERE name = 'Alpha'"_s, { hal }));
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    QCOMPARE(scalar(t.db(), u"SELECT manager_id FROM teams WHERE name = 'Alpha'"_s), hal);
}

void TestImportExport::importPeople_badFile_changesNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // line:column of each problem

    QTest::newRow("wrong header") << "name,email,team,manager,role\nA,a@example.com,,,\n"_ba << u"1:"_s;
    QTest::newRow("missing column") << peopleHeader + "A,a@example.com,,\n" << u"2:"_s;
    QTest::newRow("empty name") << peopleHeader + " ,a@example.com,,,\n" << u"2:name"_s;
    QTest::newRow("invalid email") << peopleHeader + "A,not-an-address,,,\n" << u"2:email"_s;
    QTest::newRow("empty email") << peopleHeader + "A,,,,\n" << u"2:email"_s;
    QTest::newRow("duplicate email, other case") << peopleHeader + "A,a@example.com,,,\nB,A@Example.com,,,\n"
                                                 << u"3:email"_s;
    QTest::newRow("bad role") << peopleHeader + "A,a@example.com,,,boss\n" << u"2:role"_s;
    QTest::newRow("unknown manager") << peopleHeader + "A,a@example.com,,nobody@example.com,\n"
                                     << u"2:manager_email"_s;
    QTest::newRow("invalid manager email") << peopleHeader + "A,a@example.com,,nobody,\n"
                                           << u"2:manager_email"_s;
    QTest::newRow("own manager") << peopleHeader + "A,a@example.com,,a@example.com,\n"
                                 << u"2:manager_email"_s;
    QTest::newRow("loop in file") << peopleHeader
            + "A,a@example.com,,b@example.com,\nB,b@example.com,,c@example.com,\nC,c@example.com,,a@example."
              "com,\n" << u"2:manager_email 3:manager_email 4:manager_email"_s;
    // Dana is in the database (her manager is nobody); making Dana report to Ann, whose chain goes
    // Ann → Mia → Dana, closes a loop through rows that are not in the file.
    QTest::newRow("loop through the database")
        << peopleHeader + "Dana Director,dana@example.com,Leads,ann@example.com,\n"
        << u"2:manager_email"_s;
}

void TestImportExport::importPeople_badFile_changesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const QByteArray before = checksum(t.db());
    const ImportOutcome outcome = importPeople(t.db(), csv);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::BadCsv);
    QCOMPARE(problemLines(outcome), expected);
    for (const CsvProblem& p : outcome.problems)
        QVERIFY(!p.message.isEmpty());
    QCOMPARE(checksum(t.db()), before);
}

void TestImportExport::importObservations_derivesRaterGroups()
{
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const ImportOutcome outcome = importObservations(t.db(),
        observationsHeader
            + "2025-03-01,ann@example.com,ann@example.com,influence,4,,,\n"
              "2025-03-02,mia@example.com,ann@example.com,change,5,,,\n"
              "2025-03-03,ann@example.com,mia@example.com,support,3,,,\n"
              "2025-03-04,bob@example.com,ann@example.com,inspire,2,,,\n"
              "2025-03-05,cy@example.com,ann@example.com,encourage,1,,,\n"
              "2025-03-06,mia@example.com,bob@example.com,welcome,4,,,\n"
              "2025-03-07,mia@example.com,dana@example.com,influence,4,,,\n"
              "2025-03-08,HAL@example.com,cy@example.com,influence,4,,,\n");
    QVERIFY2(outcome.ok(), qPrintable(describeProblems(outcome.problems)));
    QCOMPARE(outcome.summary.rows, 8);
    QStringList groups;
    auto q = t.db().exec(u"SELECT rater_group FROM observations ORDER BY observed_on"_s);
    PR_VERIFY_OK(q);
    while (q->next())
        groups << q->value(0).toString();
    QCOMPARE(groups,
        (QStringList { u"self"_s, u"manager"_s, u"direct_report"_s, u"peer"_s, u"other"_s, u"manager"_s,
            u"direct_report"_s, u"other"_s }));
    QCOMPARE(scalar(t.db(), u"SELECT count(DISTINCT uuid) FROM observations WHERE created_at <> ''"_s), 8);
    QCOMPARE(scalar(t.db(), u"SELECT sum(impact) FROM observations"_s), 27);
}

void TestImportExport::importObservations_retiredBehavior_isAccepted()
{
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const Id welcome = scalar(t.db(),
        u"SELECT b.id FROM behaviors b JOIN frameworks f ON f.id = b.framework_id "
        "WHERE f.active = 1 AND b.key = 'welcome'"_s);
    PR_VERIFY_OK(FrameworkRepository(t.db()).setRetired(welcome, true));
    const ImportOutcome outcome = importObservations(
        t.db(), observationsHeader + "2024-12-31,ann@example.com,bob@example.com,welcome,3,,,\n");
    QVERIFY2(outcome.ok(), qPrintable(describeProblems(outcome.problems)));
    QCOMPARE(scalar(t.db(), u"SELECT behavior_id FROM observations"_s), welcome);
}

void TestImportExport::importObservations_badRow_changesNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");

    const QByteArray good = "2025-01-02,ann@example.com,bob@example.com,influence,3,,,\n";
    const QByteArray future = QDate::currentDate().addDays(5).toString(Qt::ISODate).toLatin1();
    auto row = [&](const QByteArray& date, const QByteArray& observer, const QByteArray& subject,
                   const QByteArray& behavior, const QByteArray& impact) -> QByteArray {
        return observationsHeader + good + date + ',' + observer + ',' + subject + ',' + behavior + ','
            + impact + ",s,a,r\n";
    };
    const QByteArray ann = "ann@example.com", bob = "bob@example.com";
    QTest::newRow("wrong header") << "date,observer,subject,behavior,impact,situation,action,result\n"_ba
            + good << u"1:"_s;
    QTest::newRow("header in other order")
        << "observer_email,date,subject_email,behavior,impact,situation,action,result\n"_ba << u"1:"_s;
    QTest::newRow("too few columns") << observationsHeader + good
            + "2025-01-02,ann@example.com,bob@example.com\n"
                                     << u"3:"_s;
    QTest::newRow("too many columns") << observationsHeader + good + "2025-01-02,a,b,c,3,s,a,r,extra\n"
                                      << u"3:"_s;
    QTest::newRow("day not in calendar") << row("2026-02-30", ann, bob, "influence", "3") << u"3:date"_s;
    QTest::newRow("two-digit year") << row("26-01-01", ann, bob, "influence", "3") << u"3:date"_s;
    QTest::newRow("day first") << row("01.02.2025", ann, bob, "influence", "3") << u"3:date"_s;
    QTest::newRow("future date") << row(future, ann, bob, "influence", "3") << u"3:date"_s;
    QTest::newRow("empty date") << row("", ann, bob, "influence", "3") << u"3:date"_s;
    QTest::newRow("unknown observer")
        << row("2025-01-02", "who@example.com", bob, "influence", "3") << u"3:observer_email"_s;
    QTest::newRow("unknown subject") << row("2025-01-02", ann, "who@example.com", "influence", "3")
                                     << u"3:subject_email"_s;
    QTest::newRow("empty observer") << row("2025-01-02", "", bob, "influence", "3") << u"3:observer_email"_s;
    QTest::newRow("unknown behavior") << row("2025-01-02", ann, bob, "charisma", "3") << u"3:behavior"_s;
    QTest::newRow("behavior of another framework")
        << row("2025-01-02", ann, bob, "autonomy", "3") << u"3:behavior"_s;
    QTest::newRow("empty behavior") << row("2025-01-02", ann, bob, "", "3") << u"3:behavior"_s;
    QTest::newRow("impact 0") << row("2025-01-02", ann, bob, "influence", "0") << u"3:impact"_s;
    QTest::newRow("impact 6") << row("2025-01-02", ann, bob, "influence", "6") << u"3:impact"_s;
    QTest::newRow("impact 3.5") << row("2025-01-02", ann, bob, "influence", "3.5") << u"3:impact"_s;
    QTest::newRow("impact x") << row("2025-01-02", ann, bob, "influence", "x") << u"3:impact"_s;
    QTest::newRow("empty impact") << row("2025-01-02", ann, bob, "influence", "") << u"3:impact"_s;
    QTest::newRow("note too long") << observationsHeader + good
            + "2025-01-02,ann@example.com,bob@example.com,influence,3," + QByteArray(4001, 'n')
            + ",,\n" << u"3:situation"_s;
    QTest::newRow("broken UTF-8") << observationsHeader + good
            + "2025-01-02,ann@example.com,bob@example.com,influence,3,\xff,,\n"
                                  << u"3:"_s;
    QTest::newRow("quote left open") << observationsHeader + good
            + "2025-01-02,ann@example.com,bob@example.com,influence,3,\"open,,\n"
                                     << u"3:"_s;
}

void TestImportExport::importObservations_badRow_changesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    QVERIFY(importObservations(t.db(), manyObservations(20)).ok());
    const QByteArray before = checksum(t.db());
    const ImportOutcome outcome = importObservations(t.db(), csv);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::BadCsv);
    QCOMPARE(problemLines(outcome), expected);
    QVERIFY(!outcome.problems.front().message.isEmpty());
    QCOMPARE(checksum(t.db()), before);
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM observations"_s), 20);
}

void TestImportExport::importObservations_manyBadRows_allListedInFileOrder()
{
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const QByteArray before = checksum(t.db());
    const ImportOutcome outcome = importObservations(t.db(),
        observationsHeader
            + "2025-01-02,ann@example.com,bob@example.com,influence,3,,,\n"
              "2025-13-01,ann@example.com,bob@example.com,influence,3,,,\n"
              "2025-01-02,ann@example.com,bob@example.com,influence,3,,,\n"
              "2025-01-02,x@example.com,bob@example.com,nope,9,,,\n"
              "\n"
              "2025-01-02,ann@example.com,bob@example.com,influence,,,,\n");
    QVERIFY(!outcome.ok());
    QCOMPARE(problemLines(outcome), u"3:date 5:observer_email 5:behavior 5:impact 7:impact"_s);
    QVERIFY2(outcome.error->message.contains(u"3 line"_s), qPrintable(outcome.error->message));
    QCOMPARE(checksum(t.db()), before);
}

void TestImportExport::exportObservations_sortedByDateAndHidesHiddenNotes()
{
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    QVERIFY(importObservations(t.db(),
        observationsHeader
            + "2025-05-02,ann@example.com,bob@example.com,change,2,late,,\n"
              "2025-05-01,bob@example.com,ann@example.com,influence,5,secret situation,secret action,secret "
              "result\n"
              "2025-05-02,cy@example.com,bob@example.com,welcome,1,\"same day, later id\",,\n")
                .ok());
    const Id secret = scalar(t.db(), u"SELECT id FROM observations WHERE situation = 'secret situation'"_s);
    auto hal = PeopleRepository(t.db()).byEmail(u"hal@example.com"_s);
    PR_VERIFY_OK(hal);
    PR_VERIFY_OK(Stewardship(t.db()).setNoteHidden(secret, true, *hal));
    // Spreadsheets need the byte-order mark to read UTF-8.
    QCOMPARE(exportObservations(t.db()),
        "\xEF\xBB\xBF" "date,observer_email,subject_email,behavior,impact,situation,action,result\r\n"
        "2025-05-01,bob@example.com,ann@example.com,influence,5,,,\r\n"
        "2025-05-02,ann@example.com,bob@example.com,change,2,late,,\r\n"
        "2025-05-02,cy@example.com,bob@example.com,welcome,1,\"same day, later id\",,\r\n"_ba);
    QCOMPARE(exportPeople(t.db()),
        "\xEF\xBB\xBF" "name,email,team,manager_email,role\r\n"
        "Ann Alpha,ann@example.com,Alpha,mia@example.com,member\r\n"
        "Bob Alpha,bob@example.com,Alpha,mia@example.com,member\r\n"
        "Cy Beta,cy@example.com,Beta,,member\r\n"
        "Dana Director,dana@example.com,Leads,,manager\r\n"
        "Hal HR,hal@example.com,,,hr\r\n"
        "Mia Manager,mia@example.com,Alpha,dana@example.com,manager\r\n"_ba);
}

void TestImportExport::roundTrip_exportImportExport_isByteIdentical()
{
    TempDatabase first;
    const QByteArray people = peopleHeader
        + "\"Robert'); DROP TABLE people;--\",bobby@example.com,\"=HYPERLINK(\"\"http://x\"\")\",,member\n"
          "\"Müller, Jürgen \"\"JJ\"\"\",jj@example.com,日本 team,bobby@example.com,manager\n"
          "'Quoted,q@example.com,+1 team,jj@example.com,hr\n"
          "@handle,h@example.com,-team,,\n";
    const ImportOutcome imported = importPeople(first.db(), people);
    QVERIFY2(imported.ok(), qPrintable(describeProblems(imported.problems)));
    const QByteArray observations = observationsHeader
        + "2025-02-01,jj@example.com,bobby@example.com,influence,4,\"In the meeting, she said \"\"no\"\"\","
          "\"line one\nline two\",ü and 日本\n"
          "2025-01-15,bobby@example.com,jj@example.com,change,1,\"=HYPERLINK(\"\"http://x\"\")\",+1,-x\n"
          "2025-01-15,q@example.com,q@example.com,support,3,@a,'already quoted,\t tab inside\n";
    const ImportOutcome logged = importObservations(first.db(), observations);
    QVERIFY2(logged.ok(), qPrintable(describeProblems(logged.problems)));

    // Stored literally: no SQL ran, no escape left behind.
    QCOMPARE(text(first.db(), u"SELECT name FROM people WHERE email = 'bobby@example.com'"_s),
        u"Robert'); DROP TABLE people;--"_s);
    QCOMPARE(
        text(first.db(), u"SELECT t.name FROM teams t JOIN people p ON p.team_id = t.id WHERE p.email = ?"_s,
            { u"bobby@example.com"_s }),
        u"=HYPERLINK(\"http://x\")"_s);
    // An apostrophe typed at the start of a name stays: only one that an export put before a formula
    // character (or before another apostrophe) is taken away ("'t Hooft" is a name).
    QCOMPARE(text(first.db(), u"SELECT name FROM people WHERE email = 'q@example.com'"_s), u"'Quoted"_s);
    QCOMPARE(text(first.db(),
                 u"SELECT situation || '|' || action || '|' || result FROM observations WHERE "
                 "behavior_id = (SELECT id FROM behaviors WHERE key = 'change' AND framework_id = "
                 "(SELECT id FROM frameworks WHERE active = 1))"_s),
        u"=HYPERLINK(\"http://x\")|+1|-x"_s);
    QCOMPARE(text(first.db(),
                 u"SELECT situation || '|' || action || '|' || result FROM observations WHERE observer_id = "
                 "subject_id"_s),
        u"@a|'already quoted|tab inside"_s);
    QCOMPARE(text(first.db(), u"SELECT action FROM observations WHERE observed_on = '2025-02-01'"_s),
        u"line one\nline two"_s);

    const QByteArray peopleOut = exportPeople(first.db());
    const QByteArray observationsOut = exportObservations(first.db());
    QVERIFY(peopleOut.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QVERIFY(observationsOut.contains(",'+1,'-x\r\n"));
    QVERIFY(observationsOut.contains(
        "2025-01-15,q@example.com,q@example.com,support,3,'@a,''already quoted,tab inside\r\n"));
    QVERIFY(peopleOut.contains("\r\n''Quoted,q@example.com,"));

    TempDatabase second;
    const ImportOutcome people2 = importPeople(second.db(), peopleOut);
    QVERIFY2(people2.ok(), qPrintable(describeProblems(people2.problems)));
    const ImportOutcome observations2 = importObservations(second.db(), observationsOut);
    QVERIFY2(observations2.ok(), qPrintable(describeProblems(observations2.problems)));
    QCOMPARE(exportPeople(second.db()), peopleOut);
    QCOMPARE(exportObservations(second.db()), observationsOut);
    QCOMPARE(scalar(second.db(), u"SELECT count(*) FROM people"_s), 4);
}

void TestImportExport::describeProblems_namesLineAndColumn()
{
    const QList<CsvProblem> problems { { 12, u"impact"_s, u"The impact must be a whole number."_s },
        { 1, QString(), u"The first line is wrong."_s }, { 14, u"date"_s, u"Not a date."_s } };
    QCOMPARE(describeProblems(problems),
        u"Line 12, impact: The impact must be a whole number.\nLine 1: The first line is wrong.\nLine 14, "
        u"date: Not a "
        "date."_s);
    QCOMPARE(describeProblems(problems, 1),
        u"Line 12, impact: The impact must be a whole number.\n…and 2 more."_s);
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_import_export.moc"
