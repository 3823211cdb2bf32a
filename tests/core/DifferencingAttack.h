#pragma once

#include "AnalyticsFixture.h"

#include "analytics/Profile.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

// The differencing attacker of the anonymity proof, and the random organisations it is run on.
// Whatever the medium (the JSON profile, the program's profile view, the PDF summary), what one
// behavior shows is read into a PublishedBehavior; derivable() then tries to work out every
// suppressed group from the shown ones. Shared by tests/core/tst_anonymity.cpp and
// tests/ui/tst_anonymity_outputs.cpp.
namespace peerradar::test {

// One figure as an attacker reads it: known (shown, or shown as empty) with its observation count,
// its observer count and the sum of its observers' views (observers × mean: a group's mean is the
// mean of its observers' views, docs/statistics.md), or unknown (suppressed).
struct Figure
{
    bool known = false;
    qint64 n = 0; // observations
    qint64 observers = 0;
    double sum = 0.0; // Σ of the observers' views

    // Printed means have two decimals: sums read from a view or a PDF agree with the JSON's within
    // observers × 0.005.
    bool operator==(const Figure& o) const
    {
        return known == o.known && n == o.n && observers == o.observers
            && std::abs(sum - o.sum) <= 0.0051 * double(std::max<qint64>(1, observers));
    }
};

inline Figure shownFigure(qint64 n, qint64 observers, double mean)
{
    return { true, n, observers, mean * double(observers) };
}

// What one behavior of a profile publishes about the groups other than self.
struct PublishedBehavior
{
    QHash<QString, Figure> groups; // "manager", "peer", "direct_report", "other"
    Figure others;
    QList<std::pair<QStringList, Figure>> pools; // member keys, the pool's figure

    bool operator==(const PublishedBehavior&) const = default;
};

inline const QStringList& anonymousGroupKeys()
{
    static const QStringList keys { QStringLiteral("peer"), QStringLiteral("direct_report"), QStringLiteral("other") };
    return keys;
}

// From one behavior of `profile --json`.
inline PublishedBehavior publishedFromJson(const QJsonObject& behavior)
{
    auto figureOf = [](const QJsonValue& v) -> Figure {
        if (v.isNull())
            return { true, 0, 0, 0.0 };
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("suppressed")).toBool())
            return {};
        return shownFigure(o.value(QStringLiteral("observations")).toInteger(),
            o.value(QStringLiteral("observers")).toInteger(), o.value(QStringLiteral("mean")).toDouble());
    };
    PublishedBehavior published;
    const QJsonObject groups = behavior.value(QStringLiteral("groups")).toObject();
    for (const QString& g : anonymousGroupKeys())
        published.groups.insert(g, figureOf(groups.value(g)));
    published.groups.insert(QStringLiteral("manager"), figureOf(groups.value(QStringLiteral("manager"))));
    published.others = figureOf(behavior.value(QStringLiteral("others")));
    const QJsonObject pooled = behavior.value(QStringLiteral("pooled")).toObject();
    for (auto it = pooled.constBegin(); it != pooled.constEnd(); ++it)
        published.pools.append({ it.key().split(QLatin1Char('+')), figureOf(it.value()) });
    return published;
}

// A cell as the view and the PDF print it (ReportContent::figure): "3.80 (3.2–4.4) · 5 observers,
// 23 observations · indicative", "4.00 · 1 observer, 2 observations · …", "–" (no observation: known
// to be empty), "hidden" or "pooled" (unknown). A PDF may wrap a cell after the dash. nullopt: not a
// figure.
inline std::optional<Figure> figureFromText(const QString& text)
{
    const QString cell = text.simplified();
    if (cell == QStringLiteral("–"))
        return Figure { true, 0, 0, 0.0 };
    if (cell == QStringLiteral("hidden") || cell == QStringLiteral("pooled"))
        return Figure {};
    static const QRegularExpression shown(
        QStringLiteral("^(\\d+\\.\\d+)(?: \\(\\d+\\.\\d– ?\\d+\\.\\d\\))? · (\\d+) observers?, (\\d+) "
                       "observations?(?: · .*)?$"));
    const auto match = shown.match(cell);
    if (!match.hasMatch())
        return std::nullopt;
    return shownFigure(
        match.captured(3).toLongLong(), match.captured(2).toLongLong(), match.captured(1).toDouble());
}

