// PDF summaries checked with independent tools: pdftotext for the words on the pages, qpdf for the
// file's structure, pdfimages for bitmaps (the radar must be vector graphics).
#include "TestSupport.h"

#include "report/FileNames.h"
#include "report/PdfReports.h"
#include "report/ReportBatch.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QThread>
#include <QProcess>
#include <QStandardPaths>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()) };
}

QString pdfText(const QString& path)
{
    // -raw keeps the words in the order they were drawn; join lines to find phrases broken by wrapping.
    return tool(u"pdftotext"_s, { u"-raw"_s, path, u"-"_s }).out;
}

int pageCount(const QString& path)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
    return pages.match(tool(u"pdfinfo"_s, { path }).out).captured(1).toInt();
}

// pdfinfo's value of `field` ("Author"), as UTF-8.
QString infoField(const QString& path, const QString& field)
{
    const QRegularExpression line(u"^%1:\\s*(.*)$"_s.arg(field), QRegularExpression::MultilineOption);
    return line.match(tool(u"pdfinfo"_s, { u"-enc"_s, u"UTF-8"_s, path }).out).captured(1).trimmed();
}

// A team of four in its own file: `subject` and three peers, who each log the notes given, in turn.
struct NotesOrganisation
{
    TempDatabase t;
    Person subject;
    QList<Person> peers;

    explicit NotesOrganisation(const QString& subjectName)
    {
        PeopleRepository people(t.db());
        Team team;
        team.name = u"Scripts"_s;
        if (!people.addTeam(team))
            qFatal("could not add the team");
        for (int i = 0; i < 4; ++i) {
            Person p;
            p.name = i == 0 ? subjectName : u"Peer %1"_s.arg(i);
            p.email = u"person%1@example.com"_s.arg(i);
            p.teamId = team.id;
            if (!people.add(p))
                qFatal("could not add a person");
            (i == 0 ? subject : peers.emplace_back()) = p;
        }
    }
    // Note i is logged i days before today's first note, so note 0 is the newest.
    void log(int behavior, const QStringList& situations)
    {
        const QList<Behavior> behaviors = FrameworkRepository(t.db()).active().value().behaviors;
        ObservationRepository repo(t.db());
        for (int i = 0; i < situations.size(); ++i) {
            Observation o;
            o.observerId = peers.at(i % peers.size()).id;
            o.subjectId = subject.id;
            o.behaviorId = behaviors.at(behavior).id;
            o.date = QDate::currentDate().addDays(-3 - 20 * i);
            o.impact = 4;
            o.note = { situations.at(i), {}, {} };
            if (!repo.log(o))
                qFatal("could not log");
        }
    }
};

QString squeezed(QString text)
{
    return text.replace(u'\n', u' ').simplified();
}

const QString longWord = QString(180, u'w') + u"END"_s;
const QString markupNote = u"<b>bold</b> <img src=x> &amp; "_s;

} // namespace

class TestPdfReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void personPdf_hasNameBehaviorsNoticeAndPassesQpdf();
    void personPdf_radarIsVectorGraphics();
    void personPdf_markupAndLongWordsPrintLiterally();
    void personPdf_suppressedGroupPrintsNoFigureAndNoNote();
    void personPdf_letterPaper();
    void personPdf_documentInfo_authorSubjectKeywords();
    void personPdf_notesCappedPerBehavior_newestFirst_restCounted();
    void personPdf_otherScriptsAndEmoji_printAsText();
    void teamPdf_hasMembersHeatmapAndNetwork();
    void leniencyCorrection_onPrintsTheCorrectedFigureLabelled_offPrintsNone();
    void safeFileName_data();
    void safeFileName();
    void allReports_oneFilePerPersonWithSafeNames();
    void allReports_cancelledInProgress_removesFilesAndReportsOnCallingThread();

private:
    TempDatabase m_t;
    Person m_ann;
    Team m_team;
    QTemporaryDir m_out;
    QString m_personPdf;
};

