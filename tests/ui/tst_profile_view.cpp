#include "PdfText.h"
#include "ScriptedDialogs.h"
#include "UiTestData.h"

#include "analytics/Profile.h"
#include "app/Session.h"
#include "common/PersonPicker.h"
#include "observations/ObservationStore.h"
#include "profile/CycleComboBox.h"
#include "profile/NotesModel.h"
#include "profile/PersonChooser.h"
#include "profile/ProfileTableModel.h"
#include "profile/ProfileView.h"
#include "profile/RadarFiguresModel.h"
#include "profile/RadarView.h"
#include "profile/ReaderChoice.h"
#include "report/ReportContent.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QPolarChart>
#include <QPushButton>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <algorithm>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

// The person profile view: the same figures as the core, suppressed groups never drawn, who may
// see whom, the notes behind a behavior, and how fast switching person is.
class TestProfileView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void table_showsTheCoresFiguresForEveryCell_data();
    void table_showsTheCoresFiguresForEveryCell();
    void chart_drawsOthersAndSelfAtTheCoresValues();
    void chart_impactScaleStartsAtOne_whiskersInside();
    void suppressedGroup_isNotDrawnAndSaysHidden();
    void frequency_showsObservationsPer30Days();
    void plainView_showsTheChartsFigures();
    void plainView_explainsHowToReadTheTable();
    void leniencyCorrection_cellsShowTheCorrectedFigureBesideTheRaw();
    void member_cannotChooseAnotherPerson();
    void manager_mayChooseReportsAndTeamButNotOthers();
    void notes_matchTheCoreAndShowNoObserverToManager();
    void notes_showObserverToHr();
    void newObservation_refreshesTheProfile();
    void models_passTheModelTester();
    void exportPdf_writesTheSummaryOnThePaperOfTheSettings();
    void exportAll_writesOneFilePerPerson();
    void readerChoice_onlyHrHasIt_startingOnTheLiveFigures();
    void readerChoice_unreleasedCycle_readersVersionHidesTheAnonymousGroupsOnScreenAndInThePdf();
    void readerChoice_releasedCycle_readersVersionShowsTheReleasedFiguresNotTheLaterOnes();
    void exportAll_writesTheReadersSummaries_whileTheViewShowsLiveFigures();
    void switchPerson_isFastOnALargeFile();

private:
    std::unique_ptr<Session> openAs(const Person& user);
    static QList<QPointF> pointsOf(const QChart* chart, const QString& seriesName, bool scatterOnly = false);
    Id addUnreleasedCycle();
    static void showCycle(ProfileView& view, Id cycleId);
    // Exports the view's summary through its Export PDF button; the file's words (PdfText.h).
    QString exportedText(ProfileView& view, ScriptedDialogs& dialogs, const QString& name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_file;
    SmallOrg m_org;
    Id m_cycle = 0; // 2026 H1, released: holds every observation
};

void TestProfileView::initTestCase()
{
    isolateSettings(m_settingsDir);
    QLocale::setDefault(QLocale::c());
}

void TestProfileView::init()
{
    m_org = SmallOrg();
    m_file = std::make_unique<TempDatabase>();
    Database& db = m_file->db();
    QVERIFY(m_org.build(db));
    const QDate day(2026, 3, 2);
    const auto& b = m_org.behaviors;
    // Behavior 0: five others (manager, two peers, two from outside the team) and self.
    QVERIFY(SmallOrg::log(db, m_org.mia, m_org.ben, b[0], 4, day, u"Mia saw the plan"_s));
    QVERIFY(SmallOrg::log(db, m_org.cleo, m_org.ben, b[0], 5, day.addDays(1), u"Cleo: <b>bold</b> move"_s));
    QVERIFY(SmallOrg::log(db, m_org.dan, m_org.ben, b[0], 3, day.addDays(2), u"Dan's note"_s));
    QVERIFY(SmallOrg::log(db, m_org.eve, m_org.ben, b[0], 2, day.addDays(3), u"Eve's note"_s));
    QVERIFY(SmallOrg::log(db, m_org.hana, m_org.ben, b[0], 4, day.addDays(4), u"Hana's note"_s));
    QVERIFY(SmallOrg::log(db, m_org.cleo, m_org.ben, b[0], 4, day.addDays(5)));
    QVERIFY(SmallOrg::log(db, m_org.ben, m_org.ben, b[0], 5, day.addDays(6), u"Ben on himself"_s));
    // Behavior 1: one peer only: "others" is hidden; self is shown.
    QVERIFY(SmallOrg::log(db, m_org.cleo, m_org.ben, b[1], 3, day.addDays(7), u"Cleo alone"_s));
    QVERIFY(SmallOrg::log(db, m_org.ben, m_org.ben, b[1], 4, day.addDays(8)));
    // Behavior 2: three peers from anywhere, no self.
    QVERIFY(SmallOrg::log(db, m_org.dan, m_org.ben, b[2], 2, day.addDays(9)));
    QVERIFY(SmallOrg::log(db, m_org.eve, m_org.ben, b[2], 3, day.addDays(10)));
    QVERIFY(SmallOrg::log(db, m_org.hana, m_org.ben, b[2], 5, day.addDays(11)));
    // Something about Cleo and Dan so that the team average exists.
    for (const Person* observer : { &m_org.ben, &m_org.dan, &m_org.eve })
        QVERIFY(SmallOrg::log(db, *observer, m_org.cleo, b[0], 3, day.addDays(12)));
    // HR released the cycle that holds them all: everyone else reads its anonymous groups (the
    // views of anyone but HR open on it).
    Cycle h1 { 0, {}, u"2026 H1"_s, QDate(2026, 1, 1), QDate(2026, 6, 30) };
    auto cycle = CycleRepository(db).add(h1);
    PR_VERIFY_OK(cycle);
    m_cycle = *cycle;
    PR_VERIFY_OK(CycleRepository(db).release(m_cycle, m_org.hana.id, false));
}

