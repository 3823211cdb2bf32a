#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace peerradar {

class Database;

// People and teams: the org structure that rater groups are derived from.
class PeopleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::PeopleRepository)

public:
    explicit PeopleRepository(Database& db) : m_db(db) { }

    Result<QList<Person>> all(bool includeRemoved = false) const; // by name
    Result<Person> byId(Id id) const;
    Result<Person> byEmail(const QString& email) const; // NotFound with a message naming the address
    Result<QList<Person>> membersOf(Id teamId) const;
    // The members of a team when `cycleId` was last released (released_members), who have not left since.
    Result<QList<Person>> releasedMembersOf(Id teamId, Id cycleId) const;
    Result<QList<Person>> directReportsOf(Id managerId) const;
    // Type-ahead: people whose name or email contains `text`, at most `limit`, by name.
    Result<QList<Person>> search(const QString& text, int limit = 20) const;

    Result<Id> add(Person& person); // validates; the email must be new
    Status update(const Person& person); // validates; refuses a manager loop
    // Undoing an add: deletes a person nothing refers to yet (no observation by or about them,
    // nobody's manager, no team's manager); else an error saying what still refers to them. Someone
    // who has left is removed with Stewardship::removePerson instead.
    Status removeUnreferenced(Id personId);
    // Redoing an add, undoing a delete: puts `person` back with its id and uuid.
    Status restore(const Person& person);

    Result<QList<Team>> teams() const; // by name
    Result<Team> teamById(Id id) const;
    Result<Team> teamByName(const QString& name) const;
    Result<Id> addTeam(Team& team);
    Status updateTeam(const Team& team);
    Status removeTeam(Id teamId); // members stay, in no team
    Status restoreTeam(const Team& team); // with its id and uuid (undo of a delete, redo of an add)

private:
    Status checkPerson(const Person& person) const;

    Database& m_db;
};

} // namespace peerradar