void TestPdfReports::initTestCase()
{
    for (const char* program : { "pdftotext", "qpdf", "pdfimages" })
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty(),
            "poppler-utils and qpdf are needed: bash scripts/dev.sh deps");
    PeopleRepository people(m_t.db());
    m_team.name = u"Platform <Core> & Co"_s;
    PR_VERIFY_OK(people.addTeam(m_team));
    Team elsewhere;
    elsewhere.name = u"Sales"_s;
    PR_VERIFY_OK(people.addTeam(elsewhere));
    auto add = [&](const QString& name, Id team, Id manager) {
        Person p;
        p.name = name;
        p.email = QString::number(qHash(name)) + u"@example.com"_s;
        p.teamId = team;
        p.managerId = manager;
        if (!people.add(p))
            qFatal("could not add %s", qPrintable(name));
        return p;
    };
    const Person mia = add(u"Mia Manager"_s, m_team.id, 0);
    m_ann = add(u"Ann Äsbjørnsen"_s, m_team.id, mia.id);
    const Person bob = add(u"Bob Peer"_s, m_team.id, mia.id);
    const Person cy = add(u"Cy Peer"_s, m_team.id, mia.id);
    const Person dee = add(u"Dee Peer"_s, m_team.id, mia.id);
    const Person sam = add(u"Sam Sales"_s, elsewhere.id, 0);
    const Person tom = add(u"Tom Sales"_s, elsewhere.id, 0);
    const QList<Behavior> behaviors = FrameworkRepository(m_t.db()).active().value().behaviors;
    ObservationRepository repo(m_t.db());
    auto log = [&](const Person& observer, int behavior, int impact, const Note& note) {
        Observation o;
        o.observerId = observer.id;
        o.subjectId = m_ann.id;
        o.behaviorId = behaviors.at(behavior).id;
        o.date = QDate::currentDate().addDays(-10);
        o.impact = impact;
        o.note = note;
        if (!repo.log(o))
            qFatal("could not log");
    };
    // influence: three peers (shown, notes visible), one with markup and a very long word.
    // Logged last, so that it is among the two newest notes the summary quotes.
    log(cy, 0, 5, { u"situation two"_s, u"action two"_s, u"result two"_s });
    log(dee, 0, 3, { u"situation three"_s, u"action three"_s, u"result three"_s });
    log(bob, 0, 4, { markupNote, longWord, u"result one"_s });
    log(m_ann, 0, 5, {});
    log(mia, 0, 4, {});
    // change: only two observers from another team, impacts 2 and 2 -> hidden, with a secret note.
    log(sam, 1, 2, { u"SECRETWORD situation"_s, {}, {} });
    log(tom, 1, 2, { u"SECRETWORD again"_s, {}, {} });
    // every other behavior once by a peer, so the radar has a few points
    for (int b = 2; b < behaviors.size(); ++b) {
        log(bob, b, 3, {});
        log(cy, b, 4, {});
        log(dee, b, 4, {});
    }
    auto data = ReportLoader(m_t.db()).person(m_ann.id, {});
    PR_VERIFY_OK(data);
    m_personPdf = m_out.filePath(u"ann.pdf"_s);
    PdfOptions options;
    options.author = u"Hanna Høgh (HR)"_s;
    PR_VERIFY_OK(PdfReports::writePdf(m_personPdf, *data, options));
}

void TestPdfReports::personPdf_hasNameBehaviorsNoticeAndPassesQpdf()
{
    const QString text = squeezed(pdfText(m_personPdf));
    QVERIFY2(text.contains(u"Ann Äsbjørnsen"_s), qPrintable(text.left(300)));
    QVERIFY(text.contains(u"Platform <Core> & Co"_s));
    const Framework framework = FrameworkRepository(m_t.db()).active().value();
    for (const Behavior& b : framework.behaviors)
        QVERIFY2(text.contains(b.name), qPrintable(b.name + u" in: "_s + text));
    QVERIFY(text.contains(u"Confidential"_s));
    // Every page's footer: confidential, whose, which period, page N of M; no file name.
    const int pages = pageCount(m_personPdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QRegularExpression footer(
            u"Confidential · Ann Äsbjørnsen · \\d{4}-\\d\\d-\\d\\d to \\d{4}-\\d\\d-\\d\\d · page %1 of %2"_s.arg(page).arg(pages));
        QVERIFY2(text.contains(footer), qPrintable(footer.pattern() + u" in: "_s + text));
    }
    QVERIFY(!text.contains(u".peerradar"_s));
    QVERIFY(!text.contains(u"Page "_s));
    const Tool check = tool(u"qpdf"_s, { u"--check"_s, m_personPdf });
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    QVERIFY(check.out.contains(u"No syntax or stream encoding errors"_s));
}

