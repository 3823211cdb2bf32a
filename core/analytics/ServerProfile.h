#pragma once

#include "analytics/ProfileEngine.h"

// Profiles on a PostgreSQL server for a login that may not read the observations behind them
// (a member, a manager): the server applies the anonymity rule (pr_profile_groups in
// resources/sql/server_profiles.sql) and hands over only what the rule shows; this turns its rows into
// the same BehaviorProfile the core's rule (Anonymity.cpp) gives. tests/core/tst_server_anonymity
// shows that the two agree on generated organisations. The server serves only the periods the
// program shows: one cycle's dates, or the subject's whole history (first observation received ..
// latestObservationDate()); any other period is refused (ErrorCode::Denied).
namespace peerradar {

class ServerProfile final
{
public:
    // Whether profiles on `db` come from the server's rule: a server with access rules, and a
    // login that does not see every observation (not HR, not the owner). Never for a file.
    static Result<bool> appliesRule(Database& db);

    static Result<QDate> latestObservationDate(Database& db);
    static Result<QDate> firstReceivedDate(Database& db, Id subjectId);
    // The behaviors of the active framework (retired ones only with observations) in [from, to]: a
    // cycle's dates or the whole history (see above).
    static Result<QList<BehaviorProfile>> behaviors(
        Database& db, const ProfileContext& context, Id subjectId, const QDate& from, const QDate& to);
};

} // namespace peerradar
