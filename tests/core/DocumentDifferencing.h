#pragma once

#include "DifferencingAttack.h"

#include "analytics/ProfileEngine.h"
#include "analytics/TeamProfile.h"
#include "domain/Rules.h"
#include "report/ReportContent.h"

#include <QJsonArray>
#include <QSet>

#include <numeric>
#include <vector>

// The whole-document differencing attacker (issue 12, item 5). An output — a person's profile as JSON,
// as the profile view and the PDF show it (ReportContent), a team's profile — is read as a whole: every
// figure it shows and every figure it hides is written as a sum of unknowns, the unknowns being the
// observations (and observers, and sums of views) of one behavior, one rater group and one stretch of
// days (a person's document), or of one behavior of one member by one observer (a team's document).
// A hidden figure is derivable when its sum is a linear combination of the shown ones: the exact rank
// test of RowSpace. This is the attacker of DifferencingAttack.h with every identity of the document
// at once: groups add up to "all others", a pool to its members, periods to the stretches of days they
// cover (the whole history = each cycle + the days outside them; a trend cell = its cycle), a member's
// totals to their behaviors and observers, the team's network to its members' figures.
//
// The model is the attacker's best case: counts of observers and sums of views add up across periods
// and behaviors exactly only when no observer is in two of the parts, which is what the attacker may
// assume (and is often right about). An empty figure ("–", null) says that each of its unknowns is 0.
// What it leaves out, because no linear identity carries it: inequalities (a hidden group has at least
// one observer and fewer than k), and figures that are functions of shown ones (the team radar is the
// mean of the shown heatmap means: checked as such, adds nothing).
namespace peerradar::test {

// A space of integer row vectors, with exact fraction-free elimination (no rounding: a rank test on
// doubles needs a tolerance, and a wrong tolerance hides or invents a leak). Rows here hold 0 and 1;
// the gcd keeps the numbers small, and an overflow is reported rather than wrapped.
class RowSpace
{
public:
    explicit RowSpace(int columns) : m_columns(columns) { }

    void add(std::vector<qint64> row)
    {
        reduce(row);
        if (const int p = pivotOf(row); p >= 0) {
            m_rows.push_back(std::move(row));
            m_pivots.push_back(p);
        }
    }
    bool contains(std::vector<qint64> row) const
    {
        reduce(row);
        return pivotOf(row) < 0;
    }
    int rank() const { return int(m_rows.size()); }
    bool overflowed() const { return m_overflow; }

private:
    // Each kept row is zero at the pivots of the rows kept before it, so one pass in order clears them all.
    void reduce(std::vector<qint64>& v) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const std::size_t p = std::size_t(m_pivots[i]);
            if (v[p] == 0)
                continue;
            const std::vector<qint64>& r = m_rows[i];
            const qint64 a = r[p];
            const qint64 b = v[p];
            qint64 g = 0;
            for (std::size_t c = 0; c < std::size_t(m_columns); ++c) {
                qint64 left = 0;
                qint64 right = 0;
                if (__builtin_mul_overflow(a, v[c], &left) || __builtin_mul_overflow(b, r[c], &right)
                    || __builtin_sub_overflow(left, right, &v[c]))
                    m_overflow = true;
                g = std::gcd(g, v[c] < 0 ? -v[c] : v[c]);
            }
            if (g > 1) {
                for (qint64& x : v)
                    x /= g;
            }
        }
    }
    static int pivotOf(const std::vector<qint64>& v)
    {
        for (std::size_t c = 0; c < v.size(); ++c) {
            if (v[c] != 0)
                return int(c);
        }
        return -1;
    }

    int m_columns = 0;
    std::vector<std::vector<qint64>> m_rows;
    std::vector<int> m_pivots;
    mutable bool m_overflow = false;
};

// What a figure of a document tells, when shown.
enum Quantity : int
{
    Observations = 1,
    Observers = 2,
    ViewSum = 4,
    EveryQuantity = 7
};

struct DocumentCell
{
    enum class State
    {
        Shown,
        Empty, // shown as nothing observed: each of its unknowns is 0
        Hidden
    };
    QString name;
    State state = State::Hidden;
    // A figure of a rater group, a pool or "all others": when hidden, nothing may derive it. Else a total
    // the document withholds (a member's observations received): it may follow, as long as no figure does.
    bool figure = true;
    int quantities = EveryQuantity; // what it gives when shown
    QList<int> atoms; // the unknowns it adds up
};

