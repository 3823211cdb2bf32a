#pragma once

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"
#include "charts/RadarChart.h"
#include "profile/ReportActions.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace peerradar {

class CycleComboBox;
class DeferredRefresh;
class DialogProvider;
class FindingsPanel;
class MessageBar;
class NotesModel;
class PersonChooser;
class ProfileTableModel;
class RadarFiguresModel;
class RadarView;
class ReaderChoice;
class ReportTableModel;
class Session;

// A person's profile (issue 3 item 4): the radar (others vs self vs team average) or its plain
// table, the figures by rater group, the findings, the trend and the notes behind a behavior.
// Keeps one ProfileService while browsing and updates the chart in place when the person changes.
class ProfileView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileView(Session& session, QWidget* parent = nullptr);
    ~ProfileView() override;

    // The dialogs for export and errors (the program's seam); the real ones when never set.
    void setDialogProvider(std::shared_ptr<DialogProvider> dialogs);
    void setFolderChooser(ReportActions::FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    // Shows `personId` if the user may see them (a member: only themself). False otherwise.
    bool showPerson(Id personId);
    Id currentPersonId() const;
    const std::optional<PersonProfile>& profile() const { return m_profile; }
    void setMeasure(RadarMeasure measure);
    // Lists the notes behind one behavior (as a click on its axis does).
    void showNotes(const QString& behaviorKey);
    // Computes what a refresh postponed (the team average): tests and benchmarks call it.
    void finishPendingWork();

    RadarView* radarView() const { return m_radar; }
    ProfileTableModel* tableModel() const { return m_table; }
    RadarFiguresModel* figuresModel() const { return m_figures; }
    NotesModel* notesModel() const { return m_notes; }
    PersonChooser* chooser() const { return m_chooser; }
    CycleComboBox* cycleComboBox() const { return m_cycle; }
    ReaderChoice* readerChoice() const { return m_readers; } // null for anyone but HR

    void exportPdf();
    void print();
    void exportAll();

protected:

private:
    void buildLayout();
    void refresh(); // the current person again (the data or the cycle changed)
    void updateChart();
    void loadTeamAverage();
    void onDataChanged();
    const TeamProfile* cachedTeam() const;
    ProfileOptions options() const;
    DialogProvider& dialogs();

    Session& m_session;
    std::shared_ptr<DialogProvider> m_dialogs;
    ReportActions::FolderChooser m_chooseFolder;
    ProfileService m_service;
    TeamProfileService m_teams;
    std::optional<PersonProfile> m_profile;
    QHash<Id, std::shared_ptr<TeamProfile>> m_teamCache; // for the current cycle; cleared on change
    QString m_notesBehavior;
    DeferredRefresh* m_deferred;
    bool m_teamPending = false;

    MessageBar* m_messages = nullptr;
    PersonChooser* m_chooser = nullptr;
    CycleComboBox* m_cycle = nullptr;
    ReaderChoice* m_readers = nullptr; // HR only
    QComboBox* m_measure = nullptr;
    QPushButton* m_plainButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QLabel* m_noPeriod = nullptr; // instead of m_body when this viewer may read no period
    QWidget* m_body = nullptr;
    QStackedWidget* m_chartStack = nullptr;
    QLabel* m_howToRead = nullptr;
    RadarView* m_radar = nullptr;
    QTableView* m_figuresView = nullptr;
    RadarFiguresModel* m_figures = nullptr;
    QTableView* m_tableView = nullptr;
    ProfileTableModel* m_table = nullptr;
    QTabWidget* m_details = nullptr;
    FindingsPanel* m_findings = nullptr;
    QLabel* m_trendTitle = nullptr;
    ReportTableModel* m_trend = nullptr;
    QLabel* m_notesTitle = nullptr;
    QTableView* m_notesView = nullptr;
    NotesModel* m_notes = nullptr;
};

} // namespace peerradar
