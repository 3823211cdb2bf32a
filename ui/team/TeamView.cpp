#include "team/TeamView.h"

#include "app/Session.h"
#include "charts/RadarChart.h"
#include "common/DeferredRefresh.h"
#include "common/DialogProvider.h"
#include "common/FlowLayout.h"
#include "common/MessageBar.h"
#include "common/SearchableComboBox.h"
#include "common/WrappingHeaderView.h"
#include "domain/Rules.h"
#include "observations/ObservationStore.h"
#include "profile/BarDelegate.h"
#include "profile/CycleComboBox.h"
#include "profile/RadarFiguresModel.h"
#include "profile/RadarView.h"
#include "profile/ReaderChoice.h"
#include "profile/ReportActions.h"
#include "profile/ReportTableModel.h"
#include "report/ReportContent.h"
#include "storage/PeopleRepository.h"
#include "team/HeatmapModel.h"
#include "team/NetworkWidget.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peerradar {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

TeamView::TeamView(Session& session, QWidget* parent) : QWidget(parent), m_session(session), m_service(session.database())
{
    setObjectName(QStringLiteral("teamView"));
    buildLayout();
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    const ObservationStore& store = session.observations();
    connect(&store, &ObservationStore::added, m_deferred, &DeferredRefresh::request);
    connect(&store, &ObservationStore::changed, m_deferred, &DeferredRefresh::request);
    connect(&store, &ObservationStore::removed, m_deferred, &DeferredRefresh::request);
    connect(&store, &ObservationStore::reset, this, [this] {
        m_cycle->reload();
        reloadTeams();
        m_deferred->request();
    });
    // HR's settings (the anonymity thresholds, the leniency correction) change the figures too.
    connect(&session, &Session::organisationChanged, m_deferred, &DeferredRefresh::request);
    reloadTeams();
    // Computing a team costs one profile per member: wait until the tab is first shown.
    m_deferred->markStale();
}

TeamView::~TeamView() = default;