void TestProfileView::cleanup()
{
    m_file.reset();
}

std::unique_ptr<Session> TestProfileView::openAs(const Person& user)
{
    auto db = Database::open(m_file->path());
    if (!db)
        return nullptr;
    return std::make_unique<Session>(std::move(db).value(), user);
}

QList<QPointF> TestProfileView::pointsOf(const QChart* chart, const QString& seriesName, bool scatterOnly)
{
    QList<QPointF> points;
    for (QAbstractSeries* series : chart->series()) {
        if (series->name() != seriesName)
            continue;
        if (scatterOnly && !qobject_cast<QScatterSeries*>(series))
            continue;
        if (auto* xy = qobject_cast<QXYSeries*>(series))
            points << xy->points();
    }
    return points;
}

// 2025 H2, never released, with observations of Ben's behavior 0 of its own: Cleo 5, Dan 4 (peers),
// Eve 4 (others in the organisation), Mia 4 (his manager) and Ben's own 5. HR reads "all others"
// 4.25 from four observers; the person and their manager read only Ben's own view and Mia's.
Id TestProfileView::addUnreleasedCycle()
{
    Database& db = m_file->db();
    const QDate day(2025, 9, 1);
    for (const auto& [observer, impact] : { std::pair { &m_org.cleo, 5 }, { &m_org.dan, 4 },
             { &m_org.eve, 4 }, { &m_org.mia, 4 }, { &m_org.ben, 5 } }) {
        if (!SmallOrg::log(db, *observer, m_org.ben, m_org.behaviors[0], impact, day))
            return 0;
    }
    Cycle h2 { 0, {}, u"2025 H2"_s, QDate(2025, 7, 1), QDate(2025, 12, 31) };
    auto cycle = CycleRepository(db).add(h2);
    return cycle ? *cycle : 0;
}

void TestProfileView::showCycle(ProfileView& view, Id cycleId)
{
    CycleComboBox* combo = view.cycleComboBox();
    combo->setCurrentIndex(combo->findData(QVariant::fromValue<qlonglong>(cycleId)));
}

QString TestProfileView::exportedText(ProfileView& view, ScriptedDialogs& dialogs, const QString& name)
{
    const QString path = m_file->dir() + u'/' + name + u".pdf"_s;
    dialogs.saveFiles << path;
    view.exportPdf();
    if (!dialogs.errors.isEmpty() || !QFile::exists(path))
        return {};
    return pdfText(path);
}

void TestProfileView::table_showsTheCoresFiguresForEveryCell_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("hr") << int(Role::Hr);
    QTest::newRow("member, own profile") << int(Role::Member);
}

