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
        break;
    }
    QString text = QString::number(stats.mean, 'f', 2);
    if (stats.ciLow && stats.ciHigh)
        text += QStringLiteral(" [%1,%2]").arg(*stats.ciLow, 0, 'f', 1).arg(*stats.ciHigh, 0, 'f', 1);
    if (stats.adjustedMean)
        text += QStringLiteral(" adj %1").arg(*stats.adjustedMean, 0, 'f', 2);
    text += QStringLiteral(" %1/%2").arg(stats.observers).arg(stats.observations);
    if (stats.indicative)
        text += u'*';
    if (stats.observersDisagree())
        text += u'!';
    return text;
}

QString selfOther(const std::optional<SelfOtherFigures>& f)
{
    return f ? selfOtherKey(f->agreement) : QStringLiteral("-");
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
    out += QStringLiteral("Period %1 to %2%3; groups under %4 observers are hidden\n"
                          "Cells: mean of the observers' views [95% interval] observers/observations; "
                          "* indicative (too few observers for a reliable figure), ! observers disagree\n\n")
               .arg(profile.from.toString(Qt::ISODate), profile.to.toString(Qt::ISODate),
                   profile.cycle ? QStringLiteral(" (cycle %1)").arg(profile.cycle->name) : QString())
               .arg(profile.settings.k);
    if (profile.settings.leniencyCorrection)
        out += QStringLiteral("Leniency correction on: \"adj\" is the mean with each observer's leniency removed "
                              "(groups of at least %1 observers other than self)\n\n")
                   .arg(profile.settings.k);
    const QList<int> widths = profile.settings.leniencyCorrection ? QList<int> { 22, 30, 22, 30, 30, 30, 30, 18 }
                                                                  : QList<int> { 22, 22, 22, 22, 22, 22, 22, 18 };
    out += row({ QStringLiteral("Behavior"), QStringLiteral("Others"), QStringLiteral("Self"),
                   QStringLiteral("Manager"), QStringLiteral("Peers"), QStringLiteral("Direct reports"),
                   QStringLiteral("Other"), QStringLiteral("Self-other") },
        widths);
    for (const BehaviorProfile& b : profile.behaviors) {
        out += row({ b.behavior.name, cell(b.others), cell(b.group(RaterGroup::Self)),
                       cell(b.group(RaterGroup::Manager)), cell(b.group(RaterGroup::Peer)),
                       cell(b.group(RaterGroup::DirectReport)), cell(b.group(RaterGroup::Other)),
                       selfOther(b.selfOther) },
            widths);
        if (b.pooled)
            out += QStringLiteral("  pooled, %1: %2\n").arg(poolLabel(b.pooled->members), cell(b.pooled->stats));
    }
    auto list = [](const QStringList& keys) { return keys.isEmpty() ? QStringLiteral("none") : keys.join(QStringLiteral(", ")); };
    out += QStringLiteral("\nStrengths: %1\nGrowth areas: %2\nBlind spots: %3\nHidden strengths: %4\n")
               .arg(list(profile.strengths), list(profile.growthAreas), list(profile.blindSpots),
                   list(profile.hiddenStrengths));
    out += QStringLiteral("Self-other agreement: %1").arg(selfOther(profile.selfOther));
    if (const auto& f = profile.selfOther)
        out += QStringLiteral(" (self %1, others %2, gap %3 +/- %4 over %5 behaviors)")
                   .arg(f->self, 0, 'f', 2)
                   .arg(f->others, 0, 'f', 2)
                   .arg(f->gap, 0, 'f', 2)
                   .arg(f->uncertainty, 0, 'f', 2)
                   .arg(f->behaviors);
    out += u'\n';
    return out;
}

QString teamProfileAsText(const TeamProfile& profile)
{
    QString out = QStringLiteral("Team %1 (manager: %2), %3 members\n\n")
                      .arg(profile.team.name, profile.managerName.isEmpty() ? QStringLiteral("none") : profile.managerName)
                      .arg(profile.members.size());
    const bool corrected = profile.settings.leniencyCorrection;
    const QList<int> widths = corrected ? QList<int> { 22, 12, 12, 12, 12 } : QList<int> { 22, 12, 12, 12 };
    QStringList header { QStringLiteral("Behavior"), QStringLiteral("Mean"), QStringLiteral("Median"),
        QStringLiteral("Members") };
    if (corrected)
        header.insert(2, QStringLiteral("Adjusted"));
    out += row(header, widths);
    for (const TeamRadarAxis& axis : profile.radar) {
        auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 2) : QStringLiteral("-"); };
        QStringList cells { axis.name, number(axis.mean), number(axis.median), QString::number(axis.contributingMembers) };
        if (corrected)
            cells.insert(2, number(axis.adjustedMean));
        out += row(cells, widths);
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
