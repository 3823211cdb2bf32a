#include "main/MainWindow.h"

#include "admin/AdminPage.h"
#include "app/AppSettings.h"
#include "app/Session.h"
#include "common/Accessibility.h"
#include "common/DialogProvider.h"
#include "i18n/SettingsDialog.h"
#include "io/CsvTransfer.h"
#include "main/FileController.h"
#include "main/MainMenus.h"
#include "main/Workspace.h"
#include "observations/LogObservationPage.h"
#include "observations/ObservationStore.h"
#include "observations/ObservationsPage.h"
#include "start/WelcomePage.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace peerradar {

MainWindow::MainWindow(std::shared_ptr<DialogProvider> dialogs, QWidget* parent)
    : QMainWindow(parent), m_dialogs(std::move(dialogs))
{
    setObjectName(QStringLiteral("mainWindow"));
    Accessibility::install();
    setAcceptDrops(true);
    m_files = new FileController(*m_dialogs, this, this);
    m_csv = new CsvTransfer(*m_dialogs, this, this);
    m_undoGroup = new QUndoGroup(this);
    m_menus = std::make_unique<MainMenus>(*this, *m_undoGroup);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Above the pages while the open file is read-only: says so, and why, in words.
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setAutoFillBackground(true);
    QPalette banner = m_readOnlyBanner->palette();
    banner.setColor(QPalette::Window, QColor(255, 243, 205));
    banner.setColor(QPalette::WindowText, QColor(60, 45, 0));
    m_readOnlyBanner->setPalette(banner);
    m_readOnlyBanner->hide();
    layout->addWidget(m_readOnlyBanner);
    m_stack = new QStackedWidget(central);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    layout->addWidget(m_stack);
    setCentralWidget(central);
    m_userLabel = new QLabel(this);
    m_userLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_menus->newFile, &QAction::triggered, m_files, &FileController::newFile);
    connect(m_menus->open, &QAction::triggered, m_files, &FileController::openWithDialog);
    connect(m_menus->openDemo, &QAction::triggered, m_files, &FileController::openDemo);
    connect(m_menus->openServer, &QAction::triggered, m_files, &FileController::openServerWithDialog);
    connect(m_menus->saveCopy, &QAction::triggered, this, [this] {
        if (m_files->saveCopy())
            statusBar()->showMessage(tr("Copy saved."), 5000);
    });
    connect(m_menus->mergeFile, &QAction::triggered, m_files, &FileController::mergeWithDialog);
    connect(m_files, &FileController::merged, this, [this] {
        if (m_workspace)
            m_workspace->reloadFramework();
    });
    connect(m_menus->switchPerson, &QAction::triggered, m_files, &FileController::switchPerson);
    connect(m_menus->close, &QAction::triggered, m_files, &FileController::close);
    connect(m_menus->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_menus->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_menus->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_menus->whatCannotBeUndone, &QAction::triggered, this, &MainWindow::showWhatCannotBeUndone);
    const std::pair<QAction*, CsvKind> imports[] = { { m_menus->importPeople, CsvKind::People },
        { m_menus->importObservations, CsvKind::Observations } };
    for (const auto& [action, kind] : imports)
        connect(action, &QAction::triggered, this, [this, kind = kind] {
            if (Session* s = m_files->session())
                m_csv->importWithDialog(*s, kind);
        });
    const std::pair<QAction*, CsvKind> exports[] = { { m_menus->exportPeople, CsvKind::People },
        { m_menus->exportObservations, CsvKind::Observations } };
    for (const auto& [action, kind] : exports)
        connect(action, &QAction::triggered, this, [this, kind = kind] {
            if (Session* s = m_files->session(); s && m_csv->exportWithDialog(*s, kind))
                statusBar()->showMessage(tr("Export finished."), 5000);
        });

    connect(m_welcome, &WelcomePage::newFileRequested, m_files, &FileController::newFile);
    connect(m_welcome, &WelcomePage::openFileRequested, m_files, &FileController::openWithDialog);
    connect(m_welcome, &WelcomePage::demoRequested, m_files, &FileController::openDemo);
    connect(m_welcome, &WelcomePage::recentFileRequested, m_files, &FileController::open);
    connect(m_files, &FileController::sessionOpened, this, &MainWindow::onSessionOpened);
    connect(m_files, &FileController::sessionClosed, this, &MainWindow::onSessionClosed);
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_csv, &CsvTransfer::imported, this, [this] {
        if (m_workspace)
            m_workspace->reloadFramework();
    });

    updateRecentMenu();
    updateTitle();
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    // The workspace refers to the session: remove it before the controller deletes the session.
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::startWith(const QString& path)
{
    const QString file = !path.isEmpty() ? path : AppSettings::lastFile();
    if (!file.isEmpty() && (!path.isEmpty() || QFileInfo::exists(file) || ServerAddress::isServerUrl(file)))
        m_files->open(file);
    if (!m_files->session())
        m_welcome->setFocus();
}

