#include "observations/ObservationSearch.h"

#include "storage/SqliteApi.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <atomic>

namespace peerradar {

// What the GUI thread and the worker share: the number of the latest search (older requests are
// dropped) and a way to interrupt the worker's connection while it runs a statement.
struct ObservationSearch::Shared
{
    std::atomic<quint64> latest { 0 };
    QMutex mutex;
    std::function<void()> interrupt; // set while the worker's connection is open (guarded by mutex)

    void interruptRunning()
    {
        const QMutexLocker lock(&mutex);
        if (interrupt)
            interrupt();
    }
};

struct ObservationSearch::Request
{
    quint64 search = 0;
    ObservationFilter filter;
    ObservationSort sort = ObservationSort::Date;
    bool ascending = false;
    qint64 offset = 0;
    int limit = 0; // 0: no rows wanted
    bool count = false;
};

// Lives on the search thread; its connection is opened there on first use and closed there.
class ObservationSearch::Worker final : public QObject
{
public:
    Worker(ObservationSearch* owner, Database::ConnectionOptions connection, Person viewer,
        std::shared_ptr<Shared> shared)
        : m_owner(owner), m_connection(std::move(connection)), m_viewer(std::move(viewer)), m_shared(std::move(shared))
    {
    }

    ~Worker() override
    {
        {
            const QMutexLocker lock(&m_shared->mutex);
            m_shared->interrupt = {};
        }
        m_db.reset();
    }

    void run(const Request& request)
    {
        if (superseded(request))
            return;
        if (!m_db) {
            auto opened = Database::open(m_connection);
            if (!opened) {
                report(request, opened.error());
                return;
            }
            m_db = std::move(*opened);
            const QMutexLocker lock(&m_shared->mutex);
            m_shared->interrupt = sqlite::interrupter(*m_db);
        }
        ObservationQuery query(*m_db, m_viewer);
        query.setFilter(request.filter);
        query.setSort(request.sort, request.ascending);
        if (request.limit > 0) {
            auto rows = query.fetch(request.offset, request.limit);
            if (superseded(request))
                return;
            if (!rows) {
                report(request, rows.error());
                return;
            }
            QMetaObject::invokeMethod(m_owner,
                [owner = m_owner, search = request.search, found = *rows] { Q_EMIT owner->rowsFound(search, found); },
                Qt::QueuedConnection);
        }
        if (request.count && !superseded(request)) {
            auto total = query.count();
            if (superseded(request))
                return;
            if (!total) {
                report(request, total.error());
                return;
            }
            QMetaObject::invokeMethod(m_owner,
                [owner = m_owner, search = request.search, n = *total] { Q_EMIT owner->counted(search, n); },
                Qt::QueuedConnection);
        }
    }

private:
    bool superseded(const Request& request) const { return request.search != m_shared->latest.load(); }

    void report(const Request& request, const Error& error)
    {
        QMetaObject::invokeMethod(m_owner,
            [owner = m_owner, search = request.search, error] { Q_EMIT owner->failed(search, error); },
            Qt::QueuedConnection);
    }

    ObservationSearch* m_owner; // outlives the worker: its destructor waits for the thread to end
    Database::ConnectionOptions m_connection;
    Person m_viewer;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_db;
};

ObservationSearch::ObservationSearch(Database::ConnectionOptions connection, Person viewer, QObject* parent)
    : QObject(parent), m_shared(std::make_shared<Shared>()), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("observationSearch"));
    connection.access = Database::Access::ReadOnly;
    m_worker = new Worker(this, std::move(connection), std::move(viewer), m_shared);
    m_worker->moveToThread(m_thread);
    // The worker (and its connection) is deleted on its own thread as the thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ObservationSearch::~ObservationSearch()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
}

quint64 ObservationSearch::start(const ObservationFilter& filter, ObservationSort sort, bool ascending, int limit)
{
    m_filter = filter;
    m_sort = sort;
    m_ascending = ascending;
    const quint64 search = m_shared->latest.fetch_add(1) + 1;
    m_shared->interruptRunning();
    post({ search, filter, sort, ascending, 0, limit, true });
    return search;
}

void ObservationSearch::fetch(qint64 offset, int limit)
{
    post({ m_shared->latest.load(), m_filter, m_sort, m_ascending, offset, limit, false });
}

void ObservationSearch::recount()
{
    post({ m_shared->latest.load(), m_filter, m_sort, m_ascending, 0, 0, true });
}

void ObservationSearch::cancel()
{
    m_shared->latest.fetch_add(1);
    m_shared->interruptRunning();
}

void ObservationSearch::post(const Request& request)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

} // namespace peerradar
