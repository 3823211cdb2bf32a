#include "main/MainMenus.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>

namespace peerradar {

MainMenus::MainMenus(QMainWindow& window, QUndoGroup& undoGroup)
{
    QMenuBar* bar = window.menuBar();
    fileMenu = bar->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    newFile = fileMenu->addAction(tr("&New team file…"));
    newFile->setShortcut(QKeySequence::New);
    open = fileMenu->addAction(tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    recentMenu = fileMenu->addMenu(tr("Open &recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    openDemo = fileMenu->addAction(tr("Open the &demo organisation"));
    openServer = fileMenu->addAction(tr("Connect to a &server…"));
    openServer->setObjectName(QStringLiteral("openServerAction"));
    fileMenu->addSeparator();
    saveCopy = fileMenu->addAction(tr("Save a cop&y…"));
    saveCopy->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    importPeople = fileMenu->addAction(tr("&Import people (CSV)…"));
    importObservations = fileMenu->addAction(tr("Import o&bservations (CSV)…"));
    exportPeople = fileMenu->addAction(tr("&Export people (CSV)…"));
    exportObservations = fileMenu->addAction(tr("Export obser&vations (CSV)…"));
    mergeFile = fileMenu->addAction(tr("&Merge another file…"));
    mergeFile->setObjectName(QStringLiteral("mergeFileAction"));
    fileMenu->addSeparator();
    switchPerson = fileMenu->addAction(tr("S&witch person…"));
    close = fileMenu->addAction(tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    editMenu = bar->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    undo = undoGroup.createUndoAction(&window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    redo = undoGroup.createRedoAction(&window, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    whatCannotBeUndone = editMenu->addAction(tr("What &cannot be undone…"));
    whatCannotBeUndone->setObjectName(QStringLiteral("whatCannotBeUndoneAction"));
    editMenu->addSeparator();
    settings = editMenu->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    helpMenu = bar->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    about = helpMenu->addAction(tr("&About PeerRadar"));
    about->setMenuRole(QAction::AboutRole);

    setFileOpen(false, false);
}

void MainMenus::setFileOpen(bool isOpen, bool hr)
{
    for (QAction* action : { saveCopy, switchPerson, close })
        action->setEnabled(isOpen);
    for (QAction* action : { importPeople, importObservations, exportPeople, exportObservations, mergeFile })
        action->setEnabled(isOpen && hr);
}

} // namespace peerradar