void TestProfileView::table_showsTheCoresFiguresForEveryCell()
{
    QFETCH(int, role);
    Person user = Role(role) == Role::Hr ? m_org.hana : m_org.ben;
    auto session = openAs(user);
    QVERIFY(session);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    // HR's view opens on the whole history, live; anyone else's on the released cycle.
    ProfileOptions options;
    options.readerIsHr = Role(role) == Role::Hr;
    if (!options.readerIsHr)
        options.cycleId = m_cycle;
    auto core = ProfileService(session->database()).personProfile(m_org.ben.id, options);
    PR_VERIFY_OK(core);

    const ProfileTableModel* model = view.tableModel();
    QCOMPARE(model->rowCount(), core->behaviors.size());
    int shownCells = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const BehaviorProfile& b = core->behaviors.at(row);
        QCOMPARE(model->index(row, 0).data().toString(), b.behavior.name);
        const std::pair<int, const GroupStats*> columns[] = { { ProfileTableModel::OthersColumn, &b.others },
            { ProfileTableModel::SelfColumn, &b.group(RaterGroup::Self) },
            { ProfileTableModel::ManagerColumn, &b.group(RaterGroup::Manager) },
            { ProfileTableModel::PeerColumn, &b.group(RaterGroup::Peer) },
            { ProfileTableModel::DirectReportColumn, &b.group(RaterGroup::DirectReport) },
            { ProfileTableModel::OtherColumn, &b.group(RaterGroup::Other) } };
        for (const auto& [column, stats] : columns) {
            const QModelIndex cell = model->index(row, column);
            QCOMPARE(cell.data().toString(), ReportContent::figure(*stats));
            QCOMPARE(cell.data(ProfileTableModel::StateRole).toInt(), int(stats->state));
            if (stats->isShown()) {
                QCOMPARE(cell.data(ProfileTableModel::ValueRole).toDouble(), stats->mean);
                ++shownCells;
            } else {
                QVERIFY(!cell.data(ProfileTableModel::ValueRole).isValid());
            }
        }
    }
    QVERIFY(shownCells >= 5);
    // Hand-computed: behavior 0, others = views of Mia 4, Cleo (5 + 4)/2 = 4.5, Dan 3, Eve 2, Hana 4:
    // 17.5/5 = 3.5, one voice per observer (the mean of the six observations was 22/6); self 5.
    QCOMPARE(model->index(0, ProfileTableModel::OthersColumn).data(ProfileTableModel::ValueRole).toDouble(), 3.5);
    QCOMPARE(model->index(0, ProfileTableModel::SelfColumn).data(ProfileTableModel::ValueRole).toDouble(), 5.0);
}

void TestProfileView::leniencyCorrection_cellsShowTheCorrectedFigureBesideTheRaw()
{
    DatabaseSettings settings;
    settings.leniencyCorrection = true;
    PR_VERIFY_OK(SettingsRepository(m_file->db()).save(settings));
    auto session = openAs(m_org.hana);
    QVERIFY(session);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    const ProfileTableModel* model = view.tableModel();
    // Behavior 0, all others: 3.5; Dan and Eve rated Cleo 3 there, the organisation's mean without Ben:
    // no leniency, so the corrected figure is 3.50 as well, labelled beside the raw one.
    const QString others = model->index(0, ProfileTableModel::OthersColumn).data().toString();
    QVERIFY2(others.startsWith(u"3.50 ("_s) && others.contains(u" · corrected for leniency 3.50 · 5 observers"_s),
        qPrintable(others));
    // Self and a single manager: never corrected.
    QVERIFY(!model->index(0, ProfileTableModel::SelfColumn).data().toString().contains(u"leniency"_s));
    QVERIFY(!model->index(0, ProfileTableModel::ManagerColumn).data().toString().contains(u"leniency"_s));
    // Off again: gone.
    PR_VERIFY_OK(SettingsRepository(session->database()).save(DatabaseSettings {}));
    ProfileView again(*session);
    QVERIFY(again.showPerson(m_org.ben.id));
    QVERIFY(!again.tableModel()->index(0, ProfileTableModel::OthersColumn).data().toString().contains(u"leniency"_s));
}

void TestProfileView::chart_drawsOthersAndSelfAtTheCoresValues()
{
    auto session = openAs(m_org.hana);
    QVERIFY(session);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    view.finishPendingWork();
    const QChart* chart = view.radarView()->chart();
    QVERIFY(chart);
    auto core = ProfileService(session->database()).personProfile(m_org.ben.id);
    PR_VERIFY_OK(core);
    const int axes = int(core->behaviors.size());
    const QList<QPointF> others = pointsOf(chart, u"Others"_s, true);
    const QList<QPointF> self = pointsOf(chart, u"Self"_s, true);
    for (int i = 0; i < axes; ++i) {
        const BehaviorProfile& b = core->behaviors.at(i);
        auto at = [i](const QList<QPointF>& points) {
            return std::find_if(points.cbegin(), points.cend(), [i](const QPointF& p) { return qFuzzyCompare(p.x() + 1, i + 1.0); });
        };
        if (b.others.isShown()) {
            QVERIFY2(at(others) != others.cend(), qPrintable(b.behavior.key));
            QCOMPARE(at(others)->y(), b.others.mean);
        } else {
            QVERIFY(at(others) == others.cend());
        }
        const GroupStats& s = b.group(RaterGroup::Self);
        if (s.isShown())
            QCOMPARE(at(self)->y(), s.mean);
        else
            QVERIFY(at(self) == self.cend());
    }
    // The team average came with the postponed team profile: Ben's team is Platform.
    QVERIFY(!pointsOf(chart, u"Team average"_s).isEmpty());
}

