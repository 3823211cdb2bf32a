#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace peerradar {

// The menu bar and its actions, with the platform's standard shortcuts. Only builds them: the
// main window connects what they do.
struct MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::MainMenus)

public:
    MainMenus(QMainWindow& window, QUndoGroup& undoGroup);

    // Actions that need an open file (and those that need HR) are enabled accordingly.
    void setFileOpen(bool open, bool hr);

    QMenu* fileMenu = nullptr;
    QMenu* recentMenu = nullptr;
    QMenu* editMenu = nullptr;
    QMenu* helpMenu = nullptr;

    QAction* newFile = nullptr;
    QAction* open = nullptr;
    QAction* openDemo = nullptr;
    QAction* openServer = nullptr;
    QAction* saveCopy = nullptr;
    QAction* importPeople = nullptr;
    QAction* importObservations = nullptr;
    QAction* exportPeople = nullptr;
    QAction* exportObservations = nullptr;
    QAction* mergeFile = nullptr;
    QAction* switchPerson = nullptr;
    QAction* close = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* whatCannotBeUndone = nullptr;
    QAction* settings = nullptr;
    QAction* about = nullptr;
};

} // namespace peerradar
