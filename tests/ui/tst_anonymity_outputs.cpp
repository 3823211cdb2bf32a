// Anonymity against differencing, through what a person actually reads: the program's profile view
// (its figures table, 20 generated organisations) and the person PDF (read back with pdftotext,
// 5 organisations). Each shows exactly the figures of the JSON profile — no more, and the suppressed
// groups as "hidden"/"pooled" — and the attacker of tests/core/tst_anonymity.cpp, run on the figures
// as read from the screen and the paper, works out no suppressed group.
// Differencing across periods: a viewer who is not HR is offered only periods that share no day
// (readablePeriods in domain/Rules.h), so no profile can be subtracted from another.
#include "../core/DifferencingAttack.h"
#include "../core/DocumentDifferencing.h"
#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "app/Session.h"
#include "demo/DemoOrganisation.h"
#include "profile/CycleComboBox.h"
#include "profile/ProfileTableModel.h"
#include "profile/ProfileView.h"
#include "report/PdfReports.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// The names of a pool as printed ("Peers + Others in the organisation") to the group keys; empty
// when not understood.
QStringList poolMembers(const QString& label)
{
    QStringList keys;
    for (const QString& name : label.split(u" + "_s)) {
        for (RaterGroup g : { RaterGroup::Peer, RaterGroup::DirectReport, RaterGroup::Other }) {
            if (raterGroupDisplayName(g) == name)
                keys << raterGroupKey(g);
        }
    }
    return keys.size() == label.count(u" + "_s) + 1 ? keys : QStringList();
}

// One row of the figures table, in the column order that the view and the PDF share (behavior,
// all others, self, manager, peers, direct reports, others in the organisation[, pooled]).
std::optional<PublishedBehavior> publishedFromRow(const QStringList& cells)
{
    if (cells.size() < ProfileTableModel::PooledColumn)
        return std::nullopt;
    PublishedBehavior published;
    const std::pair<int, QString> groupColumns[] = { { ProfileTableModel::ManagerColumn, u"manager"_s },
        { ProfileTableModel::PeerColumn, u"peer"_s }, { ProfileTableModel::DirectReportColumn, u"direct_report"_s },
        { ProfileTableModel::OtherColumn, u"other"_s } };
    for (const auto& [column, key] : groupColumns) {
        const auto figure = figureFromText(cells.at(column));
        if (!figure)
            return std::nullopt;
        published.groups.insert(key, *figure);
    }
    const auto others = figureFromText(cells.at(ProfileTableModel::OthersColumn));
    if (!others)
        return std::nullopt;
    published.others = *others;
    const QString pooled = cells.value(ProfileTableModel::PooledColumn, u"–"_s).simplified();
    if (pooled != u"–"_s) {
        const qsizetype colon = pooled.lastIndexOf(u": "_s);
        const QStringList members = colon > 0 ? poolMembers(pooled.left(colon)) : QStringList();
        const auto figure = colon > 0 ? figureFromText(pooled.mid(colon + 2)) : std::nullopt;
        if (members.isEmpty() || !figure)
            return std::nullopt;
        published.pools.append({ members, *figure });
    }
    return published;
}

struct Word
{
    double x = 0;
    double y = 0;
    QString text;
};

// The words of each page of a PDF with their top-left corners (pdftotext -bbox).
QList<QList<Word>> pdfWords(const QString& path)
{
    QProcess process;
    process.start(u"pdftotext"_s, { u"-bbox"_s, path, u"-"_s });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression page(u"<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>"_s);
    QList<QList<Word>> pages;
    for (const auto& match : page.globalMatch(html)) {
        if (match.captured(0).startsWith(u"<page"_s)) {
            pages.append(QList<Word>());
        } else if (!pages.isEmpty()) {
            QString text = match.captured(3);
            text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
            pages.last().append(Word { match.captured(1).toDouble(), match.captured(2).toDouble(), text });
        }
    }
    return pages;
}

