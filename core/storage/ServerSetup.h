#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace peerradar {

class Database;

// Setting up a PeerRadar database on a PostgreSQL server and its logins: the schema plus the access
// rules of resources/sql/server_access.sql (which says what each role may do), server_profiles.sql
// (the anonymity rule in the server) and server_api.sql (the only things logins read and write), one
// login per person, and upgrading the rules of an older database. Also what a connection learns about itself from the server.
class ServerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::ServerSetup)

public:
    // Creates the schema, the default framework and settings, and the access rules in the empty
    // database at `url`, as the connecting user (who becomes its owner), in one transaction.
    static Result<std::unique_ptr<Database>> initialise(const QString& url, const QString& password = {});

    // The version of the access rules this PeerRadar sets up: 1 gave logins the tables under
    // row-level security; 2 gives them only the API of server_api.sql and a change counter.
    static constexpr int currentRulesVersion = 4;
    struct RulesState
    {
        int version = 0; // 0: no access rules (a database made without server-init)
        bool owner = false; // this connection owns the database's tables (or is a superuser)
    };
    static Result<RulesState> rulesState(Database& db);
    // Refuses a connection that is bound by rules of another version than this program's, naming
    // what to do (`peerradar-cli server-init --upgrade URL` for older ones). The owner passes.
    static Status checkRules(Database& db);
    // Brings the access rules of a database set up by an older PeerRadar to the current ones, in one
    // transaction, as its owner. Returns the version it found.
    static Result<int> upgrade(Database& db);

    // A login for the person with this email, member of the database's PeerRadar group; their role
    // in `people` decides what it may do. Run again, it sets a new password. `login` defaults to
    // the email address. Refuses a login name the server already has for something else, and a
    // second login for the same person. The password itself never reaches the server.
    static Result<QString> createAccount(
        Database& db, const QString& email, const QString& password, const QString& login = {});

    // The person this connection logs in as (0 for the owner, or a login without a person).
    static Result<Id> connectedPerson(Database& db);
    // Whether this connection reads every observation (HR, or the owner) and so computes profiles
    // itself; otherwise profiles come from the server's anonymity rule (pr_profile_groups).
    static Result<bool> seesEverything(Database& db);

    // The SCRAM-SHA-256 verifier of `password` (RFC 7677, PostgreSQL's stored form): what the
    // server needs to check a password without ever seeing it.
    static QString scramVerifier(const QString& password, const QByteArray& salt, int iterations = 4096);

    // The statements of a server script: split at each ';' that ends a line outside $$ … $$,
    // whole-line comments removed.
    static QStringList scriptStatements(const QString& text);

private:
    // The statements of the rules' scripts, with the change counter's first when upgrading.
    static Result<QStringList> ruleStatements(bool withChangeCounter);
};

} // namespace peerradar
