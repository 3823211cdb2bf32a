#include "observations/ObservationTableModel.h"

#include "common/DateText.h"
#include "observations/ObservationSearch.h"
#include "observations/ObservationStore.h"

#include <QScopedValueRollback>
#include <QSet>

namespace peerradar {

namespace {

ObservationSort sortFor(int column)
{
    switch (column) {
    case ObservationTableModel::ObserverColumn:
        return ObservationSort::Observer;
    case ObservationTableModel::SubjectColumn:
        return ObservationSort::Subject;
    case ObservationTableModel::BehaviorColumn:
        return ObservationSort::Behavior;
    case ObservationTableModel::ImpactColumn:
        return ObservationSort::Impact;
    case ObservationTableModel::RaterGroupColumn:
        return ObservationSort::RaterGroup;
    default:
        return ObservationSort::Date;
    }
}

QString noteText(const Observation& o)
{
    QStringList parts;
    for (const QString& part : { o.note.situation, o.note.action, o.note.result })
        if (!part.isEmpty())
            parts << QString(part).replace(u'\n', u' ');
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ObservationTableModel::ObservationTableModel(ObservationStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_query(store.database(), store.actor())
{
    connect(&store, &ObservationStore::added, this, &ObservationTableModel::onAdded);
    connect(&store, &ObservationStore::changed, this, &ObservationTableModel::onChanged);
    connect(&store, &ObservationStore::removed, this, &ObservationTableModel::onRemoved);
    connect(&store, &ObservationStore::reset, this, &ObservationTableModel::reload);
    reload();
}

int ObservationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ObservationRow* ObservationTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant ObservationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObservationRow& r = m_rows.at(index.row());
    const Observation& o = r.observation;
    switch (role) {
    case ObservationIdRole:
        return o.id;
    case ObserverIdRole:
        return o.observerId;
    case NoteHiddenRole:
        return o.noteHidden;
    case Qt::TextAlignmentRole:
        return index.column() == ImpactColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return shortDateText(o.date);
        case ObserverColumn:
            return r.observerName;
        case SubjectColumn:
            return r.subjectName;
        case BehaviorColumn:
            return r.behaviorName;
        case ImpactColumn:
            return o.impact;
        case RaterGroupColumn:
            return raterGroupDisplayName(o.raterGroup);
        case NoteColumn:
            if (o.noteHidden && o.note.isEmpty())
                return tr("(note hidden by HR)");
            return o.noteHidden ? tr("(hidden) %1").arg(noteText(o)) : noteText(o);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ObserverColumn:
        return tr("Observer");
    case SubjectColumn:
        return tr("About");
    case BehaviorColumn:
        return tr("Behavior");
    case ImpactColumn:
        return tr("Impact");
    case RaterGroupColumn:
        return tr("Rater group");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool ObservationTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void ObservationTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_fetching)
        return; // a listener asking for more while rows are being inserted
    if (searchesText()) {
        m_fetching = true; // until the block arrives (onRowsFound)
        m_search->fetch(m_rows.size(), blockSize);
        return;
    }
    auto rows = m_query.fetch(m_rows.size(), blockSize);
    if (!rows) {
        m_total = m_rows.size(); // stop asking for more until the next reload
        Q_EMIT loadFailed(rows.error());
        return;
    }
    if (rows->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
    m_fetching = false;
}

void ObservationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || column == NoteColumn)
        return;
    m_query.setSort(sortFor(column), order == Qt::AscendingOrder);
    reload();
}

void ObservationTableModel::setFilter(const ObservationFilter& filter)
{
    if (filter == m_query.filter())
        return;
    m_query.setFilter(filter);
    reload();
}

void ObservationTableModel::reload()
{
    if (searchesText()) {
        startSearch();
        return;
    }
    if (m_search)
        m_search->cancel();
    setSearching(false);
    beginResetModel();
    m_rows.clear();
    auto total = m_query.count();
    m_total = total ? *total : 0;
    std::optional<Error> failure;
    if (!total)
        failure = total.error();
    // The first block comes with the reset: one signal, no insert right after it.
    if (m_total > 0) {
        if (auto rows = m_query.fetch(0, blockSize))
            m_rows = *rows;
        else
            failure = rows.error();
    }
    if (failure)
        m_total = m_rows.size();
    // Listeners of modelReset get the first block; they ask for more once the reset is over.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
    if (failure)
        Q_EMIT loadFailed(*failure);
    Q_EMIT totalCountChanged(m_total);
}

void ObservationTableModel::startSearch()
{
    if (!m_search) {
        m_search = new ObservationSearch(m_store.database().connectionOptions(), m_store.actor(), this);
        connect(m_search, &ObservationSearch::rowsFound, this, &ObservationTableModel::onRowsFound);
        connect(m_search, &ObservationSearch::counted, this, &ObservationTableModel::onCounted);
        connect(m_search, &ObservationSearch::failed, this, &ObservationTableModel::onSearchFailed);
    }
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    m_fetching = true; // the first block is on its way
    m_searchNumber = m_search->start(m_query.filter(), m_query.sort(), m_query.ascending(), blockSize);
    setSearching(true);
    Q_EMIT totalCountChanged(m_total);
}

void ObservationTableModel::setSearching(bool searching)
{
    if (searching == m_searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged(searching);
}

void ObservationTableModel::onRowsFound(quint64 search, const QList<ObservationRow>& rows)
{
    if (search != m_searchNumber || !searchesText())
        return;
    m_fetching = false;
    // Rows added or removed since the block was asked for shift the offsets: keep each row once.
    QSet<Id> present;
    present.reserve(m_rows.size());
    for (const ObservationRow& row : std::as_const(m_rows))
        present.insert(row.observation.id);
    QList<ObservationRow> fresh;
    for (const ObservationRow& row : rows)
        if (!present.contains(row.observation.id))
            fresh.append(row);
    if (!fresh.isEmpty()) {
        const QScopedValueRollback guard(m_fetching, true);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    // Until the count arrives there is nothing more to fetch; a short block is the end of the matches.
    if (m_searching || rows.size() < blockSize) {
        m_total = m_rows.size();
        Q_EMIT totalCountChanged(m_total);
    }
}

void ObservationTableModel::onCounted(quint64 search, qint64 total)
{
    if (search != m_searchNumber || !searchesText())
        return;
    m_total = std::max<qint64>(total, m_rows.size());
    setSearching(false);
    Q_EMIT totalCountChanged(m_total);
}

void ObservationTableModel::onSearchFailed(quint64 search, const Error& error)
{
    if (search != m_searchNumber || !searchesText() || error.code == ErrorCode::Cancelled)
        return;
    m_fetching = false;
    m_total = m_rows.size(); // stop asking for more until the next search
    setSearching(false);
    Q_EMIT totalCountChanged(m_total);
    Q_EMIT loadFailed(error);
}

int ObservationTableModel::indexOfId(Id id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).observation.id == id)
            return i;
    return -1;
}

int ObservationTableModel::insertPosition(const ObservationRow& row) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
        [this](const ObservationRow& a, const ObservationRow& b) { return m_query.before(a, b); });
    return int(it - m_rows.cbegin());
}

