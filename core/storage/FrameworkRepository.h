#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace peerradar {

class Database;

// Behavior frameworks and their behaviors. Exactly one framework is active: the one new
// observations use and profiles draw. A behavior that observations refer to can be retired but
// never deleted.
class FrameworkRepository final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::FrameworkRepository)

public:
    explicit FrameworkRepository(Database& db) : m_db(db) { }

    Result<QList<Framework>> all() const; // with behaviors, retired ones included
    Result<Framework> active() const; // with behaviors, retired ones included
    Result<Framework> byId(Id id) const;

    // Adds a framework with its behaviors (validated). An active one replaces the active one.
    Result<Id> addFramework(Framework& framework);
    Status setActive(Id frameworkId);
    Status rename(Id frameworkId, const QString& name);

    Result<Id> addBehavior(Behavior& behavior);
    Status updateBehavior(const Behavior& behavior); // name, description, position; the key is stable
    Status setRetired(Id behaviorId, bool retired);
    Status restoreBehavior(const Behavior& behavior); // with its id and uuid (undo of a delete, redo of an add)
    // Refuses when any observation refers to the behavior: retire it instead.
    Status removeBehavior(Id behaviorId);

private:
    Result<QList<Behavior>> behaviorsOf(Id frameworkId) const;

    Database& m_db;
};

} // namespace peerradar
