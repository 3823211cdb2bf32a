#include "PdfText.h"
#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "analytics/TeamProfile.h"
#include "app/Session.h"
#include "profile/RadarView.h"
#include "profile/ReaderChoice.h"
#include "storage/CycleRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PeopleRepository.h"
#include "team/HeatmapModel.h"
#include "team/NetworkWidget.h"
#include "team/TeamView.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

// The team view: the same heatmap, leaders and coverage as the core, who sees which team, sorting,
// and the influence network drawn on screen.
class TestTeamView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void heatmap_matchesTheCoreCellByCell();
    void leadersAndCoverage_matchTheCore();
    void radar_drawsTheTeamMeans();
    void teams_managerSeesOwnHrSeesAll();
    void heatmap_sortsByValueWithHiddenLast();
    void heatmap_columnTitlesWrapWithoutBeingClipped();
    void heatmap_textIsReadableOnItsColour_data();
    void heatmap_textIsReadableOnItsColour();
    void network_isDrawn();
    void models_passTheModelTester();
    void periods_managerIsOfferedOnlyNonOverlapping_data();
    void periods_managerIsOfferedOnlyNonOverlapping();
    void readerChoice_unreleasedCycle_managersVersionHidesTheMembersFiguresOnScreenAndInThePdf();

private:
    std::unique_ptr<Session> openAs(const Person& user);
    bool releaseTheCycleHoldingAll();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
    Id m_cycle = 0; // 2026 H1, released: holds every observation
    Person m_fay; // a fourth member of Platform, never observed
};

void TestTeamView::initTestCase()
{
    isolateSettings(m_settingsDir);
    QLocale::setDefault(QLocale::c());
}

void TestTeamView::init()
{
    m_org = SmallOrg();
    m_file = std::make_unique<TempDatabase>();
    Database& db = m_file->db();
    QVERIFY(m_org.build(db));
    PeopleRepository people(db);
    Team platform = m_org.platform;
    platform.managerId = m_org.mia.id;
    PR_VERIFY_OK(people.updateTeam(platform));
    m_org.platform = platform;
    m_fay = SmallOrg::make("Fay Fresh", "fay@example.org", platform.id, m_org.mia.id, Role::Member);
    PR_VERIFY_OK(people.add(m_fay));

    const QDate day(2026, 4, 1);
    const auto& b = m_org.behaviors;
    // Ben: three peers and the manager on behavior 0 (shown); one peer on behavior 1 (hidden).
    QVERIFY(SmallOrg::log(db, m_org.cleo, m_org.ben, b[0], 5, day));
    QVERIFY(SmallOrg::log(db, m_org.dan, m_org.ben, b[0], 4, day));
    QVERIFY(SmallOrg::log(db, m_fay, m_org.ben, b[0], 5, day)); // sic: Fay observes, nobody observes her
    QVERIFY(SmallOrg::log(db, m_org.mia, m_org.ben, b[0], 4, day));
    QVERIFY(SmallOrg::log(db, m_org.cleo, m_org.ben, b[1], 2, day));
    // Cleo: three observers on behavior 0, low.
    QVERIFY(SmallOrg::log(db, m_org.ben, m_org.cleo, b[0], 1, day));
    QVERIFY(SmallOrg::log(db, m_org.dan, m_org.cleo, b[0], 2, day));
    QVERIFY(SmallOrg::log(db, m_org.eve, m_org.cleo, b[0], 1, day));
    // Dan: observed by Ben and Eve only.
    QVERIFY(SmallOrg::log(db, m_org.ben, m_org.dan, b[2], 3, day));
    QVERIFY(SmallOrg::log(db, m_org.eve, m_org.dan, b[2], 3, day));
}

bool TestTeamView::releaseTheCycleHoldingAll()
{
    // HR released the cycle that holds every observation: a manager's team view, which opens on
    // it, shows its anonymous figures.
    Cycle h1 { 0, {}, u"2026 H1"_s, QDate(2026, 1, 1), QDate(2026, 6, 30) };
    auto cycle = CycleRepository(m_file->db()).add(h1);
    if (!cycle)
        return false;
    m_cycle = *cycle;
    return bool(CycleRepository(m_file->db()).release(m_cycle, m_org.hana.id, false));
}

