// Injection in the printed summaries: names, team names and notes that look like SQL, HTML or
// spreadsheet formulas are printed exactly as typed (read back with pdftotext), run no SQL, and the
// PDF files are readable by their owner only.
#include "PdfText.h"
#include "TestSupport.h"

#include "report/PdfReports.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"

#include <QSqlQuery>
#include <QStandardPaths>

#include <sys/stat.h>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

const QString sqlName = u"Robert'); DROP TABLE people;--"_s;
const QString markup = u"<b>x</b><img src=x>"_s;
const QString formula = u"=HYPERLINK(\"http://x\")"_s;

int modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestInjectionPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void personPdf_printsHostileTextExactly();
    void teamPdf_printsHostileTextExactly();
    void tablesIntact();

private:
    TempDatabase m_t;
    Person m_subject;
    Team m_team;
    QTemporaryDir m_out;
    qint64 m_people = 0;
};

void TestInjectionPdf::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext is needed: bash scripts/dev.sh deps");
    PeopleRepository people(m_t.db());
    m_team.name = formula;
    PR_VERIFY_OK(people.addTeam(m_team));
    auto add = [&](const QString& name, const QString& email, Id manager) {
        Person p;
        p.name = name;
        p.email = email;
        p.teamId = m_team.id;
        p.managerId = manager;
        if (!people.add(p))
            qFatal("could not add %s", qPrintable(name));
        ++m_people;
        return p;
    };
    const Person boss = add(markup, u"=boss@example.com"_s, 0);
    m_subject = add(sqlName, u"robert@example.com"_s, boss.id);
    QList<Person> peers;
    for (int i = 0; i < 3; ++i)
        peers << add(u"Peer %1"_s.arg(i), u"peer%1@example.com"_s.arg(i), boss.id);
    const QList<Behavior> behaviors = FrameworkRepository(m_t.db()).active().value().behaviors;
    ObservationRepository repo(m_t.db());
    const Note notes[] = { { markup, formula, sqlName }, { formula, sqlName, markup }, { sqlName, markup, formula } };
    for (int i = 0; i < 3; ++i) {
        Observation o;
        o.observerId = peers.at(i).id;
        o.subjectId = m_subject.id;
        o.behaviorId = behaviors.at(0).id;
        o.date = QDate::currentDate().addDays(-3);
        o.impact = 3 + i % 2;
        o.note = notes[i];
        PR_VERIFY_OK(repo.log(o));
    }
}

void TestInjectionPdf::personPdf_printsHostileTextExactly()
{
    const mode_t old = ::umask(0);
    auto data = ReportLoader(m_t.db()).person(m_subject.id, {});
    PR_VERIFY_OK(data);
    const QString path = m_out.filePath(u"person.pdf"_s);
    const Status written = PdfReports::writePdf(path, *data, PdfOptions {});
    ::umask(old);
    PR_VERIFY_OK(written);
    QCOMPARE(modeOf(path), 0600);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(sqlName), qPrintable(text.left(400)));
    QVERIFY2(text.contains(formula), qPrintable(text));
    QVERIFY2(text.contains(markup), qPrintable(text));
    QVERIFY(!text.contains(u"&lt;"_s)); // escaped for HTML, then printed escaped: not as typed
    QVERIFY(!QFile::exists(path + u".part"_s));
}

void TestInjectionPdf::teamPdf_printsHostileTextExactly()
{
    const mode_t old = ::umask(0);
    auto data = ReportLoader(m_t.db()).team(m_team.id, {});
    PR_VERIFY_OK(data);
    const QString path = m_out.filePath(u"team.pdf"_s);
    const Status written = PdfReports::writePdf(path, *data, PdfOptions {});
    ::umask(old);
    PR_VERIFY_OK(written);
    QCOMPARE(modeOf(path), 0600);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(formula), qPrintable(text.left(400)));
    QVERIFY2(text.contains(sqlName), qPrintable(text));
    QVERIFY2(text.contains(markup), qPrintable(text));
}

void TestInjectionPdf::tablesIntact()
{
    const QString catalog = m_t.db().isServer() ? u"information_schema.tables WHERE table_name = 'people'"_s
                                                : u"sqlite_master WHERE name = 'people'"_s;
    auto q = m_t.db().exec(u"SELECT count(*), (SELECT count(*) FROM %1) FROM people"_s.arg(catalog));
    PR_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toLongLong(), m_people);
    QCOMPARE(q->value(1).toInt(), 1);
}

QTEST_MAIN(TestInjectionPdf)
#include "tst_injection_pdf.moc"
