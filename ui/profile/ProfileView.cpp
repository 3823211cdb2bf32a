#include "profile/ProfileView.h"

#include "app/Session.h"
#include "common/DeferredRefresh.h"
#include "common/DialogProvider.h"
#include "common/FlowLayout.h"
#include "common/MessageBar.h"
#include "observations/ObservationStore.h"
#include "profile/BarDelegate.h"
#include "profile/CycleComboBox.h"
#include "profile/FindingsPanel.h"
#include "profile/NotesModel.h"
#include "profile/PersonChooser.h"
#include "profile/ProfileTableModel.h"
#include "profile/RadarFiguresModel.h"
#include "profile/RadarView.h"
#include "profile/ReaderChoice.h"
#include "profile/ReportTableModel.h"
#include "report/ReportContent.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace peerradar {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(true);
    return view;
}

} // namespace

ProfileView::ProfileView(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_service(session.database()), m_teams(session.database())
{
    setObjectName(QStringLiteral("profileView"));
    buildLayout();
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });

    const ObservationStore& store = session.observations();
    connect(&store, &ObservationStore::added, this, &ProfileView::onDataChanged);
    connect(&store, &ObservationStore::changed, this, &ProfileView::onDataChanged);
    connect(&store, &ObservationStore::removed, this, &ProfileView::onDataChanged);
    connect(&store, &ObservationStore::reset, this, [this] {
        m_cycle->reload();
        m_chooser->reload();
        onDataChanged();
    });
    // HR's settings (the anonymity thresholds, the leniency correction) change the figures too.
    connect(&session, &Session::organisationChanged, this, &ProfileView::onDataChanged);
    refresh();
}

ProfileView::~ProfileView() = default;

