#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace peerradar {

class Database;

struct AuditEntry
{
    QDateTime at;
    Id actorId = 0;
    QString actorName;
    QString action; // "hide_note", "show_note", "remove_person"
    QString target; // uuid of the observation or person
    QString detail;
};

// HR's duties as data steward. Every act is recorded in the audit trail with who and when.
class Stewardship final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::Stewardship)

public:
    explicit Stewardship(Database& db) : m_db(db) { }

    // Hides an observation's note from every view and export (the figures stay). HR only.
    Status setNoteHidden(Id observationId, bool hidden, const Person& actor);
    // Someone leaves: what others said about them is deleted; what they said stays, under an
    // anonymised name; they leave their team and management lines. HR only.
    Status removePerson(Id personId, const Person& actor);
    Result<QList<AuditEntry>> auditTrail(int limit = 1000) const; // newest first

private:
    Status audit(const Person& actor, const QString& action, const QString& target, const QString& detail);

    Database& m_db;
};

} // namespace peerradar