class Document
{
public:
    QString name;
    QList<DocumentCell> cells;

    // `identified`: what the unknown stands for is not anonymous (the manager's, shown by name).
    int atom(const QString& key, bool identified = false)
    {
        auto it = m_atoms.constFind(key);
        if (it == m_atoms.constEnd()) {
            it = m_atoms.insert(key, int(m_atoms.size()));
            if (identified)
                m_identified.insert(*it);
        }
        return *it;
    }
    bool identified(int atom) const { return m_identified.contains(atom); }
    int atomCount() const { return int(m_atoms.size()); }
    void add(const QString& cellName, const Figure& figure, const QList<int>& atoms, bool isFigure = true,
        int quantities = EveryQuantity)
    {
        DocumentCell cell;
        cell.name = cellName;
        cell.state = !figure.known ? DocumentCell::State::Hidden
            : figure.n == 0        ? DocumentCell::State::Empty
                                   : DocumentCell::State::Shown;
        cell.figure = isFigure;
        cell.quantities = quantities;
        cell.atoms = atoms;
        cells.append(cell);
    }
    int hiddenFigures() const
    {
        return int(std::count_if(cells.cbegin(), cells.cend(),
            [](const DocumentCell& c) { return c.figure && c.state == DocumentCell::State::Hidden; }));
    }

private:
    QHash<QString, int> m_atoms;
    QSet<int> m_identified;
};

// The hidden figures of `document` that its shown cells determine, as "name (observations)"; `overflow`
// is set when the arithmetic overflowed (never seen: the rows are sums of unknowns). A hidden figure that
// holds nothing anonymous — "all others" hidden for having fewer than k observers when only the manager,
// whose figure is shown, observed — is determined and tells nothing: it is not listed.
inline QStringList derivableCells(const Document& document, bool* overflow = nullptr)
{
    QSet<int> knownEmpty;
    for (const DocumentCell& cell : document.cells) {
        if (cell.state == DocumentCell::State::Empty)
            knownEmpty.unite(QSet<int>(cell.atoms.cbegin(), cell.atoms.cend()));
    }
    const auto anonymous = [&](const DocumentCell& cell) {
        return std::any_of(cell.atoms.cbegin(), cell.atoms.cend(),
            [&](int a) { return !document.identified(a) && !knownEmpty.contains(a); });
    };
    const int columns = std::max(1, document.atomCount());
    const auto rowOf = [columns](const QList<int>& atoms) {
        std::vector<qint64> row(std::size_t(columns), 0);
        for (int a : atoms)
            row[std::size_t(a)] += 1;
        return row;
    };
    QStringList derived;
    const std::pair<Quantity, const char*> quantities[]
        = { { Observations, "observations" }, { Observers, "observers" }, { ViewSum, "sum of views" } };
    for (const auto& [quantity, label] : quantities) {
        RowSpace span(columns);
        for (const DocumentCell& cell : document.cells) {
            if (cell.state == DocumentCell::State::Empty) {
                for (int a : cell.atoms)
                    span.add(rowOf({ a }));
            } else if (cell.state == DocumentCell::State::Shown && (cell.quantities & quantity)) {
                span.add(rowOf(cell.atoms));
            }
        }
        for (const DocumentCell& cell : document.cells) {
            if (cell.figure && cell.state == DocumentCell::State::Hidden && anonymous(cell)
                && span.contains(rowOf(cell.atoms)))
                derived << QStringLiteral("%1 (%2)").arg(cell.name, QLatin1String(label));
        }
        if (overflow && span.overflowed())
            *overflow = true;
    }
    return derived;
}

// ---------------------------------------------------------------------------------------------------
// A person's document: the figures table of its period and the trend table of two cycles.

struct PublishedTrendRow
{
    QString key;
    Figure previous;
    Figure now;
    bool operator==(const PublishedTrendRow&) const = default;
};

struct PublishedPerson
{
    QList<QString> keys; // parallel to behaviors
    QList<PublishedBehavior> behaviors;
    QList<PublishedTrendRow> trend;
    bool operator==(const PublishedPerson&) const = default;
};

