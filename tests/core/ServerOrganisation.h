#pragma once

// For the tests of a server's rules (tst_server_rules, tst_server_accounts, tst_server_anonymity): a
// database on the test server set up by server-init, holding a generated organisation, and the
// people the tests connect as, each with a login of their own.

#include "TestSupport.h"
#include "analytics/Profile.h"
#include "demo/DemoOrganisation.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerSetup.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace peerradar::test {

inline const QString serverTestPassword = QStringLiteral("correct horse 42");

inline qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

inline QString text(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    return q && q->next() ? q->value(0).toString() : QStringLiteral("<failed>");
}

inline QByteArray json(const PersonProfile& profile)
{
    return QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Compact);
}

// Ends the test run as skipped (exit code 77) when no test server is configured.
inline void skipWithoutTestServer()
{
    if (serverAdminUrl().isEmpty()) {
        std::fputs("skipped: PEERRADAR_TEST_PG_URL is not set (scripts/pg-test-server.sh start)\n", stderr);
        std::exit(77);
    }
}

class ServerOrganisation
{
public:
    // 40 people, 3000 observations (seed 7, up to 2026-06-30); HR, a manager with a member report,
    // a member outside the manager's reach and a stranger (neither report nor in a managed team),
    // each with a login.
    ServerOrganisation()
    {
        auto owner = ServerSetup::initialise(m_server.url());
        if (!owner)
            qFatal("server-init failed: %s", qPrintable(owner.error().message));
        m_owner = std::move(owner).value();
        DemoOptions options;
        options.people = 40;
        options.observations = 3000;
        options.seed = 7;
        options.lastDay = QDate(2026, 6, 30);
        if (!generateDemoOrganisation(*m_owner, options))
            qFatal("could not generate the organisation");
        hr = personWhere(QStringLiteral("p.role = 'hr'"));
        manager = personWhere(QStringLiteral("p.role = 'manager' AND EXISTS (SELECT 1 FROM people r WHERE "
                                             "r.manager_id = p.id AND r.role = 'member')"));
        report = personWhere(QStringLiteral("p.manager_id = %1 AND p.role = 'member'").arg(manager.id));
        member = personWhere(QStringLiteral("p.role = 'member' AND p.manager_id <> %1 AND p.team_id <> %2")
                                 .arg(manager.id)
                                 .arg(report.teamId));
        stranger = personWhere(QStringLiteral(
            "p.role = 'member' AND p.manager_id NOT IN (%1, %2) AND p.id <> %3 AND p.team_id NOT IN "
            "(SELECT t.id FROM teams t WHERE t.manager_id = %1)")
                                   .arg(manager.id)
                                   .arg(member.managerId)
                                   .arg(member.id));
        for (const Person* p : { &hr, &manager, &report, &member, &stranger }) {
            if (!ServerSetup::createAccount(*m_owner, p->email, serverTestPassword, loginOf(*p)))
                qFatal("could not create the login of %s", qPrintable(p->email));
        }
        // The demo releases the cycles that ended before its last day; HR has released the latest
        // one too, so that logins other than HR read every group of it (domain/Rules.h
        // anonymousGroupsFor).
        if (!CycleRepository(*m_owner).release(latestCycle().cycleId.value_or(0), hr.id, false))
            qFatal("could not release the latest cycle");
    }

    ServerDatabase& server() { return m_server; }
    Database& owner() { return *m_owner; }

    // Logins are the server's, shared by every test database on it: named after this database, so
    // that tests running at the same time never ask for the same one.
    QString loginOf(const Person& person) const
    {
        return m_server.name() + QStringLiteral("_p") + QString::number(person.id);
    }

    std::unique_ptr<Database> connectAs(const Person& person)
    {
        auto db = Database::open(m_server.urlAs(loginOf(person)));
        if (!db)
            qFatal("cannot connect as %s: %s", qPrintable(person.email), qPrintable(db.error().detail));
        return std::move(db).value();
    }

    // The organisation's latest cycle (2026 H1, overlapping no other, released): a period a login
    // that is not HR may see, with the trend of the cycle before, as such a login reads it (the
    // released figures; the owner computes them in the core, a login gets them from the server).
    ProfileOptions latestCycle()
    {
        ProfileOptions options;
        options.readerIsHr = false;
        options.cycleId = scalar(*m_owner, QStringLiteral("SELECT id FROM cycles ORDER BY starts_on DESC LIMIT 1"));
        options.today = QDate(2026, 6, 30);
        return options;
    }
    QString latestCycleStart() { return text(*m_owner, QStringLiteral("SELECT max(starts_on) FROM cycles")); }
    QString latestCycleEnd()
    {
        return text(*m_owner, QStringLiteral("SELECT ends_on FROM cycles WHERE starts_on = ?"), { latestCycleStart() });
    }

    Person personWhere(const QString& condition)
    {
        const qint64 id
            = scalar(*m_owner, QStringLiteral("SELECT min(p.id) FROM people p WHERE ") + condition);
        auto person = PeopleRepository(*m_owner).byId(id);
        if (!person)
            qFatal("no person where %s", qPrintable(condition));
        return *person;
    }

    Person hr, manager, report, member, stranger;

private:
    ServerDatabase m_server;
    std::unique_ptr<Database> m_owner;
};

} // namespace peerradar::test
