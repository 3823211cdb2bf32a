#pragma once

#include "report/ReportContent.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace peerradar {

// The font as reports use it: without ligatures, so that the PDF's text reads back as typed.
QFont reportFont(QFont font);

// Lays report content out on the pages of a QPdfWriter or QPrinter, top to bottom, starting a new
// page when the next block does not fit. Text is always plain text: a note full of markup prints as
// written, and a long word is broken rather than cut off. Every page gets a footer: `footer`, then
// "page N of M".
//
// A page cannot be drawn on again once the next one has begun, so M is found first by a measuring
// pass: a painter made with Pass::Measure lays everything out on the device's pages without drawing
// (nothing reaches the device) and tells pageCount(); the drawing pass is given that count.
class ReportPainter final
{
    Q_DISABLE_COPY_MOVE(ReportPainter)

public:
    enum class Pass { Measure, Draw };

    ReportPainter(QPagedPaintDevice* device, QString footer, Pass pass = Pass::Draw, int pageCount = 0);
    ~ReportPainter();

    bool isActive() const { return m_measuring ? m_width > 0 : m_painter.isActive(); }
    bool isMeasuring() const { return m_measuring; }
    int pageCount() const { return m_page; }
    QPainter& painter() { return m_painter; }
    double width() const { return m_width; }

    void title(const QString& text, const QString& subtitle);
    void heading(const QString& text);
    void paragraph(const QString& text, bool muted = false);
    void bullets(const QStringList& items, const QString& whenEmpty);
    // `cellColor` may paint a cell's background (row, column) and says so by returning a colour.
    void table(const ReportTable& table, const std::function<std::optional<QColor>(int, int)>& cellColor = {});
    // Space of `height` for a drawing; `draw` gets the rectangle.
    void drawing(double height, const std::function<void(QPainter&, const QRectF&)>& draw);
    void space(double height) { m_y += height; }
    void newPage();

private:
    class Block;

    double drawText(const QString& text, const QFont& font, const QRectF& rect, const QColor& color);
    void ensureSpace(double height);
    void footer();

    QPagedPaintDevice* m_device = nullptr;
    QPainter m_painter;
    QString m_footer;
    bool m_measuring = false;
    int m_pageCount = 0;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
    QFont m_body;
    QFont m_small;
    QFont m_heading;
    QFont m_title;
};

} // namespace peerradar
