#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace peerradar {

// What a PDF says about itself: pdfinfo's Title, Author, Subject, Keywords, Creator and Producer.
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QStringList keywords;
    QString creator;
    QString producer;
    QDateTime created;
};

// The same as XMP metadata, for QPdfWriter::setDocumentXmpMetadata (which replaces Qt's own XMP
// packet, so it carries everything Qt's did). Values are escaped: a name is never markup.
QByteArray xmpMetadata(const PdfDocumentInfo& info);

// Qt 6.4's QPdfWriter writes only Title, Creator, Producer and CreationDate into the document
// information dictionary, which is what pdfinfo and most readers show. This appends a standard
// incremental update to a finished PDF from QPdfWriter (a new information dictionary, a cross-reference
// section for it and a trailer pointing back to the old one). False, and `pdf` unchanged, when the
// trailer is not one it can read.
bool appendDocumentInfo(QByteArray& pdf, const PdfDocumentInfo& info);

} // namespace peerradar
