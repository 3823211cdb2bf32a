#pragma once

#include "storage/Database.h"
#include "storage/ObservationQuery.h"

#include <QObject>

#include <memory>

class QThread;

namespace peerradar {

// The observation list's text searches, on a thread of their own with their own connection to the
// file or server. Every other filter is answered by an index in milliseconds; a text search reads
// every note, which on a large file takes longer than a keystroke, so it must never run on the GUI
// thread. A new search supersedes the one running: on a file it is interrupted at once, on a server
// it runs to its end. Only the answers of the latest search arrive; each carries its search's number
// (start()'s result).
class ObservationSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservationSearch)

public:
    ObservationSearch(Database::ConnectionOptions connection, Person viewer, QObject* parent = nullptr);
    ~ObservationSearch() override;

    // Looks for the first `limit` rows, then counts every match: rowsFound, then counted.
    quint64 start(const ObservationFilter& filter, ObservationSort sort, bool ascending, int limit);
    // More rows of the latest search, from `offset`: rowsFound.
    void fetch(qint64 offset, int limit);
    // Counts the latest search's matches again (after a removal): counted.
    void recount();
    // Supersedes the running search without starting another (the filter no longer has text).
    void cancel();

Q_SIGNALS:
    void rowsFound(quint64 search, const QList<peerradar::ObservationRow>& rows);
    void counted(quint64 search, qint64 total);
    void failed(quint64 search, const peerradar::Error& error);

private:
    struct Shared;
    struct Request;
    class Worker;
    void post(const Request& request);

    std::shared_ptr<Shared> m_shared;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    ObservationFilter m_filter;
    ObservationSort m_sort = ObservationSort::Date;
    bool m_ascending = false;
};

} // namespace peerradar
