#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace peerradar {

class CsvTransfer;
class DialogProvider;
class FileController;
class Session;
class WelcomePage;
class Workspace;
struct MainMenus;

// The program's window: the welcome page when no file is open, the workspace tabs when one is.
// It composes the pieces (file handling, CSV transfer, menus) and connects them; the work is
// theirs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `dialogs` answers every modal question (the real dialogs, or a test's answers).
    explicit MainWindow(std::shared_ptr<DialogProvider> dialogs, QWidget* parent = nullptr);
    ~MainWindow() override;

    // At start: FILE from the command line, else the last file, else the welcome page.
    void startWith(const QString& path);

    FileController& files() { return *m_files; }
    CsvTransfer& csv() { return *m_csv; }
    Workspace* workspace() const { return m_workspace; }
    WelcomePage* welcomePage() const { return m_welcome; }
    const MainMenus& menus() const { return *m_menus; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void onSessionOpened(Session* session);
    void onSessionClosed();
    void updateRecentMenu();
    void updateTitle();
    void showSettings();
    void showAbout();
    void showWhatCannotBeUndone();
    void importDroppedFile(const QString& path);

    std::shared_ptr<DialogProvider> m_dialogs;
    FileController* m_files = nullptr;
    CsvTransfer* m_csv = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    std::unique_ptr<MainMenus> m_menus;
    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    Workspace* m_workspace = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
};

} // namespace peerradar
