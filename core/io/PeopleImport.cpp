// Import of the people CSV (name,email,team,manager_email,role): all rows are checked first, every
// problem is collected, and only a clean file is written, in one transaction.

#include "domain/Rules.h"
#include "io/ImportSupport.h"
#include "io/OrgCsv.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace peerradar {

using namespace csvimport;

namespace {

enum Column
{
    NameColumn,
    EmailColumn,
    TeamColumn,
    ManagerColumn,
    RoleColumn
};

const QStringList peopleHeader = { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("team"),
    QStringLiteral("manager_email"), QStringLiteral("role") };

struct PersonRow
{
    qint64 line = 0;
    QString name;
    QString email;
    QString team;
    QString managerEmail;
    Role role = Role::Member;
};

struct StoredPerson
{
    Id id = 0;
    QString email;
    Id managerId = 0;
    bool removed = false;
};

// The people and teams already in the file.
struct Org
{
    QHash<QString, StoredPerson> byEmail;
    QHash<Id, QString> emailById;
    QHash<QString, Id> teamIds; // by name
};

Result<Org> loadOrg(Database& db)
{
    Org org;
    auto people = db.exec(QStringLiteral("SELECT id, email, manager_id, removed_at IS NOT NULL FROM people"));
    if (!people)
        return people.error();
    while (people->next()) {
        StoredPerson p { people->value(0).toLongLong(), people->value(1).toString().toLower(),
            people->value(2).toLongLong(), people->value(3).toBool() };
        org.emailById.insert(p.id, p.email);
        org.byEmail.insert(p.email, p);
    }
    auto teams = db.exec(QStringLiteral("SELECT id, name FROM teams"));
    if (!teams)
        return teams.error();
    while (teams->next())
        org.teamIds.insert(teams->value(1).toString(), teams->value(0).toLongLong());
    return org;
}

// Pass 1: each row on its own.
PersonRow checkRow(const QStringList& fields, qint64 line, QList<CsvProblem>& problems)
{
    PersonRow row;
    row.line = line;
    row.name = freeText(fields.at(NameColumn));
    row.email = normalEmail(fields.at(EmailColumn));
    row.team = freeText(fields.at(TeamColumn));
    row.managerEmail = normalEmail(fields.at(ManagerColumn));

    Person probe;
    probe.name = row.name;
    probe.email = QStringLiteral("someone@example.com"); // only the name is checked here
    if (auto s = validatePerson(probe); !s)
        addProblem(problems, line, peopleHeader.at(NameColumn), s.error().message);
    if (row.email.isEmpty())
        addProblem(problems, line, peopleHeader.at(EmailColumn),
            CsvImport::tr("Enter the person's email address; it is how PeerRadar tells people apart."));
    else if (!isValidEmail(row.email))
        addProblem(problems, line, peopleHeader.at(EmailColumn),
            CsvImport::tr("\"%1\" is not an email address; write it as name@example.com.")
                .arg(shown(fields.at(EmailColumn).trimmed())));
    if (!row.team.isEmpty()) {
        Team team;
        team.name = row.team;
        if (auto s = validateTeam(team); !s)
            addProblem(problems, line, peopleHeader.at(TeamColumn), s.error().message);
    }
    if (!row.managerEmail.isEmpty() && !isValidEmail(row.managerEmail))
        addProblem(problems, line, peopleHeader.at(ManagerColumn),
            CsvImport::tr("\"%1\" is not an email address; write the manager's address as name@example.com, or leave it "
               "empty.")
                .arg(shown(fields.at(ManagerColumn).trimmed())));
    const QString roleText = fields.at(RoleColumn).trimmed();
    if (!roleText.isEmpty()) {
        if (auto role = roleFromKey(roleText))
            row.role = *role;
        else
            addProblem(problems, line, peopleHeader.at(RoleColumn),
                CsvImport::tr("The role must be member, manager or hr (or empty for member), not \"%1\".")
                    .arg(shown(roleText)));
    }
    return row;
}

// Pass 2: references between rows and to the people already in the file.
void checkManagers(const QList<PersonRow>& rows, const QHash<QString, qsizetype>& rowByEmail, const Org& org,
    QList<CsvProblem>& problems)
{
    const QString column = peopleHeader.at(ManagerColumn);
    QSet<QString> unusable; // manager addresses that were reported already: no loop search through them
    for (const PersonRow& row : rows) {
        if (row.managerEmail.isEmpty())
            continue;
        if (!isValidEmail(row.managerEmail)) {
            unusable.insert(row.managerEmail); // reported in pass 1
        } else if (row.managerEmail == row.email) {
            addProblem(problems, row.line, column, CsvImport::tr("A person cannot be their own manager."));
            unusable.insert(row.managerEmail);
        } else if (!rowByEmail.contains(row.managerEmail)) {
            const auto stored = org.byEmail.constFind(row.managerEmail);
            if (stored == org.byEmail.constEnd()) {
                addProblem(problems, row.line, column,
                    CsvImport::tr("Nobody with the email address %1 is in this file or in PeerRadar. Add the manager as "
                       "a row "
                       "of the file, or leave the column empty.")
                        .arg(row.managerEmail));
                unusable.insert(row.managerEmail);
            } else if (stored->removed) {
                addProblem(problems, row.line, column,
                    CsvImport::tr("%1 has left the organisation and cannot be anyone's manager.").arg(row.managerEmail));
                unusable.insert(row.managerEmail);
            }
        }
    }

    // Each person has at most one manager, so a loop is found by walking up from every row.
    auto managerOf = [&](const QString& email) -> QString {
        if (const auto r = rowByEmail.constFind(email); r != rowByEmail.constEnd()) {
            const QString& manager = rows.at(*r).managerEmail;
            return unusable.contains(manager) || manager == email ? QString() : manager;
        }
        if (const auto p = org.byEmail.constFind(email); p != org.byEmail.constEnd())
            return org.emailById.value(p->managerId);
        return {};
    };
    enum State
    {
        OnPath = 1,
        Done = 2
    };
    QHash<QString, int> state;
    for (const PersonRow& start : rows) {
        QStringList path;
        QString email = start.email;
        while (!email.isEmpty() && !state.contains(email)) {
            state.insert(email, OnPath);
            path.append(email);
            email = managerOf(email);
        }
        if (!email.isEmpty() && state.value(email) == OnPath) {
            const QStringList loop = path.mid(path.indexOf(email));
            const QString chain = (loop + QStringList { email }).join(QStringLiteral(" → "));
            for (const QString& member : loop) {
                if (const auto r = rowByEmail.constFind(member); r != rowByEmail.constEnd())
                    addProblem(problems, rows.at(*r).line, column,
                        CsvImport::tr("These managers make a loop in which people end up managing themselves: %1. Break "
                           "the loop by giving one of them another manager.")
                            .arg(chain));
            }
        }
        for (const QString& visited : std::as_const(path))
            state.insert(visited, Done);
    }
}

struct Writer
{
    Database& db;
    Org& org;
    ImportSummary& summary;

