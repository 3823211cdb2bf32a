// Import of the observations CSV (date,observer_email,subject_email,behavior,impact,situation,action,
// result). Built for a million rows: people and behaviors are looked up in hashes loaded once, every
// row is checked and kept in memory first, and only a clean file is written, with one prepared
// statement inside one transaction.

#include "domain/Rules.h"
#include "io/ImportSupport.h"
#include "io/OrgCsv.h"
#include "storage/Database.h"

#include <QHash>
#include <QIODevice>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace peerradar {

using namespace csvimport;

namespace {

enum Column
{
    DateColumn,
    ObserverColumn,
    SubjectColumn,
    BehaviorColumn,
    ImpactColumn,
    SituationColumn,
    ActionColumn,
    ResultColumn
};

const QStringList observationsHeader = { QStringLiteral("date"), QStringLiteral("observer_email"),
    QStringLiteral("subject_email"), QStringLiteral("behavior"), QStringLiteral("impact"),
    QStringLiteral("situation"), QStringLiteral("action"), QStringLiteral("result") };

struct ObservationRow
{
    Id observerId = 0;
    Id subjectId = 0;
    Id behaviorId = 0;
    QString date; // YYYY-MM-DD, checked
    QString situation;
    QString action;
    QString result;
    int impact = 0;
    RaterGroup group = RaterGroup::Other;
};

struct Lookup
{
    QHash<QString, Person> people; // by email in lower case
    QHash<QString, Id> behaviors; // the active framework's, retired ones included, by key
    QString frameworkName;
    QStringList currentKeys; // the behaviors offered today, for the error message
};

Result<Lookup> loadLookup(Database& db)
{
    Lookup lookup;
    auto people = db.exec(
        QStringLiteral("SELECT id, email, team_id, manager_id, removed_at IS NOT NULL FROM people"));
    if (!people)
        return people.error();
    while (people->next()) {
        Person p;
        p.id = people->value(0).toLongLong();
        p.email = people->value(1).toString().toLower();
        p.teamId = people->value(2).toLongLong();
        p.managerId = people->value(3).toLongLong();
        p.removed = people->value(4).toBool();
        lookup.people.insert(p.email, p);
    }
    auto behaviors = db.exec(
        QStringLiteral("SELECT b.id, b.key, b.retired, f.name FROM behaviors b JOIN frameworks f ON "
                       "f.id = b.framework_id WHERE f.active = 1 ORDER BY b.position, b.id"));
    if (!behaviors)
        return behaviors.error();
    while (behaviors->next()) {
        const QString key = behaviors->value(1).toString();
        lookup.behaviors.insert(key, behaviors->value(0).toLongLong());
        if (!behaviors->value(2).toBool())
            lookup.currentKeys << key;
        lookup.frameworkName = behaviors->value(3).toString();
    }
    return lookup;
}

// YYYY-MM-DD with digits where digits belong; whether it is a real day is QDate's to say.
bool looksLikeIsoDate(const QString& text)
{
    if (text.size() != 10)
        return false;
    for (qsizetype i = 0; i < 10; ++i) {
        const QChar c = text.at(i);
        if ((i == 4 || i == 7) ? c != u'-' : !c.isDigit() || c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Checks every column of the rows, keeping the good ones. The domain's rules for the date and the
// impact (validateObservation) are asked once per distinct value: a file has few of either.
class RowChecker
{
public:
    RowChecker(const Lookup& lookup, QList<CsvProblem>& problems) : m_lookup(lookup), m_problems(problems) { }

    void check(const QStringList& fields, qint64 line, QList<ObservationRow>& rows)
    {
        m_line = line;
        m_ok = true;
        ObservationRow row;
        row.date = fields.at(DateColumn).trimmed();
        checkDate(row.date);
        const Person* observer = person(fields.at(ObserverColumn), ObserverColumn);
        const Person* subject = person(fields.at(SubjectColumn), SubjectColumn);
        if (subject && subject->removed)
            problem(SubjectColumn,
                CsvImport::tr("%1 has left the organisation; what was said about them was removed and cannot be "
                   "imported.")
                    .arg(subject->email));
        row.behaviorId = behavior(fields.at(BehaviorColumn).trimmed());
        row.impact = impact(fields.at(ImpactColumn).trimmed());
        row.situation = note(fields.at(SituationColumn), SituationColumn);
        row.action = note(fields.at(ActionColumn), ActionColumn);
        row.result = note(fields.at(ResultColumn), ResultColumn);
        if (!m_ok)
            return;
        row.observerId = observer->id;
        row.subjectId = subject->id;
        row.group = deriveRaterGroup(*observer, *subject);
        rows.append(std::move(row));
    }

private:
    void problem(Column column, const QString& message)
    {
        addProblem(m_problems, m_line, observationsHeader.at(column), message);
        m_ok = false;
    }

    QString ruleFor(const Observation& probe)
    {
        const Status status = validateObservation(probe);
        return status ? QString() : status.error().message;
    }

    void checkDate(const QString& text)
    {
        if (text.isEmpty())
            return problem(DateColumn,
                CsvImport::tr("Enter the day on which it happened, as YYYY-MM-DD (for example 2026-03-31)."));
        if (!looksLikeIsoDate(text))
            return problem(DateColumn,
                CsvImport::tr("\"%1\" is not a date PeerRadar reads: write it as YYYY-MM-DD, for example 2026-03-31.")
                    .arg(shown(text)));
        const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), text.right(2).toInt());
        if (!date.isValid())
            return problem(
                DateColumn, CsvImport::tr("%1 is not a day of the calendar: check the month and the day.").arg(text));
        auto known = m_dateRule.constFind(date.toJulianDay());
        if (known == m_dateRule.constEnd()) {
            Observation probe;
            probe.impact = minImpact;
            probe.date = date;
            known = m_dateRule.insert(date.toJulianDay(), ruleFor(probe));
        }
        if (!known->isEmpty())
            problem(DateColumn, *known);
    }

    const Person* person(const QString& field, Column column)
    {
        const QString email = normalEmail(field);
        if (email.isEmpty()) {
            problem(column,
                column == ObserverColumn ? CsvImport::tr("Enter the email address of the person who saw it.")
                                         : CsvImport::tr("Enter the email address of the person who was observed."));
            return nullptr;
        }
        const auto found = m_lookup.people.constFind(email);
        if (found == m_lookup.people.constEnd()) {
            problem(column,
                CsvImport::tr("Nobody with the email address %1 is in PeerRadar. Import the people file first, or "
                   "correct the "
                   "address.")
                    .arg(shown(field.trimmed())));
            return nullptr;
        }
        return &*found;
    }

    Id behavior(const QString& key)
    {
        if (const Id id = m_lookup.behaviors.value(key); id != 0)
            return id;
        problem(BehaviorColumn,
            key.isEmpty()
                ? CsvImport::tr("Enter the key of the behavior, one of: %1.").arg(m_lookup.currentKeys.join(u", "))
                : CsvImport::tr("The framework \"%1\" has no behavior with the key \"%2\". Use one of: %3.")
                      .arg(m_lookup.frameworkName, shown(key), m_lookup.currentKeys.join(u", ")));
        return 0;
    }

    int impact(const QString& text)
    {
        bool isNumber = false;
        const int value = text.toInt(&isNumber);
        if (!isNumber) {
            problem(ImpactColumn,
                text.isEmpty()
                    ? CsvImport::tr("Enter the impact, a whole number from %1 (small) to %2 (large).")
                          .arg(minImpact)
                          .arg(maxImpact)
                    : CsvImport::tr("The impact must be a whole number from %1 (small) to %2 (large); \"%3\" is not.")
                          .arg(minImpact)
                          .arg(maxImpact)
                          .arg(shown(text)));
            return 0;
        }
        auto known = m_impactRule.constFind(value);
        if (known == m_impactRule.constEnd()) {
            Observation probe;
            probe.impact = value;
            probe.date = QDate(2000, 1, 1);
            known = m_impactRule.insert(value, ruleFor(probe));
        }
        if (!known->isEmpty())
            problem(ImpactColumn, *known);
        return value;
    }

    QString note(const QString& field, Column column)
    {
        QString text = freeText(field);
        if (text.size() > maxNoteFieldLength)
            problem(column,
                CsvImport::tr("This note is %1 characters long; keep it under %2.")
                    .arg(text.size())
                    .arg(maxNoteFieldLength));
        return text;
    }

    const Lookup& m_lookup;
    QList<CsvProblem>& m_problems;
    QHash<qint64, QString> m_dateRule; // Julian day → the rule's complaint, empty when fine
    QHash<int, QString> m_impactRule;
    qint64 m_line = 0;
    bool m_ok = true;
};

// Time-ordered uuids (RFC 9562 version 7: milliseconds, then a counter that starts at a random
// point, then random bits). Rows of one import get increasing uuids, so the unique index on
// uuid grows at its end instead of at a random place for every row: far faster for big imports.
class OrderedUuids
{
public:
    OrderedUuids()
        : m_millis(quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFull)
        , m_counter(QRandomGenerator::system()->generate64() & 0xFF'FFFF'FFFFull) // 40 of 42 bits
    { }

    QString next()
    {
        const quint64 counter = m_counter++ & 0x3FF'FFFF'FFFFull; // 42 bits
        const quint64 high
            = (m_millis << 16) | 0x7000u | (counter >> 30); // 48 ms, version 7, 12 counter bits
        const quint64 low
            = (0x2ull << 62) | ((counter & 0x3FFF'FFFFull) << 32) | m_random.generate(); // variant 10
        char text[36];
        int at = 0;
        auto hex = [&](quint64 value, int digits) {
            for (int i = digits - 1; i >= 0; --i)
                text[at++] = "0123456789abcdef"[(value >> (4 * i)) & 0xF];
        };
        hex(high >> 32, 8);
        text[at++] = '-';
        hex((high >> 16) & 0xFFFF, 4);
        text[at++] = '-';
        hex(high & 0xFFFF, 4);
        text[at++] = '-';
        hex(low >> 48, 4);
        text[at++] = '-';
        hex(low & 0xFFFF'FFFF'FFFFull, 12);
        return QString::fromLatin1(text, sizeof text);
    }

private:
    quint64 m_millis;
    quint64 m_counter;
    QRandomGenerator m_random { QRandomGenerator::system()->generate() };
};

Status writeRows(Database& db, const QList<ObservationRow>& rows, RecordSource& source)
{
    QSqlQuery insert(db.connection());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, "
            "impact, rater_group, situation, action, result, created_at) VALUES (?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?)")))
        return db.errorFrom(insert.lastError());
    QVariant groups[5];
    for (RaterGroup g : allRaterGroups)
        groups[int(g)] = raterGroupKey(g);
    const QVariant createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    insert.bindValue(10, createdAt);
    const qint64 total = rows.size();
    OrderedUuids uuids;
    for (qint64 i = 0; i < total; ++i) {
        const ObservationRow& row = rows.at(i);
        insert.bindValue(0, uuids.next());
        insert.bindValue(1, row.observerId);
        insert.bindValue(2, row.subjectId);
        insert.bindValue(3, row.behaviorId);
        insert.bindValue(4, row.date);
        insert.bindValue(5, row.impact);
        insert.bindValue(6, groups[int(row.group)]);
        insert.bindValue(7, row.situation);
        insert.bindValue(8, row.action);
        insert.bindValue(9, row.result);
        if (!insert.exec())
            return db.errorFrom(insert.lastError());
        if ((i + 1) % progressEveryRows == 0 && !source.reportWrite(i + 1, total))
            return makeError(ErrorCode::Cancelled, {});
    }
    return {};
}

// For an import that at least doubles the table, dropping the observations' secondary indexes and
// building them again afterwards is faster than updating them row by row (measured: a third less
// CPU time for 1,000,000 rows). Runs inside the import's transaction, so a failure or a cancel
// brings the indexes back with everything else. SQLite only; other databases keep their indexes.
Result<QStringList> dropIndexesForBulkImport(Database& db, qint64 newRows)
{
    constexpr qint64 bulkRows = 100'000;
    if (newRows < bulkRows || db.connection().driverName() != QLatin1String("QSQLITE"))
        return QStringList();
    QStringList names, definitions;
    {
        // Both queries end before the DROP: SQLite refuses to drop what an open statement reads.
        auto count = db.exec(QStringLiteral("SELECT count(*) FROM observations"));
        if (!count)
            return count.error();
        if (count->next() && count->value(0).toLongLong() > newRows)
            return QStringList();
        auto indexes = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                              "tbl_name = 'observations' AND sql IS NOT NULL ORDER BY name"));
        if (!indexes)
            return indexes.error();
        while (indexes->next()) {
            names << indexes->value(0).toString();
            definitions << indexes->value(1).toString();
        }
    }
    for (const QString& name : std::as_const(names)) {
        // An identifier cannot be bound; the name comes from the schema, quoted as an identifier.
        if (auto s = db.execStatement(QStringLiteral("DROP INDEX ")
                + db.connection().driver()->escapeIdentifier(name, QSqlDriver::TableName));
            !s)
            return s.error();
    }
    return definitions;
}

} // namespace

