#include "io/Csv.h"

#include <QIODevice>
#include <QStringDecoder>

namespace peerradar {

namespace {

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
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
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
    if (m_atStart && m_buffer.size() >= 3) {
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_atStart = false;
    }
    return true;
}

bool CsvReader::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CsvReader::finishField(QStringList& fields)
{
    QString text;
    if (!decodeUtf8(m_field, text))
        return fail(tr("Line %1: the text is not valid UTF-8. Save the file as \"CSV UTF-8\" and import it again.")
                        .arg(m_line));
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
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_recordLine = m_line;
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = State::FieldStart;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of input ends the last record, unless a quote is still open.
            if (state == State::Quoted)
                return fail(tr("Line %1: a quoted field is never closed; the file ends inside quotes.")
                                .arg(m_recordLine));
            if (state == State::Unquoted && m_field.endsWith('\r'))
                m_field.chop(1);
            return finishField(fields);
        }
        const char c = m_buffer.at(m_pos++);
        if (c == '\0')
            return fail(tr("Line %1: the file contains a NUL byte; it is not a text file.").arg(m_line));
        if (m_field.size() > maxFieldBytes)
            return fail(tr("Line %1: a field is longer than %2 MB.").arg(m_line).arg(maxFieldBytes >> 20));
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
                return fail(tr("Line %1: a quote appears inside a field that does not start with a quote. "
                               "Put the whole field in quotes and double the quote: \"\"")
                                .arg(m_line));
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
                return fail(tr("Line %1: text follows a closing quote. Double a quote inside a quoted field: \"\"")
                                .arg(m_line));
            }
            break;
        }
    }
}

CsvWriter::CsvWriter(QIODevice* device) : m_device(device) { }

void CsvWriter::writeRecord(const QStringList& fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line.append(',');
        const QByteArray bytes = fields.at(i).toUtf8();
        const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
        if (quote) {
            m_line.append('"');
            for (char c : bytes) {
                if (c == '"')
                    m_line.append('"');
                m_line.append(c);
            }
            m_line.append('"');
        } else {
            m_line.append(bytes);
        }
    }
    m_line.append("\r\n");
    if (m_device->write(m_line) != m_line.size())
        m_ok = false;
}

QString escapeSpreadsheetFormula(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    static const QString risky = QStringLiteral("=+-@\t\r'");
    return risky.contains(first) ? QStringLiteral("'") + text : text;
}

QString unescapeSpreadsheetFormula(const QString& text)
{
    return text.startsWith(u'\'') ? text.mid(1) : text;
}

} // namespace peerradar
