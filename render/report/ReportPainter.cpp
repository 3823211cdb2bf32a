#include "report/ReportPainter.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QTextLayout>

#include <cmath>
#include <memory>
#include <vector>

namespace peerradar {

namespace {

constexpr double footerHeight = 28.0;
const QColor textColor(33, 33, 33);
const QColor headingColor(22, 62, 110); // headings stand out by size and colour, not weight: see the constructor
const QColor mutedColor(100, 100, 100);
const QColor ruleColor(200, 200, 200);
const QColor headerFill(235, 240, 247);

} // namespace

QFont reportFont(QFont font)
{
    // Any letter spacing (at least 1/64 px, Qt's fixed-point step) turns typographic ligatures off: "fl" stays two letters that text
    // extraction, search and screen readers can read, instead of one "ﬂ" glyph.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

namespace {

// QTextLayout breaks lines only where told: a newline in the text becomes a line separator.
QString laidOut(QString text)
{
    return text.replace(u'\n', QChar::LineSeparator);
}

QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

// Text laid out once for a width: measured, then drawn from the same shaped glyphs (a layout
// throws its glyphs away at endLayout() unless its cache is on, and drawing would shape again).
// Always plain text: QTextLayout never interprets markup.
class ReportPainter::Block
{
public:
    Block(const QString& text, const QFont& font, double width, QPaintDevice* device)
        : m_layout(laidOut(text), font, device)
    {
        m_layout.setCacheEnabled(true);
        m_layout.setTextOption(wrapping());
        m_layout.beginLayout();
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout.endLayout();
    }
    double height() const { return m_height; }
    int lineCount() const { return m_layout.lineCount(); }
    QTextLine line(int i) const { return m_layout.lineAt(i); }
    void draw(QPainter& painter, const QPointF& topLeft, const QColor& color) const
    {
        painter.setPen(color);
        m_layout.draw(&painter, topLeft);
    }

private:
    QTextLayout m_layout;
    double m_height = 0;
};

ReportPainter::ReportPainter(QPagedPaintDevice* device, QString footer, Pass pass, int pageCount)
    : m_device(device)
    , m_footer(std::move(footer))
    , m_measuring(pass == Pass::Measure)
    , m_pageCount(pageCount)
{
    QRect page;
    if (m_measuring) {
        // What a painter's viewport on the device would be, without beginning one (which would
        // start writing the document).
        page = QRect(0, 0, device->width(), device->height());
        if (page.isEmpty())
            return;
    } else {
        if (!m_painter.begin(device))
            return;
        m_painter.setRenderHint(QPainter::Antialiasing);
        page = m_painter.viewport();
    }
    m_width = page.width();
    m_height = page.height() - footerHeight;
    m_body = QFont(QStringLiteral("DejaVu Sans"), 9);
    m_small = QFont(QStringLiteral("DejaVu Sans"), 7);
    // One face only, no bold (headings differ by size and colour): Qt embeds every face a PDF uses
    // anew in each file, mapping all of Unicode for its subset and reloading each glyph used; the
    // bold face cost ~37 M instructions, a seventh of a person's summary.
    m_heading = QFont(QStringLiteral("DejaVu Sans"), 13);
    m_title = QFont(QStringLiteral("DejaVu Sans"), 24);
    for (QFont* font : { &m_body, &m_small, &m_heading, &m_title })
        *font = reportFont(*font);
}

ReportPainter::~ReportPainter()
{
    if (!m_measuring && m_painter.isActive()) {
        footer();
        m_painter.end();
    }
}

double ReportPainter::drawText(const QString& text, const QFont& font, const QRectF& rect, const QColor& color)
{
    const Block block(text, font, rect.width(), m_device);
    if (!m_measuring)
        block.draw(m_painter, rect.topLeft(), color);
    return block.height();
}

void ReportPainter::ensureSpace(double height)
{
    if (m_y + height > m_height && m_y > 0)
        newPage();
}

void ReportPainter::newPage()
{
    footer();
    if (!m_measuring)
        m_device->newPage();
    ++m_page;
    m_y = 0;
}

void ReportPainter::footer()
{
    if (m_measuring)
        return;
    // The measuring pass counted the pages; a painter used without one counts as it goes.
    const int pages = std::max(m_pageCount, m_page);
    const QString text
        = QCoreApplication::translate("peerradar::ReportPainter", "%1 · page %2 of %3").arg(m_footer).arg(m_page).arg(pages);
    m_painter.setPen(QPen(ruleColor, 0.8));
    m_painter.drawLine(QPointF(0, m_height + 8), QPointF(m_width, m_height + 8));
    drawText(text, m_small, QRectF(0, m_height + 12, m_width, footerHeight - 12), mutedColor);
}

void ReportPainter::title(const QString& text, const QString& subtitle)
{
    const Block block(text, m_title, m_width, m_device);
    ensureSpace(block.height() + 30);
    if (!m_measuring)
        block.draw(m_painter, QPointF(0, m_y), headingColor);
    m_y += block.height() + 6;
    if (!subtitle.isEmpty())
        m_y += drawText(subtitle, m_body, QRectF(0, m_y, m_width, m_height), mutedColor) + 12;
}

void ReportPainter::heading(const QString& text)
{
    const Block block(text, m_heading, m_width, m_device);
    // Keep a heading with the first lines below it (three lines of text, or a table's first rows).
    ensureSpace(block.height() + 16 + 3 * QFontMetricsF(m_body, m_device).lineSpacing());
    m_y += 10;
    if (!m_measuring)
        block.draw(m_painter, QPointF(0, m_y), headingColor);
    m_y += block.height() + 6;
}

void ReportPainter::paragraph(const QString& text, bool muted)
{
    const Block block(text, m_body, m_width, m_device);
    const QColor color = muted ? mutedColor : textColor;
    ensureSpace(std::min(block.height(), 60.0));
    if (m_y + block.height() <= m_height) {
        if (!m_measuring)
            block.draw(m_painter, QPointF(0, m_y), color);
        m_y += block.height() + 6;
        return;
    }
    // A paragraph longer than what is left of the page: drawn line by line across pages.
    for (int i = 0; i < block.lineCount(); ++i) {
        const QTextLine line = block.line(i);
        ensureSpace(line.height());
        if (!m_measuring) {
            m_painter.setPen(color); // a new page's footer may have changed the pen
            line.draw(&m_painter, QPointF(0, m_y - line.y()));
        }
        m_y += line.height();
    }
    m_y += 6;
}

void ReportPainter::bullets(const QStringList& items, const QString& whenEmpty)
{
    if (items.isEmpty()) {
        paragraph(whenEmpty, true);
        return;
    }
    for (const QString& item : items) {
        const Block block(item, m_body, m_width - 14, m_device);
        ensureSpace(block.height());
        if (!m_measuring) {
            m_painter.setBrush(textColor);
            m_painter.setPen(Qt::NoPen);
            m_painter.drawEllipse(QPointF(4, m_y + 6.5), 1.8, 1.8);
            block.draw(m_painter, QPointF(14, m_y), textColor);
        }
        m_y += block.height() + 4;
    }
    m_y += 4;
}

void ReportPainter::table(const ReportTable& table, const std::function<std::optional<QColor>(int, int)>& cellColor)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    QList<double> widths;
    double total = 0;
    for (int c = 0; c < columns; ++c)
        total += table.stretch.value(c, 1);
    for (int c = 0; c < columns; ++c)
        widths << m_width * table.stretch.value(c, 1) / total;
    const double pad = 3;
    // A row's cells laid out once, for its height and for drawing it.
    struct Row
    {
        std::vector<std::unique_ptr<Block>> cells;
        double height = 0;
    };
    auto layOut = [&](const QStringList& cells, const QFont& font) {
        Row row;
        for (int c = 0; c < columns; ++c) {
            row.cells.push_back(std::make_unique<Block>(cells.value(c), font, widths[c] - 2 * pad, m_device));
            row.height = std::max(row.height, row.cells.back()->height());
        }
        row.height += 2 * pad;
        return row;
    };
    const QFont& headerFont = m_small; // on its tinted band
    auto drawRow = [&](const Row& cells, int row) {
        if (m_measuring) {
            m_y += cells.height;
            return;
        }
        double x = 0;
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x, m_y, widths[c], cells.height);
            std::optional<QColor> fill;
            if (row < 0)
                fill = headerFill;
            else if (cellColor)
                fill = cellColor(row, c);
            if (fill)
                m_painter.fillRect(cell, *fill);
            QColor ink = row < 0 ? headingColor : textColor;
            if (fill && fill->lightness() < 120)
                ink = Qt::white;
            cells.cells[c]->draw(m_painter, cell.topLeft() + QPointF(pad, pad), ink);
            x += widths[c];
        }
        m_painter.setPen(QPen(ruleColor, 0.6));
        m_painter.drawLine(QPointF(0, m_y + cells.height), QPointF(m_width, m_y + cells.height));
        m_y += cells.height;
    };
    const Row header = layOut(table.header, headerFont);
    Row next = layOut(table.rows.value(0), m_small);
    ensureSpace(header.height + next.height);
    drawRow(header, -1);
    for (int r = 0; r < table.rows.size(); ++r) {
        const Row row = r == 0 ? std::move(next) : layOut(table.rows.at(r), m_small);
        if (m_y + row.height > m_height) {
            newPage();
            drawRow(header, -1);
        }
        drawRow(row, r);
    }
    m_y += 8;
}

void ReportPainter::drawing(double height, const std::function<void(QPainter&, const QRectF&)>& draw)
{
    ensureSpace(height);
    const QRectF rect(0, m_y, m_width, std::min(height, m_height));
    if (!m_measuring) {
        m_painter.save();
        draw(m_painter, rect);
        m_painter.restore();
    }
    m_y += rect.height() + 6;
}

} // namespace peerradar
