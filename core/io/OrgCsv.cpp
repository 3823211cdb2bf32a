#include "io/OrgCsv.h"

#include "io/ImportSupport.h"

#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace peerradar {

namespace csvimport {

RecordSource::RecordSource(
    QIODevice* device, QStringList header, const Progress& progress, QList<CsvProblem>& problems)
    : m_reader(device)
    , m_header(std::move(header))
    , m_progress(progress)
    , m_problems(problems)
    , m_size(device->isSequential() ? 0 : device->size() - device->pos())
{ }

bool RecordSource::readHeader()
{
    const QString expected = m_header.join(u',');
    QStringList fields;
    const bool read = m_reader.readRecord(fields);
    noteRecord();
    if (!read) {
        if (m_reader.error())
            addProblem(m_problems, m_reader.recordLine(), {}, m_reader.errorReason());
        else
            addProblem(
                m_problems, 1, {}, CsvImport::tr("The file is empty. It must start with the line %1").arg(expected));
        return false;
    }
    for (QString& field : fields)
        field = field.trimmed();
    if (fields != m_header) {
        addProblem(m_problems, 1, {},
            CsvImport::tr("The first line must be exactly %1 (found: %2). Use the column names of an exported file.")
                .arg(expected, shown(fields.join(u','))));
        return false;
    }
    return true;
}

bool RecordSource::next(QStringList& fields)
{
    for (;;) {
        const bool read = m_reader.readRecord(fields);
        noteRecord();
        if (!read) {
            if (m_reader.error())
                addProblem(m_problems, m_reader.recordLine(), {}, m_reader.errorReason());
            return false;
        }
        if (++m_rows % progressEveryRows == 0 && !report())
            return false;
        if (fields.size() == 1 && fields.front().trimmed().isEmpty())
            continue; // a blank line
        if (fields.size() != m_header.size()) {
            addProblem(m_problems, m_reader.recordLine(), {},
                CsvImport::tr("This row has %1 columns; it needs %2 (%3). Put text that contains a comma in double "
                   "quotes.")
                    .arg(fields.size())
                    .arg(m_header.size())
                    .arg(m_header.join(u',')));
            continue;
        }
        return true;
    }
}

bool RecordSource::report()
{
    if (!m_progress)
        return true;
    const bool goOn = m_size > 0 ? m_progress(m_reader.bytesConsumed(), 2 * m_size) : m_progress(m_rows, 0);
    m_cancelled = !goOn;
    return goOn;
}

bool RecordSource::reportWrite(qint64 done, qint64 total)
{
    if (!m_progress)
        return true;
    const bool goOn = m_size > 0 && total > 0 ? m_progress(m_size + m_size * done / total, 2 * m_size)
                                              : m_progress(m_rows + done, 0);
    m_cancelled = !goOn;
    return goOn;
}

void RecordSource::noteRecord()
{
    const qint64 shift = m_reader.recordLine() - m_reader.recordNumber();
    const qint64 lastShift = m_shifts.isEmpty() ? 1 : m_shifts.constLast().first - m_shifts.constLast().second;
    if (shift != lastShift)
        m_shifts.append({ m_reader.recordLine(), m_reader.recordNumber() });
}

qint64 RecordSource::rowAt(qint64 line) const
{
    // The last shift at or before `line`; before any, line = record + 1.
    auto after = std::upper_bound(m_shifts.cbegin(), m_shifts.cend(), line,
        [](qint64 l, const std::pair<qint64, qint64>& s) { return l < s.first; });
    const qint64 shift = after == m_shifts.cbegin() ? 1 : std::prev(after)->first - std::prev(after)->second;
    return line - shift + 1;
}

void addProblem(QList<CsvProblem>& problems, qint64 line, const QString& column, const QString& message)
{
    problems.append(CsvProblem { line, column, message });
}

ImportOutcome refused(QList<CsvProblem> problems, const RecordSource& source)
{
    for (CsvProblem& p : problems)
        p.row = source.rowAt(p.line);
    QSet<qint64> lines;
    for (const CsvProblem& p : problems)
        lines.insert(p.line);
    ImportOutcome outcome;
    outcome.error = makeError(ErrorCode::BadCsv,
        CsvImport::tr("The import was refused because of problems on %n line(s) of the file; nothing was changed. "
           "Correct "
           "them and import the file again.",
            nullptr, int(lines.size())),
        describeProblems(problems));
    outcome.problems = std::move(problems);
    return outcome;
}

ImportOutcome cancelledOutcome()
{
    ImportOutcome outcome;
    outcome.error = makeError(ErrorCode::Cancelled, CsvImport::tr("The import was cancelled; nothing was changed."));
    return outcome;
}

ImportOutcome failed(const Error& error)
{
    ImportOutcome outcome;
    outcome.error = error;
    return outcome;
}

QString freeText(const QString& field)
{
    QString text = unescapeSpreadsheetFormula(field.trimmed()).trimmed();
    // A null string would be bound as NULL; empty text is stored as ''.
    return text.isNull() ? QString(u""_s) : text;
}

QString shown(const QString& cell)
{
    constexpr qsizetype limit = 60;
    return cell.size() <= limit ? cell : cell.left(limit - 1) + u'…';
}

QString normalEmail(const QString& field)
{
    // Exports escape emails too: a valid address can start with "=" or "+", and a spreadsheet would
    // run it as a formula.
    return unescapeSpreadsheetFormula(field.trimmed()).trimmed().toLower();
}

} // namespace csvimport

QString describeProblems(const QList<CsvProblem>& problems, int limit)
{
    QStringList lines;
    const qsizetype shown = std::min<qsizetype>(problems.size(), std::max(limit, 0));
    for (qsizetype i = 0; i < shown; ++i) {
        const CsvProblem& p = problems.at(i);
        if (p.row <= 0)
            lines << (p.column.isEmpty() ? CsvImport::tr("Line %1: %2").arg(p.line).arg(p.message)
                                         : CsvImport::tr("Line %1, %2: %3").arg(p.line).arg(p.column, p.message));
        else
            lines << (p.column.isEmpty()
                    ? CsvImport::tr("Row %1 (line %2): %3").arg(p.row).arg(p.line).arg(p.message)
                    : CsvImport::tr("Row %1 (line %2), %3: %4").arg(p.row).arg(p.line).arg(p.column, p.message));
    }
    if (problems.size() > shown)
        lines << CsvImport::tr("…and %n more.", nullptr, int(problems.size() - shown));
    return lines.join(u'\n');
}

} // namespace peerradar
