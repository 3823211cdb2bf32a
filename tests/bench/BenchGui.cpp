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
#include "observations/ObservationTableModel.h"
#include "observations/ObservationsPage.h"
#include "profile/ProfileView.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
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

// Runs the event loop for `ms` milliseconds, or until `done` holds (checked after every event batch).
void runEventLoop(int ms, const std::function<bool()>& done = {})
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms && !(done && done())) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

// The longest time the event loop did not run while it was measuring: a 1 ms timer that notes the
// largest gap between two of its timeouts (a typed letter waits at least that long to appear).
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, elapsedMs(m_since));
            m_since.restart();
        });
        m_since.start();
        m_timer.start();
    }
    double longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

// The Observations page's search field, typed into as a person types (a key every 120 ms): how long
// the window stalls at worst, and how long after the search starts its first rows and its count arrive.
void searchBench(MainWindow& window)
{
    ObservationsPage* page = window.workspace()->observationsPage();
    auto* field = page ? page->findChild<QLineEdit*>(QStringLiteral("filterTextEdit")) : nullptr;
    if (!field)
        die(QStringLiteral("the program has no observation search field"));
    window.workspace()->setCurrentWidget(page);
    ObservationTableModel* model = page->model();
    const std::pair<const char*, QString> words[] = {
        { "common", QStringLiteral("whiteboard") }, // in many notes
        { "rare", QStringLiteral("zebra") }, // in no note: every note is read
        { "name", QStringLiteral("Müller") }, // a surname
    };
    double longestStall = 0;
    for (const auto& [label, word] : words) {
        field->clear();
        runEventLoop(30'000, [&] { return !model->isSearching() && model->filter().text.isEmpty(); });
        QElapsedTimer sinceStart;
        double firstRowsMs = -1, countMs = -1;
        const auto started = QObject::connect(model, &ObservationTableModel::searchingChanged, [&](bool searching) {
            if (searching) {
                sinceStart.start();
                firstRowsMs = countMs = -1;
            } else {
                countMs = elapsedMs(sinceStart);
            }
        });
        const auto found = QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] {
            if (firstRowsMs < 0 && sinceStart.isValid())
                firstRowsMs = elapsedMs(sinceStart);
        });
        const auto counted = QObject::connect(model, &ObservationTableModel::totalCountChanged, [&] {
            if (firstRowsMs < 0 && sinceStart.isValid() && !model->isSearching())
                firstRowsMs = elapsedMs(sinceStart); // no rows at all: the count is the answer
        });
        // The field takes the focus first, as a person clicks into it before typing: what that
        // repaints (the list's selection turns inactive) is not typing.
        field->setFocus();
        runEventLoop(50);
        StallMeter stalls;
        for (const QChar letter : word) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(letter));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(letter));
            QApplication::sendEvent(field, &press);
            QApplication::sendEvent(field, &release);
            runEventLoop(120);
        }
        runEventLoop(60'000, [&] { return countMs >= 0 && !model->isSearching(); });
        QObject::disconnect(started);
        QObject::disconnect(found);
        QObject::disconnect(counted);
        longestStall = std::max(longestStall, stalls.longestMs());
        const QString key = QString::fromLatin1(label);
        metric(QStringLiteral("search_%1_first_rows").arg(key), firstRowsMs, QStringLiteral("ms"));
        metric(QStringLiteral("search_%1_count").arg(key), countMs, QStringLiteral("ms"));
        note(QStringLiteral("search \"%1\": %2 matches").arg(word).arg(model->totalCount()));
    }
    metric(QStringLiteral("search_typing_max_stall"), longestStall, QStringLiteral("ms"));
    field->clear();
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
        searchBench(window);
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