void TestTeamView::cleanup()
{
    m_file.reset();
}

std::unique_ptr<Session> TestTeamView::openAs(const Person& user)
{
    auto db = Database::open(m_file->path());
    if (!db)
        return nullptr;
    return std::make_unique<Session>(std::move(db).value(), user);
}

void TestTeamView::heatmap_matchesTheCoreCellByCell()
{
    QVERIFY(releaseTheCycleHoldingAll());
    auto session = openAs(m_org.mia);
    QVERIFY(session);
    TeamView view(*session);
    QVERIFY(view.showTeam(m_org.platform.id));
    ProfileOptions released; // what the manager reads: the released cycle, the view's default
    released.cycleId = m_cycle;
    released.readerIsHr = false;
    auto core = TeamProfileService(session->database()).teamProfile(m_org.platform.id, released);
    PR_VERIFY_OK(core);
    const HeatmapModel* model = view.heatmapModel();
    QCOMPARE(model->rowCount(), core->members.size());
    QCOMPARE(model->columnCount(), 1 + core->behaviors.size());
    int hidden = 0;
    for (int m = 0; m < core->members.size(); ++m) {
        QVERIFY(model->index(m, 0).data().toString().startsWith(core->members.at(m).name));
        for (int b = 0; b < core->behaviors.size(); ++b) {
            const GroupStats& cell = core->heatmap.at(m).at(b);
            const QModelIndex index = model->index(m, b + 1);
            if (cell.isShown()) {
                QCOMPARE(index.data(HeatmapModel::ValueRole).toDouble(), cell.mean);
                QCOMPARE(index.data().toString(), QString::number(cell.mean, 'f', 1));
                QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(), HeatmapModel::heatColor(cell.mean));
            } else {
                QVERIFY(!index.data(HeatmapModel::ValueRole).isValid());
                QVERIFY(!index.data(Qt::BackgroundRole).isValid());
                QCOMPARE(index.data().toString(), cell.isSuppressed() ? u"hidden"_s : u"–"_s);
                hidden += cell.isSuppressed() ? 1 : 0;
            }
        }
    }
    QVERIFY(hidden >= 1);
    // Hand-computed: Ben's behavior 0 from Cleo 5, Dan 4, Fay 5, Mia 4 → 4.5.
    const int ben = int(std::find_if(core->members.cbegin(), core->members.cend(),
                            [&](const Person& p) { return p.id == m_org.ben.id; })
        - core->members.cbegin());
    QCOMPARE(model->index(ben, 1).data(HeatmapModel::ValueRole).toDouble(), 4.5);
    QCOMPARE(model->index(ben, 2).data().toString(), u"hidden"_s);
}

void TestTeamView::leadersAndCoverage_matchTheCore()
{
    auto session = openAs(m_org.hana);
    TeamView view(*session);
    QVERIFY(view.showTeam(m_org.platform.id));
    auto core = TeamProfileService(session->database()).teamProfile(m_org.platform.id);
    PR_VERIFY_OK(core);
    QVERIFY(!core->informalLeaders.isEmpty());
    for (const InformalLeader& leader : core->informalLeaders) {
        QVERIFY(view.leadersText().contains(leader.name));
        for (int row = 0; row < view.heatmapModel()->rowCount(); ++row) {
            const QModelIndex index = view.heatmapModel()->index(row, 0);
            if (index.data(HeatmapModel::PersonIdRole).toLongLong() == leader.personId)
                QVERIFY(index.data().toString().contains(u"informal leader"_s));
        }
    }
    QVERIFY(core->neverObserved.contains(m_fay.id));
    QVERIFY(view.coverageText().contains(m_fay.name));
    QVERIFY(view.coverageText().startsWith(u"Never observed"_s));
}

