#include "main/FileController.h"

#include "app/AppSettings.h"
#include "app/Session.h"
#include "common/BackgroundTask.h"
#include "common/DialogProvider.h"
#include "io/FileMerge.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerAddress.h"
#include "storage/ServerSetup.h"

#include "demo/DemoOrganisation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace peerradar {

FileController::FileController(DialogProvider& dialogs, QWidget* window, QObject* parent)
    : QObject(parent), m_dialogs(dialogs), m_window(window)
{
}

FileController::~FileController() = default;

QString FileController::fileFilter()
{
    return tr("PeerRadar files (*.peerradar);;All files (*)");
}

QString FileController::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.peerradar"));
}

Result<std::unique_ptr<Database>> FileController::openAsking(const QString& path)
{
    auto db = Database::open(path);
    for (int attempt = 0; attempt < 3 && !db && db.error().code == ErrorCode::NeedsPassword; ++attempt) {
        const auto address = ServerAddress::parse(path);
        const QString password = m_dialogs.askText(m_window, tr("Password"),
            tr("Password of %1 on %2:").arg(address ? address->user : QString(), address ? address->host : path), true);
        if (password.isEmpty())
            return makeError(ErrorCode::Cancelled, {});
        db = Database::open(path, Database::Access::ReadWrite, Database::defaultBusyTimeoutMs, password);
    }
    return db;
}

bool FileController::openServerWithDialog()
{
    const QString url = m_dialogs.askText(m_window, tr("Connect to a server"),
        tr("Address of your organisation's PeerRadar database\n(postgresql://you@server/database):"), false).trimmed();
    if (url.isEmpty())
        return false;
    if (!ServerAddress::parse(url)) {
        m_dialogs.showError(m_window,
            makeError(ErrorCode::Invalid, tr("\"%1\" is not a server address. Write it as postgresql://USER@HOST/DATABASE, "
                                             "with :PORT after the host when it is not 5432.")
                                              .arg(url)));
        return false;
    }
    return open(url);
}

bool FileController::open(const QString& path)
{
    auto db = openAsking(path);
    if (!db && db.error().code == ErrorCode::Cancelled)
        return false;
    QString readOnlyReason;
    if (!db && db.error().code == ErrorCode::ReadOnly && !ServerAddress::isServerUrl(path)) {
        // A file nobody may write here (or one in a read-only folder) opens for reading: a
        // read-only session, which the window announces with the reason.
        readOnlyReason = db.error().message;
        if (auto reading = Database::openForReading(path))
            db = std::move(reading);
    }
    if (!db) {
        if (db.error().code == ErrorCode::NotFound) {
            AppSettings::removeRecentFile(path);
            Q_EMIT recentFilesChanged();
        }
        m_dialogs.showError(m_window, db.error());
        return false;
    }
    return start(std::move(db).value(), QFileInfo(path).absoluteFilePath() == QFileInfo(demoPath()).absoluteFilePath(),
        readOnlyReason);
}

bool FileController::openWithDialog()
{
    const QString path = m_dialogs.openFileName(m_window, tr("Open a PeerRadar file"), fileFilter());
    return !path.isEmpty() && open(path);
}

bool FileController::newFile()
{
    QString path = m_dialogs.saveFileName(m_window, tr("Create a new team file"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("team") + QStringLiteral(".peerradar")),
        fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".peerradar");
    auto db = Database::create(path);
    if (!db) {
        m_dialogs.showError(m_window, db.error());
        return false;
    }
    return start(std::move(db).value(), false);
}

bool FileController::openDemo()
{
    const QString path = demoPath();
    if (QFile::exists(path))
        return open(path);
    QDir().mkpath(QFileInfo(path).path());
    {
        auto created = Database::create(path);
        if (!created) {
            m_dialogs.showError(m_window, created.error());
            return false;
        }
    }
    Status status;
    const bool cancelled = BackgroundTask::run(m_window, tr("Creating the demo organisation…"), [&](const Progress& progress) {
        auto db = Database::open(path);
        if (!db) {
            status = db.error();
            return;
        }
        DemoOptions options;
        options.progress = progress;
        status = generateDemoOrganisation(**db, options);
    });
    if (cancelled || !status) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (!cancelled)
            m_dialogs.showError(m_window, status.error());
        return false;
    }
    return open(path);
}

