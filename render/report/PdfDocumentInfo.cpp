#include "report/PdfDocumentInfo.h"

#include <QRegularExpression>

namespace peerradar {

namespace {

// A PDF text string as UTF-16BE with its byte-order mark, in hex: no escaping can go wrong.
QByteArray pdfString(const QString& text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime& when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QByteArray xml(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray xmpMetadata(const PdfDocumentInfo& info)
{
    const QByteArray date = info.created.toUTC().toString(Qt::ISODate).toLatin1();
    QByteArray x;
    x += "<?xpacket begin='\xEF\xBB\xBF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
         "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
         "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
         "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
         " xmlns:pdf='http://ns.adobe.com/pdf/1.3/' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n";
    x += "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" + xml(info.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!info.author.isEmpty())
        x += "<dc:creator><rdf:Seq><rdf:li>" + xml(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    x += "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>" + xml(info.subject)
        + "</rdf:li></rdf:Alt></dc:description>\n";
    x += "<dc:subject><rdf:Bag>";
    for (const QString& keyword : info.keywords)
        x += "<rdf:li>" + xml(keyword) + "</rdf:li>";
    x += "</rdf:Bag></dc:subject>\n";
    x += "<pdf:Keywords>" + xml(info.keywords.join(QStringLiteral(", "))) + "</pdf:Keywords>\n";
    x += "<pdf:Producer>" + xml(info.producer) + "</pdf:Producer>\n";
    x += "<xmp:CreatorTool>" + xml(info.creator) + "</xmp:CreatorTool>\n";
    x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
    return x;
}

bool appendDocumentInfo(QByteArray& pdf, const PdfDocumentInfo& info)
{
    // The last trailer, as QPdfWriter writes it: "trailer\n<<\n/Size N\n/Info I 0 R\n/Root R 0 R\n…>>\n
    // startxref\nOFFSET\n%%EOF".
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return false;
    const QString tail = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+\\s+\\d+)\\s+R"));
    static const QRegularExpression start(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF"));
    static const QRegularExpression id(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    const auto sizeMatch = size.match(tail);
    const auto rootMatch = root.match(tail);
    const auto startMatch = start.match(tail);
    if (!sizeMatch.hasMatch() || !rootMatch.hasMatch() || !startMatch.hasMatch())
        return false;
    const QByteArray object = sizeMatch.captured(1).toLatin1();
    const qint64 newSize = object.toLongLong() + 1;

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    const qsizetype objectAt = pdf.size() + update.size();
    update += object + " 0 obj\n<<\n";
    update += "/Title " + pdfString(info.title) + '\n';
    if (!info.author.isEmpty())
        update += "/Author " + pdfString(info.author) + '\n';
    update += "/Subject " + pdfString(info.subject) + '\n';
    update += "/Keywords " + pdfString(info.keywords.join(QStringLiteral(", "))) + '\n';
    update += "/Creator " + pdfString(info.creator) + '\n';
    update += "/Producer " + pdfString(info.producer) + '\n';
    update += "/CreationDate " + pdfDate(info.created) + '\n';
    update += "/ModDate " + pdfDate(info.created) + '\n';
    update += ">>\nendobj\n";
    const qsizetype xrefAt = pdf.size() + update.size();
    // Each cross-reference entry is exactly 20 bytes: ten digits, space, five digits, space, n, space, newline.
    update += "xref\n" + object + " 1\n" + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(newSize) + "\n/Root " + rootMatch.captured(1).toLatin1()
        + " R\n/Info " + object + " 0 R\n/Prev " + startMatch.captured(1).toLatin1() + '\n';
    if (const auto idMatch = id.match(tail); idMatch.hasMatch())
        update += "/ID " + idMatch.captured(1).toLatin1() + '\n';
    update += ">>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace peerradar