void TestTeamView::radar_drawsTheTeamMeans()
{
    QVERIFY(releaseTheCycleHoldingAll());
    auto session = openAs(m_org.mia);
    TeamView view(*session);
    QVERIFY(view.showTeam(m_org.platform.id));
    const TeamProfile& team = *view.profile();
    QList<QPointF> means;
    for (QAbstractSeries* s : view.radarView()->chart()->series()) {
        if (s->name() == u"Team mean"_s && qobject_cast<QScatterSeries*>(s))
            means << static_cast<QScatterSeries*>(s)->points();
    }
    int shown = 0;
    for (int i = 0; i < team.radar.size(); ++i) {
        const auto it = std::find_if(means.cbegin(), means.cend(), [i](const QPointF& p) { return p.x() == i; });
        QCOMPARE(it != means.cend(), team.radar.at(i).mean.has_value());
        if (team.radar.at(i).mean) {
            QCOMPARE(it->y(), *team.radar.at(i).mean);
            ++shown;
        }
    }
    QVERIFY(shown >= 1);
}

void TestTeamView::teams_managerSeesOwnHrSeesAll()
{
    QCOMPARE(TeamView::visibleTeams(m_file->db(), m_org.mia).size(), 1);
    QCOMPARE(TeamView::visibleTeams(m_file->db(), m_org.mia).constFirst().id, m_org.platform.id);
    QCOMPARE(TeamView::visibleTeams(m_file->db(), m_org.hana).size(), 2);
    QVERIFY(TeamView::visibleTeams(m_file->db(), m_org.ben).isEmpty());
    auto session = openAs(m_org.mia);
    TeamView view(*session);
    QVERIFY(!view.showTeam(m_org.sales.id));
    QCOMPARE(view.findChild<QComboBox*>(u"teamComboBox"_s)->count(), 1);
}

void TestTeamView::heatmap_sortsByValueWithHiddenLast()
{
    auto session = openAs(m_org.mia);
    TeamView view(*session);
    QVERIFY(view.showTeam(m_org.platform.id));
    QSortFilterProxyModel* proxy = view.heatmapProxy();
    proxy->sort(1, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, 0).data(HeatmapModel::PersonIdRole).toLongLong(), m_org.ben.id); // 4.5
    QCOMPARE(proxy->index(1, 0).data(HeatmapModel::PersonIdRole).toLongLong(), m_org.cleo.id); // 4/3
    for (int row = 2; row < proxy->rowCount(); ++row)
        QVERIFY(!proxy->index(row, 1).data(HeatmapModel::ValueRole).isValid());
}

void TestTeamView::heatmap_textIsReadableOnItsColour_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<QColor>("text");
    QTest::newRow("1: pale cell, black text") << 1.0 << QColor(Qt::black);
    QTest::newRow("2") << 2.0 << QColor(Qt::black);
    QTest::newRow("4.5: deep blue, white text") << 4.5 << QColor(Qt::white);
    QTest::newRow("5") << 5.0 << QColor(Qt::white);
}

void TestTeamView::heatmap_textIsReadableOnItsColour()
{
    QFETCH(double, mean);
    QFETCH(QColor, text);
    QCOMPARE(HeatmapModel::textColorOn(HeatmapModel::heatColor(mean)), text);
}

void TestTeamView::network_isDrawn()
{
    auto session = openAs(m_org.hana);
    TeamView view(*session);
    QVERIFY(view.showTeam(m_org.platform.id));
    auto* network = view.findChild<NetworkWidget*>(u"networkWidget"_s);
    QVERIFY(network);
    network->resize(400, 300);
    const QImage image = network->grab().toImage();
    const QColor background = network->palette().color(QPalette::Base);
    int painted = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            painted += image.pixelColor(x, y) != background ? 1 : 0;
    QVERIFY2(painted > 100, "the network drew nothing");
    QVERIFY(network->accessibleDescription().contains(m_org.ben.name));
}