// A table of a person PDF whose header starts with the words `labels` (the first word of each
// column's label: "Behavior", "All", "Self", … for the figures by rater group; "Behavior", the two
// cycles' first words and "Change" for the trend) as rows of cell texts, one per name in
// `behaviors`. Column edges are where the header's labels start (every cell is drawn from its
// column's left edge); a row runs from its behavior name down to whatever is next in the behavior
// column (the next name, a footer), as cells wrap onto more lines. The pages are read as one long
// page, so that a table continued on the next page is read whole.
QList<QStringList> pdfTable(const QList<QList<Word>>& pages, const QStringList& labels, const QStringList& behaviors)
{
    QList<Word> words;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (Word w : pages[p]) {
            w.y += 100000.0 * double(p);
            words << w;
        }
    }
    qsizetype header = -1;
    for (qsizetype i = 0; i + 1 < words.size() && header < 0; ++i) {
        if (words[i].text == labels.value(0) && words[i + 1].text == labels.value(1) && words[i + 1].y == words[i].y)
            header = i;
    }
    if (header < 0)
        return {};
    const double headerY = words[header].y;
    QList<double> edges { words[header].x };
    for (const QString& label : labels.mid(1)) {
        for (const Word& w : words) {
            if (w.text == label && std::abs(w.y - headerY) < 1 && w.x > edges.last()) {
                edges << w.x;
                break;
            }
        }
    }
    edges << 1e9;
    auto columnOf = [&](double x) {
        for (qsizetype c = 0; c + 1 < edges.size(); ++c) {
            if (x >= edges[c] - 0.5 && x < edges[c + 1] - 0.5)
                return int(c);
        }
        return -1; // left of the table
    };
    // The lines that start in the behavior column, below the header, with their text.
    QList<std::pair<double, QString>> firstColumn;
    for (const Word& w : words) {
        if (w.y <= headerY + 1 || columnOf(w.x) > 0)
            continue;
        if (!firstColumn.isEmpty() && firstColumn.last().first == w.y)
            firstColumn.last().second += u" "_s + w.text;
        else
            firstColumn.append({ w.y, w.text });
    }
    QList<QStringList> table;
    qsizetype line = 0;
    for (const QString& behavior : behaviors) {
        while (line < firstColumn.size() && firstColumn[line].second != behavior)
            ++line;
        if (line >= firstColumn.size())
            return {};
        const double top = firstColumn[line].first;
        // The last row of the last table runs to the end of its page.
        const double bottom = line + 1 < firstColumn.size() ? firstColumn[line + 1].first : top + 1000.0;
        QStringList cells(edges.size() - 1);
        for (const Word& w : words) {
            const int column = columnOf(w.x);
            if (w.y >= top && w.y < bottom && column >= 0)
                cells[column] += (cells[column].isEmpty() ? QString() : u" "_s) + w.text;
        }
        table << cells;
        ++line;
    }
    return table;
}

QList<QStringList> pdfFiguresTable(const QString& path, const QStringList& behaviors)
{
    const QList<QStringList> table = pdfTable(pdfWords(path),
        { u"Behavior"_s, u"All"_s, u"Self"_s, u"Manager"_s, u"Peers"_s, u"Direct"_s, u"Others"_s, u"Pooled"_s }, behaviors);
    return table.isEmpty() || table.first().size() < ProfileTableModel::PooledColumn ? QList<QStringList>() : table;
}

} // namespace

class TestAnonymityOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profileView_twentyOrganisations_nothingDerivable();
    void personPdf_fiveOrganisations_nothingDerivable();
    void demoPdfs_wholeDocument_nothingDerivable();
    void periods_onlyNonOverlappingForNonHr_data();
    void periods_onlyNonOverlappingForNonHr();
    void periods_noneReadable_saysSoAndShowsNoFigures();

