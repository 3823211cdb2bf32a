#pragma once

#include <QObject>

class QWidget;

namespace peerradar {

class DialogProvider;
class Session;

enum class CsvKind { Unknown, People, Observations, Framework };

// Import and export of the people and observations CSV files, on a worker thread with progress
// and cancel. A refused import lists its bad rows; a cancelled one changes nothing.
class CsvTransfer final : public QObject
{
    Q_OBJECT

public:
    CsvTransfer(DialogProvider& dialogs, QWidget* window, QObject* parent = nullptr);

    // What a CSV file holds, from its header line.
    static CsvKind guessKind(const QString& path);

    bool importWithDialog(Session& session, CsvKind kind);
    bool exportWithDialog(Session& session, CsvKind kind);
    // Returns true when the import succeeded.
    bool importFile(Session& session, const QString& path, CsvKind kind);
    bool exportFile(Session& session, const QString& path, CsvKind kind);

Q_SIGNALS:
    void imported(peerradar::CsvKind kind);

private:
    DialogProvider& m_dialogs;
    QWidget* m_window = nullptr;
};

} // namespace peerradar
