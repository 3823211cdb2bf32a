#pragma once

#include "storage/ObservationQuery.h"

#include <QAbstractTableModel>

namespace peerradar {

class ObservationSearch;
class ObservationStore;

// The observations a viewer may see, a page at a time: rows are fetched in blocks as the view
// scrolls (canFetchMore/fetchMore), sorting and filtering run in SQL, and a single change from the
// store inserts, removes or updates just its row. A filter with text is searched off the GUI thread
// (ObservationSearch): the first block arrives, then the count; until then isSearching() is true.
class ObservationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ObserverColumn, SubjectColumn, BehaviorColumn, ImpactColumn, RaterGroupColumn, NoteColumn, ColumnCount };
    enum Role { ObservationIdRole = Qt::UserRole + 1, ObserverIdRole, NoteHiddenRole };
    static constexpr int blockSize = 200;

    ObservationTableModel(ObservationStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ObservationFilter& filter);
    const ObservationFilter& filter() const { return m_query.filter(); }
    // How many rows match in all (not just the ones fetched so far); while a search is counting, the
    // rows found so far.
    qint64 totalCount() const { return m_total; }
    bool isSearching() const { return m_searching; }
    const ObservationRow* rowAt(int row) const;
    // Everything again from the database (after an import or a filter change).
    void reload();

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void searchingChanged(bool searching);
    void loadFailed(const peerradar::Error& error);

private:
    bool searchesText() const { return !m_query.filter().text.trimmed().isEmpty(); }
    void startSearch();
    void setSearching(bool searching);
    void onRowsFound(quint64 search, const QList<ObservationRow>& rows);
    void onCounted(quint64 search, qint64 total);
    void onSearchFailed(quint64 search, const Error& error);
    void onAdded(Id id);
    void onChanged(Id id);
    void onRemoved(Id id);
    int indexOfId(Id id) const;
    int insertPosition(const ObservationRow& row) const;

    ObservationStore& m_store;
    ObservationQuery m_query;
    QList<ObservationRow> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
    ObservationSearch* m_search = nullptr; // made at the first text search
    quint64 m_searchNumber = 0; // the search whose answers are awaited
    bool m_searching = false; // its count has not arrived yet
};

} // namespace peerradar