// The periods a person's document covers, as a reader of it knows them (the period line, the trend's
// cycle names and the file's cycles).
struct PersonPeriods
{
    QDate from;
    QDate to;
    bool wholeHistory = true; // else the period is the trend's current cycle (or a cycle without trend)
    std::optional<Cycle> current;
    std::optional<Cycle> previous;
    // Behaviors (keys) that someone other than the person observed on a day of the whole history outside
    // both trend cycles. For the others, a reader who guesses that those days hold nothing is right.
    QSet<QString> observedOutsideCycles;
};

inline Figure figureFromJson(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return { true, 0, 0, 0.0 };
    const QJsonObject o = v.toObject();
    if (o.value(QStringLiteral("suppressed")).toBool())
        return {};
    return shownFigure(o.value(QStringLiteral("observations")).toInteger(), o.value(QStringLiteral("observers")).toInteger(),
        o.value(QStringLiteral("mean")).toDouble());
}

inline PublishedPerson publishedPersonFromJson(const QJsonObject& json)
{
    PublishedPerson p;
    for (const QJsonValue& v : json.value(QStringLiteral("behaviors")).toArray()) {
        p.keys << v.toObject().value(QStringLiteral("key")).toString();
        p.behaviors << publishedFromJson(v.toObject());
    }
    for (const QJsonValue& v : json.value(QStringLiteral("trend")).toObject().value(QStringLiteral("behaviors")).toArray()) {
        const QJsonObject o = v.toObject();
        p.trend << PublishedTrendRow { o.value(QStringLiteral("key")).toString(),
            figureFromJson(o.value(QStringLiteral("previous"))), figureFromJson(o.value(QStringLiteral("now"))) };
    }
    return p;
}

// The names of a pool as printed ("Peers + Others in the organisation") to the group keys.
inline QStringList poolMembersFromLabel(const QString& label)
{
    QStringList keys;
    for (const QString& name : label.split(QStringLiteral(" + "))) {
        for (RaterGroup g : { RaterGroup::Peer, RaterGroup::DirectReport, RaterGroup::Other }) {
            if (raterGroupDisplayName(g) == name)
                keys << raterGroupKey(g);
        }
    }
    return keys.size() == label.count(QStringLiteral(" + ")) + 1 ? keys : QStringList();
}

// From the tables the PDF and the profile view print (ReportContent::person): the figures table
// (behavior, all others, self, manager, peers, direct reports, others in the organisation[, pooled])
// and the trend table (behavior, previous, now, change). `profile` gives the behaviors' keys in the
// tables' order. False in `ok` when a cell is not understood.
inline PublishedPerson publishedPersonFromReport(const PersonReport& report, const PersonProfile& profile, bool& ok)
{
    ok = true;
    PublishedPerson p;
    const auto read = [&ok](const QString& text) {
        const auto f = figureFromText(text);
        ok = ok && f.has_value();
        return f.value_or(Figure {});
    };
    ok = report.groupTable.rows.size() == profile.behaviors.size();
    for (qsizetype r = 0; ok && r < report.groupTable.rows.size(); ++r) {
        const QStringList& cells = report.groupTable.rows[r];
        PublishedBehavior b;
        b.others = read(cells.value(1));
        b.groups.insert(QStringLiteral("manager"), read(cells.value(3)));
        b.groups.insert(QStringLiteral("peer"), read(cells.value(4)));
        b.groups.insert(QStringLiteral("direct_report"), read(cells.value(5)));
        b.groups.insert(QStringLiteral("other"), read(cells.value(6)));
        const QString pooled = cells.value(7, QStringLiteral("–")).simplified();
        if (pooled != QStringLiteral("–")) {
            const qsizetype colon = pooled.lastIndexOf(QStringLiteral(": "));
            const QStringList members = colon > 0 ? poolMembersFromLabel(pooled.left(colon)) : QStringList();
            ok = ok && !members.isEmpty();
            b.pools.append({ members, read(pooled.mid(colon + 2)) });
        }
        p.keys << profile.behaviors[r].behavior.key;
        p.behaviors << b;
    }
    if (profile.trend) {
        ok = ok && report.trendTable.rows.size() == profile.trend->behaviors.size();
        for (qsizetype r = 0; ok && r < report.trendTable.rows.size(); ++r) {
            const QStringList& cells = report.trendTable.rows[r];
            p.trend << PublishedTrendRow { profile.trend->behaviors[r].key, read(cells.value(1)), read(cells.value(2)) };
        }
    } else {
        ok = ok && report.trendTable.rows.isEmpty();
    }
    return p;
}