    Status prepare(QSqlQuery& q, const QString& sql)
    {
        q = QSqlQuery(db.connection());
        if (!q.prepare(sql))
            return db.errorFrom(q.lastError());
        return {};
    }

    Status run(QSqlQuery& q) { return q.exec() ? Status {} : Status(db.errorFrom(q.lastError())); }

    Status addTeams(const QList<PersonRow>& rows)
    {
        QSqlQuery insert;
        if (auto s = prepare(insert, QStringLiteral("INSERT INTO teams (uuid, name) VALUES (?, ?)") + db.dialect().returningId());
            !s)
            return s;
        for (const PersonRow& row : rows) {
            if (row.team.isEmpty() || org.teamIds.contains(row.team))
                continue;
            insert.bindValue(0, newUuid());
            insert.bindValue(1, row.team);
            if (auto s = run(insert); !s)
                return s;
            org.teamIds.insert(row.team, db.dialect().insertedId(insert));
            ++summary.teamsAdded;
        }
        return {};
    }

    Status writePeople(const QList<PersonRow>& rows, RecordSource& source)
    {
        QSqlQuery insert, update, setManager;
        if (auto s = prepare(insert,
                QStringLiteral(
                    "INSERT INTO people (uuid, name, email, team_id, role) VALUES (?, ?, ?, ?, ?)")
                    + db.dialect().returningId());
            !s)
            return s;
        if (auto s = prepare(
                update, QStringLiteral("UPDATE people SET name = ?, team_id = ?, role = ? WHERE id = ?"));
            !s)
            return s;
        if (auto s = prepare(setManager, QStringLiteral("UPDATE people SET manager_id = ? WHERE id = ?")); !s)
            return s;
        const qint64 total = 2 * rows.size();
        qint64 done = 0;
        auto tick = [&]() -> Status {
            if (++done % progressEveryRows == 0 && !source.reportWrite(done, total))
                return makeError(ErrorCode::Cancelled, {});
            return {};
        };
        for (const PersonRow& row : rows) {
            const QVariant team = idOrNull(row.team.isEmpty() ? 0 : org.teamIds.value(row.team));
            auto stored = org.byEmail.find(row.email);
            if (stored != org.byEmail.end()) {
                update.bindValue(0, row.name);
                update.bindValue(1, team);
                update.bindValue(2, roleKey(row.role));
                update.bindValue(3, stored->id);
                if (auto s = run(update); !s)
                    return s;
                ++summary.peopleUpdated;
            } else {
                insert.bindValue(0, newUuid());
                insert.bindValue(1, row.name);
                insert.bindValue(2, row.email);
                insert.bindValue(3, team);
                insert.bindValue(4, roleKey(row.role));
                if (auto s = run(insert); !s)
                    return s;
                const Id id = db.dialect().insertedId(insert);
                org.byEmail.insert(row.email, StoredPerson { id, row.email, 0, false });
                ++summary.peopleAdded;
            }
            if (auto s = tick(); !s)
                return s;
        }
        // Managers last: a manager may come later in the file than the people they manage.
        for (const PersonRow& row : rows) {
            setManager.bindValue(
                0, idOrNull(row.managerEmail.isEmpty() ? 0 : org.byEmail.value(row.managerEmail).id));
            setManager.bindValue(1, org.byEmail.value(row.email).id);
            if (auto s = run(setManager); !s)
                return s;
            if (auto s = tick(); !s)
                return s;
        }
        summary.rows = rows.size();
        return {};
    }

