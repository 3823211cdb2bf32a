#include "ImportFixture.h"

#include "storage/ObservationBulkWriter.h"
#include "storage/SqliteApi.h"

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

// The observations import at scale: rows are written while later ones are still being read, big
// imports rebuild the indexes and switch some of SQLite's checks off for their own rows. Cancel and
// bad rows at any point leave the file as it was; the connection checks everything afterwards.
class TestBulkImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importObservations_cancelWhileReading_changesNothing();
    void importObservations_cancelWhileWriting_changesNothing();
    void importObservations_bulk_keepsIndexesAndCancelsCleanly();
    void importObservations_badRowsAfterRowsWereWritten_changeNothing_data();
    void importObservations_badRowsAfterRowsWereWritten_changeNothing();
    void importObservations_bulk_putsConnectionSettingsBack();
    void importObservations_bulk_notesAreSearchable();
    void importObservations_fullBatchesAndRest_everyRowAsWritten_data();
    void importObservations_fullBatchesAndRest_everyRowAsWritten();
    void sqliteApi_isTheDriversOwn();
};

void TestBulkImport::importObservations_cancelWhileReading_changesNothing()
{
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const QByteArray before = checksum(t.db());
    int calls = 0;
    const ImportOutcome outcome
        = importObservations(t.db(), manyObservations(3000), [&](qint64 done, qint64 total) {
              ++calls;
              return done < total / 4; // stop early in the reading half
          });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Cancelled);
    QVERIFY(calls >= 1);
    QCOMPARE(checksum(t.db()), before);
}

void TestBulkImport::importObservations_cancelWhileWriting_changesNothing()
{
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const QByteArray before = checksum(t.db());
    qint64 last = -1;
    bool monotonic = true;
    const ImportOutcome outcome
        = importObservations(t.db(), manyObservations(3000), [&](qint64 done, qint64 total) {
              monotonic = monotonic && done > last && done <= total;
              last = done;
              return done < total * 3 / 4; // well into the writing half
          });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Cancelled);
    QVERIFY(monotonic);
    QCOMPARE(checksum(t.db()), before);
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM observations"_s), 0);
}

