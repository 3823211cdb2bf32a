#pragma once

#include "io/Csv.h"
#include "io/OrgCsv.h"

#include <QCoreApplication>
#include <QStringList>

// What the people and observations imports share: reading the header and the rows with every
// problem collected, progress reporting and the wording of a refused import. Internal to core/io.
namespace peerradar {

// The translation context of every import message (lupdate reads it from this declaration).
struct CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::CsvImport)
};

} // namespace peerradar

namespace peerradar::csvimport {

// Reads an import file record by record. A wrong header, a row with the wrong number of columns or
// a file that stops being readable is recorded in `problems`; blank lines are skipped.
//
// Progress: the import's work is counted in bytes of input, twice over: reading and checking
// reports 0…size, writing reports size…2·size (see reportWrite). Unknown size: rows, total 0.
class RecordSource final
{
    Q_DISABLE_COPY_MOVE(RecordSource)

public:
    RecordSource(
        QIODevice* device, QStringList header, const Progress& progress, QList<CsvProblem>& problems);

    // Reads and checks the header. False (with a problem) when it is missing or wrong.
    bool readHeader();
    // The next row with the right number of columns. False at the end, after an unreadable part of
    // the file (a problem says where) or when progress asked to stop (cancelled() is then true).
    bool next(QStringList& fields);
    qint64 line() const { return m_reader.recordLine(); }
    qint64 bytesConsumed() const { return m_reader.bytesConsumed(); }
    bool cancelled() const { return m_cancelled; }
    const QStringList& header() const { return m_header; }

    // Progress while writing `done` of `total` rows; false when the user cancelled.
    bool reportWrite(qint64 done, qint64 total);
    // The spreadsheet row (header = 1) of the record that starts on `line`.
    qint64 rowAt(qint64 line) const;

private:
    bool report();
    void noteRecord();

    CsvReader m_reader;
    QStringList m_header;
    const Progress& m_progress;
    QList<CsvProblem>& m_problems;
    qint64 m_size = 0;
    qint64 m_rows = 0;
    bool m_cancelled = false;
    // Where lines and records part: (line, record) at each record after which a quoted field had
    // spanned lines. Few in a normal file, so that every problem's row is found without a table of
    // every record.
    QList<std::pair<qint64, qint64>> m_shifts;
};

void addProblem(QList<CsvProblem>& problems, qint64 line, const QString& column, const QString& message);

// "The import was refused: N rows …" with the problems attached, each with its row in `source`.
ImportOutcome refused(QList<CsvProblem> problems, const RecordSource& source);
ImportOutcome cancelledOutcome();
ImportOutcome failed(const Error& error);

// Free text as stored: spaces around removed, the spreadsheet escape undone. Idempotent over
// export → import, so that a round trip gives the same bytes.
QString freeText(const QString& field);
// A cell as quoted back in a message: at most 60 characters, so that a 10 MB cell gives a short
// message, not 10 MB of text on the screen.
QString shown(const QString& cell);
// Emails are stored trimmed and in lower case.
QString normalEmail(const QString& field);

constexpr qint64 progressEveryRows = 1000;

} // namespace peerradar::csvimport
