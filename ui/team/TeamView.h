#pragma once

#include "analytics/TeamProfile.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace peerradar {

class CycleComboBox;
class DeferredRefresh;
class DialogProvider;
class HeatmapModel;
class MessageBar;
class NetworkWidget;
class RadarFiguresModel;
class RadarView;
class ReaderChoice;
class ReportTableModel;
class Session;

// A team's profile (issue 3 item 5) for its manager and for HR: the team radar, the heatmap people ×
// behaviors, the influence network with the informal leaders, coverage and the member table.
class TeamView final : public QWidget
{
    Q_OBJECT

public:
    explicit TeamView(Session& session, QWidget* parent = nullptr);
    ~TeamView() override;

    void setDialogProvider(std::shared_ptr<DialogProvider> dialogs);

    // The teams this user may see: the ones they manage, or every team for HR.
    static QList<Team> visibleTeams(Database& db, const Person& user);

    bool showTeam(Id teamId); // false when the user may not see it
    Id currentTeamId() const;
    const std::optional<TeamProfile>& profile() const { return m_profile; }

    HeatmapModel* heatmapModel() const { return m_heatmap; }
    QSortFilterProxyModel* heatmapProxy() const { return m_heatmapProxy; }
    RadarView* radarView() const { return m_radar; }
    ReaderChoice* readerChoice() const { return m_readers; } // null for anyone but HR
    QString leadersText() const;
    QString coverageText() const;

    void exportPdf();
    void print();

protected:

private:
    void buildLayout();
    void reloadTeams();
    void refresh();
    // How to read the radar, or the table shown instead of it (Show as table).
    void updateHowToRead();
    ProfileOptions options() const;
    DialogProvider& dialogs();

    Session& m_session;
    std::shared_ptr<DialogProvider> m_dialogs;
    TeamProfileService m_service;
    std::optional<TeamProfile> m_profile;
    DeferredRefresh* m_deferred;

    MessageBar* m_messages = nullptr;
    QComboBox* m_team = nullptr;
    CycleComboBox* m_cycle = nullptr;
    ReaderChoice* m_readers = nullptr; // HR only
    QPushButton* m_plainButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QLabel* m_noPeriod = nullptr; // instead of m_body when this viewer may read no period
    QWidget* m_body = nullptr;
    QLabel* m_howToRead = nullptr;
    QStackedWidget* m_chartStack = nullptr;
    RadarView* m_radar = nullptr;
    QTableView* m_figuresView = nullptr;
    RadarFiguresModel* m_figures = nullptr;
    QTabWidget* m_tabs = nullptr;
    HeatmapModel* m_heatmap = nullptr;
    QSortFilterProxyModel* m_heatmapProxy = nullptr;
    NetworkWidget* m_network = nullptr;
    QLabel* m_leaders = nullptr;
    QLabel* m_coverage = nullptr;
    ReportTableModel* m_members = nullptr;
};

} // namespace peerradar
