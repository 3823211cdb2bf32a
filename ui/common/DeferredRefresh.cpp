#include "DeferredRefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace peerradar {

DeferredRefresh::DeferredRefresh(QWidget* view, std::function<void()> refresh)
    : QObject(view), m_view(view), m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void DeferredRefresh::request()
{
    m_stale = true;
    if (!m_view->isVisible() || m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        flush();
    });
}

void DeferredRefresh::markStale()
{
    m_stale = true;
}

void DeferredRefresh::flush()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_refresh();
}

void DeferredRefresh::clear()
{
    m_stale = false;
}

bool DeferredRefresh::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace peerradar
