#include "TestSupport.h"

#include "storage/FrameworkRepository.h"
#include "storage/ObservationQuery.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Stewardship.h"

#include <functional>

using namespace peerradar;
using namespace peerradar::test;

// The observations list query: who sees what, paging, sort order and filters, all in SQL.
class TestObservationQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void member_seesOnlyOwn_hrSeesAll();
    void paging_returnsEveryRowOnceInOrder();
    void sort_data();
    void sort();
    void filter_data();
    void filter();
    void hiddenNote_blankAndUnsearchableForAuthor();
    void noteSearch_followsEveryChange();
    void search_pagesAgreeWithTheWholeList();
    void before_agreesWithSqlOrder();

private:
    Person addPerson(const QString& name, Role role = Role::Member);
    Id log(const Person& observer, const Person& subject, int behavior, int impact, const QDate& date, const QString& note = {});

    std::unique_ptr<TempDatabase> m_t;
    Person m_amy, m_bob, m_hr;
    QList<Behavior> m_behaviors;
};

Person TestObservationQuery::addPerson(const QString& name, Role role)
{
    Person p;
    p.name = name;
    p.email = name.toLower().replace(u' ', u'.') + u"@example.org";
    p.role = role;
    auto id = PeopleRepository(m_t->db()).add(p);
    if (!id)
        qFatal("add person failed");
    return p;
}

Id TestObservationQuery::log(const Person& observer, const Person& subject, int behavior, int impact, const QDate& date,
    const QString& note)
{
    Observation o;
    o.observerId = observer.id;
    o.subjectId = subject.id;
    o.behaviorId = m_behaviors.at(behavior).id;
    o.impact = impact;
    o.date = date;
    o.note.situation = note;
    auto id = ObservationRepository(m_t->db()).log(o);
    return id ? *id : 0;
}

void TestObservationQuery::init()
{
    m_t = std::make_unique<TempDatabase>();
    m_amy = addPerson(u"Amy Archer"_qs);
    m_bob = addPerson(u"bob Baker"_qs); // lower case: NOCASE ordering
    m_hr = addPerson(u"Cara HR"_qs, Role::Hr);
    auto framework = FrameworkRepository(m_t->db()).active();
    QVERIFY(framework);
    m_behaviors = framework->behaviors;
    // 30 by Amy about Bob, 20 by Bob about Amy; impact cycles 1..5; one a day from 1 Jan 2026.
    QVERIFY(m_t->db().transaction([&]() -> Status {
        for (int i = 0; i < 50; ++i) {
            const bool amy = i < 30;
            if (!log(amy ? m_amy : m_bob, amy ? m_bob : m_amy, i % 6, 1 + i % 5, QDate(2026, 1, 1).addDays(i),
                    i == 7 ? u"100% sure_of it"_qs : (i == 8 ? u"100 percent sure"_qs : QString())))
                return makeError(ErrorCode::Internal, u"log"_qs);
        }
        return {};
    }).ok());
}

void TestObservationQuery::cleanup()
{
    m_t.reset();
}

void TestObservationQuery::member_seesOnlyOwn_hrSeesAll()
{
    ObservationQuery amy(m_t->db(), m_amy);
    QCOMPARE(*amy.count(), 30);
    auto rows = amy.fetch(0, 100);
    PR_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 30);
    for (const ObservationRow& r : *rows)
        QCOMPARE(r.observation.observerId, m_amy.id);
    // A row of Bob's is not hers even by id.
    const Id bobsFirst = 31;
    auto row = amy.row(bobsFirst);
    PR_VERIFY_OK(row);
    QVERIFY(!row->has_value());
    ObservationQuery hr(m_t->db(), m_hr);
    QCOMPARE(*hr.count(), 50);
    auto hrRow = hr.row(bobsFirst);
    PR_VERIFY_OK(hrRow);
    QVERIFY(hrRow->has_value());
    QCOMPARE((*hrRow)->observerName, u"bob Baker"_qs);
    QCOMPARE((*hrRow)->subjectName, u"Amy Archer"_qs);
}

void TestObservationQuery::paging_returnsEveryRowOnceInOrder()
{
    ObservationQuery hr(m_t->db(), m_hr);
    hr.setSort(ObservationSort::Date, false);
    QList<Id> ids;
    QDate previous(2100, 1, 1);
    for (qint64 offset = 0; offset < 50; offset += 7) {
        auto rows = hr.fetch(offset, 7);
        PR_VERIFY_OK(rows);
        QCOMPARE(rows->size(), int(std::min<qint64>(7, 50 - offset)));
        for (const ObservationRow& r : *rows) {
            QVERIFY(r.observation.date <= previous);
            previous = r.observation.date;
            ids << r.observation.id;
        }
    }
    QCOMPARE(ids.size(), 50);
    QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()).size(), 50);
    QCOMPARE(ids.first(), Id(50)); // newest first: the last logged
    QCOMPARE(hr.fetch(50, 7)->size(), 0);
}