// The impact scale is 1–5: the centre is 1 (not a 0 no rating can be), one ring per whole value,
// and no whisker runs past the outer ring or through the centre.
void TestProfileView::chart_impactScaleStartsAtOne_whiskersInside()
{
    auto session = openAs(m_org.hana);
    QVERIFY(session);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    view.finishPendingWork();
    const QChart* chart = view.radarView()->chart();
    QVERIFY(chart);
    auto* radial = qobject_cast<QValueAxis*>(
        qobject_cast<const QPolarChart*>(chart)->axes(QPolarChart::PolarOrientationRadial).constFirst());
    QVERIFY(radial);
    QCOMPARE(radial->min(), 1.0);
    QCOMPARE(radial->max(), 5.0);
    QCOMPARE(radial->tickCount(), 5);
    QCOMPARE(radial->labelFormat(), u"%.0f"_s);
    int whiskers = 0;
    for (QAbstractSeries* series : chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        if (!line || !line->name().isEmpty() || line->count() != 2 || line->at(0).x() != line->at(1).x())
            continue; // whiskers are the unnamed two-point lines along one axis
        ++whiskers;
        for (const QPointF& p : line->points())
            QVERIFY2(p.y() >= 1.0 && p.y() <= 5.0, qPrintable(u"whisker end at %1"_s.arg(p.y())));
    }
    QVERIFY(whiskers > 0);
}

void TestProfileView::suppressedGroup_isNotDrawnAndSaysHidden()
{
    auto session = openAs(m_org.mia);
    QVERIFY(session);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    view.finishPendingWork();
    const PersonProfile& profile = *view.profile();
    QVERIFY(profile.behaviors.at(1).others.isSuppressed()); // the case under test

    const QChart* chart = view.radarView()->chart();
    const int axes = int(profile.behaviors.size());
    for (const QPointF& p : pointsOf(chart, u"Others"_s)) {
        // Neither a point on axis 1 nor a line through it (segments only join neighbours with values).
        QVERIFY2(!qFuzzyCompare(p.x(), 1.0), "a suppressed figure was drawn");
        QVERIFY(p.y() >= 1.0); // never drawn as zero
    }
    QVERIFY(pointsOf(chart, u"Self"_s, true).size() >= 2); // self is shown on axes 0 and 1
    auto* angular = qobject_cast<QCategoryAxis*>(
        qobject_cast<const QPolarChart*>(chart)->axes(QPolarChart::PolarOrientationAngular).constFirst());
    QVERIFY(angular);
    QCOMPARE(angular->categoriesLabels().size(), axes);
    QVERIFY(angular->categoriesLabels().at(1).contains(u"hidden"_s));
    QVERIFY(!angular->categoriesLabels().at(0).contains(u"hidden"_s));
    QCOMPARE(view.tableModel()->index(1, ProfileTableModel::OthersColumn).data().toString(), u"hidden"_s);
    QCOMPARE(view.figuresModel()->index(1, 1).data().toString(), u"hidden"_s);
    QVERIFY(!view.figuresModel()->index(1, 1).data(RadarFiguresModel::ValueRole).isValid());
    QVERIFY(view.findChild<QLabel*>(u"howToReadLabel"_s)->text().contains(u"hidden"_s));
}

void TestProfileView::frequency_showsObservationsPer30Days()
{
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    view.setMeasure(RadarMeasure::Frequency);
    const PersonProfile& profile = *view.profile();
    const GroupStats& others = profile.behaviors.at(0).others;
    // Six observations by others over the period.
    QCOMPARE(others.observations, 6);
    QCOMPARE(others.per30Days, 6.0 * 30.0 / profile.periodDays());
    QCOMPARE(view.tableModel()->index(0, ProfileTableModel::OthersColumn).data(ProfileTableModel::ValueRole).toDouble(),
        others.per30Days);
    const QList<QPointF> points = pointsOf(view.radarView()->chart(), u"Others"_s, true);
    QVERIFY(std::any_of(points.cbegin(), points.cend(),
        [&](const QPointF& p) { return p.x() == 0 && qFuzzyCompare(p.y(), others.per30Days); }));
    QVERIFY(pointsOf(view.radarView()->chart(), u"Team average"_s).isEmpty()); // a mean, not a frequency
}

void TestProfileView::plainView_showsTheChartsFigures()
{
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    view.finishPendingWork();
    const RadarData& data = view.radarView()->radarData();
    const RadarFiguresModel* plain = view.figuresModel();
    QCOMPARE(plain->rowCount(), data.axes.size());
    QCOMPARE(plain->columnCount(), 1 + data.series.size());
    for (int s = 0; s < data.series.size(); ++s) {
        QCOMPARE(plain->headerData(s + 1, Qt::Horizontal).toString(), data.series.at(s).name);
        for (int a = 0; a < data.axes.size(); ++a) {
            const auto value = data.series.at(s).values.at(a);
            const QVariant shown = plain->index(a, s + 1).data(RadarFiguresModel::ValueRole);
            QCOMPARE(shown.isValid(), value.has_value());
            if (value)
                QCOMPARE(shown.toDouble(), *value);
        }
    }
    // The mean of five observers' views, 3.5 (as in the table test), with its interval.
    QVERIFY(plain->index(0, 1).data().toString().startsWith(u"3.50 (95%: "_s));
}