void TestPdfReports::personPdf_radarIsVectorGraphics()
{
    const Tool images = tool(u"pdfimages"_s, { u"-list"_s, m_personPdf });
    QCOMPARE(images.exitCode, 0);
    // The header and its rule line only: no image anywhere, the radar page included.
    QCOMPARE(images.out.trimmed().split(u'\n').size(), 2);
    // The radar's own words are text in the PDF, not pixels: title, legend, and every axis, the
    // suppressed one saying so (only the radar writes "(hidden)"; the table says "hidden").
    const QString firstPage = squeezed(
        tool(u"pdftotext"_s, { u"-raw"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, m_personPdf, u"-"_s }).out);
    QVERIFY(firstPage.contains(u"Mean impact (1 = small, 5 = large)"_s));
    for (const char* legend : { "Others", "Self", "Team average" })
        QVERIFY2(firstPage.contains(QString::fromLatin1(legend)), legend);
    for (const Behavior& b : FrameworkRepository(m_t.db()).active().value().behaviors)
        QVERIFY2(firstPage.contains(b.name), qPrintable(b.name));
    QVERIFY2(firstPage.contains(u"Champions change (hidden)"_s), qPrintable(firstPage));
    QCOMPARE(firstPage.count(u"(hidden)"_s), 1);
}

void TestPdfReports::personPdf_markupAndLongWordsPrintLiterally()
{
    const QString raw = pdfText(m_personPdf);
    const QString text = squeezed(raw);
    QVERIFY2(text.contains(u"<b>bold</b> <img src=x> &amp;"_s), qPrintable(text));
    // The 183-character word is wrapped, not cut: all its letters are on the page.
    QString joined = raw;
    joined.remove(u'\n').remove(u' ');
    QVERIFY(joined.contains(longWord));
}

void TestPdfReports::personPdf_suppressedGroupPrintsNoFigureAndNoNote()
{
    const QString text = squeezed(pdfText(m_personPdf));
    QVERIFY(!text.contains(u"SECRETWORD"_s));
    QVERIFY(!text.contains(u"2.00"_s)); // the hidden mean of "Champions change"
    const QString row = text.mid(text.indexOf(u"Champions change hidden"_s), 40);
    QVERIFY2(row.startsWith(u"Champions change hidden"_s), qPrintable(text));
}

void TestPdfReports::personPdf_letterPaper()
{
    auto data = ReportLoader(m_t.db()).person(m_ann.id, {});
    PR_VERIFY_OK(data);
    const QString path = m_out.filePath(u"letter.pdf"_s);
    PdfOptions options;
    options.paper = PaperSize::Letter;
    PR_VERIFY_OK(PdfReports::writePdf(path, *data, options));
    const Tool info = tool(u"pdfinfo"_s, { path });
    QVERIFY2(info.out.contains(u"612 x 792 pts (letter)"_s), qPrintable(info.out));
    QVERIFY(tool(u"pdfinfo"_s, { m_personPdf }).out.contains(u"(A4)"_s));
}