void ProfileView::buildLayout()
{
    m_messages = new MessageBar(this);

    auto* personLabel = new QLabel(tr("Pe&rson:"), this);
    m_chooser = new PersonChooser(m_session.database(), m_session.user(), this);
    if (QWidget* control = m_chooser->focusControl())
        personLabel->setBuddy(control);
    else
        personLabel->setText(tr("Person:"));
    connect(m_chooser, &PersonChooser::personChosen, this, [this] { refresh(); });

    auto* cycleLabel = new QLabel(tr("C&ycle:"), this);
    m_cycle = new CycleComboBox(m_session.database(), m_session.isHr(), this);
    m_cycle->setObjectName(QStringLiteral("cycleComboBox"));
    cycleLabel->setBuddy(m_cycle);
    connect(m_cycle, &QComboBox::currentIndexChanged, this, [this] {
        m_teamCache.clear();
        refresh();
    });

    if (m_session.isHr()) { // anyone else reads as a reader, always
        m_readers = new ReaderChoice(tr("As the person and their manager read them"), this);
        connect(m_readers, &ReaderChoice::changed, this, [this] {
            m_teamCache.clear();
            refresh();
        });
    }

    auto* measureLabel = new QLabel(tr("&Measure:"), this);
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("measureComboBox"));
    m_measure->addItem(tr("Mean impact"), int(RadarMeasure::MeanImpact));
    m_measure->addItem(tr("Frequency"), int(RadarMeasure::Frequency));
    measureLabel->setBuddy(m_measure);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_table->setMeasure(RadarMeasure(m_measure->currentData().toInt()));
        updateChart();
    });

    m_plainButton = new QPushButton(tr("Show as ta&ble"), this);
    m_plainButton->setObjectName(QStringLiteral("plainViewButton"));
    m_plainButton->setCheckable(true);
    m_plainButton->setToolTip(tr("The same figures as a table with bars instead of a radar chart."));

    auto* exportButton = new QPushButton(tr("E&xport PDF…"), this);
    m_exportButton = exportButton;
    exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    connect(exportButton, &QPushButton::clicked, this, &ProfileView::exportPdf);
    auto* printButton = new QPushButton(tr("Pr&int…"), this);
    m_printButton = printButton;
    printButton->setObjectName(QStringLiteral("printButton"));
    connect(printButton, &QPushButton::clicked, this, &ProfileView::print);

    auto* bar = new FlowLayout; // wraps rather than widening the window (German)
    bar->addWidget(personLabel);
    bar->addWidget(m_chooser);
    bar->addSpacing(12);
    bar->addWidget(cycleLabel);
    bar->addWidget(m_cycle);
    if (m_readers) {
        bar->addSpacing(12);
        bar->addWidget(m_readers);
    }
    bar->addSpacing(12);
    bar->addWidget(measureLabel);
    bar->addWidget(m_measure);
    bar->addWidget(m_plainButton);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    bar->addWidget(printButton);
    QPushButton* allButton = nullptr;
    if (m_session.isHr()) {
        allButton = new QPushButton(tr("Export all &summaries…"), this);
        allButton->setObjectName(QStringLiteral("exportAllButton"));
        allButton->setToolTip(tr("Writes everyone's summaries as each person and their manager read them, "
                                 "whichever figures this view shows."));
        connect(allButton, &QPushButton::clicked, this, &ProfileView::exportAll);
        bar->addWidget(allButton);
    }

    // Left: the radar or its plain table, under one line on how to read it.
    m_howToRead = new QLabel(this);
    m_howToRead->setObjectName(QStringLiteral("howToReadLabel"));
    m_howToRead->setTextFormat(Qt::PlainText);
    m_howToRead->setWordWrap(true);
    m_radar = new RadarView(this);
    m_radar->setObjectName(QStringLiteral("radarView"));
    m_radar->setAccessibleName(tr("Radar chart"));
    m_figures = new RadarFiguresModel(this);
    m_figuresView = makeTable(m_figures, QStringLiteral("figuresTable"), tr("Radar figures as a table"), this);
    m_figuresView->setItemDelegate(new BarDelegate(m_figuresView));
    m_figuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chartStack = new QStackedWidget(this);
    m_chartStack->addWidget(m_radar);
    m_chartStack->addWidget(m_figuresView);
    connect(m_plainButton, &QPushButton::toggled, this, [this](bool plain) {
        m_chartStack->setCurrentWidget(plain ? static_cast<QWidget*>(m_figuresView) : m_radar);
        m_plainButton->setText(plain ? tr("Show as ra&dar") : tr("Show as ta&ble"));
        updateChart(); // the line on how to read it
    });
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_howToRead);
    leftLayout->addWidget(m_chartStack, 1);

    // Right: the figures by rater group above the findings, trend and notes.
    auto* tableTitle = new QLabel(tr("Figures by rater gro&up (select a behavior to list its notes):"), this);
    m_table = new ProfileTableModel(this);
    m_tableView = makeTable(m_table, QStringLiteral("groupTable"), tr("Figures by rater group"), this);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    tableTitle->setBuddy(m_tableView);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                showNotes(current.data(ProfileTableModel::BehaviorKeyRole).toString());
        });
    connect(m_tableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        showNotes(index.data(ProfileTableModel::BehaviorKeyRole).toString());
        m_details->setCurrentWidget(m_notesView->parentWidget());
    });
    connect(m_radar, &RadarView::axisClicked, this, [this](int axis) {
        if (!m_profile || axis >= m_profile->behaviors.size())
            return;
        m_tableView->selectRow(axis); // lists the notes through the selection
        showNotes(m_profile->behaviors.at(axis).behavior.key);
        m_details->setCurrentWidget(m_notesView->parentWidget());
    });

    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("profileDetailsTabs"));
    m_details->setAccessibleName(tr("Profile details"));
    m_findings = new FindingsPanel(this);
    auto* findingsScroll = new QScrollArea(this);
    findingsScroll->setWidget(m_findings);
    findingsScroll->setWidgetResizable(true);
    findingsScroll->setFrameShape(QFrame::NoFrame);
    findingsScroll->setFocusPolicy(Qt::NoFocus); // a frame: the findings in it take the focus
    m_details->addTab(findingsScroll, tr("Findings"));

    auto* trendPage = new QWidget(this);
    auto* trendLayout = new QVBoxLayout(trendPage);
    m_trendTitle = new QLabel(trendPage);
    m_trendTitle->setTextFormat(Qt::PlainText);
    m_trendTitle->setWordWrap(true);
    m_trend = new ReportTableModel(this);
    auto* trendView = makeTable(m_trend, QStringLiteral("trendTable"), tr("Trend against the previous cycle"), trendPage);
    trendLayout->addWidget(m_trendTitle);
    trendLayout->addWidget(trendView, 1);
    m_details->addTab(trendPage, tr("Trend"));

    auto* notesPage = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesPage);
    m_notesTitle = new QLabel(notesPage);
    m_notesTitle->setObjectName(QStringLiteral("notesTitle"));
    m_notesTitle->setTextFormat(Qt::PlainText);
    m_notesTitle->setWordWrap(true);
    m_notes = new NotesModel(this);
    m_notesView = makeTable(m_notes, QStringLiteral("notesTable"), tr("Notes"), notesPage);
    m_notesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    notesLayout->addWidget(m_notesTitle);
    notesLayout->addWidget(m_notesView, 1);
    m_details->addTab(notesPage, tr("Notes"));

    // Above: the chart beside the findings, trend and notes; below, full width, the figures by
    // rater group (eight columns need the whole width to stay on one line each).
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(m_details);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(tableTitle);
    tableLayout->addWidget(m_tableView);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("profileSplitter"));
    m_body = split;
    m_noPeriod = CycleComboBox::makeNoPeriodLabel(QStringLiteral("noPeriodLabel"), this);
    split->addWidget(top);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(bar);
    layout->addWidget(m_noPeriod);
    layout->addWidget(split, 1);
    // Reading order: the bar, then the chart's table beside the details, then the figures below.
    QList<QWidget*> order { m_chooser->focusControl() ? m_chooser->focusControl() : m_cycle, m_cycle,
        m_readers ? m_readers->comboBox() : nullptr, m_measure, m_plainButton, exportButton, printButton, allButton,
        m_figuresView, m_details, m_tableView };
    order.removeAll(nullptr);
    for (qsizetype i = 1; i < order.size(); ++i)
        if (order.at(i - 1) != order.at(i))
            setTabOrder(order.at(i - 1), order.at(i));
}