void TestProfileView::plainView_explainsHowToReadTheTable()
{
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(view.showPerson(m_org.ben.id));
    view.finishPendingWork();
    const auto* howToRead = view.findChild<QLabel*>(u"howToReadLabel"_s);
    auto* plainButton = view.findChild<QPushButton*>(u"plainViewButton"_s);
    QVERIFY(howToRead && plainButton);
    QVERIFY(howToRead->text().contains(u"spoke"_s));

    plainButton->setFocus();
    QTest::keyClick(plainButton, Qt::Key_Space); // the table
    QVERIFY(!howToRead->text().contains(u"spoke"_s));
    QVERIFY(howToRead->text().startsWith(u"Each row is a behavior"_s));
    QVERIFY(howToRead->text().contains(u"“hidden”"_s)); // one of Ben's figures is hidden

    view.setMeasure(RadarMeasure::Frequency);
    QVERIFY(howToRead->text().contains(u"per 30 days"_s));
    QVERIFY(!howToRead->text().contains(u"spoke"_s));

    QTest::keyClick(plainButton, Qt::Key_Space); // the radar again
    QVERIFY(howToRead->text().contains(u"spoke"_s));
}

void TestProfileView::member_cannotChooseAnotherPerson()
{
    auto session = openAs(m_org.ben);
    ProfileView view(*session);
    QCOMPARE(view.currentPersonId(), m_org.ben.id);
    QVERIFY(!view.showPerson(m_org.cleo.id));
    QVERIFY(!view.showPerson(m_org.mia.id));
    QCOMPARE(view.currentPersonId(), m_org.ben.id);
    QCOMPARE(view.profile()->person.id, m_org.ben.id);
    QVERIFY(!view.findChild<QComboBox*>(u"personComboBox"_s));
    QVERIFY(!view.findChild<PersonPicker*>());
    QCOMPARE(view.findChild<QLabel*>(u"personLabel"_s)->text(), m_org.ben.name);
    QVERIFY(!view.findChild<QWidget*>(u"exportAllButton"_s));
}

void TestProfileView::manager_mayChooseReportsAndTeamButNotOthers()
{
    auto session = openAs(m_org.mia);
    ProfileView view(*session);
    auto* combo = view.findChild<QComboBox*>(u"personComboBox"_s);
    QVERIFY(combo);
    QList<Id> offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemData(i).toLongLong();
    QCOMPARE(offered, (QList<Id> { m_org.mia.id, m_org.ben.id, m_org.cleo.id, m_org.dan.id }));
    QVERIFY(!view.showPerson(m_org.eve.id));
    QVERIFY(!view.showPerson(m_org.hana.id));
    QVERIFY(view.showPerson(m_org.dan.id));
    QCOMPARE(view.profile()->person.id, m_org.dan.id);
    combo->setCurrentIndex(1);
    QCOMPARE(view.profile()->person.id, m_org.ben.id);
}

void TestProfileView::notes_matchTheCoreAndShowNoObserverToManager()
{
    auto session = openAs(m_org.mia);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    const QString key = m_org.behaviors[0].key;
    view.showNotes(key);
    auto core = ProfileService(session->database()).notes(*view.profile(), Role::Manager, key);
    PR_VERIFY_OK(core);
    QVERIFY(!core->isEmpty());
    const NotesModel* model = view.notesModel();
    QCOMPARE(model->rowCount(), core->size());
    QCOMPARE(model->columnCount(), int(NotesModel::ObserverColumn)); // no observer column
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(Qt::UserRole).toLongLong(), core->at(row).observationId);
        QCOMPARE(model->index(row, NotesModel::NoteColumn).data().toString(), NotesModel::noteText(core->at(row).note));
        QCOMPARE(model->index(row, NotesModel::GroupColumn).data().toString(), core->at(row).groupLabel);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->index(row, column).data().toString();
            for (const Person* p : { &m_org.cleo, &m_org.dan, &m_org.eve, &m_org.hana })
                QVERIFY2(!text.contains(p->name), qPrintable(text));
        }
    }
    // The note with markup is shown as written (the table draws plain text).
    const QList<ProfileNote>& shown = model->notes();
    QVERIFY(std::none_of(shown.cbegin(), shown.cend(), [](const ProfileNote& n) { return !n.observerName.isEmpty(); }));

    // A click on the radar's first axis lists the same notes.
    view.showNotes(m_org.behaviors[2].key);
    RadarView* radar = view.radarView();
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(radar->chart()->plotArea().width() > 100); // the chart lays itself out after showing
    const QRectF plot = radar->chart()->plotArea();
    const QPoint top = radar->mapFromScene(radar->chart()->mapToScene(QPointF(plot.center().x(), plot.top() + 4)));
    QCOMPARE(radar->axisAt(top), 0);
    QTest::mouseClick(radar->viewport(), Qt::LeftButton, {}, top);
    QCOMPARE(model->rowCount(), core->size());
}