// A big import into an empty table rebuilds the indexes at the end; a cancel must bring them back.
void TestBulkImport::importObservations_bulk_keepsIndexesAndCancelsCleanly()
{
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const QByteArray before = checksum(t.db());
    const QByteArray csv = manyObservations(100'000);
    ImportOutcome cancelled
        = importObservations(t.db(), csv, [](qint64 done, qint64 total) { return done < total - 1; });
    QCOMPARE(cancelled.error->code, ErrorCode::Cancelled);
    QCOMPARE(checksum(t.db()), before); // includes the index definitions

    const ImportOutcome outcome = importObservations(t.db(), csv);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM observations"_s), 100'000);
    QCOMPARE(scalar(t.db(),
                 t.db().isServer() ? u"SELECT count(*) FROM pg_indexes WHERE tablename = 'observations' "
                                     "AND indexname IN ('observations_subject', 'observations_observer')"_s
                                   : u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                     "'observations' AND name IN ('observations_subject', 'observations_observer')"_s),
        2);
    QCOMPARE(scalar(t.db(), u"SELECT count(DISTINCT uuid) FROM observations"_s), 100'000);
    QVERIFY(t.db().integrityProblems().isEmpty());
}

// Rows are written while later ones are still being read: problems found after thousands of rows
// were written still leave the file as it was, and every problem is listed in file order.
void TestBulkImport::importObservations_badRowsAfterRowsWereWritten_changeNothing_data()
{
    QTest::addColumn<int>("rows");
    QTest::addRow("3,000 rows (indexes kept)") << 3000;
    QTest::addRow("30,000 rows (indexes dropped and rebuilt)") << 30'000;
}

void TestBulkImport::importObservations_badRowsAfterRowsWereWritten_changeNothing()
{
    QFETCH(int, rows);
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const QByteArray before = checksum(t.db());
    QByteArray csv = manyObservations(rows);
    csv += "2025-01-02,ann@example.com,bob@example.com,influence,6,,,\n";
    csv += manyObservations(1500).mid(observationsHeader.size());
    csv += "2025-01-02,ann@example.com,nobody@example.com,influence,3,,,\n";
    const ImportOutcome outcome = importObservations(t.db(), csv);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::BadCsv);
    // Line 1 is the header: the bad rows are lines rows + 2 and rows + 1503.
    QCOMPARE(problemLines(outcome), u"%1:impact %2:subject_email"_s.arg(rows + 2).arg(rows + 1503));
    QCOMPARE(checksum(t.db()), before);
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM observations"_s), 0);
}

// A big import switches some of SQLite's checks off for its own rows only: afterwards (imported or
// refused) the connection checks everything again.
void TestBulkImport::importObservations_bulk_putsConnectionSettingsBack()
{
    TempDatabase t;
    PR_SQLITE_ONLY(t.db()); // SQLite's pragmas
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    const QByteArray csv = manyObservations(30'000);
    QByteArray bad = csv;
    bad += "2025-01-02,ann@example.com,bob@example.com,nope,3,,,\n";
    QCOMPARE(importObservations(t.db(), bad).error->code, ErrorCode::BadCsv);
    const auto checksEverything = [&t] {
        QCOMPARE(scalar(t.db(), u"PRAGMA foreign_keys"_s), 1);
        QCOMPARE(scalar(t.db(), u"PRAGMA ignore_check_constraints"_s), 0);
        QCOMPARE(scalar(t.db(), u"PRAGMA temp_store"_s), 2); // MEMORY
        QCOMPARE(scalar(t.db(), u"PRAGMA cache_size"_s), -32000);
        const Id ann = scalar(t.db(), u"SELECT id FROM people WHERE email = 'ann@example.com'"_s);
        const Id behavior = scalar(t.db(), u"SELECT min(id) FROM behaviors"_s);
        const QString insert = u"INSERT INTO observations (uuid, observer_id, subject_id, behavior_id, observed_on, "
                               "impact, rater_group, created_at) VALUES (?, ?, ?, ?, '2025-01-01', ?, 'peer', 'x')"_s;
        QVERIFY(!t.db().execStatement(insert, { u"check"_s, ann, ann, behavior, 9 }));
        QVERIFY(!t.db().execStatement(insert, { u"foreign key"_s, ann, 999'999, behavior, 3 }));
    };
    checksEverything();
    const ImportOutcome outcome = importObservations(t.db(), csv);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.summary.rows, 30'000);
    checksEverything();
    QVERIFY(t.db().integrityProblems().isEmpty());
}

// A big import feeds the note search index in one statement after its rows instead of row by row
// through the trigger: the notes of every imported row are found, the notes already there still
// are, and the trigger is back for whatever is written next.
void TestBulkImport::importObservations_bulk_notesAreSearchable()
{
    TempDatabase t;
    PR_SQLITE_ONLY(t.db()); // the server searches the notes themselves
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    QVERIFY(importObservations(t.db(), observationsHeader
                + "2025-01-02,ann@example.com,bob@example.com,influence,3,early whiteboard,,\n").ok());
    const ImportOutcome outcome = importObservations(t.db(), manyObservations(30'000));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    const auto matches = [&t](const QString& words) {
        return scalar(t.db(), u"SELECT count(*) FROM note_search WHERE note_search MATCH '%1'"_s.arg(words));
    };
    QCOMPARE(matches(u"row"_s), 30'000);
    QCOMPARE(matches(u"early"_s), 1);
    QCOMPARE(matches(u"29999"_s), 1);
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                            "'observations_note_search_%'"_s),
        3);
    QVERIFY(importObservations(t.db(), observationsHeader
                + "2025-01-03,ann@example.com,bob@example.com,influence,4,,later flipchart,\n").ok());
    QCOMPARE(matches(u"flipchart"_s), 1);
    // FTS5's own check of the index against the notes in observations.
    QVERIFY(t.db().execStatement(u"INSERT INTO note_search (note_search, rank) VALUES ('integrity-check', 1)"_s));
    QVERIFY(t.db().integrityProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestBulkImport)
// The fast path binds through SQLite's own functions, found in the library Qt's driver calls. When
// they cannot be found, imports still work through Qt Sql, but three times slower: say so here.
// A server gets ObservationBulkWriter::serverRowsPerStatement rows per statement and the rest in one
// more: every row arrives once, in file order, with its text exactly as written (quotes, backslashes,
// letters beyond ASCII, empty fields). The same on a file.
void TestBulkImport::importObservations_fullBatchesAndRest_everyRowAsWritten_data()
{
    QTest::addColumn<int>("rows");
    QTest::addRow("1 row") << 1;
    QTest::addRow("one full statement") << ObservationBulkWriter::serverRowsPerStatement;
    QTest::addRow("one full statement and 1 row") << ObservationBulkWriter::serverRowsPerStatement + 1;
    QTest::addRow("two full statements and 7 rows") << 2 * ObservationBulkWriter::serverRowsPerStatement + 7;
}

void TestBulkImport::importObservations_fullBatchesAndRest_everyRowAsWritten()
{
    QFETCH(int, rows);
    TempDatabase t;
    QVERIFY(importPeople(t.db(), goodPeople).ok());
    QByteArray csv = observationsHeader;
    QStringList expected;
    for (int i = 0; i < rows; ++i) {
        const QByteArray date = "2025-0" + QByteArray::number(1 + i % 9) + "-2" + QByteArray::number(i % 8);
        const int impact = 1 + (i * 7) % 5;
        const QString situation = u"it's row %1 \\ \"quoted\" Zürich ✓"_s.arg(i);
        const QString result = i % 3 == 0 ? QString() : u"result %1; -- ?"_s.arg(i);
        csv += date + ",cy@example.com,bob@example.com,influence," + QByteArray::number(impact) + ",\""
            + situation.toUtf8().replace("\"", "\"\"") + "\",," + result.toUtf8() + "\n";
        expected << u"%1|%2|%3||%4"_s.arg(QString::fromLatin1(date)).arg(impact).arg(situation, result);
    }
    const ImportOutcome outcome = importObservations(t.db(), csv);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    auto q = t.db().exec(
        u"SELECT observed_on, impact, situation, action, result, rater_group FROM observations ORDER BY id"_s);
    PR_VERIFY_OK(q);
    QStringList stored;
    while (q->next()) {
        stored << u"%1|%2|%3|%4|%5"_s.arg(q->value(0).toString(), q->value(1).toString(),
            q->value(2).toString(), q->value(3).toString(), q->value(4).toString());
        QCOMPARE(q->value(5).toString(), u"other"_s); // Cy (Beta) about Bob (Alpha)
    }
    QCOMPARE(stored.size(), rows);
    QCOMPARE(stored, expected);
}

void TestBulkImport::sqliteApi_isTheDriversOwn()
{
    TempDatabase t;
    PR_SQLITE_ONLY(t.db());
    QVERIFY(sqlite::available(t.db()));
    auto statement = sqlite::Statement::prepare(t.db(), "SELECT 1");
    PR_VERIFY_OK(statement);
    QVERIFY(*statement != nullptr);
}

#include "tst_bulk_import.moc"