// The linear model of a person's document. The days are cut where the periods it shows begin and end;
// each piece (a "stretch": the days in the same periods) has its own unknowns per behavior and group.
// A whole history holds every observation the person received, so days outside it hold none. Of the
// days of a whole history outside both trend cycles, the attacker knows whether they hold anything of
// a behavior: nobody can tell from the document, but a reader who guesses that they hold nothing is
// right whenever they do (in the demo of issue 12 they were eight days of December that held nothing
// of that behavior), so the rule must hold against the lucky guess. (When they do hold something, the
// guess is wrong, and a careful reader can even tell: a cycle hidden on its own data could not be the
// whole history shown on the same data.)
inline Document personDocument(const PublishedPerson& published, const PersonPeriods& periods, const QString& name)
{
    Document d;
    d.name = name;
    QDate first = periods.from;
    QDate last = periods.to;
    for (const auto& c : { periods.current, periods.previous }) {
        if (c) {
            first = std::min(first, c->start);
            last = std::max(last, c->end);
        }
    }
    enum : int
    {
        InPeriod = 1,
        InCurrent = 2,
        InPrevious = 4
    };
    QSet<int> stretches;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        int s = 0;
        if (day >= periods.from && day <= periods.to)
            s |= InPeriod;
        if (periods.current && day >= periods.current->start && day <= periods.current->end)
            s |= InCurrent;
        if (periods.previous && day >= periods.previous->start && day <= periods.previous->end)
            s |= InPrevious;
        if (s == 0 || (periods.wholeHistory && !(s & InPeriod)))
            continue; // the whole history holds every observation the person received
        stretches.insert(s);
    }
    const bool withTrend = periods.wholeHistory && (periods.current || periods.previous);
    static const QStringList groups { QStringLiteral("manager"), QStringLiteral("peer"), QStringLiteral("direct_report"),
        QStringLiteral("other") };
    const auto atoms = [&](const QString& key, const QStringList& ofGroups, int in) {
        QList<int> result;
        for (const QString& g : ofGroups) {
            for (int s : stretches) {
                // The days outside both cycles, when they hold nothing of this behavior: known to.
                if (withTrend && !(s & (InCurrent | InPrevious)) && !periods.observedOutsideCycles.contains(key))
                    continue;
                if (s & in)
                    result << d.atom(QStringLiteral("%1|%2|%3").arg(key, g).arg(s), g == QStringLiteral("manager"));
            }
        }
        return result;
    };
    for (qsizetype i = 0; i < published.behaviors.size(); ++i) {
        const QString& key = published.keys[i];
        const PublishedBehavior& b = published.behaviors[i];
        for (const QString& g : groups)
            d.add(QStringLiteral("%1 · %2").arg(key, g), b.groups.value(g), atoms(key, { g }, InPeriod));
        d.add(QStringLiteral("%1 · all others").arg(key), b.others, atoms(key, groups, InPeriod));
        for (const auto& [members, figure] : b.pools)
            d.add(QStringLiteral("%1 · pool %2").arg(key, members.join(u'+')), figure, atoms(key, members, InPeriod));
    }
    for (const PublishedTrendRow& t : published.trend) {
        d.add(QStringLiteral("%1 · trend %2").arg(t.key, periods.current ? periods.current->name : QString()), t.now,
            atoms(t.key, groups, InCurrent));
        d.add(QStringLiteral("%1 · trend %2").arg(t.key, periods.previous ? periods.previous->name : QString()),
            t.previous, atoms(t.key, groups, InPrevious));
    }
    return d;
}

