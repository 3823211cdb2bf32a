#include "cli/ProfileText.h"

#include "analytics/Anonymity.h"
#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"

namespace peerradar::cli {

namespace {

QString cell(const GroupStats& stats)
{
    switch (stats.state) {
    case GroupStats::State::Empty:
        return QStringLiteral("-");
    case GroupStats::State::Suppressed:
        return stats.pooledInto.isEmpty() ? QStringLiteral("(hidden)") : QStringLiteral("(pooled)");
    case GroupStats::State::Shown:
        return QStringLiteral("%1 (n=%2)").arg(stats.mean, 0, 'f', 2).arg(stats.observations);
    }
    return {};
}

QString row(const QStringList& cells, const QList<int>& widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += cells.at(i).leftJustified(widths.value(i, 14)) + u' ';
    return line.trimmed() + u'\n';
}

} // namespace

QString profileAsText(const PersonProfile& profile)
{
    QString out = QStringLiteral("%1 <%2>, %3\n").arg(profile.person.name, profile.person.email, profile.teamName);
    out += QStringLiteral("Period %1 to %2%3; groups under %4 observers are hidden\n\n")
               .arg(profile.from.toString(Qt::ISODate), profile.to.toString(Qt::ISODate),
                   profile.cycle ? QStringLiteral(" (cycle %1)").arg(profile.cycle->name) : QString())
               .arg(profile.settings.k);
    const QList<int> widths = { 22, 16, 16, 16, 16, 16, 16 };
    out += row({ QStringLiteral("Behavior"), QStringLiteral("Others"), QStringLiteral("Self"), QStringLiteral("Manager"),
                   QStringLiteral("Peers"), QStringLiteral("Direct reports"), QStringLiteral("Other") },
        widths);
    for (const BehaviorProfile& b : profile.behaviors) {
        out += row({ b.behavior.name, cell(b.others), cell(b.group(RaterGroup::Self)), cell(b.group(RaterGroup::Manager)),
                       cell(b.group(RaterGroup::Peer)), cell(b.group(RaterGroup::DirectReport)),
                       cell(b.group(RaterGroup::Other)) },
            widths);
        if (b.pooled)
            out += QStringLiteral("  pooled, %1: %2\n").arg(poolLabel(b.pooled->members), cell(b.pooled->stats));
    }
    auto list = [](const QStringList& keys) { return keys.isEmpty() ? QStringLiteral("none") : keys.join(QStringLiteral(", ")); };
    out += QStringLiteral("\nStrengths: %1\nGrowth areas: %2\nBlind spots: %3\nHidden strengths: %4\n")
               .arg(list(profile.strengths), list(profile.growthAreas), list(profile.blindSpots),
                   list(profile.hiddenStrengths));
    return out;
}

QString teamProfileAsText(const TeamProfile& profile)
{
    QString out = QStringLiteral("Team %1 (manager: %2), %3 members\n\n")
                      .arg(profile.team.name, profile.managerName.isEmpty() ? QStringLiteral("none") : profile.managerName)
                      .arg(profile.members.size());
    const QList<int> widths = { 22, 12, 12, 12 };
    out += row({ QStringLiteral("Behavior"), QStringLiteral("Mean"), QStringLiteral("Median"), QStringLiteral("Members") },
        widths);
    for (const TeamRadarAxis& axis : profile.radar) {
        auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 2) : QStringLiteral("-"); };
        out += row({ axis.name, number(axis.mean), number(axis.median), QString::number(axis.contributingMembers) },
            widths);
    }
    QStringList leaders;
    for (const InformalLeader& l : profile.informalLeaders)
        leaders << l.name;
    QStringList never;
    for (const Person& m : profile.members) {
        if (profile.neverObserved.contains(m.id))
            never << m.name;
    }
    out += QStringLiteral("\nInformal leaders: %1\nNever observed: %2\n")
               .arg(leaders.isEmpty() ? QStringLiteral("none") : leaders.join(QStringLiteral(", ")),
                   never.isEmpty() ? QStringLiteral("none") : never.join(QStringLiteral(", ")));
    return out;
}

} // namespace peerradar::cli