ImportOutcome importObservationsCsv(Database& db, QIODevice* input, const Progress& progress)
{
    QList<CsvProblem> problems;
    RecordSource source(input, observationsHeader, progress, problems);
    if (!source.readHeader())
        return refused(problems);
    auto lookup = loadLookup(db);
    if (!lookup)
        return failed(lookup.error());

    QList<ObservationRow> rows;
    if (!input->isSequential())
        rows.reserve(qsizetype(std::min<qint64>(input->size() / 64, 50'000'000)));
    RowChecker checker(*lookup, problems);
    QStringList fields;
    while (source.next(fields))
        checker.check(fields, source.line(), rows);
    if (source.cancelled())
        return cancelledOutcome();
    if (!problems.isEmpty())
        return refused(problems);

    ImportOutcome outcome;
    const Status status = db.transaction([&]() -> Status {
        auto dropped = dropIndexesForBulkImport(db, rows.size());
        if (!dropped)
            return dropped.error();
        if (auto s = writeRows(db, rows, source); !s)
            return s;
        for (const QString& sql : std::as_const(*dropped)) {
            if (auto s = db.execStatement(sql); !s)
                return s;
        }
        return {};
    });
    if (source.cancelled())
        return cancelledOutcome();
    if (!status)
        return failed(status.error());
    outcome.summary.rows = rows.size();
    return outcome;
}

} // namespace peerradar
