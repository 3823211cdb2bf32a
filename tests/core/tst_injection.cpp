// Injection: names, emails, team names and notes that look like SQL, HTML or spreadsheet formulas
// are stored and read back exactly as typed, run no SQL (every table is still there, with the rows it
// should have), and a CSV export writes every cell a spreadsheet would run as a formula with a
// leading apostrophe that the import removes again, so that export → import gives the same text.
#include "TestSupport.h"

#include "io/Csv.h"
#include "io/OrgCsv.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"

#include <QBuffer>
#include <QSqlQuery>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList hostileTexts = {
    u"Robert'); DROP TABLE people;--"_s,
    u"x' OR '1'='1"_s,
    u"\"; DELETE FROM observations; --"_s,
    u"<b>x</b><img src=x>"_s,
    u"<script>alert(1)</script>"_s,
    u"=HYPERLINK(\"http://x\")"_s,
    u"+SUM(A1:A2)"_s,
    u"-2+3"_s,
    u"@SUM(1)"_s,
    u"'already quoted"_s,
    u"%_\\ wildcards"_s,
    u"=cmd|'/C calc'!A0"_s,
};

QStringList schemaNames(Database& db)
{
    QStringList names;
    auto q = db.exec(u"SELECT type || ' ' || name FROM sqlite_master ORDER BY name"_s);
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

qint64 scalar(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// An email address that starts with the text's first characters where the address rules allow it.
QString hostileEmail(int i)
{
    const QString starts[] = { u"=1+2"_s, u"+cmd"_s, u"-x"_s, u"'q"_s, u"@"_s };
    const QString start = starts[i % 5];
    return start == u"@"_s ? u"at%1@example.com"_s.arg(i) : start + u"%1@example.com"_s.arg(i);
}

QByteArray exportBytes(Database& db, bool people)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status = people ? exportPeopleCsv(db, &buffer) : exportObservationsCsv(db, &buffer);
    if (!status)
        qFatal("export failed: %s", qPrintable(status.error().message));
    return buffer.data();
}

QList<QStringList> parse(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(fields))
        rows << fields;
    return rows;
}

ImportOutcome importBytes(Database& db, const QByteArray& bytes, bool people)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return people ? importPeopleCsv(db, &buffer) : importObservationsCsv(db, &buffer);
}

} // namespace

class TestInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storedExactlyAsTyped_noSqlRuns();
    void lookupsAndSearch_treatTextLiterally();
    void csvExport_escapesEveryFormulaCell();
    void csvRoundTrip_givesTheTextBackExactly();
    void formulaEscape_everyRiskyFirstCharacter_data();
    void formulaEscape_everyRiskyFirstCharacter();

private:
    std::unique_ptr<TempDatabase> m_t;
    QList<Person> m_people;
    QList<Team> m_teams;
    QStringList m_schema;
};

void TestInjection::init()
{
    m_t = std::make_unique<TempDatabase>();
    Database& db = m_t->db();
    m_schema = schemaNames(db);
    m_people.clear();
    m_teams.clear();
    PeopleRepository people(db);
    for (int i = 0; i < hostileTexts.size(); ++i) {
        Team team;
        team.name = hostileTexts.at(i);
        PR_VERIFY_OK(people.addTeam(team));
        m_teams << team;
        Person person;
        person.name = hostileTexts.at(i);
        person.email = hostileEmail(i);
        person.teamId = team.id;
        person.managerId = i > 0 ? m_people.constFirst().id : 0;
        PR_VERIFY_OK(people.add(person));
        m_people << person;
    }
    const QList<Behavior> behaviors = FrameworkRepository(db).active().value().behaviors;
    ObservationRepository observations(db);
    for (int i = 0; i < hostileTexts.size(); ++i) {
        Observation o;
        o.observerId = m_people.at(i).id;
        o.subjectId = m_people.at((i + 1) % m_people.size()).id;
        o.behaviorId = behaviors.at(i % behaviors.size()).id;
        o.date = QDate(2025, 3, 1 + i);
        o.impact = 1 + i % 5;
        o.note = { hostileTexts.at(i), hostileTexts.at((i + 1) % hostileTexts.size()),
            hostileTexts.at((i + 2) % hostileTexts.size()) };
        PR_VERIFY_OK(observations.log(o));
    }
}