void TestTeamView::models_passTheModelTester()
{
    auto session = openAs(m_org.hana);
    TeamView view(*session);
    QAbstractItemModelTester t1(view.heatmapModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(view.heatmapProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.showTeam(m_org.platform.id));
    QVERIFY(view.showTeam(m_org.sales.id));
    view.heatmapProxy()->sort(2, Qt::AscendingOrder);
    QVERIFY(view.showTeam(m_org.platform.id));
}

void TestTeamView::periods_managerIsOfferedOnlyNonOverlapping_data()
{
    QTest::addColumn<QString>("cycles");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("offered"); // newest first; empty: no figures at all

    // "2026 Q2" shares April to June with "2026 H1"; "2025 H2" shares no day with either.
    const QString overlapping = u"2025 H2:2025-07-01:2025-12-31;2026 H1:2026-01-01:2026-06-30;2026 Q2:2026-04-01:2026-06-30"_s;
    QTest::newRow("manager, no cycles") << QString() << int(Role::Manager) << QStringList { u"Whole history"_s };
    QTest::newRow("manager, overlapping") << overlapping << int(Role::Manager) << QStringList { u"2025 H2"_s };
    QTest::newRow("manager, only overlapping") << u"2026 H1:2026-01-01:2026-06-30;2026 Q2:2026-04-01:2026-06-30"_s
                                               << int(Role::Manager) << QStringList();
    QTest::newRow("HR, overlapping") << overlapping << int(Role::Hr)
                                     << QStringList { u"Whole history"_s, u"2026 Q2"_s, u"2026 H1"_s, u"2025 H2"_s };
}

void TestTeamView::periods_managerIsOfferedOnlyNonOverlapping()
{
    QFETCH(QString, cycles);
    QFETCH(int, role);
    QFETCH(QStringList, offered);
    QVERIFY(insertCyclesUnchecked(m_file->db(), cycles));
    auto session = openAs(role == int(Role::Hr) ? m_org.hana : m_org.mia);
    TeamView view(*session);
    QVERIFY(view.showTeam(m_org.platform.id));
    const auto* combo = view.findChild<QComboBox*>(u"teamCycleComboBox"_s);
    QStringList listed;
    for (int i = 0; i < combo->count(); ++i)
        listed << combo->itemText(i);
    QCOMPARE(listed, offered);
    const bool readable = !offered.isEmpty();
    QCOMPARE(view.profile().has_value(), readable);
    QCOMPARE(view.findChild<QLabel*>(u"teamNoPeriodLabel"_s)->isVisibleTo(&view), !readable);
    QCOMPARE(view.findChild<QPushButton*>(u"teamExportPdfButton"_s)->isEnabled(), readable);
    if (readable && offered.constFirst() != u"Whole history"_s) // read over the newest offered cycle
        QCOMPARE(view.profile()->from, QDate(2025, 7, 1));
}

// Long behavior names in narrow columns take as many lines as they need, all of them shown.
void TestTeamView::heatmap_columnTitlesWrapWithoutBeingClipped()
{
    Behavior longName = m_org.behaviors.at(1);
    longName.name = u"Speaks up for the team when it matters most"_s;
    PR_VERIFY_OK(FrameworkRepository(m_file->db()).updateBehavior(longName));
    auto session = openAs(m_org.hana);
    QVERIFY(session);
    TeamView view(*session);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.showTeam(m_org.platform.id));
    auto* table = view.findChild<QTableView*>(u"heatmapTable"_s);
    QVERIFY(table);
    QHeaderView* header = table->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
    const auto clipped = [&] {
        QStringList titles;
        for (int section = 1; section < header->count(); ++section) {
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            const int width = header->sectionSize(section) - 2 * margin
                - (header->sortIndicatorSection() == section ? mark : 0);
            const QRect needs = header->fontMetrics().boundingRect(
                QRect(0, 0, width, 10000), Qt::AlignCenter | Qt::TextWordWrap, title);
            const int needed = needs.height();
            if (needed + 2 * margin > header->height())
                titles << u"%1 (%2 of %3 px)"_s.arg(title).arg(header->height()).arg(needed + 2 * margin);
            for (const QString& word : title.split(u' ')) {
                if (header->fontMetrics().horizontalAdvance(word) > width)
                    titles << u"%1 (%2 px wide)"_s.arg(word).arg(width);
            }
        }
        return titles.join(u", ");
    };
    QTRY_COMPARE(clipped(), QString());
    QVERIFY(header->height() >= 3 * header->fontMetrics().height()); // the long name takes 3 lines
}