void TestPdfReports::personPdf_documentInfo_authorSubjectKeywords()
{
    // pdfinfo reads the document information dictionary, which Qt 6.4 fills only partly.
    QCOMPARE(infoField(m_personPdf, u"Title"_s), u"Leadership profile: Ann Äsbjørnsen"_s);
    QCOMPARE(infoField(m_personPdf, u"Author"_s), u"Hanna Høgh (HR)"_s);
    QVERIFY2(infoField(m_personPdf, u"Subject"_s).startsWith(u"Peer-influence feedback summary for Ann Äsbjørnsen, "_s),
        qPrintable(infoField(m_personPdf, u"Subject"_s)));
    const QString keywords = infoField(m_personPdf, u"Keywords"_s);
    for (const QString& keyword : { u"PeerRadar"_s, u"360-degree feedback"_s, u"confidential"_s, u"Ann Äsbjørnsen"_s })
        QVERIFY2(keywords.contains(keyword), qPrintable(keywords));
    QVERIFY(infoField(m_personPdf, u"Creator"_s).startsWith(u"PeerRadar "_s));
    // The XMP packet says the same (readers that prefer it, PDF/A tools).
    const Tool meta = tool(u"pdfinfo"_s, { u"-meta"_s, m_personPdf });
    QVERIFY2(meta.out.contains(u"<dc:creator><rdf:Seq><rdf:li>Hanna Høgh (HR)</rdf:li></rdf:Seq></dc:creator>"_s),
        qPrintable(meta.out));
    QVERIFY(meta.out.contains(u"<pdf:Keywords>PeerRadar, 360-degree feedback"_s));
    // The appended information is a valid incremental update.
    const Tool check = tool(u"qpdf"_s, { u"--check"_s, m_personPdf });
    QVERIFY2(check.exitCode == 0 && !check.out.contains(u"WARNING"_s), qPrintable(check.out));
    // Without an author (a file without anyone chosen), there is no Author entry at all.
    auto data = ReportLoader(m_t.db()).person(m_ann.id, {});
    PR_VERIFY_OK(data);
    const QString anonymous = m_out.filePath(u"no-author.pdf"_s);
    PR_VERIFY_OK(PdfReports::writePdf(anonymous, *data, PdfOptions {}));
    QVERIFY(!tool(u"pdfinfo"_s, { anonymous }).out.contains(u"Author:"_s));
}

void TestPdfReports::personPdf_notesCappedPerBehavior_newestFirst_restCounted()
{
    NotesOrganisation org(u"Cap Person"_s);
    QStringList notes;
    for (int i = 0; i < 9; ++i)
        notes << u"capnote%1x"_s.arg(i); // capnote0x is the newest
    org.log(2, notes);
    org.log(3, { u"othernote0x"_s, u"othernote1x"_s, QString() }); // three observers, two notes
    auto data = ReportLoader(org.t.db()).person(org.subject.id, {});
    PR_VERIFY_OK(data);
    const QString path = m_out.filePath(u"capped.pdf"_s);
    PR_VERIFY_OK(PdfReports::writePdf(path, *data, PdfOptions {}));
    const QString text = squeezed(pdfText(path));
    const int newest = int(text.indexOf(u"capnote0x"_s));
    QVERIFY2(newest >= 0 && text.indexOf(u"capnote1x"_s) > newest, qPrintable(text));
    for (int i = 2; i < 9; ++i)
        QVERIFY2(!text.contains(u"capnote%1x"_s.arg(i)), qPrintable(text));
    QVERIFY2(text.contains(u"… and 7 more notes, not printed here."_s), qPrintable(text.right(600)));
    QVERIFY(text.contains(u"For each behavior the 2 newest notes are quoted; the others are counted."_s));
    // A behavior with no more notes than the cap prints them all, and counts nothing.
    QVERIFY(text.contains(u"othernote0x"_s) && text.contains(u"othernote1x"_s));
    QCOMPARE(text.count(u"more note"_s), 1);
}

void TestPdfReports::personPdf_otherScriptsAndEmoji_printAsText()
{
    const QString greekName = u"Zoë Ελένη Παπαδοπούλου"_s;
    NotesOrganisation org(greekName);
    const QString note = u"日本のチームと一緒に 🎉 Привет"_s;
    org.log(0, { note, note, note });
    auto data = ReportLoader(org.t.db()).person(org.subject.id, {});
    PR_VERIFY_OK(data);
    const QString path = m_out.filePath(u"scripts.pdf"_s);
    PR_VERIFY_OK(PdfReports::writePdf(path, *data, PdfOptions {}));
    const QString text = squeezed(pdfText(path));
    QVERIFY2(text.contains(greekName), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"日本のチームと一緒に"_s) && text.contains(u"Привет"_s), qPrintable(text));
    // The emoji is drawn from a font that has it (Symbola), never as the empty box of one that
    // lacks it: DejaVu Sans has no 🎉, so Symbola is in the file only for it. (Qt 6.4 maps only the
    // basic plane back to text, so pdftotext cannot read it back: the README says so.)
    const Tool fonts = tool(u"pdffonts"_s, { path });
    QCOMPARE(fonts.exitCode, 0);
    QVERIFY2(fonts.out.contains(u"Symbola"_s), qPrintable(fonts.out));
    QVERIFY2(fonts.out.contains(u"DroidSansFallback"_s), qPrintable(fonts.out));
    QVERIFY2(fonts.out.contains(u"DejaVuSans"_s), qPrintable(fonts.out));
    // Every font is embedded: another machine prints the same glyphs.
    for (const QString& line : fonts.out.split(u'\n').mid(2)) {
        if (!line.trimmed().isEmpty())
            QVERIFY2(line.contains(u" yes "_s), qPrintable(line));
    }
}

