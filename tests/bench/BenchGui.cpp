#include "BenchGui.h"

#include "BenchSupport.h"

#include "analytics/Profile.h"
#include "app/AppSettings.h"
#include "app/Session.h"
#include "charts/RadarChart.h"
#include "common/DialogProvider.h"
#include "i18n/Translations.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "profile/ProfileView.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QPaintEvent>
#include <QTimer>

#include <ctime>

namespace peerradar::bench {

namespace {

qint64 realtimeNs()
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Notes the first paint of a widget inside the workspace (the file is open and on screen).
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(MainWindow& window) : m_window(window) { }
    std::function<void()> onFirstPaint;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            Workspace* workspace = m_window.workspace();
            if (workspace && workspace->isVisible() && (widget == workspace || workspace->isAncestorOf(widget))) {
                m_done = true;
                // After this paint has been delivered, not before.
                QTimer::singleShot(0, this, [this] { onFirstPaint(); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow& m_window;
    bool m_done = false;
};

void switchBench(Database& db, int switches)
{
    auto everyone = PeopleRepository(db).all();
    if (!everyone || everyone->isEmpty())
        die(QStringLiteral("no people in the file"));
    ProfileService service(db);
    QChartView view;
    view.resize(900, 700);
    view.setRenderHint(QPainter::Antialiasing);
    view.show();
    QList<double> ms, queryMs;
    for (int i = 0; i < switches; ++i) {
        const Person& person = everyone->at(qsizetype(i) * everyone->size() / switches);
        QElapsedTimer timer;
        timer.start();
        auto profile = service.personProfile(person.id);
        if (!profile)
            die(profile.error().message);
        queryMs << elapsedMs(timer);
        QChart* chart = createRadarChart(personRadarData(*profile, nullptr, RadarMeasure::MeanImpact));
        QChart* old = view.chart();
        view.setChart(chart);
        delete old;
        view.repaint(); // synchronous paint, as the frame after the click
        ms << elapsedMs(timer);
    }
    metric(QStringLiteral("switch_median"), median(ms), QStringLiteral("ms"));
    metric(QStringLiteral("switch_p95"), quantile(ms, 0.95), QStringLiteral("ms"));
    metric(QStringLiteral("switch_query_median"), median(queryMs), QStringLiteral("ms"));
}

// The program's own profile view: showPerson (profile query, table, radar; the team average comes
// from a deferred call, run here at once) and a synchronous paint of the whole window.
void programSwitchBench(MainWindow& window, ProfileView& view, Database& db, int switches)
{
    auto everyone = PeopleRepository(db).all();
    if (!everyone || everyone->isEmpty())
        die(QStringLiteral("no people in the file"));
    window.workspace()->setCurrentWidget(&view);
    view.finishPendingWork();
    window.repaint();
    QList<double> ms;
    for (int i = 0; i < switches; ++i) {
        const Person& person = everyone->at((qsizetype(i) * everyone->size() / switches + 1) % everyone->size());
        QElapsedTimer timer;
        timer.start();
        if (!view.showPerson(person.id))
            die(QStringLiteral("the profile view did not show person %1").arg(person.id));
        view.finishPendingWork();
        window.repaint();
        ms << elapsedMs(timer);
    }
    metric(QStringLiteral("switch_median"), median(ms), QStringLiteral("ms"));
    metric(QStringLiteral("switch_p95"), quantile(ms, 0.95), QStringLiteral("ms"));
}

} // namespace

void rememberIdentity(const QString& path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        die(db.error().message);
    auto everyone = PeopleRepository(**db).all();
    if (!everyone)
        die(everyone.error().message);
    for (const Person& p : *everyone) {
        if (p.role == Role::Hr) {
            AppSettings::setIdentity(path, p.uuid);
            return;
        }
    }
    die(QStringLiteral("the file has no HR person"));
}

int guiBench(QApplication& app, const QString& path, qint64 execNs, int switches)
{
    const qint64 mainNs = realtimeNs();
    // As app/gui/main.cpp does, in the same order.
    Translations::install(app, AppSettings::language());
    MainWindow window(std::make_shared<WidgetDialogProvider>());
    FirstPaint watcher(window);
    watcher.onFirstPaint = [&] {
        const qint64 now = realtimeNs();
        // The row "first paint" is the real program's (run.sh); this one is for comparison.
        metric(QStringLiteral("gui_first_paint_in_process"), double(now - (execNs > 0 ? execNs : mainNs)) / 1.0e6,
            QStringLiteral("ms"));
        metric(QStringLiteral("gui_main_to_first_paint"), double(now - mainNs) / 1.0e6, QStringLiteral("ms"));
        metric(QStringLiteral("gui_rss_after_open"), peakRssMiB(), QStringLiteral("MiB"));
        app.removeEventFilter(&watcher);
        if (switches > 0) {
            Session* session = window.files().session();
            if (!session)
                die(QStringLiteral("the window has no open file"));
            if (auto* view = window.findChild<ProfileView*>()) {
                programSwitchBench(window, *view, session->database(), switches);
                note(QStringLiteral("profile switch: measured in the program's profile view"));
            } else {
                switchBench(session->database(), switches);
                note(QStringLiteral("profile switch: the program has no profile view; measured on a radar chart alone"));
            }
        }
        metric(QStringLiteral("gui_peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
        QApplication::exit(0);
    };
    app.installEventFilter(&watcher);
    QTimer::singleShot(60'000, &app, [] { die(QStringLiteral("no paint of the open file within 60 s")); });
    window.show();
    window.startWith(path);
    return QApplication::exec();
}

} // namespace peerradar::bench
