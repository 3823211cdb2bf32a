#include "domain/Types.h"

#include <QCoreApplication>

namespace peerradar {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Member:
        return QStringLiteral("member");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Hr:
        return QStringLiteral("hr");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (Role r : { Role::Member, Role::Manager, Role::Hr }) {
        if (roleKey(r) == k)
            return r;
    }
    return std::nullopt;
}

QString raterGroupKey(RaterGroup group)
{
    switch (group) {
    case RaterGroup::Self:
        return QStringLiteral("self");
    case RaterGroup::Manager:
        return QStringLiteral("manager");
    case RaterGroup::DirectReport:
        return QStringLiteral("direct_report");
    case RaterGroup::Peer:
        return QStringLiteral("peer");
    case RaterGroup::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<RaterGroup> raterGroupFromKey(const QString& key)
{
    for (RaterGroup g : allRaterGroups) {
        if (raterGroupKey(g) == key)
            return g;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Member:
        return QCoreApplication::translate("peerradar::Role", "Team member");
    case Role::Manager:
        return QCoreApplication::translate("peerradar::Role", "Manager");
    case Role::Hr:
        return QCoreApplication::translate("peerradar::Role", "HR");
    }
    return {};
}

QString raterGroupDisplayName(RaterGroup group)
{
    switch (group) {
    case RaterGroup::Self:
        return QCoreApplication::translate("peerradar::RaterGroup", "Self");
    case RaterGroup::Manager:
        return QCoreApplication::translate("peerradar::RaterGroup", "Manager");
    case RaterGroup::DirectReport:
        return QCoreApplication::translate("peerradar::RaterGroup", "Direct reports");
    case RaterGroup::Peer:
        return QCoreApplication::translate("peerradar::RaterGroup", "Peers");
    case RaterGroup::Other:
        return QCoreApplication::translate("peerradar::RaterGroup", "Others in the organisation");
    }
    return {};
}

} // namespace peerradar
