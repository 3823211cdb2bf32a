#include "start/FileTrust.h"

#include <QLabel>

namespace peerradar {

QString FileTrust::newFileText()
{
    return tr("A file keeps no secrets from whoever holds it: anyone with a copy can read all of it and "
              "choose to be anyone in it, HR included. Teams that need privacy from each other use a "
              "PeerRadar server instead, where each person logs in and sees only what their role allows.");
}

QString FileTrust::choosingPersonText()
{
    return tr("PeerRadar does not check who you are in a file: anyone who has it can choose any person here, "
              "HR included, and read everything in it. For privacy between people, use a PeerRadar server, "
              "where each person logs in (File › Connect to a server…).");
}

QLabel* FileTrust::makeNote(const QString& text, QWidget* parent)
{
    auto* note = new QLabel(text, parent);
    note->setObjectName(QStringLiteral("fileTrustNote"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

} // namespace peerradar
