#include "domain/Rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace peerradar {

namespace {

struct Rules
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::Rules)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

bool hasControlCharacters(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

RaterGroup deriveRaterGroup(const Person& observer, const Person& subject)
{
    if (observer.id == subject.id)
        return RaterGroup::Self;
    if (subject.managerId != 0 && subject.managerId == observer.id)
        return RaterGroup::Manager;
    if (observer.managerId != 0 && observer.managerId == subject.id)
        return RaterGroup::DirectReport;
    if (observer.teamId != 0 && observer.teamId == subject.teamId)
        return RaterGroup::Peer;
    return RaterGroup::Other;
}

bool mayReadProfile(const Person& viewer, const Person& subject, const QList<Team>& teams)
{
    if (viewer.role == Role::Hr || subject.id == viewer.id)
        return true;
    if (viewer.role != Role::Manager || subject.removed || viewer.id == 0)
        return false;
    if (subject.managerId == viewer.id)
        return true;
    return std::any_of(teams.cbegin(), teams.cend(),
        [&](const Team& team) { return team.id == subject.teamId && subject.teamId != 0 && team.managerId == viewer.id; });
}

bool mayReadTeam(const Person& viewer, const Team& team)
{
    return viewer.role == Role::Hr || (viewer.role == Role::Manager && viewer.id != 0 && team.managerId == viewer.id);
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool isValidBehaviorKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(key).hasMatch();
}

Status validatePerson(const Person& person)
{
    const QString name = person.name.trimmed();
    if (name.isEmpty())
        return invalid(Rules::tr("Enter the person's name."));
    if (name.size() > maxNameLength)
        return invalid(Rules::tr("The name is too long: use at most %1 characters.").arg(maxNameLength));
    if (hasControlCharacters(name))
        return invalid(Rules::tr("The name contains control characters; type it again without them."));
    if (!isValidEmail(person.email.trimmed()))
        return invalid(Rules::tr("\"%1\" is not an email address; write it as name@example.com.").arg(person.email));
    if (person.managerId != 0 && person.managerId == person.id)
        return invalid(Rules::tr("A person cannot be their own manager."));
    return {};
}

Status validateTeam(const Team& team)
{
    const QString name = team.name.trimmed();
    if (name.isEmpty())
        return invalid(Rules::tr("Enter the team's name."));
    if (name.size() > maxNameLength)
        return invalid(Rules::tr("The team name is too long: use at most %1 characters.").arg(maxNameLength));
    if (hasControlCharacters(name))
        return invalid(Rules::tr("The team name contains control characters; type it again without them."));
    return {};
}

Status validateBehavior(const Behavior& behavior)
{
    if (!isValidBehaviorKey(behavior.key))
        return invalid(Rules::tr("The key \"%1\" is not usable: start with a lowercase letter and use only lowercase "
                          "letters, digits and underscores (at most 40).")
                           .arg(behavior.key));
    if (behavior.name.trimmed().isEmpty())
        return invalid(Rules::tr("Enter a short name for the behavior \"%1\".").arg(behavior.key));
    if (behavior.name.size() > maxNameLength)
        return invalid(Rules::tr("The behavior's name is too long: use at most %1 characters.").arg(maxNameLength));
    if (behavior.description.size() > maxNoteFieldLength)
        return invalid(Rules::tr("The behavior's description is too long: use at most %1 characters.")
                           .arg(maxNoteFieldLength));
    return {};
}

Status validateCycle(const Cycle& cycle)
{
    if (cycle.name.trimmed().isEmpty())
        return invalid(Rules::tr("Enter a name for the cycle, for example \"2026 H1\"."));
    if (cycle.name.size() > maxNameLength)
        return invalid(Rules::tr("The cycle's name is too long: use at most %1 characters.").arg(maxNameLength));
    if (!cycle.start.isValid() || !cycle.end.isValid())
        return invalid(Rules::tr("Give the cycle a start date and an end date."));
    if (cycle.end < cycle.start)
        return invalid(Rules::tr("The cycle ends before it starts: choose an end date on or after %1.")
                           .arg(cycle.start.toString(Qt::ISODate)));
    return {};
}

Status validateCycleOverlap(const Cycle& cycle, const QList<Cycle>& existing)
{
    for (const Cycle& other : existing) {
        if (other.id != 0 && other.id == cycle.id)
            continue;
        if (cycle.overlaps(other))
            return invalid(Rules::tr("The cycle overlaps the cycle \"%1\" (%2 to %3). Cycles may not share a day: "
                                     "profiles over overlapping periods could be compared to find out who said what. "
                                     "Choose dates outside that cycle.")
                               .arg(other.name, other.start.toString(Qt::ISODate), other.end.toString(Qt::ISODate)));
    }
    return {};
}

ReadablePeriods readablePeriods(bool viewerIsHr, const QList<Cycle>& cycles)
{
    ReadablePeriods periods;
    periods.wholeHistory = viewerIsHr || cycles.isEmpty();
    for (const Cycle& cycle : cycles) {
        const bool alone = std::none_of(cycles.cbegin(), cycles.cend(),
            [&cycle](const Cycle& other) { return &other != &cycle && cycle.overlaps(other); });
        if (viewerIsHr || alone)
            periods.cycleIds.append(cycle.id);
    }
    return periods;
}

QString anonymousGroupsKey(AnonymousGroups groups)
{
    switch (groups) {
    case AnonymousGroups::Live:
        return QStringLiteral("live");
    case AnonymousGroups::Released:
        return QStringLiteral("released");
    case AnonymousGroups::Withheld:
        return QStringLiteral("withheld");
    }
    return {};
}

AnonymousGroups anonymousGroupsFor(
    bool readerIsHr, const std::optional<Cycle>& cycle, const std::optional<CycleRelease>& release)
{
    if (readerIsHr)
        return AnonymousGroups::Live;
    if (cycle && release && release->cycleId == cycle->id)
        return AnonymousGroups::Released;
    return AnonymousGroups::Withheld;
}

Status validateRelease(const Cycle& cycle, const QList<Cycle>& cycles, const QList<CycleRelease>& releases)
{
    if (auto s = validateCycleOverlap(cycle, cycles); !s)
        return s;
    for (const CycleRelease& release : releases) {
        if (release.cycleId == cycle.id || release.end < cycle.start || cycle.end < release.start)
            continue;
        const auto other = std::find_if(
            cycles.cbegin(), cycles.cend(), [&release](const Cycle& c) { return c.id == release.cycleId; });
        return invalid(Rules::tr("The cycle's dates share days with what was released of the cycle \"%1\" (%2 to %3). "
                                 "Two released periods that share days could be compared to find out who said what. "
                                 "Change the cycle's dates first.")
                           .arg(other != cycles.cend() ? other->name : QString(),
                               release.start.toString(Qt::ISODate), release.end.toString(Qt::ISODate)));
    }
    return {};
}

Status validateCycleDeletion(const Cycle& cycle, const std::optional<CycleRelease>& release)
{
    if (!release)
        return {};
    return invalid(Rules::tr("The cycle \"%1\" was released on %2, so it is kept: people may have read its "
                             "figures, and a later release is compared with this one. You can still rename it.")
                       .arg(cycle.name, release->releasedAt.date().toString(Qt::ISODate)));
}

Status validateSettings(const DatabaseSettings& settings)
{
    if (settings.k < 2 || settings.k > 50)
        return invalid(Rules::tr("The anonymity threshold must be between 2 and 50 observers."));
    if (settings.kNotes < 2 || settings.kNotes > 50)
        return invalid(Rules::tr("The anonymity threshold for notes must be between 2 and 50 observers."));
    return {};
}

Status validateObservation(const Observation& observation)
{
    if (observation.impact < minImpact || observation.impact > maxImpact)
        return invalid(Rules::tr("The impact must be a whole number from %1 (small) to %2 (large); %3 is not.")
                           .arg(minImpact)
                           .arg(maxImpact)
                           .arg(observation.impact));
    if (!observation.date.isValid())
        return invalid(Rules::tr("Give the date on which you saw it happen."));
    if (observation.date > QDate::currentDate().addDays(1))
        return invalid(Rules::tr("The date %1 is in the future: choose the day you saw it happen.")
                           .arg(observation.date.toString(Qt::ISODate)));
    if (observation.date.year() < 1970)
        return invalid(Rules::tr("The date %1 is too far in the past.").arg(observation.date.toString(Qt::ISODate)));
    const Note& n = observation.note;
    if (n.situation.size() > maxNoteFieldLength || n.action.size() > maxNoteFieldLength
        || n.result.size() > maxNoteFieldLength)
        return invalid(Rules::tr("A note field is too long: keep each of situation, action and result under %1 "
                          "characters.")
                           .arg(maxNoteFieldLength));
    return {};
}

} // namespace peerradar