void TestObservationQuery::sort_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<Id>("firstId");
    QTest::addColumn<Id>("lastId");
    // Impact 1 rows: i % 5 == 0 → ids 1, 6, …, 46; ties broken by id in the same direction.
    QTest::newRow("impact ascending") << int(ObservationSort::Impact) << true << Id(1) << Id(50);
    QTest::newRow("impact descending") << int(ObservationSort::Impact) << false << Id(50) << Id(1);
    // Observer: "Amy Archer" < "bob Baker" without regard to case.
    QTest::newRow("observer ascending") << int(ObservationSort::Observer) << true << Id(1) << Id(50);
    QTest::newRow("subject ascending") << int(ObservationSort::Subject) << true << Id(31) << Id(30);
    QTest::newRow("date ascending") << int(ObservationSort::Date) << true << Id(1) << Id(50);
}

void TestObservationQuery::sort()
{
    QFETCH(int, sort);
    QFETCH(bool, ascending);
    QFETCH(Id, firstId);
    QFETCH(Id, lastId);
    ObservationQuery hr(m_t->db(), m_hr);
    hr.setSort(ObservationSort(sort), ascending);
    auto rows = hr.fetch(0, 100);
    PR_VERIFY_OK(rows);
    QCOMPARE(rows->first().observation.id, firstId);
    QCOMPARE(rows->last().observation.id, lastId);
}

void TestObservationQuery::filter_data()
{
    QTest::addColumn<ObservationFilter>("filter");
    QTest::addColumn<int>("count");
    QTest::newRow("nothing") << ObservationFilter {} << 50;
    QTest::newRow("person is observer or subject") << ObservationFilter { .personId = 0 } << 50;
    QTest::newRow("behavior 0") << ObservationFilter { .behaviorId = -1 } << 0;
    QTest::newRow("January") << ObservationFilter { .from = QDate(2026, 1, 1), .to = QDate(2026, 1, 31) } << 31;
    QTest::newRow("from 10 February") << ObservationFilter { .from = QDate(2026, 2, 10) } << 10; // i = 40…49
    // Notes are searched by words: every word typed begins a word of the note (i = 7: "100% sure_of it",
    // i = 8: "100 percent sure"); what is not a letter or digit separates words and is never an operator.
    QTest::newRow("percent is no wildcard") << ObservationFilter { .text = u"%"_qs } << 0;
    QTest::newRow("underscore is no wildcard") << ObservationFilter { .text = u"sure_of"_qs } << 1;
    QTest::newRow("text in either note") << ObservationFilter { .text = u"100"_qs } << 2;
    QTest::newRow("beginning of a word") << ObservationFilter { .text = u"perc"_qs } << 1;
    QTest::newRow("not the middle of a word") << ObservationFilter { .text = u"ercent"_qs } << 0;
    QTest::newRow("words in any order, any case") << ObservationFilter { .text = u"SURE 100"_qs } << 2;
    QTest::newRow("every word must match") << ObservationFilter { .text = u"100 percent it"_qs } << 0;
    QTest::newRow("search operators are words") << ObservationFilter { .text = u"sure NOT percent"_qs } << 0;
    QTest::newRow("star and quotes are separators") << ObservationFilter { .text = u"\"sure\"* (it"_qs } << 1;
    QTest::newRow("name, any case") << ObservationFilter { .text = u"BOB"_qs } << 50;
    QTest::newRow("name, inside a word") << ObservationFilter { .text = u"aker"_qs } << 50;
    QTest::newRow("quote does no harm") << ObservationFilter { .text = u"' OR 1=1 --"_qs } << 0;
}

void TestObservationQuery::filter()
{
    QFETCH(ObservationFilter, filter);
    QFETCH(int, count);
    ObservationQuery hr(m_t->db(), m_hr);
    hr.setFilter(filter);
    QCOMPARE(*hr.count(), count);
    QCOMPARE(hr.fetch(0, 100)->size(), count);
}

void TestObservationQuery::hiddenNote_blankAndUnsearchableForAuthor()
{
    PR_VERIFY_OK(Stewardship(m_t->db()).setNoteHidden(8, true, m_hr)); // "100% sure_of it", by Amy
    ObservationQuery amy(m_t->db(), m_amy);
    amy.setFilter(ObservationFilter { .text = u"sure"_qs });
    QCOMPARE(*amy.count(), 1); // only the visible "100 percent sure"
    amy.setFilter({});
    auto row = amy.row(8);
    PR_VERIFY_OK(row);
    QVERIFY(row->has_value());
    QVERIFY((*row)->observation.noteHidden);
    QVERIFY((*row)->observation.note.isEmpty());
    ObservationQuery hr(m_t->db(), m_hr);
    auto hrRow = hr.row(8);
    PR_VERIFY_OK(hrRow);
    QCOMPARE((*hrRow)->observation.note.situation, u"100% sure_of it"_qs);
}