private:
    // Compares what one medium shows for the subject with the JSON profile and runs the attacker on it.
    void checkPublished(const RandomOrganisations::Subject& subject, const QList<QStringList>& rows, const QString& where);
    static std::unique_ptr<Session> openAs(Database& db, const Person& user);
    // The periods the view's cycle list offers, in order; "<whole history>" for the entry without a cycle.
    static QStringList offeredPeriods(const ProfileView& view);

    std::unique_ptr<AnalyticsOrg> m_org;
    std::unique_ptr<RandomOrganisations> m_organisations;
    Person m_steward; // HR: may see every profile
    int m_suppressedSeen = 0;
    int m_pooledSeen = 0;
};

void TestAnonymityOutputs::initTestCase()
{
    m_org = std::make_unique<AnalyticsOrg>();
    // The seed of tst_anonymity: the view sees its first 20 organisations (round 12 is one that a
    // rule without complementary suppression of "others" leaks), the PDF the next 5.
    m_organisations = std::make_unique<RandomOrganisations>(*m_org, 20260105);
    auto steward = PeopleRepository(m_org->db()).byId(m_org->person(u"Steward"_s, 0, 0, Role::Hr));
    PR_VERIFY_OK(steward);
    m_steward = *steward;
}

void TestAnonymityOutputs::checkPublished(
    const RandomOrganisations::Subject& subject, const QList<QStringList>& rows, const QString& where)
{
    auto profile = ProfileService(m_org->db()).personProfile(subject.id);
    PR_VERIFY_OK(profile);
    const QJsonArray behaviors = profileToJson(*profile).value(u"behaviors"_s).toArray();
    QCOMPARE(rows.size(), behaviors.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject json = behaviors.at(r).toObject();
        const auto shown = publishedFromRow(rows.at(r));
        const QString context = u"%1, %2: %3 against %4"_s.arg(where, json.value(u"key"_s).toString(),
            rows.at(r).join(u" | "_s), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        QVERIFY2(shown, qPrintable(u"not understood: "_s + context));
        QCOMPARE(rows.at(r).first(), json.value(u"name"_s).toString());
        // Exactly the JSON's figures: nothing suppressed there is shown here, nothing is left out.
        QVERIFY2(*shown == publishedFromJson(json), qPrintable(context));
        const QStringList derived = derivable(*shown);
        QVERIFY2(derived.isEmpty(), qPrintable(u"derived %1 from %2"_s.arg(derived.join(u','), context)));
        for (const QString& g : anonymousGroupKeys())
            m_suppressedSeen += shown->groups.value(g).known ? 0 : 1;
        m_pooledSeen += int(shown->pools.size());
    }
}

void TestAnonymityOutputs::profileView_twentyOrganisations_nothingDerivable()
{
    auto connection = m_org->db().openAnother();
    PR_VERIFY_OK(connection);
    Session session(std::move(connection).value(), m_steward);
    ProfileView view(session);
    view.show();
    m_suppressedSeen = m_pooledSeen = 0;
    for (int round = 0; round < 20; ++round) {
        RandomOrganisations::Subject subject;
        QVERIFY(m_organisations->next(subject));
        QVERIFY(view.showPerson(subject.id));
        view.finishPendingWork();
        QCOMPARE(view.currentPersonId(), subject.id);
        QCOMPARE(view.profile()->settings.k, subject.k);
        // The table as the screen shows it.
        const ProfileTableModel* model = view.tableModel();
        QList<QStringList> rows;
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(r, c).data(Qt::DisplayRole).toString();
            rows << cells;
        }
        checkPublished(subject, rows, u"view, organisation %1"_s.arg(round));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("20 organisations in the view: %d suppressed groups, %d pools", m_suppressedSeen, m_pooledSeen);
    QVERIFY(m_suppressedSeen >= 20);
    QVERIFY(m_pooledSeen >= 3);
}

void TestAnonymityOutputs::personPdf_fiveOrganisations_nothingDerivable()
{
    QTemporaryDir dir;
    m_suppressedSeen = m_pooledSeen = 0;
    for (int round = 0; round < 5; ++round) {
        RandomOrganisations::Subject subject;
        QVERIFY(m_organisations->next(subject));
        auto data = ReportLoader(m_org->db()).person(subject.id, {});
        PR_VERIFY_OK(data);
        const QString pdf = dir.filePath(u"person %1.pdf"_s.arg(round));
        PR_VERIFY_OK(PdfReports::writePdf(pdf, *data, PdfOptions {}));
        QStringList behaviors;
        for (const BehaviorProfile& b : data->profile.behaviors)
            behaviors << b.behavior.name;
        const QList<QStringList> rows = pdfFiguresTable(pdf, behaviors);
        QVERIFY2(!rows.isEmpty(), "the figures table was not found in the PDF (pdftotext from poppler-utils)");
        checkPublished(subject, rows, u"PDF, organisation %1"_s.arg(round));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("5 organisations in the PDF: %d suppressed groups, %d pools", m_suppressedSeen, m_pooledSeen);
    QVERIFY(m_suppressedSeen >= 5);
}

void TestAnonymityOutputs::demoPdfs_wholeDocument_nothingDerivable()
{
    // The PDFs of issue 12, item 6: the 120-person demo of scripts/dev.sh (`peerradar-cli demo FILE
    // --people 120 --observations 12000 --seed 1`, made on 3 December 2026), carmen.costa's summary
    // over the whole history (where 2026 H1's hidden "Influences peers" was 10 − 3 = 7) and every tenth
    // person's, as HR hands them out, read back with pdftotext: the figures table and the trend table
    // are read as one document (tests/core/DocumentDifferencing.h), which must be the JSON's figures
    // and let no hidden one be worked out. tests/core/tst_document_differencing checks every summary
    // of the demo through the same tables without drawing them.
    TempDatabase temp;
    DemoOptions options;
    options.people = 120;
    options.observations = 12000;
    options.seed = 1;
    options.lastDay = QDate(2026, 12, 3);
    PR_VERIFY_OK(generateDemoOrganisation(temp.db(), options));
    auto people = PeopleRepository(temp.db()).all();
    PR_VERIFY_OK(people);
    QTemporaryDir dir;
    ReportLoader loader(temp.db());
    int checked = 0;
    int hidden = 0;
    bool carmen = false;
    for (qsizetype i = 0; i < people->size(); ++i) {
        const Person& person = people->at(i);
        const bool isCarmen = person.email == u"carmen.costa@example.com"_s;
        if (i % 10 != 0 && !isCarmen)
            continue;
        carmen = carmen || isCarmen;
        ProfileOptions profileOptions;
        profileOptions.today = options.lastDay;
        auto data = loader.person(person.id, profileOptions);
        PR_VERIFY_OK(data);
        PdfOptions pdfOptions;
        pdfOptions.printedOn = options.lastDay;
        const QString pdf = dir.filePath(u"%1.pdf"_s.arg(i));
        PR_VERIFY_OK(PdfReports::writePdf(pdf, *data, pdfOptions));
        const QList<QList<Word>> pages = pdfWords(pdf);
        QStringList behaviors;
        for (const BehaviorProfile& b : data->profile.behaviors)
            behaviors << b.behavior.name;
        PersonReport read;
        read.groupTable.rows = pdfTable(pages,
            { u"Behavior"_s, u"All"_s, u"Self"_s, u"Manager"_s, u"Peers"_s, u"Direct"_s, u"Others"_s, u"Pooled"_s }, behaviors);
        QVERIFY2(!read.groupTable.rows.isEmpty(), qPrintable(u"no figures table in the PDF of "_s + person.email));
        if (data->profile.trend) {
            const Trend& t = *data->profile.trend;
            QStringList names;
            for (const TrendEntry& e : t.behaviors)
                names << e.name;
            read.trendTable.rows = pdfTable(pages,
                { u"Behavior"_s, t.previous.name.section(u' ', 0, 0), t.current.name.section(u' ', 0, 0), u"Change"_s },
                names);
            QVERIFY2(!read.trendTable.rows.isEmpty(), qPrintable(u"no trend table in the PDF of "_s + person.email));
        }
        bool understood = false;
        const PublishedPerson printed = publishedPersonFromReport(read, data->profile, understood);
        const QString context = u"%1: %2 / %3"_s.arg(person.email,
            [&read] {
                QStringList rows;
                for (const QStringList& r : read.groupTable.rows + read.trendTable.rows)
                    rows << r.join(u" | "_s);
                return rows.join(u" // "_s);
            }(),
            QString::fromUtf8(QJsonDocument(profileToJson(data->profile)).toJson(QJsonDocument::Compact)));
        QVERIFY2(understood, qPrintable(u"not understood: "_s + context));
        QVERIFY2(printed == publishedPersonFromJson(profileToJson(data->profile)), qPrintable(context));
        auto rows = loadSubjectRows(temp.db(), person.id);
        PR_VERIFY_OK(rows);
        const Document document = personDocument(printed, personPeriods(data->profile, *rows), person.email);
        const QStringList derived = derivableCells(document);
        QVERIFY2(derived.isEmpty(), qPrintable(u"derived %1 from %2"_s.arg(derived.join(u", "_s), context)));
        ++checked;
        hidden += document.hiddenFigures();
    }
    qInfo("%d demo PDFs read back: %d hidden figures, none derivable", checked, hidden);
    QVERIFY(carmen);
    QVERIFY(hidden > 0);
}

std::unique_ptr<Session> TestAnonymityOutputs::openAs(Database& db, const Person& user)
{
    auto connection = db.openAnother();
    if (!connection)
        return nullptr;
    return std::make_unique<Session>(std::move(connection).value(), user);
}

QStringList TestAnonymityOutputs::offeredPeriods(const ProfileView& view)
{
    const CycleComboBox* combo = view.cycleComboBox();
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i) {
        // "Whole history" is the entry without a cycle id, whatever its text.
        offered << (combo->itemData(i).isValid() ? combo->itemText(i) : u"<whole history>"_s);
    }
    return offered;
}

void TestAnonymityOutputs::periods_onlyNonOverlappingForNonHr_data()
{
    QTest::addColumn<QString>("file"); // "small" (with `cycles`) or "demo" (its own half-year cycles)
    QTest::addColumn<QString>("cycles");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("offered"); // newest first; the first is the one shown

    const QString disjoint = u"2025 H2:2025-07-01:2025-12-31;2026 H1:2026-01-01:2026-06-30"_s;
    // "2026 Q1" shares January to March with "2026 H1": a non-HR viewer gets neither, only "2025 H2".
    const QString overlapping = disjoint + u";2026 Q1:2026-01-01:2026-03-31"_s;
    const QString whole = u"<whole history>"_s;
    QTest::newRow("member, no cycles: the whole history") << u"small"_s << QString() << int(Role::Member)
                                                          << QStringList { whole };
    QTest::newRow("member, disjoint cycles: each, no whole history")
        << u"small"_s << disjoint << int(Role::Member) << QStringList { u"2026 H1"_s, u"2025 H2"_s };
    QTest::newRow("member, overlapping cycles: only the one apart")
        << u"small"_s << overlapping << int(Role::Member) << QStringList { u"2025 H2"_s };
    QTest::newRow("manager, overlapping cycles: only the one apart")
        << u"small"_s << overlapping << int(Role::Manager) << QStringList { u"2025 H2"_s };
    QTest::newRow("HR, overlapping cycles: everything as before")
        << u"small"_s << overlapping << int(Role::Hr)
        << QStringList { whole, u"2026 Q1"_s, u"2026 H1"_s, u"2025 H2"_s };
    // 40 people, 3,000 observations up to 20 Nov 2026: about 260 days, the cycles 2026 H1 and H2.
    QTest::newRow("member, demo file: its cycles, no whole history")
        << u"demo"_s << QString() << int(Role::Member) << QStringList { u"2026 H2"_s, u"2026 H1"_s };
}

void TestAnonymityOutputs::periods_onlyNonOverlappingForNonHr()
{
    QFETCH(QString, file);
    QFETCH(QString, cycles);
    QFETCH(int, role);
    QFETCH(QStringList, offered);
    TempDatabase temp;
    Database& db = temp.db();
    SmallOrg org;
    Person viewer;
    if (file == u"demo"_s) {
        DemoOptions options;
        options.lastDay = QDate(2026, 11, 20);
        PR_VERIFY_OK(generateDemoOrganisation(db, options));
        const auto people = PeopleRepository(db).all();
        PR_VERIFY_OK(people);
        const auto found = std::find_if(
            people->cbegin(), people->cend(), [role](const Person& p) { return p.role == Role(role); });
        QVERIFY(found != people->cend());
        viewer = *found;
    } else {
        QVERIFY(org.build(db));
        QVERIFY(SmallOrg::log(db, org.cleo, org.ben, org.behaviors[0], 4, QDate(2026, 3, 2)));
        QVERIFY(insertCyclesUnchecked(db, cycles));
        viewer = role == int(Role::Hr) ? org.hana : role == int(Role::Manager) ? org.mia : org.ben;
    }
    auto session = openAs(db, viewer);
    ProfileView view(*session);
    QCOMPARE(offeredPeriods(view), offered);
    QVERIFY(view.profile().has_value());
    QCOMPARE(view.profile()->person.id, viewer.id);
    const std::optional<Id> shown = view.cycleComboBox()->cycleId();
    QCOMPARE(shown.has_value(), offered.constFirst() != u"<whole history>"_s);
    if (shown) { // the profile is read over exactly the newest offered cycle's dates
        const auto cycle = CycleRepository(db).byId(*shown);
        PR_VERIFY_OK(cycle);
        QCOMPARE(cycle->name, offered.constFirst());
        QCOMPARE(view.profile()->from, cycle->start);
        QCOMPARE(view.profile()->to, cycle->end);
    }
    QVERIFY(!view.findChild<QLabel*>(u"noPeriodLabel"_s)->isVisibleTo(&view));
}

void TestAnonymityOutputs::periods_noneReadable_saysSoAndShowsNoFigures()
{
    // Every cycle overlaps another: a member may read no period, not even the whole history.
    TempDatabase temp;
    SmallOrg org;
    QVERIFY(org.build(temp.db()));
    QVERIFY(SmallOrg::log(temp.db(), org.cleo, org.ben, org.behaviors[0], 4, QDate(2026, 3, 2)));
    QVERIFY(insertCyclesUnchecked(temp.db(), u"2026 H1:2026-01-01:2026-06-30;2026 Q1:2026-01-01:2026-03-31"_s));
    auto session = openAs(temp.db(), org.ben);
    ProfileView view(*session);
    auto dialogs = std::make_shared<ScriptedDialogs>();
    view.setDialogProvider(dialogs);
    QCOMPARE(offeredPeriods(view), QStringList());
    QVERIFY(!view.profile().has_value());
    QCOMPARE(view.tableModel()->rowCount(), 0);
    const QLabel* notice = view.findChild<QLabel*>(u"noPeriodLabel"_s);
    QVERIFY(notice->isVisibleTo(&view));
    QVERIFY(notice->text().contains(u"overlaps another cycle"_s));
    QVERIFY(!view.findChild<QWidget*>(u"profileSplitter"_s)->isVisibleTo(&view));
    QVERIFY(!view.findChild<QWidget*>(u"exportPdfButton"_s)->isEnabled());
    view.exportPdf(); // nothing asked, nothing written
    QVERIFY(dialogs->errors.isEmpty());
    QVERIFY(dialogs->informations.isEmpty());
    // HR on the same file: everything, starting on the whole history.
    auto hr = openAs(temp.db(), org.hana);
    ProfileView hrView(*hr);
    QCOMPARE(offeredPeriods(hrView), (QStringList { u"<whole history>"_s, u"2026 Q1"_s, u"2026 H1"_s }));
    QVERIFY(hrView.profile().has_value());
    QVERIFY(!hrView.findChild<QLabel*>(u"noPeriodLabel"_s)->isVisibleTo(&hrView));
}

QTEST_MAIN(TestAnonymityOutputs)
#include "tst_anonymity_outputs.moc"
