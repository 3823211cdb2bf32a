#include "io/Csv.h"

#include <QFileDevice>
#include <QIODevice>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>

namespace peerradar {

namespace {

// What a spreadsheet runs as a formula at the start of a cell, and the apostrophe that escapes it.
const QString formulaStarts = QStringLiteral("=+-@\t\r'");

constexpr qint64 chunkSize = 1 << 20;

bool decodeUtf8(const QByteArray& bytes, QString& out)
{
    // Plain ASCII, the common case, needs no validation.
    bool ascii = true;
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        out = QString::fromLatin1(bytes);
        return true;
    }
    // Only the file's first three bytes can be a byte-order mark (fill() skips them); a U+FEFF inside a
    // field is text and is kept (Qt's decoder would otherwise drop one at the start of each field).
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

CsvReader::CsvReader(QIODevice* device) : m_device(device) { }

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_consumedBefore += m_pos;
    m_buffer = m_buffer.mid(m_pos);
    m_pos = 0;
    const QByteArray more = m_device->read(chunkSize);
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer += more;
    // A byte-order mark can only be recognised once its three bytes are in.
    while (m_atStart && m_buffer.size() < 3) {
        const QByteArray rest = m_device->read(chunkSize);
        if (rest.isEmpty())
            break;
        m_buffer += rest;
    }
    if (m_atStart) {
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_atStart = false;
    }
    return true;
}

bool CsvReader::fail(qint64 line, const QString& reason)
{
    m_reason = reason;
    m_error = tr("Line %1: %2").arg(line).arg(reason);
    return false;
}

bool CsvReader::finishField(QStringList& fields)
{
    QString text;
    if (!decodeUtf8(m_field, text))
        return fail(m_recordLine,
            tr("The text is not valid UTF-8. Save the file as \"CSV UTF-8\" and import it again."));
    fields.append(text);
    m_field.clear();
    return true;
}

bool CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    m_field.clear();
    if (m_error)
        return false;
    // A loop: the first fill may hold nothing but a byte-order mark.
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return false;
    }
    m_recordLine = m_line;
    m_recordNumber = m_recordsStarted++;
    // Spreadsheets save "Unicode text" as UTF-16: say so, rather than complain about its NUL bytes.
    if (m_consumedBefore == 0 && m_pos == 0
        && (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")))
        return fail(1, tr("The file is saved as UTF-16 (\"Unicode text\"). Save it as \"CSV UTF-8\" and "
                          "import it again."));
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = State::FieldStart;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of input ends the last record, unless a quote is still open.
            if (state == State::Quoted)
                return fail(m_recordLine, tr("A quoted field is never closed; the file ends inside quotes."));
            if (state == State::Unquoted && m_field.endsWith('\r'))
                m_field.chop(1);
            return finishField(fields);
        }
        if (state == State::Unquoted || state == State::Quoted) {
            // Copy a run of ordinary bytes at once; only the bytes that matter go through the switch.
            const char* data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            qsizetype end = m_pos;
            if (state == State::Unquoted) {
                while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '"'
                    && data[end] != '\0')
                    ++end;
            } else {
                while (end < size && data[end] != '"' && data[end] != '\n' && data[end] != '\0')
                    ++end;
            }
            if (end > m_pos) {
                m_field.append(data + m_pos, end - m_pos);
                m_pos = end;
                if (m_field.size() > maxFieldBytes)
                    return fail(m_line, tr("A field is longer than %1 MB.").arg(maxFieldBytes >> 20));
                continue;
            }
        }
        const char c = m_buffer.at(m_pos++);
        if (c == '\0')
            return fail(m_line, tr("The file contains a NUL byte; it is not a text file."));
        if (m_field.size() > maxFieldBytes)
            return fail(m_line, tr("A field is longer than %1 MB.").arg(maxFieldBytes >> 20));
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == ',') {
                if (!finishField(fields))
                    return false;
                state = State::FieldStart;
            } else if (c == '\n') {
                ++m_line;
                if (!m_field.isEmpty() && m_field.endsWith('\r'))
                    m_field.chop(1);
                return finishField(fields);
            } else if (c == '"') {
                return fail(m_line, tr("A quote appears inside a field that does not start with a quote. "
                                       "Put the whole field in quotes and double the quote: \"\""));
            } else {
                m_field.append(c);
            }
            break;
        case State::Quoted:
            if (c == '"')
                state = State::QuoteInQuoted;
            else {
                if (c == '\n')
                    ++m_line;
                m_field.append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                m_field.append('"');
                state = State::Quoted;
            } else if (c == ',') {
                if (!finishField(fields))
                    return false;
                state = State::FieldStart;
            } else if (c == '\n') {
                ++m_line;
                return finishField(fields);
            } else if (c == '\r') {
                // CR of a CRLF after a closing quote; the LF ends the record.
            } else {
                return fail(m_line, tr("Text follows a closing quote. Double a quote inside a quoted field: \"\""));
            }
            break;
        }
    }
}

CsvWriter::CsvWriter(QIODevice* device, ByteOrderMark bom) : m_device(device)
{
    m_buffer.reserve(bufferBytes + 4096);
    if (bom == ByteOrderMark::Written)
        m_buffer.append("\xEF\xBB\xBF", 3);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendField(fields.at(i));
    }
    m_buffer.append("\r\n", 2);
    if (m_buffer.size() >= bufferBytes)
        flush();
}

void CsvWriter::appendField(QStringView text)
{
    // A field that starts with U+FEFF is quoted, so that at the start of the file it cannot be read
    // back as a byte-order mark.
    bool quote = text.startsWith(QChar(0xFEFF));
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        appendUtf8(text);
        return;
    }
    m_buffer.append('"');
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"') {
            appendUtf8(text.sliced(from, i + 1 - from));
            m_buffer.append('"');
            from = i + 1;
        }
    }
    appendUtf8(text.sliced(from));
    m_buffer.append('"');
}

void CsvWriter::appendUtf8(QStringView text)
{
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + m_encoder.requiredSpace(text.size()));
    char* end = m_encoder.appendToBuffer(m_buffer.data() + start, text);
    m_buffer.resize(end - m_buffer.constData());
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        // A short write (the disk filled up) is followed by another for the rest, which fails
        // with the cause set on the device.
        for (qsizetype done = 0; m_ok && done < m_buffer.size();) {
            const qint64 written = m_device->write(m_buffer.constData() + done, m_buffer.size() - done);
            if (written <= 0)
                m_ok = false;
            else
                done += written;
        }
        m_buffer.clear();
    }
    return m_ok;
}

QString writeFailure(QIODevice* device)
{
    QString reason = device->errorString();
    auto* file = qobject_cast<QFileDevice*>(device);
    if (file && file->isOpen()) {
        const QString generic = reason;
        errno = 0;
        if (!file->flush() && file->errorString() != generic)
            reason = file->errorString();
        else if (errno != 0)
            reason = QString::fromLocal8Bit(std::strerror(errno));
    }
    return reason;
}

QString escapeSpreadsheetFormula(const QString& text)
{
    if (text.isEmpty())
        return text;
    return formulaStarts.contains(text.front()) ? QStringLiteral("'") + text : text;
}

QString unescapeSpreadsheetFormula(const QString& text)
{
    return text.size() >= 2 && text.front() == u'\'' && formulaStarts.contains(text.at(1)) ? text.mid(1) : text;
}

} // namespace peerradar
