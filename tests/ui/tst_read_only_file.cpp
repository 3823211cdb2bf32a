// A file nobody may write opened in the program: a read-only session. It opens (it is not refused),
// a banner above the pages says it is read-only and why, the pages and menus that only write are
// turned off, and not a byte of the file changes, nor does anything appear beside it.
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "UiTestData.h"

#include "admin/AdminPage.h"
#include "app/Session.h"
#include "main/FileController.h"
#include "main/MainMenus.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "observations/LogObservationPage.h"
#include "observations/ObservationsPage.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace peerradar;
using namespace peerradar::test;
using namespace Qt::StringLiterals;

namespace {

// Root passes every permission check through CAP_DAC_OVERRIDE; lowered in the effective set, file
// modes apply to this process as to any user (tst_hostile_files does the same).
class WithoutDacOverride
{
public:
    WithoutDacOverride()
    {
        if (::geteuid() != 0 || !get(m_saved))
            return;
        __user_cap_data_struct lowered[2] = { m_saved[0], m_saved[1] };
        lowered[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_lowered = set(lowered);
    }
    ~WithoutDacOverride()
    {
        if (m_lowered)
            set(m_saved);
    }
    Q_DISABLE_COPY_MOVE(WithoutDacOverride)
    bool active() const { return ::geteuid() != 0 || m_lowered; }

private:
    static bool get(__user_cap_data_struct (&data)[2])
    {
        __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
        return ::syscall(SYS_capget, &header, data) == 0;
    }
    static bool set(__user_cap_data_struct (&data)[2])
    {
        __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
        return ::syscall(SYS_capset, &header, data) == 0;
    }

    __user_cap_data_struct m_saved[2] {};
    bool m_lowered = false;
};

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestReadOnlyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }
    void readOnlyFile_opensReadOnly_bannerSaysWhy_writesOff_noByteChanged();

private:
    QTemporaryDir m_settings;
};

void TestReadOnlyFile::readOnlyFile_opensReadOnly_bannerSaysWhy_writesOff_noByteChanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.peerradar"_s);
    SmallOrg org;
    {
        auto db = Database::create(path);
        PR_VERIFY_OK(db);
        QVERIFY(org.build(**db));
        SmallOrg::log(**db, org.ben, org.cleo, org.behaviors.at(0), 4, QDate::currentDate().addDays(-2), u"A note"_s);
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = sha256(path);
    const QStringList beside = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(beside, QStringList { u"team.peerradar"_s });

    WithoutDacOverride ordinaryUser;
    if (!ordinaryUser.active())
        QSKIP("running as root without the right to lower CAP_DAC_OVERRIDE: file modes do not apply");
    auto dialogs = std::make_shared<ScriptedDialogs>();
    dialogs->identity = org.hana;
    {
        MainWindow window(dialogs);
        window.show();
        QVERIFY(window.files().open(path));
        QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.value(0).message));
        Session* session = window.files().session();
        QVERIFY(session);
        QVERIFY(session->database().isReadOnly());

        auto* banner = window.findChild<QLabel*>(u"readOnlyBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(u"Read only. "_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QDir::toNativeSeparators(path) + u" is read-only"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"logging, editing, importing and merging are turned off"_s));
        QVERIFY(!window.workspace()->logPage()->isEnabled());
        QVERIFY(window.workspace()->adminPage() && !window.workspace()->adminPage()->isEnabled());
        QCOMPARE(window.workspace()->currentWidget(), window.workspace()->observationsPage());
        QVERIFY(!window.menus().importPeople->isEnabled());
        QVERIFY(!window.menus().importObservations->isEnabled());
        QVERIFY(!window.menus().mergeFile->isEnabled());
        QVERIFY(window.menus().exportPeople->isEnabled()); // reading out stays possible
        // The list reads but offers no change: Edit, Delete and Hide note stay off on a chosen row.
        ObservationsPage* list = window.workspace()->observationsPage();
        auto* table = list->findChild<QTableView*>();
        QVERIFY(table && table->model() && table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        const int rows = table->model()->rowCount();
        for (const char* name : { "editObservationButton", "deleteObservationButton", "hideNoteButton" }) {
            auto* button = list->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(button && !button->isEnabled(), name);
        }
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), rows);
        QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.value(0).message));
        window.files().close();
        QVERIFY(!banner->isVisible());
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), beside);
}

QTEST_MAIN(TestReadOnlyFile)
#include "tst_read_only_file.moc"
