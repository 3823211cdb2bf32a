#pragma once

#include <QObject>

// Hooks for tests and the benchmark, each switched on by an environment variable. Compiled only into
// peerradar-testbed (app/gui/CMakeLists.txt), never into the program people run.
namespace peerradar {

class MainWindow;

// PEERRADAR_EXIT_AFTER_FIRST_PAINT (tests/bench): prints the moment the open file's workspace is
// first painted (CLOCK_REALTIME, ns) on stderr as "first-paint <ns>" and quits.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(const MainWindow& window) : m_window(window) { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const MainWindow& m_window;
    bool m_done = false;
};

// PEERRADAR_TEST_LOG_OBSERVATIONS=N (tests/ui/tst_killed_while_logging, tst_two_programs): once the
// file is open, logs N self-observations through the Log observation page, one per turn of the
// event loop: the form is filled (as the edit dialog fills it) and the Log button pressed. After
// each save the page confirmed, prints "logged <i> <id>" on stdout at once, so that a test that
// kills the program at any moment knows which saves were confirmed; then quits. Observation i has
// the situation "test-log <pid> <i>". A refused save prints "refused <i> <message>" and is tried
// again. Exits with 3 when no file is open.
class LoggingDriver final : public QObject
{
public:
    LoggingDriver(MainWindow& window, int count);
    void start();

private:
    void logNext();

    MainWindow& m_window;
    int m_count = 0;
    int m_next = 0;
};

} // namespace peerradar