void TestPdfReports::teamPdf_hasMembersHeatmapAndNetwork()
{
    auto data = ReportLoader(m_t.db()).team(m_team.id, {});
    PR_VERIFY_OK(data);
    const QString path = m_out.filePath(u"team.pdf"_s);
    PR_VERIFY_OK(PdfReports::writePdf(path, *data, PdfOptions {}));
    const QString text = squeezed(pdfText(path));
    const int pages = pageCount(path);
    QVERIFY2(text.contains(u"Confidential · Team Platform <Core> & Co · "_s)
            && text.contains(u" · page %1 of %1"_s.arg(pages)),
        qPrintable(text));
    for (const char* words : { "Team radar", "Heatmap", "Influence network", "Informal leaders", "Coverage",
             "Mia Manager", "Bob Peer", "Dee Peer", "Ann Äsbjørnsen" })
        QVERIFY2(text.contains(QString::fromUtf8(words)), words);
    QCOMPARE(tool(u"qpdf"_s, { u"--check"_s, path }).exitCode, 0);
    QCOMPARE(tool(u"pdfimages"_s, { u"-list"_s, path }).out.trimmed().split(u'\n').size(), 2);
}

void TestPdfReports::leniencyCorrection_onPrintsTheCorrectedFigureLabelled_offPrintsNone()
{
    // Off (the default, as initTestCase wrote the PDF): no trace of the correction.
    const QString off = squeezed(pdfText(m_personPdf));
    QVERIFY2(!off.contains(u"leniency"_s), qPrintable(off));
    // On: the corrected figure beside the raw one in the group table, and the legend saying what it is.
    DatabaseSettings settings;
    settings.leniencyCorrection = true;
    PR_VERIFY_OK(SettingsRepository(m_t.db()).save(settings));
    auto data = ReportLoader(m_t.db()).person(m_ann.id, {});
    PR_VERIFY_OK(data);
    const QString path = m_out.filePath(u"ann-corrected.pdf"_s);
    PR_VERIFY_OK(PdfReports::writePdf(path, *data, PdfOptions {}));
    const QString on = squeezed(pdfText(path));
    // Influence: peers Bob 4, Cy 5, Dee 3, who rated nobody else's influence: leniency 0, corrected 4.00.
    QVERIFY2(on.contains(u"corrected for leniency 4.00"_s), qPrintable(on));
    QVERIFY2(on.contains(u"habit of rating high or low removed"_s), qPrintable(on)); // the legend
    auto team = ReportLoader(m_t.db()).team(m_team.id, {});
    PR_VERIFY_OK(team);
    const QString teamPath = m_out.filePath(u"team-corrected.pdf"_s);
    PR_VERIFY_OK(PdfReports::writePdf(teamPath, *team, PdfOptions {}));
    QVERIFY(squeezed(pdfText(teamPath)).contains(u"Mean corrected for leniency"_s));
    PR_VERIFY_OK(SettingsRepository(m_t.db()).save(DatabaseSettings {}));
}