// The attacker: solves every identity with exactly one unknown (others = manager + peer +
// direct_report + other; a pool = Σ its members) for observation counts, observer counts and sums
// of views, until nothing more follows. Returns the suppressed groups it could work out.
inline QStringList derivable(const PublishedBehavior& published)
{
    QHash<QString, Figure> f;
    for (const QString& g : anonymousGroupKeys())
        f.insert(g, published.groups.value(g));
    const Figure manager = published.groups.value(QStringLiteral("manager"));
    struct Equation
    {
        Figure total;
        QStringList parts;
        Figure extra; // known part outside the anonymous groups (the manager)
    };
    QList<Equation> equations;
    if (published.others.known)
        equations.append({ published.others, anonymousGroupKeys(), manager });
    for (const auto& [members, figure] : published.pools)
        equations.append({ figure, members, Figure { true, 0, 0, 0.0 } });

    QStringList derived;
    bool progress = true;
    while (progress) {
        progress = false;
        for (const Equation& e : equations) {
            if (!e.total.known || !e.extra.known)
                continue;
            QStringList unknown;
            qint64 n = e.total.n - e.extra.n;
            qint64 observers = e.total.observers - e.extra.observers;
            double sum = e.total.sum - e.extra.sum;
            for (const QString& g : e.parts) {
                if (!f[g].known)
                    unknown << g;
                n -= f[g].n;
                observers -= f[g].observers;
                sum -= f[g].sum;
            }
            if (unknown.size() == 1) {
                f[unknown.first()] = { true, n, observers, sum };
                derived << unknown.first();
                progress = true;
            }
        }
    }
    return derived;
}

// The true counts of one rater group for one behavior.
struct RawCount
{
    int n = 0;
    int sum = 0;
    int observers = 0;
    double viewSum = 0.0; // Σ of each observer's mean impact
};

// Small organisations, one subject each with fresh thresholds (k = 2…5): for each of three
// behaviors, 0–2 managers and 0…k+2 people in each anonymous group, each observing 1–3 times, and
// sometimes a self-observation. The same seed gives the same organisations.
class RandomOrganisations
{
public:
    static inline const QList<RaterGroup> groups { RaterGroup::Manager, RaterGroup::Peer, RaterGroup::DirectReport,
        RaterGroup::Other };
    static inline const QStringList behaviorKeys { QStringLiteral("influence"), QStringLiteral("change"),
        QStringLiteral("support") };

    struct Subject
    {
        Id id = 0;
        int k = 0;
        QHash<QString, std::array<RawCount, 4>> truth; // by behavior key; parallel to `groups`
    };

    RandomOrganisations(AnalyticsOrg& org, quint32 seed) : m_org(org), m_random(seed)
    {
        for (int i = 0; i < 24; ++i)
            m_crowd << org.person(QStringLiteral("Rater %1").arg(i));
    }

    // The next subject, its observations written in one transaction. False when a write failed.
    bool next(Subject& subject)
    {
        const QDate day0(2026, 1, 5);
        subject = {};
        subject.k = 2 + int(m_random.bounded(4)); // 2…5
        if (!m_org.setThresholds(subject.k, subject.k))
            return false;
        subject.id = m_org.person(QStringLiteral("Subject %1").arg(m_round++));
        bool ok = subject.id != 0;
        // One transaction per organisation: thousands of single-row commits would take a minute.
        const Status status = m_org.db().transaction([&]() -> Status {
            for (const QString& key : behaviorKeys) {
                std::array<RawCount, 4> counts {};
                QList<Id> shuffled = m_crowd;
                std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(m_random.generate()));
                qsizetype nextRater = 0;
                for (std::size_t gi = 0; gi < 4; ++gi) {
                    const int people = gi == 0 ? int(m_random.bounded(3)) : int(m_random.bounded(subject.k + 3));
                    for (int p = 0; p < people; ++p) {
                        const Id observer = shuffled[nextRater++];
                        const int times = 1 + int(m_random.bounded(3));
                        int own = 0;
                        for (int t = 0; t < times; ++t) {
                            const int impact = 1 + int(m_random.bounded(5));
                            ok = ok
                                && m_org.observe(observer, subject.id, key, day0.addDays(m_random.bounded(60)), impact,
                                    groups[qsizetype(gi)]);
                            counts[gi].n += 1;
                            counts[gi].sum += impact;
                            own += impact;
                        }
                        counts[gi].observers += 1;
                        counts[gi].viewSum += double(own) / times;
                    }
                }
                if (m_random.bounded(2) == 0)
                    ok = ok
                        && m_org.observe(subject.id, subject.id, key, day0, 1 + int(m_random.bounded(5)), RaterGroup::Self);
                subject.truth.insert(key, counts);
            }
            return {};
        });
        return ok && status.ok();
    }

private:
    AnalyticsOrg& m_org;
    QRandomGenerator m_random;
    QList<Id> m_crowd;
    int m_round = 0;
};

} // namespace peerradar::test
