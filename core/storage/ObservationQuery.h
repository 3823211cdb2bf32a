#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

#include <optional>

namespace peerradar {

class Database;

// What a list of observations is narrowed to. Empty fields do not narrow.
struct ObservationFilter
{
    Id personId = 0; // observer or subject
    Id behaviorId = 0;
    QDate from = {}; // inclusive
    QDate to = {}; // inclusive
    QString text = {}; // in the note or a name, case-insensitive, taken literally (no wildcards)

    bool operator==(const ObservationFilter&) const = default;
};

enum class ObservationSort { Date, Observer, Subject, Behavior, Impact, RaterGroup };

// One line of the list: the observation and the names it refers to.
struct ObservationRow
{
    Observation observation;
    QString observerName;
    QString subjectName;
    QString behaviorName;
};

// The paged, filtered, sorted list of observations a viewer may see. Who sees what is decided
// here and not by the screens: HR sees every observation; everyone else only those they logged.
// A note hidden by HR reads as empty for everyone but HR.
class ObservationQuery final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::ObservationQuery)

public:
    ObservationQuery(Database& db, Person viewer) : m_db(db), m_viewer(std::move(viewer)) { }

    void setFilter(const ObservationFilter& filter) { m_filter = filter; }
    const ObservationFilter& filter() const { return m_filter; }
    void setSort(ObservationSort sort, bool ascending)
    {
        m_sort = sort;
        m_ascending = ascending;
    }
    ObservationSort sort() const { return m_sort; }
    bool ascending() const { return m_ascending; }
    const Person& viewer() const { return m_viewer; }

    Result<qint64> count() const;
    // At most `limit` rows starting at `offset`, in the sort order (ties broken by id).
    Result<QList<ObservationRow>> fetch(qint64 offset, int limit) const;
    // The row of one observation if the viewer may see it and it passes the filter; nullopt otherwise.
    Result<std::optional<ObservationRow>> row(Id observationId) const;

    bool maySee(const Observation& observation) const;
    // True when `a` comes before `b` in the current order: the same order fetch() returns.
    bool before(const ObservationRow& a, const ObservationRow& b) const;

private:
    // How a search's set of matching ids is used: each id looked up (few matches), or each row the
    // sort order walks through checked against the set (many matches, first rows wanted).
    enum class TextPlan { LookUp, WalkInOrder };

    QString whereClause(QVariantList& values, TextPlan plan = TextPlan::LookUp) const;
    bool searchesIdSet() const;
    QString matchingIds(const QString& text, QVariantList& values) const;
    bool walksInOrder(qint64 rows) const;

    Database& m_db;
    Person m_viewer;
    ObservationFilter m_filter;
    ObservationSort m_sort = ObservationSort::Date;
    bool m_ascending = false;
};

} // namespace peerradar
