#pragma once

// What tst_merge builds its small files from: an organisation, observations, and a dump of every
// table that shows whether two files hold the same data.
#include "TestSupport.h"
#include "storage/CycleRepository.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationRepository.h"
#include "storage/PeopleRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <vector>

namespace peerradar::test {

using namespace Qt::StringLiterals;

// Platform (manager Ann; Ben, Cat), HR Hal in no team, one cycle, three observations.
struct Org
{
    Person ann, ben, cat, hal;
    Team platform;
    QList<Behavior> behaviors;
    Cycle cycle;
};

// The targets of a test's merges: files in a folder, or in a server run new databases on the test
// server (the sources stay files: a team's offline file merged into the organisation's server).
class MergeTargets
{
public:
    std::unique_ptr<Database> create(const QString& folder, const QString& fileName)
    {
        m_name = fileName;
        QString where = folder + u'/' + fileName;
        if (serverRun()) {
            m_servers.push_back(std::make_unique<ServerDatabase>());
            m_name = m_servers.back()->name();
            where = m_servers.back()->url();
        }
        auto db = Database::create(where);
        return db ? std::move(db).value() : nullptr;
    }
    // As the merge's messages name the last target made: its file name, or its database's name.
    const QString& name() const { return m_name; }
    // Drops the server databases: after the Databases on them are closed.
    void clear() { m_servers.clear(); }

private:
    std::vector<std::unique_ptr<ServerDatabase>> m_servers;
    QString m_name;
};

inline Person makePerson(const QString& name, const QString& email, Id team, Id manager, Role role)
{
    Person p;
    p.name = name;
    p.email = email;
    p.teamId = team;
    p.managerId = manager;
    p.role = role;
    return p;
}

// Every row of every table, in id order: two equal dumps mean the files hold the same data.
inline QString dump(Database& db)
{
    QString text;
    for (const char* table : { "settings", "teams", "people", "frameworks", "behaviors", "cycles",
             "observations", "audit_log", "uuid_aliases" }) {
        auto q = db.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(QLatin1String(table)));
        if (!q)
            return q.error().message;
        text += QLatin1String(table) + u'\n';
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i)
                text += q->value(i).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

inline qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

inline QString text(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toString() : u"<none>"_s;
}

inline bool buildOrg(Database& db, Org& org, const QDate& day)
{
    PeopleRepository people(db);
    org.platform.name = u"Platform"_s;
    if (!people.addTeam(org.platform))
        return false;
    org.ann = makePerson(u"Ann Archer"_s, u"ann@example.org"_s, org.platform.id, 0, Role::Manager);
    if (!people.add(org.ann))
        return false;
    org.ben = makePerson(u"Ben Builder"_s, u"ben@example.org"_s, org.platform.id, org.ann.id, Role::Member);
    org.cat = makePerson(u"Cat Coder"_s, u"cat@example.org"_s, org.platform.id, org.ann.id, Role::Member);
    org.hal = makePerson(u"Hal Steward"_s, u"hal@example.org"_s, 0, 0, Role::Hr);
    for (Person* p : { &org.ben, &org.cat, &org.hal }) {
        if (!people.add(*p))
            return false;
    }
    org.platform.managerId = org.ann.id;
    if (!people.updateTeam(org.platform))
        return false;
    auto framework = FrameworkRepository(db).active();
    if (!framework)
        return false;
    org.behaviors = framework->behaviors;
    org.cycle.name = u"2026 H1"_s;
    org.cycle.start = QDate(2026, 1, 1);
    org.cycle.end = QDate(2026, 6, 30);
    if (!CycleRepository(db).add(org.cycle))
        return false;
    return logObservation(db, org.ben, org.cat, org.behaviors[0], 4, day, u"Sprint review"_s) != 0
        && logObservation(db, org.cat, org.ben, org.behaviors[1], 3, day.addDays(1)) != 0
        && logObservation(db, org.ann, org.ben, org.behaviors[2], 5, day.addDays(2)) != 0;
}

} // namespace peerradar::test
