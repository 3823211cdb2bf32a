#pragma once

#include "TestSupport.h"
#include "domain/Types.h"
#include "storage/CycleRepository.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Uuid.h"

#include <QHash>

// A small organisation for the analytics tests: people, teams and observations written straight
// into a fresh file, with the rater group chosen by the test (so that each anonymity case can be
// built exactly). Header-only, shared by tests/core/tst_{profile,anonymity,team}.cpp.
namespace peerradar::test {

class AnalyticsOrg
{
public:
    AnalyticsOrg()
    {
        auto active = FrameworkRepository(m_temp.db()).active();
        if (active) {
            for (const Behavior& b : active->behaviors)
                m_behaviors.insert(b.key, b.id);
        }
    }

    Database& db() { return m_temp.db(); }

    Id team(const QString& name, Id managerId = 0)
    {
        Team t;
        t.name = name;
        t.managerId = managerId;
        auto id = PeopleRepository(db()).addTeam(t);
        return id ? *id : 0;
    }

    Id person(const QString& name, Id teamId = 0, Id managerId = 0, Role role = Role::Member)
    {
        Person p;
        p.name = name;
        p.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com");
        p.teamId = teamId;
        p.managerId = managerId;
        p.role = role;
        auto id = PeopleRepository(db()).add(p);
        return id ? *id : 0;
    }

    Id behavior(const QString& key) const { return m_behaviors.value(key); }

    // One observation with the rater group given (not derived), e.g. to build "2 peers + 3 others".
    bool observe(Id observer, Id subject, const QString& behaviorKey, const QDate& date, int impact,
        RaterGroup group, const QString& situation = {}, bool noteHidden = false)
    {
        return db()
            .execStatement(
                QStringLiteral("INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, "
                               "observed_on, impact, rater_group, situation, action, result, "
                               "created_at, note_hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?)"),
                { newUuid(), observer, subject, behavior(behaviorKey), date.toString(Qt::ISODate), impact,
                    raterGroupKey(group), situation, QStringLiteral("2026-01-01T00:00:00.000Z"),
                    noteHidden ? 1 : 0 })
            .ok();
    }

    bool setThresholds(int k, int kNotes)
    {
        return SettingsRepository(db()).save(DatabaseSettings { k, kNotes }).ok();
    }

    Id cycle(const QString& name, const QDate& start, const QDate& end)
    {
        Cycle c;
        c.name = name;
        c.start = start;
        c.end = end;
        auto id = CycleRepository(db()).add(c);
        return id ? *id : 0;
    }

private:
    TempDatabase m_temp;
    QHash<QString, Id> m_behaviors;
};

} // namespace peerradar::test
