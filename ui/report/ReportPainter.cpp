#include "report/ReportPainter.h"

#include <QPagedPaintDevice>
#include <QTextLayout>

#include <cmath>

namespace peerradar {

namespace {

constexpr double footerHeight = 28.0;
const QColor textColor(33, 33, 33);
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

ReportPainter::ReportPainter(QPagedPaintDevice* device, QString footer) : m_device(device), m_footer(std::move(footer))
{
    if (!m_painter.begin(device))
        return;
    m_painter.setRenderHint(QPainter::Antialiasing);
    const QRect page = m_painter.viewport();
    m_width = page.width();
    m_height = page.height() - footerHeight;
    m_body = QFont(QStringLiteral("DejaVu Sans"), 9);
    m_small = QFont(QStringLiteral("DejaVu Sans"), 7);
    m_heading = QFont(QStringLiteral("DejaVu Sans"), 12, QFont::Bold);
    m_title = QFont(QStringLiteral("DejaVu Sans"), 22, QFont::Bold);
    for (QFont* font : { &m_body, &m_small, &m_heading, &m_title })
        *font = reportFont(*font);
}

ReportPainter::~ReportPainter()
{
    if (m_painter.isActive()) {
        footer();
        m_painter.end();
    }
}

double ReportPainter::textHeight(const QString& text, const QFont& font, double width) const
{
    QTextLayout layout(laidOut(text), font, m_device);
    layout.setTextOption(wrapping());
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

double ReportPainter::drawText(const QString& text, const QFont& font, const QRectF& rect, const QColor& color)
{
    // QTextLayout, not QPainter::drawText with rich-text detection: user text is never markup.
    QTextLayout layout(laidOut(text), font, m_device);
    layout.setTextOption(wrapping());
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    m_painter.setPen(color);
    layout.draw(&m_painter, rect.topLeft());
    return height;
}

void ReportPainter::ensureSpace(double height)
{
    if (m_y + height > m_height && m_y > 0)
        newPage();
}

void ReportPainter::newPage()
{
    footer();
    m_device->newPage();
    ++m_page;
    m_y = 0;
}

void ReportPainter::footer()
{
    const QString text = QCoreApplication::translate("peerradar::ReportPainter", "%1 · Page %2").arg(m_footer).arg(m_page);
    m_painter.setPen(QPen(ruleColor, 0.8));
    m_painter.drawLine(QPointF(0, m_height + 8), QPointF(m_width, m_height + 8));
    drawText(text, m_small, QRectF(0, m_height + 12, m_width, footerHeight - 12), mutedColor);
}

void ReportPainter::title(const QString& text, const QString& subtitle)
{
    const double h = textHeight(text, m_title, m_width);
    ensureSpace(h + 30);
    m_y += drawText(text, m_title, QRectF(0, m_y, m_width, h), textColor) + 6;
    if (!subtitle.isEmpty())
        m_y += drawText(subtitle, m_body, QRectF(0, m_y, m_width, m_height), mutedColor) + 12;
}

void ReportPainter::heading(const QString& text)
{
    const double h = textHeight(text, m_heading, m_width);
    ensureSpace(h + 40); // keep a heading with the first lines below it
    m_y += 10;
    m_y += drawText(text, m_heading, QRectF(0, m_y, m_width, h), textColor) + 6;
}

void ReportPainter::paragraph(const QString& text, bool muted)
{
    const double h = textHeight(text, m_body, m_width);
    ensureSpace(std::min(h, 60.0));
    if (m_y + h > m_height) {
        // A paragraph longer than what is left of the page: draw it line by line across pages.
        QTextLayout layout(laidOut(text), m_body, m_device);
        layout.setTextOption(wrapping());
        layout.beginLayout();
        QList<QTextLine> lines;
        double y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_width);
            line.setPosition(QPointF(0, y));
            y += line.height();
            lines << line;
        }
        layout.endLayout();
        m_painter.setPen(muted ? mutedColor : textColor);
        for (const QTextLine& line : lines) {
            ensureSpace(line.height());
            line.draw(&m_painter, QPointF(0, m_y - line.y()));
            m_y += line.height();
        }
        m_y += 6;
        return;
    }
    m_y += drawText(text, m_body, QRectF(0, m_y, m_width, h), muted ? mutedColor : textColor) + 6;
}

void ReportPainter::bullets(const QStringList& items, const QString& whenEmpty)
{
    if (items.isEmpty()) {
        paragraph(whenEmpty, true);
        return;
    }
    for (const QString& item : items) {
        const double h = textHeight(item, m_body, m_width - 14);
        ensureSpace(h);
        m_painter.setBrush(textColor);
        m_painter.setPen(Qt::NoPen);
        m_painter.drawEllipse(QPointF(4, m_y + 6.5), 1.8, 1.8);
        m_y += drawText(item, m_body, QRectF(14, m_y, m_width - 14, h), textColor) + 4;
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
    auto rowHeight = [&](const QStringList& cells, const QFont& font) {
        double h = 0;
        for (int c = 0; c < columns; ++c)
            h = std::max(h, textHeight(cells.value(c), font, widths[c] - 2 * pad));
        return h + 2 * pad;
    };
    QFont headerFont = m_small;
    headerFont.setBold(true);
    auto drawRow = [&](const QStringList& cells, const QFont& font, int row) {
        const double h = rowHeight(cells, font);
        double x = 0;
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x, m_y, widths[c], h);
            std::optional<QColor> fill;
            if (row < 0)
                fill = headerFill;
            else if (cellColor)
                fill = cellColor(row, c);
            if (fill)
                m_painter.fillRect(cell, *fill);
            QColor ink = textColor;
            if (fill && fill->lightness() < 120)
                ink = Qt::white;
            drawText(cells.value(c), font, cell.adjusted(pad, pad, -pad, -pad), ink);
            x += widths[c];
        }
        m_painter.setPen(QPen(ruleColor, 0.6));
        m_painter.drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
        m_y += h;
    };
    ensureSpace(rowHeight(table.header, headerFont) + rowHeight(table.rows.value(0), m_small));
    drawRow(table.header, headerFont, -1);
    for (int r = 0; r < table.rows.size(); ++r) {
        const double h = rowHeight(table.rows.at(r), m_small);
        if (m_y + h > m_height) {
            newPage();
            drawRow(table.header, headerFont, -1);
        }
        drawRow(table.rows.at(r), m_small, r);
    }
    m_y += 8;
}

void ReportPainter::drawing(double height, const std::function<void(QPainter&, const QRectF&)>& draw)
{
    ensureSpace(height);
    const QRectF rect(0, m_y, m_width, std::min(height, m_height));
    m_painter.save();
    draw(m_painter, rect);
    m_painter.restore();
    m_y += rect.height() + 6;
}

} // namespace peerradar