void TestObservationQuery::noteSearch_followsEveryChange()
{
    ObservationQuery hr(m_t->db(), m_hr);
    const auto found = [&](const QString& text) {
        hr.setFilter(ObservationFilter { .text = text });
        auto count = hr.count();
        return count ? *count : -1;
    };
    ObservationRepository repository(m_t->db());
    auto changed = repository.byId(9); // "100 percent sure"
    PR_VERIFY_OK(changed);
    QCOMPARE(changed->note.situation, u"100 percent sure"_qs);
    // A new note: its words are found at once.
    changed->note.situation = u"Whiteboard session, sure"_qs;
    changed->note.result = u"Rollout agreed"_qs;
    PR_VERIFY_OK(repository.update(*changed, m_hr));
    QCOMPARE(found(u"percent"_qs), 0);
    QCOMPARE(found(u"white roll"_qs), 1);
    QCOMPARE(found(u"sure"_qs), 2); // a word in the old and the new note stays found
    // A note emptied, and one given to an observation that had none.
    changed->note = {};
    PR_VERIFY_OK(repository.update(*changed, m_hr));
    QCOMPARE(found(u"white"_qs), 0);
    QCOMPARE(found(u"sure"_qs), 1);
    auto plain = repository.byId(1);
    PR_VERIFY_OK(plain);
    plain->note.action = u"Pitched the idea"_qs;
    PR_VERIFY_OK(repository.update(*plain, m_hr));
    QCOMPARE(found(u"pitch"_qs), 1);
    // A deleted observation's words go with it.
    PR_VERIFY_OK(repository.remove(1, m_hr));
    QCOMPARE(found(u"pitch"_qs), 0);
    QCOMPARE(found(u"sure"_qs), 1);
}

// A search's pages are read in two ways: with many matches by walking the sort order and checking
// each row against the matches, with few by looking each match up and sorting them. Either way,
// page after page, they are the whole list's rows that match, in the whole list's order.
void TestObservationQuery::search_pagesAgreeWithTheWholeList()
{
    QVERIFY(m_t->db().transaction([&]() -> Status {
        for (int i = 0; i < 60; ++i) {
            const QString note = i % 3 == 0 ? QString() : u"Whiteboard session %1"_qs.arg(i);
            if (!log(m_amy, m_bob, i % 6, 1 + i % 5, QDate(2026, 2, 1).addDays(i % 20), note))
                return makeError(ErrorCode::Internal, u"log"_qs);
        }
        return {};
    }).ok());
    ObservationQuery hr(m_t->db(), m_hr);
    for (const bool ascending : { false, true }) {
        hr.setFilter({});
        hr.setSort(ObservationSort::Date, ascending);
        auto everything = hr.fetch(0, 1000);
        PR_VERIFY_OK(everything);
        QCOMPARE(everything->size(), 110);
        const std::pair<QString, std::function<bool(const ObservationRow&)>> searches[] = {
            { u"whiteB"_qs, [](const ObservationRow& r) { return r.observation.note.situation.startsWith(u"Whiteboard"); } },
            { u"aker"_qs, [](const ObservationRow&) { return true; } }, // Bob Baker: in every row
            { u"100"_qs, [](const ObservationRow& r) { return r.observation.note.situation.startsWith(u"100"); } },
        };
        for (const auto& [text, matches] : searches) {
            QList<Id> expected;
            for (const ObservationRow& r : std::as_const(*everything))
                if (matches(r))
                    expected << r.observation.id;
            hr.setFilter(ObservationFilter { .text = text });
            QList<Id> paged;
            for (qint64 offset = 0; offset <= expected.size(); offset += 5) {
                auto rows = hr.fetch(offset, 5);
                PR_VERIFY_OK(rows);
                for (const ObservationRow& r : *rows)
                    paged << r.observation.id;
            }
            QCOMPARE(paged, expected);
            QCOMPARE(*hr.count(), expected.size());
        }
    }
}

void TestObservationQuery::before_agreesWithSqlOrder()
{
    ObservationQuery hr(m_t->db(), m_hr);
    for (ObservationSort sort : { ObservationSort::Date, ObservationSort::Observer, ObservationSort::Subject,
             ObservationSort::Behavior, ObservationSort::Impact, ObservationSort::RaterGroup }) {
        for (bool ascending : { true, false }) {
            hr.setSort(sort, ascending);
            auto rows = hr.fetch(0, 100);
            PR_VERIFY_OK(rows);
            for (int i = 1; i < rows->size(); ++i)
                QVERIFY2(hr.before(rows->at(i - 1), rows->at(i)),
                    qPrintable(QStringLiteral("sort %1 asc %2 row %3").arg(int(sort)).arg(ascending).arg(i)));
        }
    }
}

QTEST_GUILESS_MAIN(TestObservationQuery)
#include "tst_observation_query.moc"
