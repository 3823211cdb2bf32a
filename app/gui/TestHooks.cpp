#include "TestHooks.h"

#include "app/Session.h"
#include "common/MessageBar.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/LogObservationPage.h"
#include "observations/ObservationForm.h"
#include "observations/ObservationStore.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPushButton>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace peerradar {

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint && m_window.workspace()) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && m_window.workspace()->isAncestorOf(widget)) {
            m_done = true;
            timespec now {};
            clock_gettime(CLOCK_REALTIME, &now);
            std::fprintf(stderr, "first-paint %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }
    return QObject::eventFilter(watched, event);
}

LoggingDriver::LoggingDriver(MainWindow& window, int count) : QObject(&window), m_window(window), m_count(count) { }

void LoggingDriver::start()
{
    if (!m_window.files().session() || !m_window.workspace()) {
        std::fprintf(stderr, "no file is open\n");
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(3); });
        return;
    }
    QTimer::singleShot(0, this, &LoggingDriver::logNext);
}

void LoggingDriver::logNext()
{
    if (m_next >= m_count) {
        QTimer::singleShot(0, &m_window, &QWidget::close);
        return;
    }
    Session& session = *m_window.files().session();
    LogObservationPage* page = m_window.workspace()->logPage();
    auto* behaviors = page->findChild<QComboBox*>(QStringLiteral("behaviorComboBox"));
    auto* logButton = page->findChild<QPushButton*>(QStringLiteral("logButton"));
    if (!behaviors || behaviors->count() == 0 || !logButton) {
        std::fprintf(stderr, "the log page has no behavior or no Log button\n");
        QCoreApplication::exit(3);
        return;
    }

    Observation o;
    o.subjectId = session.user().id;
    o.behaviorId = behaviors->itemData(m_next % behaviors->count()).toLongLong();
    o.date = QDate::currentDate();
    o.impact = 1 + m_next % 5;
    o.note.situation = QStringLiteral("test-log %1 %2").arg(QCoreApplication::applicationPid()).arg(m_next);
    page->form()->setObservation(o);

    Id logged = 0;
    const auto connection = connect(&session.observations(), &ObservationStore::added, this, [&logged](Id id) { logged = id; });
    logButton->click();
    disconnect(connection);
    if (logged != 0 && page->messageBar()->kind() == MessageBar::Kind::Information) {
        std::printf("logged %d %lld\n", m_next, static_cast<long long>(logged));
        ++m_next;
    } else {
        std::printf("refused %d %s\n", m_next, qUtf8Printable(page->messageBar()->text()));
    }
    std::fflush(stdout);
    QTimer::singleShot(0, this, &LoggingDriver::logNext);
}

} // namespace peerradar