void MainWindow::onSessionOpened(Session* session)
{
    m_workspace = new Workspace(*session, m_dialogs, m_stack);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    Accessibility::nameInnerFields(m_workspace);
    m_undoGroup->addStack(&session->undoStack());
    m_undoGroup->setActiveStack(&session->undoStack());
    connect(&session->observations(), &ObservationStore::failed, this,
        [this](const Error& error) { m_dialogs->showError(this, error); });
    m_menus->setFileOpen(true, session->isHr());
    if (session->database().isReadOnly()) {
        // Nothing can be saved: the pages that only write are off, and the banner says why.
        m_readOnlyBanner->setText(tr("Read only. %1 You can read everything in it; logging, editing, importing and "
                                     "merging are turned off.")
                                      .arg(m_files->readOnlyReason()));
        m_readOnlyBanner->setAccessibleName(m_readOnlyBanner->text());
        m_readOnlyBanner->show();
        m_workspace->logPage()->setEnabled(false);
        if (m_workspace->adminPage())
            m_workspace->adminPage()->setEnabled(false);
        m_workspace->setCurrentWidget(m_workspace->observationsPage());
        for (QAction* action : { m_menus->importPeople, m_menus->importObservations, m_menus->mergeFile })
            action->setEnabled(false);
    }
    m_userLabel->setText(tr("You are %1 (%2)").arg(session->user().name, roleDisplayName(session->user().role)));
    updateTitle();
    m_workspace->setFocus();
    m_workspace->currentWidget()->setFocus();
}

void MainWindow::onSessionClosed()
{
    if (Session* session = m_files->session())
        m_undoGroup->removeStack(&session->undoStack());
    m_stack->setCurrentWidget(m_welcome);
    delete m_workspace;
    m_workspace = nullptr;
    m_menus->setFileOpen(false, false);
    m_readOnlyBanner->hide();
    m_readOnlyBanner->clear();
    m_userLabel->clear();
    // The title still names the closing file: clear it after the session is gone.
    QMetaObject::invokeMethod(this, &MainWindow::updateTitle, Qt::QueuedConnection);
    updateRecentMenu();
}

void MainWindow::updateTitle()
{
    Session* session = m_files->session();
    setWindowTitle(session ? tr("%1 — PeerRadar").arg(QFileInfo(session->path()).fileName()) : tr("PeerRadar"));
    setWindowFilePath(session ? session->path() : QString());
}

void MainWindow::updateRecentMenu()
{
    const QStringList files = AppSettings::recentFiles();
    m_menus->recentMenu->clear();
    int number = 1;
    for (const QString& file : files) {
        QAction* action = m_menus->recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(file).fileName().replace(u'&', QStringLiteral("&&"))));
        action->setToolTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, m_files, [this, file] { m_files->open(file); });
    }
    m_menus->recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    m_dialogs->information(this, tr("About PeerRadar"),
        tr("PeerRadar %1\nMakes the leadership that people show without a title visible: peers log what they "
           "see, profiles show it per person and per team.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showWhatCannotBeUndone()
{
    // The same list as the README's: keep them together.
    m_dialogs->information(this, tr("What cannot be undone"),
        tr("Edit › Undo takes back, one step at a time, the changes made in this window since the file was opened: "
           "logging, changing and deleting observations, hiding notes, and HR's changes to people, teams, cycles, "
           "the behavior framework and the anonymity thresholds. A person added by mistake can be taken out again "
           "only while no observation refers to them.\n\n"
           "These cannot be undone:\n"
           "• Removing a person who has left: what others said about them is deleted and their name is made "
           "anonymous, so that nothing of it stays in the file.\n"
           "• Releasing a cycle (Organisation › Cycles): its readers may already have seen the released figures.\n"
           "• Importing people, observations or a framework from a CSV file, and merging another file: a whole file "
           "comes in at once. Save a copy first (File › Save a copy).\n"
           "• Changes made before the file was opened, or by another program."));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && urls.first().toLocalFile().endsWith(u".csv", Qt::CaseInsensitive)
        && m_files->session() && m_files->session()->isHr())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1)
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Not inside the drop handler: the import runs its own event loop.
    QMetaObject::invokeMethod(this, [this, path] { importDroppedFile(path); }, Qt::QueuedConnection);
}

void MainWindow::importDroppedFile(const QString& path)
{
    if (Session* session = m_files->session())
        m_csv->importFile(*session, path, CsvTransfer::guessKind(path));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Every change is already saved: nothing to ask.
    m_files->closeForQuit();
    event->accept();
}

} // namespace peerradar