void TestProfileView::notes_showObserverToHr()
{
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    QVERIFY(view.showPerson(m_org.ben.id));
    const QString key = m_org.behaviors[0].key;
    view.showNotes(key);
    auto core = ProfileService(session->database()).notes(*view.profile(), Role::Hr, key);
    PR_VERIFY_OK(core);
    const NotesModel* model = view.notesModel();
    QCOMPARE(model->columnCount(), int(NotesModel::ColumnCount));
    QCOMPARE(model->rowCount(), core->size());
    QStringList observers;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, NotesModel::ObserverColumn).data().toString(), core->at(row).observerName);
        observers << core->at(row).observerName;
    }
    QVERIFY(observers.contains(m_org.mia.name));
}

void TestProfileView::newObservation_refreshesTheProfile()
{
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.showPerson(m_org.ben.id));
    const QChart* chartBefore = view.radarView()->chart();
    QCOMPARE(view.profile()->behaviors.at(2).others.observations, 3);
    Observation o;
    o.subjectId = m_org.ben.id;
    o.behaviorId = m_org.behaviors[2].id;
    o.date = QDate(2026, 3, 30);
    o.impact = 4;
    PR_VERIFY_OK(session->observations().log(o));
    QTRY_COMPARE(view.profile()->behaviors.at(2).others.observations, 4);
    // Hana (who logs) had said 5: her view is now (5 + 4)/2 = 4.5, beside Dan 2 and Eve 3: 9.5/3.
    QCOMPARE(view.profile()->behaviors.at(2).others.observers, 3);
    QCOMPARE(view.tableModel()->index(2, ProfileTableModel::OthersColumn).data(ProfileTableModel::ValueRole).toDouble(),
        9.5 / 3.0);
    QCOMPARE(view.radarView()->chart(), chartBefore); // updated in place, not rebuilt
}

void TestProfileView::models_passTheModelTester()
{
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    QAbstractItemModelTester t1(view.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(view.figuresModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(view.notesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.showPerson(m_org.ben.id));
    view.finishPendingWork();
    view.showNotes(m_org.behaviors[0].key);
    view.setMeasure(RadarMeasure::Frequency);
    QVERIFY(view.showPerson(m_org.cleo.id));
    view.showNotes(m_org.behaviors[1].key);
    QVERIFY(view.showPerson(m_org.eve.id));
}

void TestProfileView::exportPdf_writesTheSummaryOnThePaperOfTheSettings()
{
    auto session = openAs(m_org.mia);
    ProfileView view(*session);
    auto dialogs = std::make_shared<ScriptedDialogs>();
    view.setDialogProvider(dialogs);
    QVERIFY(view.showPerson(m_org.ben.id));
    QSettings().setValue(u"report/paper"_s, u"letter"_s);
    const QString path = m_file->dir() + u"/ben"_s; // the suffix is added
    dialogs->saveFiles << path;
    view.exportPdf();
    QSettings().remove(u"report/paper"_s);
    QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.value(0).message));
    const QByteArray pdf = fileBytes(path + u".pdf"_s);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.contains("/MediaBox [0 0 612.000000 792.000000]")); // US Letter in points
    dialogs->saveFiles << QString(); // cancelled: nothing written, no error
    view.exportPdf();
    QVERIFY(dialogs->errors.isEmpty());
}

void TestProfileView::exportAll_writesOneFilePerPerson()
{
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    auto dialogs = std::make_shared<ScriptedDialogs>();
    view.setDialogProvider(dialogs);
    const QString folder = m_file->dir() + u"/all"_s;
    QVERIFY(QDir().mkpath(folder));
    view.setFolderChooser([folder](QWidget*, const QString&) { return folder; });
    view.exportAll();
    QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.value(0).message));
    QCOMPARE(dialogs->informations.size(), 1);
    QVERIFY(dialogs->informations.constFirst().contains(u"6 personal and 2 team summaries"_s));
    QVERIFY(QFile::exists(folder + u"/Platform/Ben Builder.pdf"_s));
}

void TestProfileView::readerChoice_onlyHrHasIt_startingOnTheLiveFigures()
{
    auto hr = openAs(m_org.hana);
    ProfileView hrView(*hr);
    QVERIFY(hrView.showPerson(m_org.ben.id));
    QVERIFY(hrView.readerChoice());
    QVERIFY(hrView.readerChoice()->readerIsHr());
    QCOMPARE(hrView.profile()->anonymousGroups, AnonymousGroups::Live);
    auto manager = openAs(m_org.mia);
    ProfileView managerView(*manager);
    QVERIFY(!managerView.readerChoice());
    QVERIFY(!managerView.findChild<QComboBox*>(u"readerComboBox"_s));
    QCOMPARE(managerView.profile()->anonymousGroups, AnonymousGroups::Released);
}

