#pragma once

#include <QCoreApplication>

class QLabel;
class QWidget;

namespace peerradar {

// What a PeerRadar file can and cannot protect, said where a file is made and where a person is
// chosen: the program does not check who someone is in a file, and whoever holds the file can
// read all of it. Privacy between people needs a server, where each person logs in.
class FileTrust final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::FileTrust)

public:
    static QString newFileText();
    static QString choosingPersonText();
    // A wrapped plain-text note named "fileTrustNote".
    static QLabel* makeNote(const QString& text, QWidget* parent);
};

} // namespace peerradar