    // A team without a manager gets the one most of its members report to (ties: the first email).
    Status setTeamManagers(const QList<PersonRow>& rows)
    {
        QSet<Id> teams;
        for (const PersonRow& row : rows) {
            if (!row.team.isEmpty())
                teams.insert(org.teamIds.value(row.team));
        }
        QSqlQuery choose, set;
        if (auto s = prepare(choose,
                QStringLiteral("SELECT m.id FROM people p JOIN people m ON m.id = p.manager_id "
                               "JOIN teams t ON t.id = p.team_id WHERE p.team_id = ? AND "
                               "t.manager_id IS NULL AND p.removed_at IS NULL GROUP BY m.id, "
                               "m.email ORDER BY count(*) DESC, m.email LIMIT 1"));
            !s)
            return s;
        if (auto s = prepare(set, QStringLiteral("UPDATE teams SET manager_id = ? WHERE id = ?")); !s)
            return s;
        QList<Id> sorted(teams.cbegin(), teams.cend());
        std::sort(sorted.begin(), sorted.end());
        for (Id team : std::as_const(sorted)) {
            choose.bindValue(0, team);
            if (auto s = run(choose); !s)
                return s;
            if (!choose.next())
                continue;
            const Id manager = choose.value(0).toLongLong();
            choose.finish();
            set.bindValue(0, manager);
            set.bindValue(1, team);
            if (auto s = run(set); !s)
                return s;
        }
        return {};
    }
};

} // namespace

ImportOutcome importPeopleCsv(Database& db, QIODevice* input, const Progress& progress)
{
    QList<CsvProblem> problems;
    RecordSource source(input, peopleHeader, progress, problems);
    if (!source.readHeader())
        return refused(problems, source);

    QList<PersonRow> rows;
    QHash<QString, qsizetype> rowByEmail;
    QStringList fields;
    while (source.next(fields)) {
        // A row with problems still counts as the person its email names, so that the rows that refer
        // to it as their manager are not reported too.
        const PersonRow row = checkRow(fields, source.line(), problems);
        if (!isValidEmail(row.email))
            continue;
        if (const auto first = rowByEmail.constFind(row.email); first != rowByEmail.constEnd()) {
            addProblem(problems, row.line, peopleHeader.at(EmailColumn),
                CsvImport::tr("%1 is also on line %2: each person appears once, with their own email address.")
                    .arg(row.email)
                    .arg(rows.at(*first).line));
            continue;
        }
        rowByEmail.insert(row.email, rows.size());
        rows.append(row);
    }
    if (source.cancelled())
        return cancelledOutcome();

    auto org = loadOrg(db);
    if (!org)
        return failed(org.error());
    checkManagers(rows, rowByEmail, *org, problems);
    if (!problems.isEmpty()) {
        std::stable_sort(problems.begin(), problems.end(),
            [](const CsvProblem& a, const CsvProblem& b) { return a.line < b.line; });
        return refused(problems, source);
    }

    ImportOutcome outcome;
    Writer writer { db, *org, outcome.summary };
    const Status status = db.transaction([&]() -> Status {
        if (auto s = writer.addTeams(rows); !s)
            return s;
        if (auto s = writer.writePeople(rows, source); !s)
            return s;
        return writer.setTeamManagers(rows);
    });
    if (source.cancelled())
        return cancelledOutcome();
    if (!status)
        return failed(status.error());
    return outcome;
}

} // namespace peerradar
