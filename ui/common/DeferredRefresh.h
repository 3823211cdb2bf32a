#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace peerradar {

// Refreshes a view once after a burst of data changes (an undo of many, an import), and only
// while the view is visible: a hidden view is marked stale and refreshes when it is next shown.
class DeferredRefresh final : public QObject {
public:
    DeferredRefresh(QWidget* view, std::function<void()> refresh);

    void request();   // the data changed
    void markStale(); // refresh when next shown (or flushed)
    void flush();     // refresh now if stale
    void clear();     // the view has just refreshed itself
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
    bool m_scheduled = false;
};

} // namespace peerradar