// HR previews what the person and their manager read of a cycle HR has not released, and exports
// exactly that: only the self and manager figures, and the line that says why.
void TestProfileView::readerChoice_unreleasedCycle_readersVersionHidesTheAnonymousGroupsOnScreenAndInThePdf()
{
    const Id h2 = addUnreleasedCycle();
    QVERIFY(h2 != 0);
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    auto dialogs = std::make_shared<ScriptedDialogs>();
    view.setDialogProvider(dialogs);
    QVERIFY(view.showPerson(m_org.ben.id));
    showCycle(view, h2);
    const ProfileTableModel* model = view.tableModel();
    const auto value
        = [model](int column) { return model->index(0, column).data(ProfileTableModel::ValueRole); };
    QCOMPARE(view.profile()->anonymousGroups, AnonymousGroups::Live);
    QCOMPARE(value(ProfileTableModel::OthersColumn).toDouble(), 4.25); // (5 + 4 + 4 + 4) / 4
    const QString live = exportedText(view, *dialogs, u"live"_s);
    const QString hrsCopy
        = u"HR's copy: live figures, not for handing out. The cycle \"2025 H2\" is not released"_s;
    QVERIFY2(live.contains(hrsCopy), qPrintable(live.left(600)));
    QVERIFY(live.contains(u"4.25"_s));

    view.readerChoice()->setReaderIsHr(false);
    QCOMPARE(view.profile()->anonymousGroups, AnonymousGroups::Withheld);
    ProfileOptions asReader;
    asReader.cycleId = h2;
    asReader.readerIsHr = false;
    auto core = ProfileService(session->database()).personProfile(m_org.ben.id, asReader);
    PR_VERIFY_OK(core);
    QCOMPARE(model->rowCount(), core->behaviors.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const BehaviorProfile& b = core->behaviors.at(row);
        for (const auto& [column, stats] : { std::pair { ProfileTableModel::OthersColumn, &b.others },
                 { ProfileTableModel::PeerColumn, &b.group(RaterGroup::Peer) },
                 { ProfileTableModel::DirectReportColumn, &b.group(RaterGroup::DirectReport) },
                 { ProfileTableModel::OtherColumn, &b.group(RaterGroup::Other) } }) {
            QVERIFY(!stats->isShown());
            QVERIFY(!model->index(row, column).data(ProfileTableModel::ValueRole).isValid());
            QCOMPARE(model->index(row, column).data().toString(), ReportContent::figure(*stats));
        }
    }
    QCOMPARE(value(ProfileTableModel::ManagerColumn).toDouble(), 4.0); // Mia's own view stays
    QCOMPARE(value(ProfileTableModel::SelfColumn).toDouble(), 5.0);
    const QString why = u"appear when HR releases the cycle \"2025 H2\""_s;
    QVERIFY(view.findChild<QLabel*>(u"howToReadLabel"_s)->text().contains(why));
    const QString reader = exportedText(view, *dialogs, u"reader"_s);
    QVERIFY2(reader.contains(why), qPrintable(reader.left(600)));
    QVERIFY(!reader.contains(u"HR's copy"_s));
    QVERIFY(!reader.contains(u"4.25"_s));
    QVERIFY(!reader.contains(u"4 observers"_s));
    QVERIFY(dialogs->errors.isEmpty());

    // The choice stays while HR moves on to another person or period (this view, this session).
    QVERIFY(view.showPerson(m_org.cleo.id));
    QVERIFY(!view.readerChoice()->readerIsHr());
    QCOMPARE(view.profile()->anonymousGroups, AnonymousGroups::Withheld);
}

// A released cycle that changed since: the live copy says it is HR's; the readers' version is the
// release's, and its notes carry no observer's name.
void TestProfileView::readerChoice_releasedCycle_readersVersionShowsTheReleasedFiguresNotTheLaterOnes()
{
    // Two late observations of behavior 1, which at the release only Cleo had observed (hidden).
    QVERIFY(SmallOrg::log(m_file->db(), m_org.dan, m_org.ben, m_org.behaviors[1], 5, QDate(2026, 5, 4)));
    QVERIFY(SmallOrg::log(m_file->db(), m_org.eve, m_org.ben, m_org.behaviors[1], 5, QDate(2026, 5, 5)));
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    auto dialogs = std::make_shared<ScriptedDialogs>();
    view.setDialogProvider(dialogs);
    QVERIFY(view.showPerson(m_org.ben.id));
    showCycle(view, m_cycle);
    const QModelIndex late = view.tableModel()->index(1, ProfileTableModel::OthersColumn);
    QCOMPARE(view.profile()->behaviors.at(1).others.observers, 3);
    QVERIFY(late.data(ProfileTableModel::ValueRole).isValid());
    const QString live = exportedText(view, *dialogs, u"live"_s);
    QVERIFY2(live.contains(u"HR's copy: live figures, not for handing out. Released on"_s),
        qPrintable(live.left(600)));
    QVERIFY(live.contains(u"2 observation(s) added"_s));

    view.readerChoice()->setReaderIsHr(false);
    QCOMPARE(view.profile()->anonymousGroups, AnonymousGroups::Released);
    QVERIFY(view.profile()->behaviors.at(1).others.isSuppressed());
    QCOMPARE(view.tableModel()->index(1, ProfileTableModel::OthersColumn).data().toString(), u"hidden"_s);
    QCOMPARE(view.profile()->behaviors.at(0).others.observers, 5); // as released
    view.showNotes(m_org.behaviors[0].key);
    QCOMPARE(view.notesModel()->columnCount(), int(NotesModel::ObserverColumn)); // no observer column
    const QString reader = exportedText(view, *dialogs, u"reader"_s);
    QVERIFY2(reader.contains(u"Figures as HR released them on"_s), qPrintable(reader.left(600)));
    QVERIFY(!reader.contains(u"HR's copy"_s));
    QVERIFY(!reader.contains(u"added"_s));
    QVERIFY(dialogs->errors.isEmpty());
}

