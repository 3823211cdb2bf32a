// Import of the observations CSV (date,observer_email,subject_email,behavior,impact,situation,action,
// result). Built for a million rows, on both cores: a helper thread reads and checks the rows
// (people and behaviors looked up in hashes loaded once) while this thread writes them, in batches,
// inside one transaction. The first problem stops the writing; the reading goes on to list every
// problem, and the transaction is rolled back: a file with problems changes nothing.

#include "domain/Rules.h"
#include "io/ImportSupport.h"
#include "io/OrgCsv.h"
#include "storage/Database.h"

#include "storage/ObservationBulkWriter.h"

#include <QHash>
#include <QIODevice>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>

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

    // Appends the row to `rows` when every column is right; false (with problems) otherwise.
    bool check(const QStringList& fields, qint64 line, QList<BulkObservation>& rows)
    {
        m_line = line;
        m_ok = true;
        BulkObservation row;
        const QString date = fields.at(DateColumn).trimmed();
        checkDate(date);
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
            return false;
        row.date = date.toLatin1(); // checked: digits and dashes
        row.observerId = observer->id;
        row.subjectId = subject->id;
        row.group = deriveRaterGroup(*observer, *subject);
        rows.append(std::move(row));
        return true;
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

    QByteArray note(const QString& field, Column column)
    {
        const QString text = freeText(field);
        if (text.size() > maxNoteFieldLength)
            problem(column,
                CsvImport::tr("This note is %1 characters long; keep it under %2.")
                    .arg(text.size())
                    .arg(maxNoteFieldLength));
        return text.toUtf8();
    }

    const Lookup& m_lookup;
    QList<CsvProblem>& m_problems;
    QHash<qint64, QString> m_dateRule; // Julian day → the rule's complaint, empty when fine
    QHash<int, QString> m_impactRule;
    qint64 m_line = 0;
    bool m_ok = true;
};

// Rows checked by the reading thread, handed to the writing one. Bounded, so that reading cannot
// run far ahead of writing and fill the memory.
struct Batch
{
    QList<BulkObservation> rows;
    qint64 bytesRead = 0; // of the input, up to the end of the batch's last row
    qint64 recordsRead = 0;
};

class BatchQueue final
{
public:
    static constexpr qsizetype maxBatches = 16;

    // False when the reader should stop (the writer failed or was cancelled).
    bool push(Batch batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= maxBatches && !m_stopped)
            m_changed.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.wakeAll();
        return true;
    }
    // The next batch; none once the reader has finished and every batch was taken.
    std::optional<Batch> pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_finished)
            m_changed.wait(&m_mutex);
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.wakeAll();
        return batch;
    }
    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_finished = true;
        m_changed.wakeAll();
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.wakeAll();
    }
    bool stopped()
    {
        QMutexLocker lock(&m_mutex);
        return m_stopped;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

// The reading thread: reads and checks every row and collects every problem. It sends a batch every
// progressEveryRows records (so that progress and cancel keep working); once a problem was found
// the batches carry no rows, since nothing will be committed. Runs to the end unless stopped.
class RowReader final
{
public:
    RowReader(RecordSource& source, const Lookup& lookup, QList<CsvProblem>& problems, BatchQueue& queue)
        : m_source(source), m_checker(lookup, problems), m_problems(problems), m_queue(queue)
    { }

    void run()
    {
        Batch batch;
        QStringList fields;
        qint64 records = 0;
        bool more = true;
        while (more) {
            more = m_source.next(fields);
            if (more) {
                ++records;
                if (!m_checker.check(fields, m_source.line(), batch.rows) || !m_problems.isEmpty())
                    m_failed.store(true);
                if (m_failed.load())
                    batch.rows.clear();
            } else if (!m_problems.isEmpty()) {
                m_failed.store(true); // an unreadable part of the file
            }
            if (!more || records % progressEveryRows == 0) {
                batch.bytesRead = m_source.bytesConsumed();
                batch.recordsRead = records;
                if (!m_queue.push(std::exchange(batch, Batch())))
                    break;
            }
        }
        m_queue.finish();
    }
    // A problem was found: what was written must not be committed.
    bool failed() const { return m_failed.load(); }

private:
    RecordSource& m_source;
    RowChecker m_checker;
    QList<CsvProblem>& m_problems;
    BatchQueue& m_queue;
    std::atomic<bool> m_failed = false;
};

} // namespace

ImportOutcome importObservationsCsv(Database& db, QIODevice* input, const Progress& progress)
{
    // Progress counts bytes of input twice, read and written (rows when the size is unknown); here
    // both halves advance together, batch by batch. The calls come from this thread only.
    const qint64 size = input->isSequential() ? 0 : input->size() - input->pos();
    QList<CsvProblem> problems;
    const Progress none; // the reading thread must not call `progress`
    RecordSource source(input, observationsHeader, none, problems);
    if (!source.readHeader())
        return refused(problems, source);
    // Exported rows are about 120 bytes long: an estimate that only decides whether the load is big.
    const qint64 expectedRows = size / 128;

    bool cancelled = false;
    bool refusedRows = false;
    qint64 written = 0;
    const Status status = loadObservations(db, expectedRows, [&](ObservationBulkWriter& writer) -> Status {
        // Read inside the transaction: no person or behavior can go away while the rows are written.
        auto lookup = loadLookup(db);
        if (!lookup)
            return lookup.error();
        BatchQueue queue;
        RowReader reader(source, *lookup, problems, queue);
        // The input is read on the helper thread only while this function waits for it.
        QThread* thread = QThread::create([&reader] { reader.run(); });
        thread->start();
        const auto joinReader = qScopeGuard([&] {
            queue.stop();
            thread->wait();
            delete thread;
        });
        qint64 lastDone = -1;
        const auto goOn = [&](const Batch& batch) {
            if (!progress)
                return true;
            const qint64 done = size > 0 ? std::min(2 * batch.bytesRead, 2 * size) : 2 * batch.recordsRead;
            if (done <= lastDone)
                return true;
            lastDone = done;
            cancelled = !progress(done, size > 0 ? 2 * size : 0);
            return !cancelled;
        };
        while (auto batch = queue.pop()) {
            if (!reader.failed()) {
                for (const BulkObservation& row : std::as_const(batch->rows)) {
                    if (auto s = writer.insert(row); !s)
                        return s;
                }
                written += batch->rows.size();
            }
            if (!goOn(*batch))
                return makeError(ErrorCode::Cancelled, {});
        }
        thread->wait(); // every problem is listed now
        if (reader.failed() || !problems.isEmpty()) {
            refusedRows = true;
            return makeError(ErrorCode::BadCsv, {});
        }
        return {};
    });
    if (cancelled)
        return cancelledOutcome();
    if (refusedRows)
        return refused(problems, source);
    if (!status)
        return failed(status.error());
    ImportOutcome outcome;
    outcome.summary.rows = written;
    return outcome;
}

} // namespace peerradar
