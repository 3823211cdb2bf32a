#include "report/ReportContent.h"

#include "analytics/Anonymity.h"

#include <QLocale>

#include <algorithm>

namespace peerradar {

namespace {

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

// The cycle's name, or the dates of a period without one: short enough for a footer.
QString shortPeriod(const std::optional<Cycle>& cycle, const QDate& from, const QDate& to)
{
    if (cycle)
        return QCoreApplication::translate("peerradar::ReportContent", "Cycle %1").arg(cycle->name);
    return QCoreApplication::translate("peerradar::ReportContent", "%1 to %2")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QStringList documentKeywords(const QString& name, const std::optional<Cycle>& cycle)
{
    QStringList keywords { QStringLiteral("PeerRadar"),
        QCoreApplication::translate("peerradar::ReportContent", "360-degree feedback"),
        QCoreApplication::translate("peerradar::ReportContent", "peer influence"),
        QCoreApplication::translate("peerradar::ReportContent", "confidential"), name };
    if (cycle)
        keywords << cycle->name;
    return keywords;
}

QString period(const std::optional<Cycle>& cycle, const QDate& from, const QDate& to)
{
    const QString range = QCoreApplication::translate("peerradar::ReportContent", "%1 to %2")
                              .arg(QLocale().toString(from, QLocale::LongFormat), QLocale().toString(to, QLocale::LongFormat));
    if (cycle)
        return QCoreApplication::translate("peerradar::ReportContent", "Cycle %1 (%2)").arg(cycle->name, range);
    return range;
}

const BehaviorProfile* findBehavior(const PersonProfile& profile, const QString& key)
{
    for (const BehaviorProfile& b : profile.behaviors) {
        if (b.behavior.key == key)
            return &b;
    }
    return nullptr;
}

QString groupName(const BehaviorProfile& b, const GroupStats& stats)
{
    if (&stats == &b.others)
        return QCoreApplication::translate("peerradar::ReportContent", "all others");
    if (b.pooled && &stats == &b.pooled->stats)
        return poolLabel(b.pooled->members);
    for (RaterGroup g : allRaterGroups) {
        if (&stats == &b.group(g))
            return raterGroupDisplayName(g);
    }
    return {};
}

QStringList selfOtherSentences(const PersonProfile& profile)
{
    QStringList result;
    if (const auto& all = profile.selfOther) {
        result << QCoreApplication::translate("peerradar::ReportContent",
            "Overall, over %n behaviors: %1. Your own view averages %2, others' %3; the gap of %4 is "
            "compared "
            "with its uncertainty (±%5).",
            nullptr, all->behaviors)
                      .arg(ReportContent::selfOtherLabel(all->agreement), number(all->self),
                          number(all->others), number(all->gap), number(all->uncertainty));
    }
    for (const BehaviorProfile& b : profile.behaviors) {
        if (!b.selfOther)
            continue;
        result << QCoreApplication::translate(
            "peerradar::ReportContent", "%1: %2 (you %3, others %4, uncertainty ±%5).")
                      .arg(b.behavior.name, ReportContent::selfOtherLabel(b.selfOther->agreement),
                          number(b.selfOther->self), number(b.selfOther->others),
                          number(b.selfOther->uncertainty));
    }
    return result;
}

QStringList disagreementSentences(const PersonProfile& profile)
{
    QStringList result;
    for (const BehaviorProfile& b : profile.behaviors) {
        QList<const GroupStats*> figures { &b.others };
        for (RaterGroup g : allRaterGroups) {
            if (g != RaterGroup::Self)
                figures << &b.group(g);
        }
        if (b.pooled)
            figures << &b.pooled->stats;
        for (const GroupStats* s : figures) {
            if (!s->isShown())
                continue;
            if (s->observersDisagree())
                result << QCoreApplication::translate("peerradar::ReportContent",
                    "%1, %2: observers disagree (agreement %3 on a scale from 0 to 1); the mean hides very "
                    "different views.")
                              .arg(b.behavior.name, groupName(b, *s), number(*s->agreement));
        }
    }
    return result;
}

} // namespace

QString ReportContent::counts(const GroupStats& stats)
{
    return tr("%1, %2").arg(
        tr("%n observers", nullptr, stats.observers), tr("%n observations", nullptr, stats.observations));
}

QString ReportContent::figure(const GroupStats& stats)
{
    switch (stats.state) {
    case GroupStats::State::Empty:
        return QStringLiteral("–");
    case GroupStats::State::Suppressed:
        return stats.pooledInto.isEmpty() ? tr("hidden") : tr("pooled");
    case GroupStats::State::Shown:
        break;
    }
    QStringList parts;
    if (stats.ciLow && stats.ciHigh)
        parts << tr("%1 (%2–%3)").arg(number(stats.mean), number(*stats.ciLow, 1), number(*stats.ciHigh, 1));
    else
        parts << number(stats.mean);
    if (stats.adjustedMean)
        parts << tr("corrected for leniency %1").arg(number(*stats.adjustedMean));
    parts << counts(stats);
    if (stats.indicative)
        parts << tr("indicative");
    if (stats.observersDisagree())
        parts << tr("observers disagree");
    return parts.join(QStringLiteral(" · "));
}

QString ReportContent::leniencyLegend(int k)
{
    return tr("\"corrected for leniency\": the same mean with each observer's habit of rating high or low "
              "removed (how far their ratings of this behavior for other people sit from the organisation's "
              "mean, counted in part when they rated few). Given beside the figure, for groups of at least %n "
              "observers other than self; interval, findings and gaps use the figure itself.",
        nullptr, k);
}

QString ReportContent::selfOtherLabel(SelfOtherAgreement agreement)
{
    switch (agreement) {
    case SelfOtherAgreement::OverEstimator:
        return tr("over-estimator");
    case SelfOtherAgreement::UnderEstimator:
        return tr("under-estimator");
    case SelfOtherAgreement::AgreeHigh:
        return tr("in agreement (high)");
    case SelfOtherAgreement::AgreeLow:
        return tr("in agreement (low)");
    }
    return {};
}

QString ReportContent::teamReleaseLine(
    AnonymousGroups groups, const std::optional<Cycle>& cycle, const std::optional<CycleRelease>& release)
{
    if (groups != AnonymousGroups::Withheld)
        return releaseLine(groups, cycle, release, std::nullopt);
    // A team's figures are its members' as others saw them: withheld, nothing of them is shown.
    return cycle ? tr("The team's figures come from peers, direct reports and others in the organisation: they "
                      "appear when HR releases the cycle \"%1\".")
                       .arg(cycle->name)
                 : tr("The team's figures come from peers, direct reports and others in the organisation: they "
                      "are shown for a cycle once HR has released it. Choose a released cycle.");
}

QString ReportContent::releaseLine(AnonymousGroups groups, const std::optional<Cycle>& cycle,
    const std::optional<CycleRelease>& release, const std::optional<ReleaseChanges>& changes)
{
    switch (groups) {
    case AnonymousGroups::Withheld:
        // Read by the person and by their manager alike: neither "your" fits both.
        return cycle ? tr("Only the self-rating and the manager's view are shown. The figures of peers, direct "
                          "reports and others in the organisation appear when HR releases the cycle \"%1\".")
                           .arg(cycle->name)
                     : tr("Only the self-rating and the manager's view are shown. The figures of peers, direct "
                          "reports and others in the organisation are shown for a cycle once HR has released it: "
                          "choose a released cycle.");
    case AnonymousGroups::Released:
        return release ? tr("Figures as HR released them on %1 (release %2): later changes do not alter them.")
                             .arg(QLocale().toString(release->releasedAt.toLocalTime().date(), QLocale::LongFormat))
                             .arg(release->number)
                       : QString();
    case AnonymousGroups::Live:
        break;
    }
    // HR's live figures, over any period: a summary of them may show what its readers may not see,
    // so it says first, in one sentence, that it is HR's own (the readers' version is the views'
    // "Show figures" choice, Export all, and the command-line tool's --as-reader).
    const QString live = tr("HR's copy: live figures, not for handing out.");
    if (!cycle)
        return live + u' '
            + tr("Over the whole history, anyone but HR sees no figures of peers, direct reports or others "
                 "in the organisation.");
    if (!release)
        return live + u' '
            + tr("The cycle \"%1\" is not released: anyone but HR sees no figures of peers, direct reports "
                 "or others in the organisation yet.")
                  .arg(cycle->name);

    QString line = live + u' '
        + tr("Released on %1 (release %2); readers see the figures of then.")
              .arg(QLocale().toString(release->releasedAt.toLocalTime().date(), QLocale::LongFormat))
              .arg(release->number);
    if (changes && !changes->isEmpty())
        line += u' '
            + tr("Changed since release: %n observation(s) added", nullptr, changes->added)
            + tr(", %n edited", nullptr, changes->edited) + tr(", %n removed", nullptr, changes->removed)
            + tr(", %n person(s) moved", nullptr, changes->peopleMoved)
            + (changes->datesChanged ? tr(", the cycle's dates moved") : QString()) + u'.';
    else if (changes)
        line += u' ' + tr("Nothing changed since.");
    return line;
}

PersonReport ReportContent::person(const PersonProfile& profile, const QList<ProfileNote>& notes, const QDate& printedOn)
{
    PersonReport r;
    r.personName = profile.person.name;
    r.teamName = profile.teamName.isEmpty() ? tr("No team") : profile.teamName;
    r.periodLine = period(profile.cycle, profile.from, profile.to);
    r.releaseLine = releaseLine(profile.anonymousGroups, profile.cycle, profile.release, profile.changesSinceRelease);
    const QString when = shortPeriod(profile.cycle, profile.from, profile.to);
    r.document.subject = tr("Peer-influence feedback summary for %1, %2").arg(profile.person.name, when);
    r.document.keywords = documentKeywords(profile.person.name, profile.cycle);
    r.document.footer = tr("Confidential · %1 · %2").arg(profile.person.name, when);
    r.confidentiality = tr("Confidential. Prepared on %1 for %2 and the people who support their development. Do not "
                           "forward.")
                            .arg(QLocale().toString(printedOn, QLocale::LongFormat), profile.person.name);
    r.howToRead = tr(
        "The radar shows, for each behavior, how strong an impact others saw (1 = small, 5 = large), your "
        "own view, and your team's average. Each observer counts once, however often they logged: their "
        "observations are averaged first. Whiskers show the 95% interval, which stays within the scale: "
        "the fewer the observers, the wider it is. To protect the people who gave feedback, a group with "
        "fewer than %n different observers is never shown, and neither is any figure it could be worked "
        "out from.",
        nullptr, profile.settings.k);

    bool anyPooled = false;
    for (const BehaviorProfile& b : profile.behaviors)
        anyPooled = anyPooled || b.pooled.has_value();
    r.tableLegend
        = tr("Mean of the observers' views (each observer's observations averaged first) with its 95% "
             "interval in brackets, then how many different people observed and how many observations "
             "they logged. A single observer's figure is that person's view: it has no interval. "
             "\"indicative\": fewer observers than a reliable figure "
             "needs (3 for a manager, 4 for peers, 6 for direct reports). \"observers disagree\": their "
             "views are spread so widely that the mean hides more than it tells. \"hidden\": fewer than %n "
             "different observers, or a figure that would reveal such a group.",
            nullptr, profile.settings.k);
    if (profile.settings.leniencyCorrection)
        r.tableLegend += QLatin1Char(' ') + leniencyLegend(profile.settings.k);
    r.groupTable.header = { tr("Behavior"), tr("All others"), tr("Self"), tr("Manager"), tr("Peers"), tr("Direct reports"),
        tr("Others in the organisation") };
    r.groupTable.stretch = { 16, 11, 11, 11, 11, 11, 11 };
    if (anyPooled) {
        r.groupTable.header << tr("Pooled groups");
        r.groupTable.stretch << 14;
    }
    for (const BehaviorProfile& b : profile.behaviors) {
        QStringList row { b.behavior.retired ? tr("%1 (retired)").arg(b.behavior.name) : b.behavior.name, figure(b.others),
            figure(b.group(RaterGroup::Self)), figure(b.group(RaterGroup::Manager)), figure(b.group(RaterGroup::Peer)),
            figure(b.group(RaterGroup::DirectReport)), figure(b.group(RaterGroup::Other)) };
        if (anyPooled)
            row << (b.pooled ? QStringLiteral("%1: %2").arg(poolLabel(b.pooled->members), figure(b.pooled->stats))
                              : QStringLiteral("–"));
        r.groupTable.rows << row;
    }

    for (const QString& key : profile.strengths) {
        if (const BehaviorProfile* b = findBehavior(profile, key))
            r.strengths << tr("%1: others saw an average impact of %2 from %n observers, among the highest in this profile.",
                nullptr, b->others.observers)
                               .arg(b->behavior.name, number(b->others.mean));
    }
    for (const QString& key : profile.growthAreas) {
        if (const BehaviorProfile* b = findBehavior(profile, key))
            r.growthAreas << tr("%1: others saw an average impact of %2 from %n observers, the most room to grow.",
                nullptr, b->others.observers)
                                 .arg(b->behavior.name, number(b->others.mean));
    }
    r.selfOther = selfOtherSentences(profile);
    r.disagreements = disagreementSentences(profile);
    for (const QString& key : profile.blindSpots) {
        if (const BehaviorProfile* b = findBehavior(profile, key))
            r.blindSpots << tr("%1: you rated yourself %2, others %3. The gap of %4 is larger than its uncertainty "
                               "(±%5): others see less of this than you do.")
                                .arg(b->behavior.name, number(b->group(RaterGroup::Self).mean), number(b->others.mean),
                                    number(b->gap.value_or(0)), number(b->gapUncertainty.value_or(0)));
    }
    for (const QString& key : profile.hiddenStrengths) {
        if (const BehaviorProfile* b = findBehavior(profile, key))
            r.hiddenStrengths << tr("%1: others rated it %2, you %3. The gap of %4 is larger than its uncertainty "
                                    "(±%5): others see more of this than you do.")
                                     .arg(b->behavior.name, number(b->others.mean), number(b->group(RaterGroup::Self).mean),
                                         number(-b->gap.value_or(0)), number(b->gapUncertainty.value_or(0)));
    }

    if (profile.trend) {
        const Trend& t = *profile.trend;
        r.trendTitle = tr("Trend: %1 compared with %2").arg(t.current.name, t.previous.name);
        r.trendTable.header = { tr("Behavior"), t.previous.name, t.current.name, tr("Change") };
        r.trendTable.stretch = { 16, 12, 12, 8 };
        for (const TrendEntry& e : t.behaviors) {
            QString change = QStringLiteral("–");
            if (e.change) {
                change = *e.change >= 0 ? QStringLiteral("+") + number(*e.change) : number(*e.change);
                if (e.changeUncertainty)
                    change = (e.changed ? tr("%1 (changed; uncertainty ±%2)")
                                        : tr("%1 (within the uncertainty ±%2)"))
                                 .arg(change, number(*e.changeUncertainty));
            }
            r.trendTable.rows << QStringList { e.name, figure(e.previous), figure(e.now), change };
        }
    }

    r.notesIntro = tr("What observers wrote, word for word, without their names. Only groups with at least %n "
                      "different observers are quoted.",
        nullptr, profile.settings.kNotes);
    QHash<QString, int> groupIndex;
    for (const BehaviorProfile& b : profile.behaviors) {
        groupIndex.insert(b.behavior.key, int(r.notes.size()));
        r.notes << ReportNoteGroup { b.behavior.name, {}, {} };
    }
    // Newest first, whatever order they came in (a server's function may sort otherwise); those
    // past the cap are counted, not printed: repeated notes made summaries run to six pages.
    QList<const ProfileNote*> newestFirst;
    for (const ProfileNote& n : notes)
        newestFirst << &n;
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [](const ProfileNote* a, const ProfileNote* b) {
        return a->date != b->date ? a->date > b->date : a->observationId > b->observationId;
    });
    QList<int> leftOut(r.notes.size(), 0);
    for (const ProfileNote* note : std::as_const(newestFirst)) {
        const ProfileNote& n = *note;
        const int index = groupIndex.value(n.behaviorKey, -1);
        if (index < 0)
            continue;
        QStringList parts;
        if (!n.note.situation.isEmpty())
            parts << tr("Situation: %1").arg(n.note.situation);
        if (!n.note.action.isEmpty())
            parts << tr("What they did: %1").arg(n.note.action);
        if (!n.note.result.isEmpty())
            parts << tr("Impact: %1").arg(n.note.result);
        if (parts.isEmpty())
            continue;
        if (r.notes[index].notes.size() >= notesPerBehavior) {
            ++leftOut[index];
            continue;
        }
        r.notes[index].notes << QStringLiteral("%1 · %2 — %3")
                                    .arg(QLocale().toString(n.date, QStringLiteral("MMMM yyyy")), n.groupLabel,
                                        parts.join(QStringLiteral(" ")));
    }
    for (qsizetype i = 0; i < r.notes.size(); ++i) {
        if (leftOut[i] > 0)
            r.notes[i].more = tr("… and %n more notes, not printed here.", nullptr, leftOut[i]);
    }
    r.notes.removeIf([](const ReportNoteGroup& g) { return g.notes.isEmpty(); });
    if (std::any_of(r.notes.cbegin(), r.notes.cend(), [](const ReportNoteGroup& g) { return !g.more.isEmpty(); }))
        r.notesIntro += QLatin1Char(' ')
            + tr("For each behavior the %n newest notes are quoted; the others are counted.", nullptr, notesPerBehavior);
    return r;
}

TeamReport ReportContent::team(const TeamProfile& profile, const QDate& printedOn)
{
    TeamReport r;
    r.teamName = profile.team.name;
    r.managerLine = profile.managerName.isEmpty() ? tr("No manager set") : tr("Manager: %1").arg(profile.managerName);
    r.releaseLine = teamReleaseLine(profile.anonymousGroups, profile.cycle, profile.release);
    r.periodLine = period(profile.cycle, profile.from, profile.to);
    const QString when = shortPeriod(profile.cycle, profile.from, profile.to);
    r.document.subject = tr("Peer-influence team summary for %1, %2").arg(profile.team.name, when);
    r.document.keywords = documentKeywords(profile.team.name, profile.cycle);
    r.document.footer = tr("Confidential · Team %1 · %2").arg(profile.team.name, when);
    r.confidentiality
        = tr("Confidential. Prepared on %1 for the team's manager and HR. Do not forward.")
              .arg(QLocale().toString(printedOn, QLocale::LongFormat));
    r.radarTable.header = { tr("Behavior"), tr("Mean of members"), tr("Median"), tr("Members counted") };
    r.radarTable.stretch = { 16, 10, 10, 10 };
    const bool corrected = profile.settings.leniencyCorrection;
    if (corrected) {
        r.radarTable.header.insert(2, tr("Mean corrected for leniency"));
        r.radarTable.stretch.insert(2, 10);
    }
    for (const TeamRadarAxis& axis : profile.radar) {
        QStringList row { axis.name, axis.mean ? number(*axis.mean) : QStringLiteral("–"),
            axis.median ? number(*axis.median) : QStringLiteral("–"), QString::number(axis.contributingMembers) };
        if (corrected)
            row.insert(2, axis.adjustedMean ? number(*axis.adjustedMean) : QStringLiteral("–"));
        r.radarTable.rows << row;
    }
    r.heatmap.header << tr("Member");
    r.heatmap.stretch << 16;
    for (const Behavior& b : profile.behaviors) {
        r.heatmap.header << b.name;
        r.heatmap.stretch << 8;
    }
    for (qsizetype m = 0; m < profile.members.size(); ++m) {
        QStringList row { profile.members.at(m).name };
        QList<std::optional<double>> values;
        for (const GroupStats& cell : profile.heatmap.value(m)) {
            row << (cell.isShown() ? number(cell.mean, 1) : cell.isSuppressed() ? tr("hidden") : QStringLiteral("–"));
            values << (cell.isShown() ? std::optional<double>(cell.mean) : std::nullopt);
        }
        r.heatmap.rows << row;
        r.heatValues << values;
        r.networkNames << profile.members.at(m).name;
    }
    for (const InformalLeader& leader : profile.informalLeaders)
        r.informalLeaders << tr("%1 leads without the title: %n observations by peers in this period.", nullptr,
            leader.peerObservations)
                                 .arg(leader.name);
    if (r.informalLeaders.isEmpty())
        r.informalLeaders << tr("Nobody without direct reports stands out in peers' observations in this period.");
    QStringList never;
    for (const Person& m : profile.members) {
        if (profile.neverObserved.contains(m.id))
            never << m.name;
    }
    r.coverage << (never.isEmpty() ? tr("Everyone in the team was observed by someone else in this period.")
                                   : tr("Never observed by anyone else in this period: %1.").arg(never.join(QStringLiteral(", "))));
    r.memberTable.header = { tr("Member"), tr("Observations received"), tr("Observers"), tr("Observations given") };
    r.memberTable.stretch = { 16, 10, 10, 10 };
    for (const MemberCoverage& c : profile.coverage) {
        r.memberTable.rows << QStringList { c.name,
            c.observationsReceived ? QString::number(*c.observationsReceived) : tr("hidden"),
            c.observers ? QString::number(*c.observers) : tr("hidden"), QString::number(c.observationsGiven) };
    }
    return r;
}

} // namespace peerradar