void TestInjection::storedExactlyAsTyped_noSqlRuns()
{
    Database& db = m_t->db();
    QCOMPARE(schemaNames(db), m_schema);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM people"_s), hostileTexts.size());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM teams"_s), hostileTexts.size());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM observations"_s), hostileTexts.size());
    PeopleRepository people(db);
    for (int i = 0; i < hostileTexts.size(); ++i) {
        auto person = people.byId(m_people.at(i).id);
        PR_VERIFY_OK(person);
        QCOMPARE(person->name, hostileTexts.at(i));
        QCOMPARE(person->email, hostileEmail(i).toLower());
        auto team = people.teamById(m_teams.at(i).id);
        PR_VERIFY_OK(team);
        QCOMPARE(team->name, hostileTexts.at(i));
    }
    auto q = db.exec(u"SELECT situation, action, result FROM observations ORDER BY observed_on"_s);
    PR_VERIFY_OK(q);
    for (int i = 0; i < hostileTexts.size(); ++i) {
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), hostileTexts.at(i));
        QCOMPARE(q->value(1).toString(), hostileTexts.at((i + 1) % hostileTexts.size()));
        QCOMPARE(q->value(2).toString(), hostileTexts.at((i + 2) % hostileTexts.size()));
    }
    QCOMPARE(db.integrityProblems(), QStringList());
}

void TestInjection::lookupsAndSearch_treatTextLiterally()
{
    PeopleRepository people(m_t->db());
    for (int i = 0; i < hostileTexts.size(); ++i) {
        auto team = people.teamByName(hostileTexts.at(i));
        PR_VERIFY_OK(team);
        QCOMPARE(team->id, m_teams.at(i).id);
        auto person = people.byEmail(hostileEmail(i));
        PR_VERIFY_OK(person);
        QCOMPARE(person->id, m_people.at(i).id);
    }
    // Wildcards and quotes in a search are letters to look for, not patterns.
    const QList<std::pair<QString, int>> searches = {
        { u"%"_s, 1 }, { u"_"_s, 1 }, { u"\\"_s, 1 }, { u"'"_s, 6 }, { u"Robert'); DROP"_s, 1 }, { u"<img"_s, 1 } };
    for (const auto& [text, expected] : searches) {
        auto found = people.search(text, 100);
        PR_VERIFY_OK(found);
        QVERIFY2(found->size() == expected,
            qPrintable(u"search for %1 found %2, expected %3"_s.arg(text).arg(found->size()).arg(expected)));
        for (const Person& p : *found)
            QVERIFY(p.name.contains(text) || p.email.contains(text, Qt::CaseInsensitive));
    }
    QCOMPARE(schemaNames(m_t->db()), m_schema);
}

void TestInjection::csvExport_escapesEveryFormulaCell()
{
    const QString risky = u"=+-@\t\r"_s;
    for (const bool people : { true, false }) {
        const QList<QStringList> rows = parse(exportBytes(m_t->db(), people));
        QCOMPARE(rows.size(), hostileTexts.size() + 1);
        int escaped = 0;
        for (const QStringList& row : rows.mid(1)) {
            for (const QString& cell : row) {
                // No cell a spreadsheet reads starts a formula.
                QVERIFY2(cell.isEmpty() || !risky.contains(cell.front()), qPrintable(cell));
                if (cell.startsWith(u'\''))
                    ++escaped;
            }
        }
        // people: names, teams, emails and manager emails; observations: notes and both emails
        QVERIFY2(escaped >= (people ? 20 : 25), qPrintable(QString::number(escaped)));
    }
}

