#include "storage/ServerSetup.h"

#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerAddress.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace peerradar {

namespace {

// The server's scripts, in the order they run: who may do what, the anonymity rule, then what
// logins call. `server-init --upgrade` runs them again, after the change counter (which
// Database::create installs in every new server database).
const char* const serverScripts[] = { ":/sql/server_access.sql", ":/sql/server_profiles.sql", ":/sql/server_api.sql" };
const char* const changeCounterScript = ":/sql/server_notify.sql";

// PBKDF2 with HMAC-SHA-256 (RFC 8018), one block: the 32 bytes SCRAM-SHA-256 needs.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray block = mac.result();
    QByteArray result = block;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(block);
        block = mac.result();
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ block.at(b));
    }
    return result;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// A database made without server-init (`peerradar-cli init URL`, `demo URL`) has no access rules:
// no login is bound to a person, and whoever may connect reads everything.
Result<bool> hasAccessRules(Database& db)
{
    auto rules = db.exec(QStringLiteral("SELECT to_regproc('pr_sees_everything') IS NOT NULL"));
    if (!rules)
        return rules.error();
    return rules->next() && rules->value(0).toBool();
}

} // namespace

QString ServerSetup::scramVerifier(const QString& password, const QByteArray& salt, int iterations)
{
    // The server normalises a password with SASLprep before hashing it; for the passwords people
    // type, that is Unicode's compatibility composition (an ASCII password stays as it is).
    const QByteArray normalised = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted = pbkdf2Sha256(normalised, salt, iterations);
    const QByteArray storedKey
        = QCryptographicHash::hash(hmacSha256(salted, QByteArrayLiteral("Client Key")), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(QString::number(iterations), QString::fromLatin1(salt.toBase64()),
            QString::fromLatin1(storedKey.toBase64()), QString::fromLatin1(serverKey.toBase64()));
}

QStringList ServerSetup::scriptStatements(const QString& text)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString& line : text.split(u'\n')) {
        if (!inBody && line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + u'\n';
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.trimmed().endsWith(u';')) {
            const QString statement = current.trimmed();
            statements << statement.chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<QStringList> ServerSetup::ruleStatements(bool withChangeCounter)
{
    QStringList statements;
    QList<const char*> scripts(std::begin(serverScripts), std::end(serverScripts));
    if (withChangeCounter)
        scripts.prepend(changeCounterScript);
    for (const char* script : std::as_const(scripts)) {
        QFile file(QString::fromLatin1(script));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                tr("This copy of PeerRadar is incomplete: the server's access rules are missing from it. "
                   "Install PeerRadar again."),
                QString::fromLatin1(script));
        statements << scriptStatements(QString::fromUtf8(file.readAll()));
    }
    return statements;
}

Result<std::unique_ptr<Database>> ServerSetup::initialise(const QString& url, const QString& password)
{
    if (!ServerAddress::isServerUrl(url))
        return makeError(
            ErrorCode::Invalid, tr("%1 is not a server address; a file needs no set-up.").arg(url));
    auto statements = ruleStatements(false);
    if (!statements)
        return statements.error();
    // The schema and its rules in one transaction: a failure leaves the database empty, as it was.
    auto db = Database::createOnServer(url, password, [&](Database& created) -> Status {
        for (const QString& statement : std::as_const(*statements)) {
            if (auto s = created.execStatement(statement); !s)
                return makeError(s.error().code,
                    tr("The access rules could not be set up in %1, so nothing was created: %2 The account "
                       "that runs server-init needs the right to create roles (CREATEROLE): ask the server's "
                       "administrator.")
                        .arg(created.displayName(), s.error().message),
                    s.error().detail);
        }
        return {};
    });
    if (!db)
        return db.error();
    return db;
}

Result<int> ServerSetup::upgrade(Database& db)
{
    if (!db.isServer())
        return makeError(ErrorCode::Invalid, tr("%1 is a file: only a server has access rules to upgrade.")
                                                 .arg(db.displayName()));
    auto state = rulesState(db);
    if (!state)
        return state.error();
    if (state->version == 0)
        return makeError(ErrorCode::Invalid,
            tr("%1 has no access rules to upgrade: it was not set up with peerradar-cli server-init.")
                .arg(db.displayName()));
    if (!state->owner)
        return makeError(ErrorCode::Denied,
            tr("Only the owner of the database %1 (who ran server-init) can upgrade its access rules.")
                .arg(db.displayName()));
    if (state->version > currentRulesVersion)
        return makeError(ErrorCode::NewerVersion,
            tr("The access rules of %1 are newer than this PeerRadar's (version %2; this program knows up to "
               "version %3). Install the newer PeerRadar.")
                .arg(db.displayName(), QString::number(state->version), QString::number(currentRulesVersion)));
    auto statements = ruleStatements(true);
    if (!statements)
        return statements.error();
    // All of it or nothing: a program that connects meanwhile meets the old rules or the new ones.
    const Status status = db.transaction([&]() -> Status {
        for (const QString& statement : std::as_const(*statements)) {
            if (auto s = db.execStatement(statement); !s)
                return makeError(s.error().code,
                    tr("The access rules of %1 could not be upgraded, so nothing was changed: %2")
                        .arg(db.displayName(), s.error().message),
                    s.error().detail);
        }
        return {};
    });
    if (!status)
        return status.error();
    return state->version;
}

Result<ServerSetup::RulesState> ServerSetup::rulesState(Database& db)
{
    RulesState state;
    if (!db.isServer())
        return state;
    // Catalog lookups only, which every login may make: whether the rules exist, their version
    // (none before version 2 kept one) and whether this login owns the database's tables.
    auto q = db.exec(QStringLiteral(
        "SELECT to_regproc('public.pr_sees_everything') IS NOT NULL, "
        "to_regprocedure('public.pr_rules_version()') IS NOT NULL, "
        "pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = to_regclass('public.peerradar_schema')), "
        "'MEMBER')"));
    if (!q)
        return q.error();
    if (!q->next() || !q->value(0).toBool())
        return state;
    state.owner = q->value(2).toBool();
    state.version = 1;
    if (q->value(1).toBool()) {
        auto version = db.exec(QStringLiteral("SELECT public.pr_rules_version()"));
        if (!version)
            return version.error();
        state.version = version->next() ? version->value(0).toInt() : 1;
    }
    return state;
}

Status ServerSetup::checkRules(Database& db)
{
    auto state = rulesState(db);
    if (!state)
        return state.error();
    // The owner is bound by no rule and is who upgrades them; a database without rules has none to check.
    if (state->owner || state->version == 0 || state->version == currentRulesVersion)
        return {};
    if (state->version > currentRulesVersion)
        return makeError(ErrorCode::NewerVersion,
            tr("The database %1 follows newer access rules than this PeerRadar knows (version %2; this program "
               "knows up to version %3). Install the newer PeerRadar to use it.")
                .arg(db.displayName(), QString::number(state->version), QString::number(currentRulesVersion)));
    return makeError(ErrorCode::OlderVersion,
        tr("The database %1 still follows older access rules (version %2), which do not keep profiles "
           "anonymous against a determined colleague. PeerRadar does not work with it until the database's "
           "owner runs: peerradar-cli server-init --upgrade %1")
            .arg(db.displayName(), QString::number(state->version)));
}

Result<QString> ServerSetup::createAccount(
    Database& db, const QString& email, const QString& password, const QString& login)
{
    if (!db.isServer())
        return makeError(ErrorCode::Invalid,
            tr("Accounts exist only on a server; a file is protected by who may read it."));
    if (password.size() < 8)
        return makeError(ErrorCode::Invalid, tr("Choose a password of at least 8 characters."));
    auto person = PeopleRepository(db).byEmail(email);
    if (!person)
        return person.error();
    if (person->removed)
        return makeError(
            ErrorCode::Invalid, tr("%1 has left the organisation and cannot get an account.").arg(email));
    const QString name = login.isEmpty() ? person->email : login;
    if (name.size() > 63)
        return makeError(ErrorCode::Invalid,
            tr("The login name %1 is longer than the server allows (63 characters): choose a shorter one "
               "with --login.")
                .arg(name));
    // Another login's password is never changed: only a new login, or this person's own.
    auto existing = db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?), "
                                           "(SELECT person_id FROM server_accounts WHERE login = ?), "
                                           "(SELECT login FROM server_accounts WHERE person_id = ?)"),
        { name, name, person->id });
    if (!existing)
        return existing.error();
    existing->next();
    if (existing->value(0).toBool() && existing->value(1).toLongLong() != person->id)
        return makeError(ErrorCode::AlreadyExists,
            tr("The server already has a login named %1, and it is not %2's PeerRadar account. PeerRadar "
               "never changes another login's password: choose another name with --login.")
                .arg(name, email));
    const QString held = existing->value(2).toString();
    if (!held.isEmpty() && held != name)
        return makeError(ErrorCode::AlreadyExists,
            tr("%1 already has the login %2. To give it a new password, run the command again with "
               "--login %2.")
                .arg(email, held));
    // The server gets the password's SCRAM verifier, never the password: statements can be logged.
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    if (auto s = db.execStatement(QStringLiteral("SELECT pr_create_account(?, ?, ?)"),
            { name, scramVerifier(password, salt), person->id });
        !s)
        return s.error();
    return name;
}

Result<Id> ServerSetup::connectedPerson(Database& db)
{
    if (!db.isServer())
        return Id(0);
    auto rules = hasAccessRules(db);
    if (!rules || !*rules)
        return rules ? Result<Id>(Id(0)) : Result<Id>(rules.error());
    auto q = db.exec(QStringLiteral("SELECT pr_current_person()"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : Id(0);
}

Result<bool> ServerSetup::seesEverything(Database& db)
{
    if (!db.isServer())
        return true;
    auto rules = hasAccessRules(db);
    if (!rules || !*rules)
        return rules ? Result<bool>(true) : Result<bool>(rules.error());
    auto q = db.exec(QStringLiteral("SELECT pr_sees_everything()"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace peerradar