void ProfileView::setDialogProvider(std::shared_ptr<DialogProvider> dialogs)
{
    m_dialogs = std::move(dialogs);
}

DialogProvider& ProfileView::dialogs()
{
    if (!m_dialogs)
        m_dialogs = std::make_shared<WidgetDialogProvider>();
    return *m_dialogs;
}

Id ProfileView::currentPersonId() const
{
    return m_chooser->currentPersonId();
}

bool ProfileView::showPerson(Id personId)
{
    if (personId == currentPersonId())
        return true;
    return m_chooser->setCurrentPerson(personId); // refreshes through personChosen
}

ProfileOptions ProfileView::options() const
{
    ProfileOptions o;
    o.cycleId = m_cycle->cycleId();
    // HR reads live figures or previews the readers' (ReaderChoice); anyone else reads as a reader.
    o.readerIsHr = m_readers && m_readers->readerIsHr();
    return o;
}

void ProfileView::setMeasure(RadarMeasure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

void ProfileView::onDataChanged()
{
    m_teamCache.clear();
    m_deferred->request();
}

void ProfileView::refresh()
{
    m_deferred->clear();
    const bool readable = m_cycle->hasPeriod();
    m_noPeriod->setVisible(!readable);
    m_body->setVisible(readable);
    for (QWidget* control : std::initializer_list<QWidget*> { m_measure, m_plainButton, m_exportButton, m_printButton })
        control->setEnabled(readable);
    if (!readable) { // no figures at all, not even the whole history's
        m_profile.reset();
        m_messages->clear();
        return;
    }
    auto profile = m_service.personProfile(currentPersonId(), options());
    if (!profile) {
        m_messages->showError(profile.error());
        return;
    }
    m_messages->clear();
    m_profile = std::move(profile).value();
    m_table->setProfile(*m_profile);
    // Room for every behavior (up to eight) without scrolling.
    const int rows = std::min(8, m_table->rowCount());
    m_tableView->setMinimumHeight(m_tableView->horizontalHeader()->sizeHint().height()
        + rows * m_tableView->verticalHeader()->defaultSectionSize() + 2 * m_tableView->frameWidth()
        + m_tableView->horizontalScrollBar()->sizeHint().height());

    const PersonReport report = ReportContent::person(*m_profile, {}, QDate::currentDate());
    m_findings->setReport(report);
    m_trendTitle->setText(report.trendTitle.isEmpty() ? tr("No previous cycle to compare with.") : report.trendTitle);
    m_trend->setTable(report.trendTable);

    updateChart();
    if (!m_notesBehavior.isEmpty())
        showNotes(m_notesBehavior);
    else
        m_notesTitle->setText(tr("Click a spoke of the radar, or choose a behavior in the table, to read its notes."));
    if (m_profile->person.teamId != 0 && !cachedTeam() && !m_teamPending) {
        // The team average costs one profile per member: draw the person first, add it next.
        m_teamPending = true;
        QTimer::singleShot(0, this, &ProfileView::loadTeamAverage);
    }
}

const TeamProfile* ProfileView::cachedTeam() const
{
    if (!m_profile || m_profile->person.teamId == 0)
        return nullptr;
    const auto it = m_teamCache.constFind(m_profile->person.teamId);
    return it == m_teamCache.constEnd() ? nullptr : it->get();
}

void ProfileView::loadTeamAverage()
{
    m_teamPending = false;
    if (!m_profile || m_profile->person.teamId == 0 || cachedTeam())
        return;
    auto team = m_teams.teamProfile(m_profile->person.teamId, options());
    if (!team) {
        // Denied: a server login that may not read the team (a member); the chart goes without the
        // team average rather than showing a refusal at every refresh.
        if (team.error().code != ErrorCode::Denied)
            m_messages->showError(team.error());
        return;
    }
    m_teamCache.insert(m_profile->person.teamId, std::make_shared<TeamProfile>(std::move(team).value()));
    updateChart();
}

void ProfileView::finishPendingWork()
{
    m_deferred->flush();
    if (m_teamPending)
        loadTeamAverage();
}

void ProfileView::updateChart()
{
    if (!m_profile)
        return;
    const auto measure = RadarMeasure(m_measure->currentData().toInt());
    const RadarData radar = personRadarData(*m_profile, cachedTeam(), measure);
    m_radar->setRadarData(radar);

    QStringList names;
    for (const BehaviorProfile& b : m_profile->behaviors)
        names << b.behavior.name;
    const PersonProfile& profile = *m_profile;
    m_figures->setFigures(names, radar, [&profile](int series, int axis) {
        // Series 0 is "others" (RadarChart.h): say why it has no value.
        const BehaviorProfile& b = profile.behaviors.at(axis);
        const GroupStats& stats = series == 0 ? b.others : b.group(RaterGroup::Self);
        if (series <= 1 && stats.isSuppressed())
            return tr("hidden");
        return QStringLiteral("–");
    });

    const bool someHidden = std::any_of(
        profile.behaviors.cbegin(), profile.behaviors.cend(), [](const BehaviorProfile& b) { return b.others.isSuppressed(); });
    // The table shown instead of the radar is read by rows and columns, not by spokes.
    const bool table = m_plainButton->isChecked();
    const bool impact = measure == RadarMeasure::MeanImpact;
    QString line = table
        ? (impact ? tr("Each row is a behavior; the columns are others, the self-rating and the team "
                       "average. A figure is the mean impact seen (1 = small, 5 = large) with its 95% "
                       "range in brackets; the bar shows it. To read a behavior's notes, select it in "
                       "the figures by rater group below.")
                  : tr("Each row is a behavior; the columns are others and self. A figure is how often "
                       "it was observed per 30 days; the bar shows it. To read a behavior's notes, "
                       "select it in the figures by rater group below."))
        : impact
        ? tr("Each spoke is a behavior: the further out, the stronger the impact others saw (1–5). Blue: others, "
             "orange: self-rating, grey dashes: team average; whiskers: 95% range. Click a spoke to read its notes.")
        : tr("Each spoke is a behavior: the further out, the more often it was observed (per 30 days). Blue: "
             "others, orange: self. Click a spoke to read its notes.");
    if (someHidden)
        line += u' '
            + (table ? tr("“hidden” means that fewer than %n different people observed it.", nullptr,
                   profile.settings.k)
                     : tr("A gap in the line means the figure is hidden: fewer than %n different people observed it.",
                         nullptr, profile.settings.k));
    // Released cycles: where the peers' and others' figures come from, or why they are not shown.
    if (const QString release = ReportContent::releaseLine(
            profile.anonymousGroups, profile.cycle, profile.release, profile.changesSinceRelease);
        !release.isEmpty())
        line += u' ' + release;
    m_howToRead->setText(line);
}

void ProfileView::showNotes(const QString& behaviorKey)
{
    m_notesBehavior = behaviorKey;
    if (!m_profile)
        return;
    const BehaviorProfile* b = m_profile->behavior(behaviorKey);
    if (!b) {
        m_notes->setNotes({}, {}, false);
        return;
    }
    // The readers' figures come with the readers' notes: without the observer, as HR would hand them out.
    const bool asHr = options().readerIsHr;
    auto notes = m_service.notes(*m_profile, asHr ? Role::Hr : Role::Member, behaviorKey);
    if (!notes) {
        m_messages->showError(notes.error());
        return;
    }
    QHash<QString, QString> names;
    for (const BehaviorProfile& behavior : m_profile->behaviors)
        names.insert(behavior.behavior.key, behavior.behavior.name);
    m_notes->setNotes(*notes, names, asHr);
    // One behavior at a time: its name is in the title; the note gets the width.
    QHeaderView* header = m_notesView->horizontalHeader();
    m_notesView->setColumnHidden(NotesModel::BehaviorColumn, true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NotesModel::NoteColumn, QHeaderView::Stretch);
    if (m_notes->columnCount() > NotesModel::ObserverColumn)
        header->moveSection(header->visualIndex(NotesModel::ObserverColumn), NotesModel::GroupColumn + 1);
    m_notesTitle->setText(notes->isEmpty()
            ? tr("No notes to show for %1. Notes of a group appear only when at least %n different people in it "
                 "wrote them.",
                nullptr, m_profile->settings.kNotes)
                  .arg(b->behavior.name)
            : tr("Notes for %1, newest first:").arg(b->behavior.name));
}

void ProfileView::exportPdf()
{
    if (!m_cycle->hasPeriod())
        return;
    if (ReportActions::exportPerson(this, dialogs(), m_session, currentPersonId(), options()))
        m_messages->showInformation(tr("The summary was exported."));
}

void ProfileView::print()
{
    if (!m_cycle->hasPeriod())
        return;
    ReportActions::printPerson(this, dialogs(), m_session, currentPersonId(), options());
}

void ProfileView::exportAll()
{
    ReportActions::exportAll(this, dialogs(), m_session, options(), m_chooseFolder);
}

} // namespace peerradar
