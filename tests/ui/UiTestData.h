#pragma once

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Uuid.h"

#include <QSettings>
#include <QTemporaryDir>

// A small organisation for the GUI tests: team Platform (manager Mia; members Ben, Cleo, Dan) and
// team Sales (Eve), and Hana in HR. Observations are logged through the core.
namespace peerradar::test {

struct SmallOrg
{
    Person mia, ben, cleo, dan, eve, hana;
    Team platform, sales;
    QList<Behavior> behaviors; // of the active framework

    static Person make(const char* name, const char* email, Id team, Id manager, Role role)
    {
        Person p;
        p.name = QString::fromUtf8(name);
        p.email = QString::fromUtf8(email);
        p.teamId = team;
        p.managerId = manager;
        p.role = role;
        return p;
    }

    bool build(Database& db)
    {
        PeopleRepository people(db);
        platform.name = QStringLiteral("Platform");
        sales.name = QStringLiteral("Sales");
        if (!people.addTeam(platform) || !people.addTeam(sales))
            return false;
        mia = make("Mia Manager", "mia@example.org", platform.id, 0, Role::Manager);
        if (!people.add(mia))
            return false;
        ben = make("Ben Builder", "ben@example.org", platform.id, mia.id, Role::Member);
        cleo = make("Cleo Coder", "cleo@example.org", platform.id, mia.id, Role::Member);
        dan = make("Dan Designer", "dan@example.org", platform.id, mia.id, Role::Member);
        eve = make("Eve Seller", "eve@example.org", sales.id, 0, Role::Member);
        hana = make("Hana Steward", "hana@example.org", 0, 0, Role::Hr);
        for (Person* p : { &ben, &cleo, &dan, &eve, &hana })
            if (!people.add(*p))
                return false;
        auto framework = FrameworkRepository(db).active();
        if (!framework)
            return false;
        behaviors = framework->behaviors;
        return true;
    }

    static Id log(Database& db, const Person& observer, const Person& subject, const Behavior& behavior, int impact,
        const QDate& date, const QString& situation = {})
    {
        return logObservation(db, observer, subject, behavior, impact, date, situation);
    }
};

// Cycles written straight into the file, as a file made before cycles had to be apart may hold them
// (overlapping ones included): "name:first day:last day" separated by ";".
inline bool insertCyclesUnchecked(Database& db, const QString& spec)
{
    for (const QString& item : spec.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        if (!db.execStatement(QStringLiteral("INSERT INTO cycles (uuid, name, starts_on, ends_on) VALUES (?, ?, ?, ?)"),
                { newUuid(), parts.at(0), parts.at(1), parts.at(2) }))
            return false;
    }
    return true;
}

// QSettings of the test go to a temporary folder, never to the user's.
inline void isolateSettings(const QTemporaryDir& dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

} // namespace peerradar::test
