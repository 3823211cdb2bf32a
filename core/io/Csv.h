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
    // The line on which the record last returned started (1-based).
    qint64 recordLine() const { return m_recordLine; }
    const std::optional<QString>& error() const { return m_error; }
    qint64 bytesConsumed() const { return m_consumedBefore + m_pos; }

    static constexpr qsizetype maxFieldBytes = 16 * 1024 * 1024;

private:
    bool fill(); // more bytes into m_buffer; false at end of input
    bool fail(const QString& message);
    bool finishField(QStringList& fields);

    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
    QByteArray m_field;
    qsizetype m_pos = 0;
    qint64 m_consumedBefore = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_atStart = true;
    bool m_eof = false;
    std::optional<QString> m_error;
};

// RFC 4180 writer: quotes a field only when it holds a comma, quote, CR or LF; lines end in CRLF.
// Records are collected in a buffer and written in large pieces; the rest is written by ok(),
// flush() or the destructor.
class CsvWriter final
{
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    explicit CsvWriter(QIODevice* device);
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
// it exactly: unescape(escape(s)) == s for every s.
QString escapeSpreadsheetFormula(const QString& text);
QString unescapeSpreadsheetFormula(const QString& text);

} // namespace peerradar
