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
    void validateCycleOverlap_data();
    void validateCycleOverlap();
    void readablePeriods_data();
    void readablePeriods();
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

// Cycles from "id:first day:last day" separated by spaces, named "C<id>".
QList<Cycle> cyclesFrom(const QString& spec)
{
    QList<Cycle> cycles;
    for (const QString& item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        Cycle c;
        c.id = parts.at(0).toLongLong();
        c.name = u"C"_s + parts.at(0);
        c.start = QDate::fromString(parts.at(1), Qt::ISODate);
        c.end = QDate::fromString(parts.at(2), Qt::ISODate);
        cycles.append(c);
    }
    return cycles;
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

void TestRules::validateCycleOverlap_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("cycle"); // id 0: a new cycle
    QTest::addColumn<QString>("overlapped"); // the cycle the message names; empty: accepted

    const QString halves = u"1:2026-01-01:2026-06-30 2:2026-07-01:2026-12-31"_s;
    QTest::newRow("no cycles yet") << QString() << u"0:2026-01-01:2026-06-30"_s << QString();
    QTest::newRow("the day after the last one") << halves << u"0:2027-01-01:2027-06-30"_s << QString();
    QTest::newRow("between two, touching neither") << u"1:2026-01-01:2026-03-31 2:2026-07-01:2026-09-30"_s
                                                   << u"0:2026-04-01:2026-06-30"_s << QString();
    QTest::newRow("shares the last day") << halves << u"0:2026-12-31:2027-03-31"_s << u"C2"_s;
    QTest::newRow("shares the first day") << halves << u"0:2025-10-01:2026-01-01"_s << u"C1"_s;
    QTest::newRow("inside another") << halves << u"0:2026-03-01:2026-03-31"_s << u"C1"_s;
    QTest::newRow("around another") << halves << u"0:2026-06-01:2027-01-31"_s << u"C1"_s;
    QTest::newRow("whole history-like span") << halves << u"0:2000-01-01:2030-12-31"_s << u"C1"_s;
    QTest::newRow("edited within its own dates") << halves << u"1:2026-02-01:2026-06-30"_s << QString();
    QTest::newRow("edited into the next one") << halves << u"1:2026-01-01:2026-07-01"_s << u"C2"_s;
}

void TestRules::validateCycleOverlap()
{
    QFETCH(QString, existing);
    QFETCH(QString, cycle);
    QFETCH(QString, overlapped);
    Cycle c = cyclesFrom(cycle).constFirst();
    c.name = u"New"_s;
    const Status status = peerradar::validateCycleOverlap(c, cyclesFrom(existing));
    QCOMPARE(status.ok(), overlapped.isEmpty());
    if (!overlapped.isEmpty()) {
        QCOMPARE(status.error().code, ErrorCode::Invalid);
        // Names the other cycle and its dates, so the person knows which one to avoid.
        const Cycle other = cyclesFrom(existing).at(overlapped.mid(1).toInt() - 1);
        QVERIFY2(status.error().message.contains(u'"' + overlapped + u'"'), qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(other.start.toString(Qt::ISODate)));
        QVERIFY(status.error().message.contains(other.end.toString(Qt::ISODate)));
    }
}

void TestRules::readablePeriods_data()
{
    QTest::addColumn<bool>("isHr");
    QTest::addColumn<QString>("cycles");
    QTest::addColumn<bool>("wholeHistory");
    QTest::addColumn<QList<qint64>>("cycleIds");

    const QString disjoint = u"1:2025-07-01:2025-12-31 2:2026-01-01:2026-06-30 3:2026-07-01:2026-12-31"_s;
    // 1 and 2 share March; 3 shares no day with either.
    const QString overlapping = u"1:2026-01-01:2026-03-31 2:2026-03-01:2026-06-30 3:2026-07-01:2026-12-31"_s;
    // 2 lies inside 1; 3 touches 1's last day.
    const QString nested = u"1:2026-01-01:2026-06-30 2:2026-02-01:2026-02-28 3:2026-06-30:2026-09-30"_s;
    QTest::newRow("member, no cycles: whole history") << false << QString() << true << QList<qint64> {};
    QTest::newRow("member, disjoint cycles: each, no whole history")
        << false << disjoint << false << QList<qint64> { 1, 2, 3 };
    QTest::newRow("member, two overlapping and one apart: that one")
        << false << overlapping << false << QList<qint64> { 3 };
    QTest::newRow("member, every cycle overlaps one: nothing") << false << nested << false << QList<qint64> {};
    QTest::newRow("member, one cycle: it") << false << u"7:2026-01-01:2026-06-30"_s << false << QList<qint64> { 7 };
    QTest::newRow("HR, no cycles") << true << QString() << true << QList<qint64> {};
    QTest::newRow("HR, overlapping: everything") << true << overlapping << true << QList<qint64> { 1, 2, 3 };
    QTest::newRow("HR, nested: everything") << true << nested << true << QList<qint64> { 1, 2, 3 };
}

void TestRules::readablePeriods()
{
    QFETCH(bool, isHr);
    QFETCH(QString, cycles);
    QFETCH(bool, wholeHistory);
    QFETCH(QList<qint64>, cycleIds);
    const ReadablePeriods periods = peerradar::readablePeriods(isHr, cyclesFrom(cycles));
    QCOMPARE(periods.wholeHistory, wholeHistory);
    QCOMPARE(periods.cycleIds, cycleIds);
    QCOMPARE(periods.isEmpty(), !wholeHistory && cycleIds.isEmpty());
    for (const Cycle& c : cyclesFrom(cycles))
        QCOMPARE(periods.allowsCycle(c.id), cycleIds.contains(c.id));
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
