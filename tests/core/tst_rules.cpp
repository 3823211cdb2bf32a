#include "TestSupport.h"

#include "domain/Rules.h"

using namespace peerradar;
using namespace Qt::StringLiterals;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deriveRaterGroup_data();
    void deriveRaterGroup();
    void validatePerson_data();
    void validatePerson();
    void validateObservation_data();
    void validateObservation();
    void validateCycle_endBeforeStart_namesTheDate();
    void validateBehavior_keyRules_data();
    void validateBehavior_keyRules();
    void validateSettings_bounds();
    void keys_roundTrip();
};

namespace {

Person person(Id id, Id team, Id manager)
{
    Person p;
    p.id = id;
    p.teamId = team;
    p.managerId = manager;
    return p;
}

} // namespace

void TestRules::deriveRaterGroup_data()
{
    QTest::addColumn<int>("observerTeam");
    QTest::addColumn<int>("observerManager");
    QTest::addColumn<int>("subjectTeam");
    QTest::addColumn<int>("subjectManager");
    QTest::addColumn<bool>("same");
    QTest::addColumn<int>("expected");
    // observer id 1, subject id 2 (or 1 when `same`)
    QTest::newRow("self") << 10 << 0 << 10 << 0 << true << int(RaterGroup::Self);
    QTest::newRow("observer manages subject") << 10 << 0 << 10 << 1 << false << int(RaterGroup::Manager);
    QTest::newRow("manager in another team") << 20 << 0 << 10 << 1 << false << int(RaterGroup::Manager);
    QTest::newRow("subject manages observer") << 10 << 2 << 10 << 0 << false << int(RaterGroup::DirectReport);
    QTest::newRow("same team") << 10 << 5 << 10 << 5 << false << int(RaterGroup::Peer);
    QTest::newRow("other team") << 10 << 5 << 20 << 6 << false << int(RaterGroup::Other);
    QTest::newRow("both in no team") << 0 << 0 << 0 << 0 << false << int(RaterGroup::Other);
}

void TestRules::deriveRaterGroup()
{
    QFETCH(int, observerTeam);
    QFETCH(int, observerManager);
    QFETCH(int, subjectTeam);
    QFETCH(int, subjectManager);
    QFETCH(bool, same);
    QFETCH(int, expected);
    const Person observer = person(1, observerTeam, observerManager);
    const Person subject = same ? observer : person(2, subjectTeam, subjectManager);
    QCOMPARE(int(peerradar::deriveRaterGroup(observer, subject)), expected);
}

void TestRules::validatePerson_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("ok") << u"Ada Lovelace"_s << u"ada@example.com"_s << true << QString();
    QTest::newRow("sql-looking name is just a name") << u"Robert'); DROP TABLE people;--"_s << u"bobby@example.com"_s
                                                     << true << QString();
    QTest::newRow("empty name") << u"  "_s << u"ada@example.com"_s << false << u"name"_s;
    QTest::newRow("no at sign") << u"Ada"_s << u"ada.example.com"_s << false << u"not an email address"_s;
    QTest::newRow("two at signs") << u"Ada"_s << u"a@b@example.com"_s << false << u"not an email address"_s;
    QTest::newRow("control character") << u"Ada\u0007"_s << u"ada@example.com"_s << false << u"control"_s;
    QTest::newRow("too long") << QString(201, u'x') << u"ada@example.com"_s << false << u"too long"_s;
}

void TestRules::validatePerson()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);
    Person p;
    p.name = name;
    p.email = email;
    const Status status = peerradar::validatePerson(p);
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QCOMPARE(status.error().code, ErrorCode::Invalid);
        QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
    }
}

void TestRules::validateObservation_data()
{
    QTest::addColumn<int>("impact");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("noteLength");
    QTest::addColumn<bool>("valid");
    const QDate today = QDate::currentDate();
    QTest::newRow("impact 1") << 1 << today << 10 << true;
    QTest::newRow("impact 5") << 5 << today << 10 << true;
    QTest::newRow("impact 0") << 0 << today << 10 << false;
    QTest::newRow("impact 6") << 6 << today << 10 << false;
    QTest::newRow("no date") << 3 << QDate() << 10 << false;
    QTest::newRow("next week") << 3 << today.addDays(7) << 10 << false;
    QTest::newRow("1969") << 3 << QDate(1969, 12, 31) << 10 << false;
    QTest::newRow("longest note") << 3 << today << maxNoteFieldLength << true;
    QTest::newRow("note too long") << 3 << today << maxNoteFieldLength + 1 << false;
}

void TestRules::validateObservation()
{
    QFETCH(int, impact);
    QFETCH(QDate, date);
    QFETCH(int, noteLength);
    QFETCH(bool, valid);
    Observation o;
    o.impact = impact;
    o.date = date;
    o.note.result = QString(noteLength, u'n');
    const Status status = peerradar::validateObservation(o);
    QCOMPARE(status.ok(), valid);
    if (!valid)
        QVERIFY(!status.error().message.isEmpty());
}

void TestRules::validateCycle_endBeforeStart_namesTheDate()
{
    Cycle c;
    c.name = u"2026 H1"_s;
    c.start = QDate(2026, 6, 30);
    c.end = QDate(2026, 1, 1);
    const Status status = validateCycle(c);
    QVERIFY(!status);
    QVERIFY(status.error().message.contains(u"2026-06-30"_s));
    c.end = c.start;
    QVERIFY(validateCycle(c));
}

void TestRules::validateBehavior_keyRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << u"influence"_s << true;
    QTest::newRow("digits and underscore") << u"lead_2"_s << true;
    QTest::newRow("upper case") << u"Influence"_s << false;
    QTest::newRow("space") << u"lead well"_s << false;
    QTest::newRow("leading digit") << u"2lead"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("41 characters") << QString(41, u'a') << false;
}

void TestRules::validateBehavior_keyRules()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    Behavior b;
    b.key = key;
    b.name = u"Name"_s;
    QCOMPARE(validateBehavior(b).ok(), valid);
}

void TestRules::validateSettings_bounds()
{
    QVERIFY(validateSettings({ 3, 3 }));
    QVERIFY(validateSettings({ 2, 5 }));
    QVERIFY(!validateSettings({ 1, 3 }));
    QVERIFY(!validateSettings({ 3, 1 }));
    QVERIFY(!validateSettings({ 51, 3 }));
}

void TestRules::keys_roundTrip()
{
    for (RaterGroup g : allRaterGroups)
        QCOMPARE(raterGroupFromKey(raterGroupKey(g)), std::optional<RaterGroup>(g));
    QCOMPARE(raterGroupKey(RaterGroup::DirectReport), u"direct_report"_s);
    QCOMPARE(roleFromKey(u" HR "_s), std::optional<Role>(Role::Hr));
    QCOMPARE(roleFromKey(u"boss"_s), std::optional<Role>());
    QVERIFY(isAnonymousGroup(RaterGroup::Peer));
    QVERIFY(!isAnonymousGroup(RaterGroup::Manager));
    QVERIFY(!isAnonymousGroup(RaterGroup::Self));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