// `rows`: every observation the person received (loadSubjectRows), to tell which behaviors the days
// outside both trend cycles hold.
inline PersonPeriods personPeriods(const PersonProfile& profile, const QList<SubjectRow>& rows)
{
    PersonPeriods p;
    p.from = profile.from;
    p.to = profile.to;
    p.wholeHistory = !profile.cycle;
    if (profile.trend) {
        p.current = profile.trend->current;
        p.previous = profile.trend->previous;
    }
    QHash<Id, QString> keys;
    for (const BehaviorProfile& b : profile.behaviors)
        keys.insert(b.behavior.id, b.behavior.key);
    const auto inCycle = [](const std::optional<Cycle>& c, const QDate& day) {
        return c && day >= c->start && day <= c->end;
    };
    for (const SubjectRow& row : rows) {
        if (row.group != RaterGroup::Self && row.date >= p.from && row.date <= p.to && !inCycle(p.current, row.date)
            && !inCycle(p.previous, row.date))
            p.observedOutsideCycles.insert(keys.value(row.behaviorId));
    }
    return p;
}

// ---------------------------------------------------------------------------------------------------
// A team's document (teamProfileToJson: the team view and the team PDF show parts of it): per member,
// the heatmap's "others" figure of each behavior, the coverage totals, the influence network (each
// observation of a member by someone in the team, by observer; the rest as "from outside") and the
// informal leaders' peer counts. The unknowns: per member, behavior and observer in the team, and per
// member and behavior two for everyone outside the team (as peers, and in another group), and per
// member what they logged about people outside the team.