void TeamView::buildLayout()
{
    m_messages = new MessageBar(this);
    auto* teamLabel = new QLabel(tr("Te&am:"), this);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamComboBox"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    makeSearchable(m_team, tr("Team"));
    teamLabel->setBuddy(m_team);
    connect(m_team, &QComboBox::currentIndexChanged, this, &TeamView::refresh);
    auto* cycleLabel = new QLabel(tr("C&ycle:"), this);
    m_cycle = new CycleComboBox(m_session.database(), m_session.isHr(), this);
    m_cycle->setObjectName(QStringLiteral("teamCycleComboBox"));
    cycleLabel->setBuddy(m_cycle);
    connect(m_cycle, &QComboBox::currentIndexChanged, this, &TeamView::refresh);
    if (m_session.isHr()) { // a manager reads as a reader, always
        m_readers = new ReaderChoice(tr("As the team's manager reads them"), this);
        connect(m_readers, &ReaderChoice::changed, this, &TeamView::refresh);
    }
    m_plainButton = new QPushButton(tr("Show as ta&ble"), this);
    m_plainButton->setObjectName(QStringLiteral("teamPlainViewButton"));
    m_plainButton->setCheckable(true);
    m_exportButton = new QPushButton(tr("E&xport PDF…"), this);
    m_exportButton->setObjectName(QStringLiteral("teamExportPdfButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &TeamView::exportPdf);
    m_printButton = new QPushButton(tr("Pr&int…"), this);
    m_printButton->setObjectName(QStringLiteral("teamPrintButton"));
    connect(m_printButton, &QPushButton::clicked, this, &TeamView::print);

    auto* bar = new FlowLayout; // wraps rather than widening the window (German)
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addSpacing(12);
    bar->addWidget(cycleLabel);
    bar->addWidget(m_cycle);
    if (m_readers) {
        bar->addSpacing(12);
        bar->addWidget(m_readers);
    }
    bar->addWidget(m_plainButton);
    bar->addStretch(1);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_printButton);

    m_howToRead = plainLabel(QStringLiteral("teamHowToReadLabel"), this);
    updateHowToRead();
    m_radar = new RadarView(this);
    m_radar->setObjectName(QStringLiteral("teamRadarView"));
    m_radar->setAccessibleName(tr("Team radar chart"));
    m_figures = new RadarFiguresModel(this);
    m_figuresView = makeTable(m_figures, QStringLiteral("teamFiguresTable"), tr("Team radar figures as a table"), this);
    m_figuresView->setItemDelegate(new BarDelegate(m_figuresView));
    m_figuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chartStack = new QStackedWidget(this);
    m_chartStack->addWidget(m_radar);
    m_chartStack->addWidget(m_figuresView);
    connect(m_plainButton, &QPushButton::toggled, this, [this](bool plain) {
        m_chartStack->setCurrentWidget(plain ? static_cast<QWidget*>(m_figuresView) : m_radar);
        m_plainButton->setText(plain ? tr("Show as ra&dar") : tr("Show as ta&ble"));
        updateHowToRead();
    });
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_howToRead);
    leftLayout->addWidget(m_chartStack, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_tabs->setAccessibleName(tr("Team details"));
    m_heatmap = new HeatmapModel(this);
    m_heatmapProxy = new QSortFilterProxyModel(this);
    m_heatmapProxy->setSourceModel(m_heatmap);
    m_heatmapProxy->setSortRole(HeatmapModel::SortRole);
    m_heatmapProxy->setSortLocaleAware(true);
    auto* heatmapView = makeTable(m_heatmapProxy, QStringLiteral("heatmapTable"), tr("Heatmap: members by behavior"), this);
    // Behavior names are longer than their figures: wrap them, each column as wide as its longest word.
    heatmapView->setHorizontalHeader(new WrappingHeaderView(heatmapView));
    heatmapView->setSortingEnabled(true);
    heatmapView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_heatmap, &QAbstractItemModel::modelReset, heatmapView,
        [heatmapView] { heatmapView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents); });
    heatmapView->sortByColumn(0, Qt::AscendingOrder);
    m_tabs->addTab(heatmapView, tr("Heatmap"));

    auto* networkPage = new QWidget(this);
    auto* networkLayout = new QVBoxLayout(networkPage);
    m_leaders = plainLabel(QStringLiteral("leadersLabel"), networkPage);
    m_leaders->setAccessibleName(tr("Informal leaders"));
    m_network = new NetworkWidget(networkPage);
    m_network->setObjectName(QStringLiteral("networkWidget"));
    auto* networkHelp = plainLabel(QStringLiteral("networkHelp"), networkPage);
    networkHelp->setText(tr("An arrow points from the person seen influencing to the one who saw it; thicker means "
                            "more often. Informal leaders are drawn in orange."));
    networkLayout->addWidget(m_leaders);
    networkLayout->addWidget(m_network, 1);
    networkLayout->addWidget(networkHelp);
    m_tabs->addTab(networkPage, tr("Influence network"));

    auto* coveragePage = new QWidget(this);
    auto* coverageLayout = new QVBoxLayout(coveragePage);
    m_coverage = plainLabel(QStringLiteral("coverageLabel"), coveragePage);
    m_coverage->setAccessibleName(tr("Coverage"));
    m_members = new ReportTableModel(this);
    auto* memberView = makeTable(m_members, QStringLiteral("memberTable"), tr("Members"), coveragePage);
    coverageLayout->addWidget(m_coverage);
    coverageLayout->addWidget(memberView, 1);
    m_tabs->addTab(coveragePage, tr("Coverage and members"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_body = split;
    m_noPeriod = CycleComboBox::makeNoPeriodLabel(QStringLiteral("teamNoPeriodLabel"), this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(bar);
    layout->addWidget(m_noPeriod);
    layout->addWidget(split, 1);
    QList<QWidget*> order { m_team, m_cycle, m_readers ? m_readers->comboBox() : nullptr, m_plainButton,
        m_exportButton, m_printButton, m_figuresView, m_tabs };
    order.removeAll(nullptr);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QList<Team> TeamView::visibleTeams(Database& db, const Person& user)
{
    auto teams = PeopleRepository(db).teams();
    if (!teams)
        return {};
    QList<Team> result;
    for (const Team& team : *teams) {
        if (mayReadTeam(user, team)) // domain/Rules: the rule the README's table of rights states
            result << team;
    }
    return result;
}

void TeamView::reloadTeams()
{
    const Id previous = currentTeamId();
    {
        const QSignalBlocker block(m_team);
        m_team->clear();
        for (const Team& team : visibleTeams(m_session.database(), m_session.user()))
            m_team->addItem(team.name, QVariant::fromValue<qlonglong>(team.id));
        const int index = m_team->findData(QVariant::fromValue<qlonglong>(previous));
        m_team->setCurrentIndex(index >= 0 ? index : 0);
    }
    const bool any = m_team->count() > 0;
    m_exportButton->setEnabled(any && m_cycle->hasPeriod());
    m_printButton->setEnabled(any && m_cycle->hasPeriod());
    if (!any)
        m_messages->showInformation(tr("You manage no team yet. HR can make you the manager of a team."));
}

Id TeamView::currentTeamId() const
{
    return m_team->currentIndex() >= 0 ? m_team->currentData().toLongLong() : 0;
}

bool TeamView::showTeam(Id teamId)
{
    const int index = m_team->findData(QVariant::fromValue<qlonglong>(teamId));
    if (index < 0)
        return false;
    if (index == m_team->currentIndex())
        refresh();
    else
        m_team->setCurrentIndex(index); // refreshes
    return true;
}

void TeamView::setDialogProvider(std::shared_ptr<DialogProvider> dialogs)
{
    m_dialogs = std::move(dialogs);
}

DialogProvider& TeamView::dialogs()
{
    if (!m_dialogs)
        m_dialogs = std::make_shared<WidgetDialogProvider>();
    return *m_dialogs;
}

void TeamView::refresh()
{
    m_deferred->clear();
    const bool readable = m_cycle->hasPeriod();
    m_noPeriod->setVisible(!readable);
    m_body->setVisible(readable);
    m_plainButton->setEnabled(readable);
    m_exportButton->setEnabled(readable && m_team->count() > 0);
    m_printButton->setEnabled(readable && m_team->count() > 0);
    if (!readable) { // no figures at all, not even the whole history's
        m_profile.reset();
        return;
    }
    const Id teamId = currentTeamId();
    if (teamId == 0)
        return;
    auto profile = m_service.teamProfile(teamId, options());
    if (!profile) {
        m_messages->showError(profile.error());
        return;
    }
    m_messages->clear();
    m_profile = std::move(profile).value();
    const TeamProfile& team = *m_profile;

    const RadarData radar = teamRadarData(team);
    m_radar->setRadarData(radar);
    QStringList names;
    for (const TeamRadarAxis& axis : team.radar)
        names << axis.name;
    // The corrected team mean is a column of the table, beside the figure it corrects, not a line of the
    // radar: two lines a few hundredths apart would only blur each other.
    RadarData figures = radar;
    if (team.settings.leniencyCorrection) {
        RadarSeries adjusted { tr("Corrected for leniency"), {}, {}, radar.series.value(0).color, true };
        for (const TeamRadarAxis& axis : team.radar) {
            adjusted.values << axis.adjustedMean;
            adjusted.intervals << std::nullopt;
        }
        figures.series << adjusted;
    }
    m_figures->setFigures(names, figures);
    updateHowToRead();
    m_heatmap->setTeam(team);
    m_network->setTeam(team);

    const TeamReport report = ReportContent::team(team, QDate::currentDate());
    m_leaders->setText(report.informalLeaders.join(u'\n'));
    m_coverage->setText(report.coverage.join(u'\n'));
    m_members->setTable(report.memberTable);
}

void TeamView::updateHowToRead()
{
    const bool corrected = m_profile && m_profile->settings.leniencyCorrection;
    QString text = m_plainButton && m_plainButton->isChecked()
        ? tr("Each row is a behavior. \"Team mean\" is the mean of the members' own means as others saw "
             "them (everyone weighs the same, self-ratings left out; within a member's mean each observer "
             "counts once), \"Team median\" their median; the bar shows the figure on the scale 1–5. "
             "Members whose figure is hidden are left out; \"–\": no member's figure is shown.")
        : tr("Each spoke is a behavior: the solid line is the mean of the members' own means as others "
             "saw them (everyone weighs the same, self-ratings left out; within a member's mean each "
             "observer counts once), the dashed line the median. Members whose figure is hidden are "
             "left out.");
    if (corrected)
        text += u' '
            + (m_plainButton && m_plainButton->isChecked()
                    ? tr("\"Corrected for leniency\": the team mean with each observer's habit of rating high or "
                         "low removed.")
                    : tr("The table (Show as table) also gives the team mean corrected for leniency: the mean of the "
                         "members' means with each observer's habit of rating high or low removed."));
    if (m_profile) {
        if (const QString release
            = ReportContent::teamReleaseLine(m_profile->anonymousGroups, m_profile->cycle, m_profile->release);
            !release.isEmpty())
            text += u' ' + release;
    }
    m_howToRead->setText(text);
}

QString TeamView::leadersText() const
{
    return m_leaders->text();
}

QString TeamView::coverageText() const
{
    return m_coverage->text();
}

ProfileOptions TeamView::options() const
{
    ProfileOptions o;
    o.cycleId = m_cycle->cycleId();
    // HR reads live figures or previews the manager's (ReaderChoice); a manager reads as a reader.
    o.readerIsHr = m_readers && m_readers->readerIsHr();
    return o;
}

void TeamView::exportPdf()
{
    if (currentTeamId() != 0 && m_cycle->hasPeriod()
        && ReportActions::exportTeam(this, dialogs(), m_session, currentTeamId(), options()))
        m_messages->showInformation(tr("The team summary was exported."));
}

void TeamView::print()
{
    if (currentTeamId() != 0 && m_cycle->hasPeriod())
        ReportActions::printTeam(this, dialogs(), m_session, currentTeamId(), options());
}

} // namespace peerradar