bool FileController::saveCopy()
{
    if (!m_session)
        return false;
    const QFileInfo info(m_session->path());
    const QString path = m_dialogs.saveFileName(m_window, tr("Save a copy"),
        info.dir().filePath(tr("%1 copy.peerradar").arg(info.completeBaseName())), fileFilter());
    if (path.isEmpty())
        return false;
    if (auto status = m_session->database().saveCopy(path); !status) {
        m_dialogs.showError(m_window, status.error());
        return false;
    }
    return true;
}

bool FileController::mergeWithDialog()
{
    if (!m_session || !FileMerge::mergeWithDialog(m_dialogs, m_window, *m_session, fileFilter()))
        return false;
    Q_EMIT merged();
    return true;
}

void FileController::close()
{
    if (!m_session)
        return;
    closeForQuit();
    AppSettings::setLastFile({});
}

void FileController::closeForQuit()
{
    m_readOnlyReason.clear();
    if (!m_session)
        return;
    Q_EMIT sessionClosed();
    m_session.reset();
}

bool FileController::switchPerson()
{
    if (!m_session)
        return false;
    const QString path = m_session->path();
    auto db = m_session->database().openAnother();
    if (!db) {
        m_dialogs.showError(m_window, db.error());
        return false;
    }
    if (auto person = ServerSetup::connectedPerson(**db); person && *person != 0) {
        m_dialogs.information(m_window, tr("Switch person"),
            tr("On a server you are the person you log in as. To work as somebody else, connect with their account."));
        return false;
    }
    auto user = resolveUser(**db, false, true);
    if (!user)
        return false;
    close();
    return open(path);
}

std::optional<Person> FileController::resolveUser(Database& db, bool isDemo, bool askAgain)
{
    PeopleRepository people(db);
    // On a server, a person's login says who they are; only the owner's (an administrator's) asks.
    auto loggedIn = ServerSetup::connectedPerson(db);
    if (!loggedIn) {
        m_dialogs.showError(m_window, loggedIn.error());
        return std::nullopt;
    }
    if (*loggedIn != 0) {
        auto person = people.byId(*loggedIn);
        if (!person) {
            m_dialogs.showError(m_window, person.error());
            return std::nullopt;
        }
        return *person;
    }
    auto everyone = people.all();
    if (!everyone) {
        m_dialogs.showError(m_window, everyone.error());
        return std::nullopt;
    }
    std::optional<Person> user;
    if (everyone->isEmpty()) {
        user = m_dialogs.createFirstPerson(m_window, db);
    } else {
        const QString remembered = askAgain ? QString() : AppSettings::identity(db.path());
        for (const Person& p : *everyone) {
            if (!remembered.isEmpty() && p.uuid == remembered)
                user = p;
        }
        // In the demo, start as its first HR person so that every view can be tried at once.
        if (!user && isDemo) {
            for (const Person& p : *everyone) {
                if (p.role == Role::Hr) {
                    user = p;
                    break;
                }
            }
        }
        if (!user)
            user = m_dialogs.choosePerson(m_window, db);
    }
    if (user)
        AppSettings::setIdentity(db.path(), user->uuid);
    return user;
}

bool FileController::start(std::unique_ptr<Database> db, bool isDemo, const QString& readOnlyReason)
{
    auto user = resolveUser(*db, isDemo, false);
    if (!user)
        return false;
    closeForQuit();
    m_readOnlyReason = readOnlyReason;
    const QString path = db->path();
    m_session = std::make_unique<Session>(std::move(db), *user);
    AppSettings::addRecentFile(path);
    AppSettings::setLastFile(path);
    Q_EMIT recentFilesChanged();
    Q_EMIT sessionOpened(m_session.get());
    return true;
}

} // namespace peerradar
