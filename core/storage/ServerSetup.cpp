#include "storage/ServerSetup.h"

#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QFile>
#include <QSqlQuery>

namespace peerradar {

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

Result<std::unique_ptr<Database>> ServerSetup::initialise(const QString& url, const QString& password)
{
    auto db = Database::create(url, password);
    if (!db)
        return db.error();
    if (!(*db)->isServer())
        return makeError(
            ErrorCode::Invalid, tr("%1 is not a server address; a file needs no set-up.").arg(url));
    QFile file(QStringLiteral(":/sql/server_access.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The server's access rules are missing from the resources");
    const QStringList statements = scriptStatements(QString::fromUtf8(file.readAll()));
    const Status status = (*db)->transaction([&]() -> Status {
        for (const QString& statement : statements) {
            if (auto s = (*db)->execStatement(statement); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return makeError(status.error().code,
            tr("The schema was created in %1, but its access rules could not be set up: %2 Ask the server's "
               "administrator for a new, empty database and run server-init again.")
                .arg((*db)->displayName(), status.error().message),
            status.error().detail);
    return db;
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
    if (auto s = db.execStatement(
            QStringLiteral("SELECT pr_create_account(?, ?, ?)"), { name, password, person->id });
        !s)
        return s.error();
    return name;
}

Result<Id> ServerSetup::connectedPerson(Database& db)
{
    if (!db.isServer())
        return Id(0);
    auto q = db.exec(QStringLiteral("SELECT pr_current_person()"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : Id(0);
}

Result<bool> ServerSetup::seesEverything(Database& db)
{
    if (!db.isServer())
        return true;
    // A database created without server-init has no rules: whoever may connect reads everything.
    auto rules = db.exec(QStringLiteral("SELECT to_regproc('pr_sees_everything') IS NOT NULL"));
    if (!rules)
        return rules.error();
    if (!rules->next() || !rules->value(0).toBool())
        return true;
    auto q = db.exec(QStringLiteral("SELECT pr_sees_everything()"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace peerradar
