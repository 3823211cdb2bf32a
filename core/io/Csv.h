#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace peerradar {

// Streaming RFC 4180 reader: quoted fields with commas, quotes and line breaks; UTF-8 with or
// without a byte-order mark; CRLF or LF. Invalid UTF-8, NUL bytes and a quote left open at the end
// of the file are errors that name the line.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    explicit CsvReader(QIODevice* device);

    // The next record into `fields`. False at the end of the input or on an error (see error()).
    bool readRecord(QStringList& fields);
    // The line on which the record last returned (or the one that failed) started (1-based).
    qint64 recordLine() const { return m_recordLine; }
    // Which record that is, counting from 0 (a file's header is record 0). Differs from
    // recordLine() - 1 once a quoted field has spanned lines.
    qint64 recordNumber() const { return m_recordNumber; }
    // "Line 3: A field is longer than 16 MB."
    const std::optional<QString>& error() const { return m_error; }
    // The same without the line, for a caller that says where itself.
    const QString& errorReason() const { return m_reason; }
    qint64 bytesConsumed() const { return m_consumedBefore + m_pos; }

    static constexpr qsizetype maxFieldBytes = 16 * 1024 * 1024;

private:
    bool fill(); // more bytes into m_buffer; false at end of input
    bool fail(qint64 line, const QString& reason);
    bool finishField(QStringList& fields);

    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
    QByteArray m_field;
    qsizetype m_pos = 0;
    qint64 m_consumedBefore = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_recordNumber = 0;
    qint64 m_recordsStarted = 0;
    bool m_atStart = true;
    bool m_eof = false;
    std::optional<QString> m_error;
    QString m_reason;
};

// Whether a written file starts with UTF-8's byte-order mark. Spreadsheets (LibreOffice, Excel) read
// a CSV file without one in the system's legacy encoding ("Zoë" arrives as "ZoÃ«"), so PeerRadar
// writes it by default; some other tools dislike it (peerradar-cli export --no-bom). The reader
// accepts either.
enum class ByteOrderMark { Written, Omitted };

// RFC 4180 writer: quotes a field only when it holds a comma, quote, CR or LF; lines end in CRLF.
// Records are collected in a buffer and written in large pieces; the rest is written by ok(),
// flush() or the destructor.
class CsvWriter final
{
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    explicit CsvWriter(QIODevice* device, ByteOrderMark bom = ByteOrderMark::Omitted);
    ~CsvWriter();
    void writeRecord(const QStringList& fields);
    // Writes what is buffered; false when any write failed.
    bool flush();
    // Writes what is buffered and says whether every write so far succeeded.
    bool ok() { return flush(); }

    static constexpr qsizetype bufferBytes = 256 * 1024;

private:
    void appendField(QStringView text);
    void appendUtf8(QStringView text);

    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
    bool m_ok = true;
};

// Free text that a spreadsheet would run as a formula (leading = + - @ tab CR) is written with a
// leading apostrophe, and so is text that already starts with one, so that the importer can reverse
// it exactly: unescape(escape(s)) == s for every s. The importer removes an apostrophe only where the
// export would have put one (before one of those characters or another apostrophe), so a name typed
// into a spreadsheet as "'t Hooft" keeps its apostrophe.
QString escapeSpreadsheetFormula(const QString& text);

// Why the last write to `device` failed, in the system's words ("No space left on device").
// A file that filled up in the middle of a write says only "Unknown error" (Qt reports the short
// write without its cause): the rest is written once more, which fails at once and names it.
QString writeFailure(QIODevice* device);
QString unescapeSpreadsheetFormula(const QString& text);

} // namespace peerradar