// HR previews the team as its manager reads a cycle HR has not released, and exports exactly that:
// no member's figure of others, and the line that says why; HR's live copy says it is HR's.
void TestTeamView::readerChoice_unreleasedCycle_managersVersionHidesTheMembersFiguresOnScreenAndInThePdf()
{
    Cycle cycle { 0, {}, u"2026 H1"_s, QDate(2026, 1, 1), QDate(2026, 6, 30) };
    auto h1 = CycleRepository(m_file->db()).add(cycle);
    PR_VERIFY_OK(h1);
    QVERIFY(!TeamView(*openAs(m_org.mia)).readerChoice()); // a manager always reads as a manager
    auto session = openAs(m_org.hana);
    TeamView view(*session);
    auto dialogs = std::make_shared<ScriptedDialogs>();
    view.setDialogProvider(dialogs);
    QVERIFY(view.showTeam(m_org.platform.id));
    auto* cycles = view.findChild<QComboBox*>(u"teamCycleComboBox"_s);
    cycles->setCurrentIndex(cycles->findData(QVariant::fromValue<qlonglong>(*h1)));
    QVERIFY(view.readerChoice()->readerIsHr()); // HR's live figures first
    const HeatmapModel* model = view.heatmapModel();
    int ben = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(HeatmapModel::PersonIdRole).toLongLong() == m_org.ben.id)
            ben = row;
    }
    QVERIFY(ben >= 0);
    // Cleo 5, Dan 4, Fay 5, Mia 4
    QCOMPARE(model->index(ben, 1).data(HeatmapModel::ValueRole).toDouble(), 4.5);
    const auto exported = [&](const QString& name) {
        const QString path = m_file->dir() + u'/' + name + u".pdf"_s;
        dialogs->saveFiles << path;
        view.exportPdf();
        return pdfText(path);
    };
    const QString live = exported(u"live"_s);
    const QString hrsCopy
        = u"HR's copy: live figures, not for handing out. The cycle \"2026 H1\" is not released"_s;
    QVERIFY2(live.contains(hrsCopy), qPrintable(live.left(600)));
    QVERIFY(live.contains(u"4.5"_s));

    view.readerChoice()->setReaderIsHr(false);
    QCOMPARE(view.profile()->anonymousGroups, AnonymousGroups::Withheld);
    ProfileOptions asManager;
    asManager.cycleId = *h1;
    asManager.readerIsHr = false;
    auto core = TeamProfileService(session->database()).teamProfile(m_org.platform.id, asManager);
    PR_VERIFY_OK(core);
    QCOMPARE(model->rowCount(), core->members.size());
    for (int m = 0; m < core->members.size(); ++m) {
        for (int b = 0; b < core->behaviors.size(); ++b) {
            QVERIFY(!core->heatmap.at(m).at(b).isShown());
            QVERIFY(!model->index(m, b + 1).data(HeatmapModel::ValueRole).isValid());
        }
    }
    const QString why = u"appear when HR releases the cycle \"2026 H1\""_s;
    QVERIFY(view.findChild<QLabel*>(u"teamHowToReadLabel"_s)->text().contains(why));
    // Said of the team, for its manager: not a person's "self-rating and manager's view".
    QVERIFY(view.findChild<QLabel*>(u"teamHowToReadLabel"_s)->text().contains(u"The team's figures come from"_s));
    QVERIFY(!view.findChild<QLabel*>(u"teamHowToReadLabel"_s)->text().contains(u"self-rating and the manager"_s));
    const QString reader = exported(u"reader"_s);
    QVERIFY2(reader.contains(why), qPrintable(reader.left(600)));
    QVERIFY(!reader.contains(u"HR's copy"_s));
    QVERIFY(!reader.contains(u"4.5"_s));
    QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.value(0).message));
}

QTEST_MAIN(TestTeamView)
#include "tst_team_view.moc"