void TestPdfReports::safeFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << u"Ada Lovelace"_s << u"Ada Lovelace"_s;
    QTest::newRow("parent folder") << u"../x"_s << u"_x"_s;
    QTest::newRow("slashes") << u"a/b\\c"_s << u"a_b_c"_s;
    QTest::newRow("dot dot") << u".."_s << u"_"_s;
    QTest::newRow("hidden") << u".bashrc"_s << u"bashrc"_s;
    QTest::newRow("windows reserved") << u"CON"_s << u"_CON"_s;
    QTest::newRow("control") << u"a\nb\tc"_s << u"a_b_c"_s;
    QTest::newRow("trailing dots") << u"Name.. "_s << u"Name"_s;
    QTest::newRow("unicode kept") << u"Zoë Ødegård"_s << u"Zoë Ødegård"_s;
    QTest::newRow("empty") << QString() << u"_"_s;
}

void TestPdfReports::safeFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(peerradar::safeFileName(name), safe);
}

void TestPdfReports::allReports_oneFilePerPersonWithSafeNames()
{
    TempDatabase t;
    PeopleRepository people(t.db());
    Team tricky;
    tricky.name = u"../../etc"_s;
    PR_VERIFY_OK(people.addTeam(tricky));
    const QStringList names = { u"../x"_s, u"a/b"_s, u".."_s, u"Same Name"_s, u"same name"_s, u"CON"_s };
    int i = 0;
    for (const QString& name : names) {
        Person p;
        p.name = name;
        p.email = u"p%1@example.com"_s.arg(i++);
        p.teamId = tricky.id;
        PR_VERIFY_OK(people.add(p));
    }
    Person loner;
    loner.name = u"No Team Person"_s;
    loner.email = u"loner@example.com"_s;
    PR_VERIFY_OK(people.add(loner));

    QTemporaryDir parent;
    const QString folder = parent.filePath(u"reports"_s);
    auto summary = writeAllReports(t.db(), folder, {}, PdfOptions {});
    PR_VERIFY_OK(summary);
    QCOMPARE(summary->people, int(names.size()) + 1);
    QCOMPARE(summary->teams, 1);
    QStringList found;
    QDirIterator it(parent.path(), { u"*"_s }, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(parent.path()).relativeFilePath(it.next());
    found.sort();
    QStringList expected = { u"reports/_.._etc.pdf"_s, u"reports/_.._etc/_x.pdf"_s, u"reports/_.._etc/a_b.pdf"_s,
        u"reports/_.._etc/_.pdf"_s, u"reports/_.._etc/Same Name.pdf"_s, u"reports/_.._etc/same name (2).pdf"_s,
        u"reports/_.._etc/_CON.pdf"_s, u"reports/No team/No Team Person.pdf"_s };
    expected.sort();
    QCOMPARE(found, expected);
    // Each is a real PDF for its own person.
    QVERIFY(squeezed(pdfText(QDir(folder).filePath(u"_.._etc/_x.pdf"_s))).contains(u"../x"_s));
}

void TestPdfReports::allReports_cancelledInProgress_removesFilesAndReportsOnCallingThread()
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(u"reports"_s);
    // The whole batch first: how many files a finished run writes, and that progress counts them.
    qint64 lastDone = 0, lastTotal = 0;
    bool onCallingThread = true;
    auto full = writeAllReports(m_t.db(), folder, {}, PdfOptions {}, [&](qint64 done, qint64 total) {
        onCallingThread = onCallingThread && QThread::currentThread() == thread();
        lastDone = done;
        lastTotal = total;
        return true;
    });
    PR_VERIFY_OK(full);
    QCOMPARE(full->people, 7);
    QCOMPARE(full->teams, 2);
    QCOMPARE(lastTotal, 9);
    QCOMPARE(lastDone, 9);
    QVERIFY(onCallingThread); // a GUI's progress dialog is only touched from its own thread
    QVERIFY(QFile::exists(QDir(folder).filePath(full->files.constFirst())));

    // Cancelled after the third file: an error that says so, and none of this run's files is left.
    const QString other = parent.filePath(u"cancelled"_s);
    auto cancelled = writeAllReports(m_t.db(), other, {}, PdfOptions {}, [](qint64 done, qint64) { return done < 3; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QStringList left;
    QDirIterator it(other, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        left << it.next();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    QCOMPARE(QDir(other).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList()); // nor its team folders
}

QTEST_MAIN(TestPdfReports)
#include "tst_pdf_reports.moc"