// Export all is HR's batch for handing out: the readers' summaries, whatever the view shows.
void TestProfileView::exportAll_writesTheReadersSummaries_whileTheViewShowsLiveFigures()
{
    const Id h2 = addUnreleasedCycle();
    QVERIFY(h2 != 0);
    auto session = openAs(m_org.hana);
    ProfileView view(*session);
    auto dialogs = std::make_shared<ScriptedDialogs>();
    view.setDialogProvider(dialogs);
    QVERIFY(view.showPerson(m_org.ben.id));
    showCycle(view, h2);
    QVERIFY(view.readerChoice()->readerIsHr());
    const QModelIndex others = view.tableModel()->index(0, ProfileTableModel::OthersColumn);
    QCOMPARE(others.data(ProfileTableModel::ValueRole).toDouble(), 4.25);
    const QString folder = m_file->dir() + u"/all"_s;
    QVERIFY(QDir().mkpath(folder));
    view.setFolderChooser([folder](QWidget*, const QString&) { return folder; });
    view.exportAll();
    QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.value(0).message));
    QCOMPARE(dialogs->informations.size(), 1);
    QVERIFY2(dialogs->informations.constFirst().contains(u"what each person and their manager may read"_s),
        qPrintable(dialogs->informations.constFirst()));
    const QString ben = pdfText(folder + u"/Platform/Ben Builder.pdf"_s);
    QVERIFY2(ben.contains(u"appear when HR releases the cycle \"2025 H2\""_s), qPrintable(ben.left(600)));
    QVERIFY(!ben.contains(u"HR's copy"_s));
    QVERIFY(!ben.contains(u"4.25"_s));
    const QString team = pdfText(folder + u"/Platform.pdf"_s);
    QVERIFY2(team.contains(u"appear when HR releases the cycle \"2025 H2\""_s), qPrintable(team.left(600)));
    QVERIFY(!team.contains(u"HR's copy"_s));
    QCOMPARE(view.profile()->anonymousGroups, AnonymousGroups::Live); // the view is left as it was
}

// With PEERRADAR_BENCH_FILE set to a large file (e.g. peerradar-cli demo --people 2000
// --observations 1000000) this measures switching person: query, chart update and paint.
void TestProfileView::switchPerson_isFastOnALargeFile()
{
    const QString path = qEnvironmentVariable("PEERRADAR_BENCH_FILE");
    if (path.isEmpty())
        QSKIP("PEERRADAR_BENCH_FILE is not set");
    auto db = Database::open(path);
    PR_VERIFY_OK(db);
    auto people = PeopleRepository(**db).all();
    PR_VERIFY_OK(people);
    Person hr;
    for (const Person& p : *people) {
        if (p.role == Role::Hr)
            hr = p;
    }
    QVERIFY(hr.id != 0);
    Session session(std::move(db).value(), hr);
    ProfileView view(session);
    view.resize(1100, 680);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto measure = [&](bool withTeam) {
        QList<qint64> times;
        for (int i = 0; i < 60; ++i) {
            const Person& p = people->at((i * 37 + (withTeam ? 11 : 0)) % people->size());
            QElapsedTimer timer;
            timer.start();
            view.showPerson(p.id);
            if (withTeam)
                view.finishPendingWork();
            view.repaint();
            times << timer.nsecsElapsed();
            if (!withTeam)
                view.finishPendingWork(); // not timed: the team average follows the first frame
        }
        std::sort(times.begin(), times.end());
        return std::pair { times.at(times.size() / 2) / 1e6, times.at(times.size() * 9 / 10) / 1e6 };
    };
    const auto [first, first90] = measure(false);
    const auto [full, full90] = measure(true);
    qInfo("switch person, first frame (query + chart + paint): median %.1f ms, 90%% %.1f ms", first, first90);
    qInfo("switch person with a new team average: median %.1f ms, 90%% %.1f ms", full, full90);
}

QTEST_MAIN(TestProfileView)
#include "tst_profile_view.moc"
