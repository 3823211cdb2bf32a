#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QObject>

#include <memory>

class QWidget;

namespace peerradar {

class Database;
class DialogProvider;
class Session;

// Opening, creating and closing files, and who the user is in each: everything between a path
// and a ready Session. Errors are shown through the dialog provider; nothing here crashes on a
// bad file.
class FileController final : public QObject
{
    Q_OBJECT

public:
    FileController(DialogProvider& dialogs, QWidget* window, QObject* parent = nullptr);
    ~FileController() override;

    Session* session() const { return m_session.get(); }
    // Why the open file was opened read-only (the refusal to write it, naming the folder or the
    // file); empty when it can be written.
    const QString& readOnlyReason() const { return m_readOnlyReason; }

    bool open(const QString& path);
    bool newFile();
    bool openWithDialog();
    bool openDemo();
    // Asks for a server address (postgresql://USER@HOST[:PORT]/DATABASE) and opens it.
    bool openServerWithDialog();
    bool saveCopy();
    // HR: brings another PeerRadar file's people, frameworks and observations into the open file.
    bool mergeWithDialog();
    // The user closes the file: the next start shows the welcome page.
    void close();
    // The program quits: the next start opens this file again.
    void closeForQuit();
    // Forget who the user is in this file and ask again.
    bool switchPerson();

    static QString fileFilter();
    static QString demoPath();

Q_SIGNALS:
    void sessionOpened(peerradar::Session* session);
    void sessionClosed();
    void recentFilesChanged();
    // A merge changed the open file: people, teams, frameworks and observations may all be new.
    void merged();

private:
    bool start(std::unique_ptr<Database> db, bool isDemo, const QString& readOnlyReason = {});
    std::optional<Person> resolveUser(Database& db, bool isDemo, bool askAgain);
    // Opens a file or a server; a server that wants a password gets one asked for (three tries).
    Result<std::unique_ptr<Database>> openAsking(const QString& path);

    DialogProvider& m_dialogs;
    QWidget* m_window = nullptr;
    std::unique_ptr<Session> m_session;
    QString m_readOnlyReason;
};

} // namespace peerradar