void ObservationTableModel::onAdded(Id id)
{
    // No fetching from listeners while the row arrives: offsets would shift under them.
    const QScopedValueRollback guard(m_fetching, true);
    auto row = m_query.row(id);
    if (!row || !row->has_value())
        return; // not visible to this viewer or filtered out
    const int position = insertPosition(**row);
    ++m_total;
    // Beyond the rows fetched so far: it arrives with a later fetchMore.
    if (position == m_rows.size() && m_rows.size() + 1 < m_total) {
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    beginInsertRows({}, position, position);
    m_rows.insert(position, **row);
    endInsertRows();
    Q_EMIT totalCountChanged(m_total);
}

void ObservationTableModel::onRemoved(Id id)
{
    const QScopedValueRollback guard(m_fetching, true);
    const int index = indexOfId(id);
    if (index < 0 && searchesText()) {
        m_search->recount(); // perhaps among the rows not fetched yet
        return;
    }
    if (index < 0) {
        // Perhaps among the rows not fetched yet: count again.
        if (auto total = m_query.count(); total && *total != m_total) {
            m_total = *total;
            Q_EMIT totalCountChanged(m_total);
        }
        return;
    }
    beginRemoveRows({}, index, index);
    m_rows.removeAt(index);
    endRemoveRows();
    --m_total;
    Q_EMIT totalCountChanged(m_total);
}

void ObservationTableModel::onChanged(Id id)
{
    const QScopedValueRollback guard(m_fetching, true);
    const int index = indexOfId(id);
    auto row = m_query.row(id);
    if (!row)
        return;
    if (index < 0) {
        if (row->has_value())
            onAdded(id); // now passes the filter
        return;
    }
    if (!row->has_value()) {
        onRemoved(id); // no longer passes the filter
        return;
    }
    m_rows[index] = **row;
    // Still in order where it is? Then only its cells changed; otherwise move it.
    const bool inOrder = (index == 0 || m_query.before(m_rows.at(index - 1), m_rows.at(index)))
        && (index + 1 == m_rows.size() || m_query.before(m_rows.at(index), m_rows.at(index + 1)));
    if (inOrder) {
        Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
        return;
    }
    const ObservationRow moved = m_rows.at(index);
    beginRemoveRows({}, index, index);
    m_rows.removeAt(index);
    endRemoveRows();
    --m_total;
    const int position = insertPosition(moved);
    ++m_total;
    if (position == m_rows.size() && m_rows.size() + 1 < m_total) {
        return; // moved beyond what is fetched
    }
    beginInsertRows({}, position, position);
    m_rows.insert(position, moved);
    endInsertRows();
}

} // namespace peerradar