void TestInjection::csvRoundTrip_givesTheTextBackExactly()
{
    const QByteArray peopleCsv = exportBytes(m_t->db(), true);
    const QByteArray observationsCsv = exportBytes(m_t->db(), false);
    TempDatabase copy;
    const QStringList schema = schemaNames(copy.db());
    const ImportOutcome importedPeople = importBytes(copy.db(), peopleCsv, true);
    QVERIFY2(importedPeople.ok(), qPrintable(describeProblems(importedPeople.problems)));
    const ImportOutcome importedObservations = importBytes(copy.db(), observationsCsv, false);
    QVERIFY2(importedObservations.ok(), qPrintable(describeProblems(importedObservations.problems)));
    QCOMPARE(schemaNames(copy.db()), schema);
    PeopleRepository people(copy.db());
    for (int i = 0; i < hostileTexts.size(); ++i) {
        auto person = people.byEmail(hostileEmail(i));
        PR_VERIFY_OK(person);
        QCOMPARE(person->name, hostileTexts.at(i));
        auto team = people.teamById(person->teamId);
        PR_VERIFY_OK(team);
        QCOMPARE(team->name, hostileTexts.at(i));
    }
    QCOMPARE(exportBytes(copy.db(), true), peopleCsv);
    QCOMPARE(exportBytes(copy.db(), false), observationsCsv);
}

void TestInjection::formulaEscape_everyRiskyFirstCharacter_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QByteArray>("cell"); // as it appears in the file
    QTest::newRow("=") << u"=1+1"_s << "'=1+1"_ba;
    QTest::newRow("+") << u"+1"_s << "'+1"_ba;
    QTest::newRow("-") << u"-1"_s << "'-1"_ba;
    QTest::newRow("@") << u"@A1"_s << "'@A1"_ba;
    QTest::newRow("tab inside") << u"x\t=1"_s << "x\t=1"_ba; // only the first character matters
    QTest::newRow("apostrophe") << u"'=1"_s << "''=1"_ba;
    QTest::newRow("formula with a quote") << u"=HYPERLINK(\"http://x\")"_s << "\"'=HYPERLINK(\"\"http://x\"\")\""_ba;
}

void TestInjection::formulaEscape_everyRiskyFirstCharacter()
{
    QFETCH(QString, note);
    QFETCH(QByteArray, cell);
    Database& db = m_t->db();
    PR_VERIFY_OK(db.execStatement(u"DELETE FROM observations"_s));
    Observation o;
    o.observerId = m_people.at(0).id;
    o.subjectId = m_people.at(1).id;
    o.behaviorId = FrameworkRepository(db).active().value().behaviors.at(0).id;
    o.date = QDate(2025, 1, 2);
    o.impact = 3;
    o.note = { note, {}, {} };
    PR_VERIFY_OK(ObservationRepository(db).log(o));
    const QByteArray csv = exportBytes(db, false);
    const QByteArray line = csv.split('\n').at(1);
    QVERIFY2(line.contains(QByteArray(',' + cell + ',')), line.constData());
    // Tab and CR as first characters cannot survive a note (notes are stored trimmed): the escape
    // itself covers them.
    QCOMPARE(escapeSpreadsheetFormula(u"\t=1"_s), u"'\t=1"_s);
    QCOMPARE(escapeSpreadsheetFormula(u"\r=1"_s), u"'\r=1"_s);
    QCOMPARE(unescapeSpreadsheetFormula(escapeSpreadsheetFormula(u"\t=1"_s)), u"\t=1"_s);

    TempDatabase copy;
    QVERIFY(importBytes(copy.db(), exportBytes(db, true), true).ok());
    QVERIFY(importBytes(copy.db(), csv, false).ok());
    auto q = copy.db().exec(u"SELECT situation FROM observations"_s);
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), note);
}

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"