inline Document teamDocument(const QJsonObject& json, const QList<Person>& members, const QString& name)
{
    Document d;
    d.name = name;
    QHash<QString, const Person*> byEmail;
    for (const Person& m : members)
        byEmail.insert(m.email, &m);
    const QJsonArray keysJson = json.value(QStringLiteral("heatmap")).toObject().value(QStringLiteral("behaviors")).toArray();
    QStringList keys;
    for (const QJsonValue& k : keysJson)
        keys << k.toString();
    const auto fromMember = [&](const Person& subject, const QString& key, const Person& observer) {
        return d.atom(QStringLiteral("%1|%2|%3").arg(subject.email, key, observer.email));
    };
    const auto fromOutside = [&](const Person& subject, const QString& key, bool peer) {
        return d.atom(QStringLiteral("%1|%2|outside-%3").arg(subject.email, key, peer ? QStringLiteral("peer") : QStringLiteral("other")));
    };
    const auto everyAtom = [&](const Person& subject, const QString& key) {
        QList<int> atoms;
        for (const Person& o : members) {
            if (o.id != subject.id)
                atoms << fromMember(subject, key, o);
        }
        atoms << fromOutside(subject, key, true) << fromOutside(subject, key, false);
        return atoms;
    };
    const auto everyBehavior = [&](const Person& subject) {
        QList<int> atoms;
        for (const QString& key : keys)
            atoms << everyAtom(subject, key);
        return atoms;
    };

    // The heatmap.
    for (const QJsonValue& row : json.value(QStringLiteral("heatmap")).toObject().value(QStringLiteral("rows")).toArray()) {
        const Person* subject = byEmail.value(row.toObject().value(QStringLiteral("email")).toString());
        if (!subject)
            continue;
        const QJsonArray cells = row.toObject().value(QStringLiteral("cells")).toArray();
        for (qsizetype b = 0; b < keys.size(); ++b)
            d.add(QStringLiteral("%1 · %2").arg(subject->email, keys[b]), figureFromJson(cells.at(b)),
                everyAtom(*subject, keys[b]));
    }
    // Coverage: totals over behaviors (observers as a sum: the attacker's best case).
    for (const QJsonValue& v : json.value(QStringLiteral("coverage")).toArray()) {
        const QJsonObject c = v.toObject();
        const Person* subject = byEmail.value(c.value(QStringLiteral("email")).toString());
        if (!subject)
            continue;
        const QJsonValue received = c.value(QStringLiteral("observations_received"));
        d.add(QStringLiteral("%1 · received").arg(subject->email),
            received.isNull() ? Figure {} : Figure { true, received.toInteger(), 0, 0.0 }, everyBehavior(*subject), false,
            Observations);
        const QJsonValue observers = c.value(QStringLiteral("observers"));
        d.add(QStringLiteral("%1 · observers").arg(subject->email),
            observers.isNull() ? Figure {} : Figure { true, observers.toInteger(), 0, 0.0 }, everyBehavior(*subject),
            false, Observers);
        // What they logged about the others in the team, and about people outside it.
        QList<int> given { d.atom(QStringLiteral("%1|gave outside").arg(subject->email)) };
        for (const Person& other : members) {
            if (other.id == subject->id)
                continue;
            for (const QString& key : keys)
                given << fromMember(other, key, *subject);
        }
        const qint64 gave = c.value(QStringLiteral("observations_given")).toInteger();
        d.add(QStringLiteral("%1 · given").arg(subject->email), Figure { true, gave, 0, 0.0 }, given, false, Observations);
    }
    // The network: every pair of members, an edge or none (none: that observer logged nothing about them).
    QHash<QPair<QString, QString>, qint64> weights;
    for (const QJsonValue& v : json.value(QStringLiteral("network")).toObject().value(QStringLiteral("edges")).toArray()) {
        const QJsonObject e = v.toObject();
        weights.insert({ e.value(QStringLiteral("from")).toString(), e.value(QStringLiteral("to")).toString() },
            e.value(QStringLiteral("weight")).toInteger());
    }
    for (const Person& subject : members) {
        for (const Person& observer : members) {
            if (observer.id == subject.id)
                continue;
            QList<int> atoms;
            for (const QString& key : keys)
                atoms << fromMember(subject, key, observer);
            const qint64 w = weights.value({ subject.email, observer.email }, 0);
            d.add(QStringLiteral("%1 ← %2").arg(subject.email, observer.email), Figure { true, w, 0, 0.0 }, atoms, false,
                Observations);
        }
    }
    for (const QJsonValue& v : json.value(QStringLiteral("network")).toObject().value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject node = v.toObject();
        const Person* subject = byEmail.value(node.value(QStringLiteral("email")).toString());
        if (!subject)
            continue;
        const QJsonValue outside = node.value(QStringLiteral("observations_from_outside"));
        QList<int> atoms;
        for (const QString& key : keys)
            atoms << fromOutside(*subject, key, true) << fromOutside(*subject, key, false);
        d.add(QStringLiteral("%1 · from outside").arg(subject->email),
            outside.isNull() ? Figure {} : Figure { true, outside.toInteger(), 0, 0.0 }, atoms, false, Observations);
    }
    // Informal leaders: observations received from peers (the members of the team who are their peers
    // now, and peers from outside).
    for (const QJsonValue& v : json.value(QStringLiteral("informal_leaders")).toArray()) {
        const QJsonObject l = v.toObject();
        const Person* subject = byEmail.value(l.value(QStringLiteral("email")).toString());
        if (!subject)
            continue;
        QList<int> atoms;
        for (const QString& key : keys) {
            for (const Person& o : members) {
                if (o.id != subject->id && deriveRaterGroup(o, *subject) == RaterGroup::Peer)
                    atoms << fromMember(*subject, key, o);
            }
            atoms << fromOutside(*subject, key, true);
        }
        d.add(QStringLiteral("%1 · peer observations").arg(subject->email),
            Figure { true, l.value(QStringLiteral("peer_observations")).toInteger(), 0, 0.0 }, atoms, false, Observations);
    }
    return d;
}

// The team radar is a function of the shown heatmap figures alone: the mean and median of the shown
// means, and their number. Returns what disagrees, empty when all is well.
inline QString radarFromShownFigures(const TeamProfile& team)
{
    for (qsizetype b = 0; b < team.behaviors.size(); ++b) {
        QList<double> means;
        for (const QList<GroupStats>& row : team.heatmap) {
            if (row.value(b).isShown())
                means << row.value(b).mean;
        }
        const TeamRadarAxis& axis = team.radar.value(b);
        if (axis.contributingMembers != means.size())
            return QStringLiteral("%1: %2 members counted, %3 shown").arg(axis.key).arg(axis.contributingMembers).arg(means.size());
        if (means.isEmpty() != !axis.mean)
            return QStringLiteral("%1: a mean without shown figures").arg(axis.key);
        if (!means.isEmpty()) {
            const double mean = std::accumulate(means.cbegin(), means.cend(), 0.0) / double(means.size());
            if (std::abs(mean - *axis.mean) > 1e-9)
                return QStringLiteral("%1: mean %2, shown figures give %3").arg(axis.key).arg(*axis.mean).arg(mean);
        }
    }
    return {};
}

} // namespace peerradar::test
