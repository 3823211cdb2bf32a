#include "analytics/TeamProfile.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace peerradar {

namespace {

QJsonValue rounded(const std::optional<double>& value)
{
    return value ? QJsonValue(std::round(*value * 10000.0) / 10000.0) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject teamProfileToJson(const TeamProfile& profile)
{
    QHash<Id, QString> email;
    QHash<Id, QString> name;
    QJsonArray members;
    for (const Person& p : profile.members) {
        email.insert(p.id, p.email);
        name.insert(p.id, p.name);
        members.append(
            QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("email"), p.email } });
    }

    QJsonArray radar;
    QJsonArray behaviorKeys;
    for (const TeamRadarAxis& axis : profile.radar) {
        behaviorKeys.append(axis.key);
        QJsonObject o { { QStringLiteral("key"), axis.key }, { QStringLiteral("name"), axis.name },
            { QStringLiteral("mean"), rounded(axis.mean) },
            { QStringLiteral("median"), rounded(axis.median) },
            { QStringLiteral("members"), axis.contributingMembers } };
        if (profile.settings.leniencyCorrection)
            o.insert(QStringLiteral("adjusted_mean"), rounded(axis.adjustedMean));
        if (axis.retired)
            o.insert(QStringLiteral("retired"), true);
        radar.append(o);
    }

    QJsonArray heatmapRows;
    for (qsizetype i = 0; i < profile.members.size(); ++i) {
        QJsonArray cells;
        for (const GroupStats& cell : profile.heatmap.value(i))
            cells.append(groupStatsToJson(cell, profile.settings.leniencyCorrection));
        heatmapRows.append(QJsonObject {
            { QStringLiteral("email"), profile.members[i].email }, { QStringLiteral("cells"), cells } });
    }

    QJsonArray coverage;
    QJsonArray nodes;
    QSet<Id> leaders;
    for (const InformalLeader& l : profile.informalLeaders)
        leaders.insert(l.personId);
    for (qsizetype i = 0; i < profile.coverage.size(); ++i) {
        const MemberCoverage& c = profile.coverage[i];
        coverage.append(QJsonObject { { QStringLiteral("email"), email.value(c.personId) },
            { QStringLiteral("observed"), c.observed },
            { QStringLiteral("observations_received"), optionalInt(c.observationsReceived) },
            { QStringLiteral("observers"), optionalInt(c.observers) },
            { QStringLiteral("observations_given"), c.observationsGiven } });
        nodes.append(QJsonObject { { QStringLiteral("email"), email.value(c.personId) },
            { QStringLiteral("name"), c.name },
            { QStringLiteral("informal_leader"), leaders.contains(c.personId) },
            { QStringLiteral("observations_from_outside"), optionalInt(profile.edgesToOutside.value(i)) } });
    }
    QJsonArray edges;
    for (const NetworkEdge& e : profile.edges) {
        edges.append(QJsonObject { { QStringLiteral("from"), email.value(e.subjectId) },
            { QStringLiteral("to"), email.value(e.observerId) }, { QStringLiteral("weight"), e.weight } });
    }
    QJsonArray neverObserved;
    for (Id id : profile.neverObserved)
        neverObserved.append(email.value(id));
    QJsonArray informalLeaders;
    for (const InformalLeader& l : profile.informalLeaders) {
        informalLeaders.append(QJsonObject { { QStringLiteral("email"), email.value(l.personId) },
            { QStringLiteral("name"), l.name },
            { QStringLiteral("peer_observations"), l.peerObservations } });
    }

    QJsonObject result { { QStringLiteral("team"),
                             QJsonObject { { QStringLiteral("name"), profile.team.name },
                                 { QStringLiteral("manager"),
                                     profile.managerName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(profile.managerName) } } },
        { QStringLiteral("anonymity_threshold"), profile.settings.k },
        { QStringLiteral("cycle"),
            profile.cycle ? QJsonValue(profile.cycle->name) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("period"),
            QJsonObject { { QStringLiteral("from"), profile.from.toString(Qt::ISODate) },
                { QStringLiteral("to"), profile.to.toString(Qt::ISODate) } } },
        { QStringLiteral("members"), members }, { QStringLiteral("radar"), radar },
        { QStringLiteral("heatmap"),
            QJsonObject {
                { QStringLiteral("behaviors"), behaviorKeys }, { QStringLiteral("rows"), heatmapRows } } },
        { QStringLiteral("coverage"), coverage }, { QStringLiteral("never_observed"), neverObserved },
        { QStringLiteral("network"),
            QJsonObject { { QStringLiteral("nodes"), nodes }, { QStringLiteral("edges"), edges } } },
        { QStringLiteral("informal_leaders"), informalLeaders },
        { QStringLiteral("median_peer_observations"), rounded(profile.medianPeerObservations) } };
    addReleaseToJson(result, profile.anonymousGroups, profile.release, std::nullopt);
    return result;
}

} // namespace peerradar
