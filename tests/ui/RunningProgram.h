#pragma once

#include "app/AppSettings.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

// The real desktop program (the binary named by PEERRADAR_GUI, set by tests/CMakeLists.txt: the
// program built with its test hooks, peerradar-testbed) as a separate process on a file, logging
// observations through its Log page (the PEERRADAR_TEST_LOG_OBSERVATIONS hook, app/gui/TestHooks.h).
// Its settings live in a temporary folder, never the user's; who the user is in the file is written
// there beforehand, as the program would have remembered it.
namespace peerradar::test {

// Settings shared by this test process and the programs it starts: the same QSettings file.
class ProgramSettings
{
public:
    ProgramSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PeerRadar"));
        QCoreApplication::setApplicationName(QStringLiteral("peerradar"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

    // The program started on `file` is `person` without asking.
    static void rememberIdentity(const QString& file, const Person& person)
    {
        AppSettings::setIdentity(file, person.uuid);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private:
    QTemporaryDir m_dir;
};

// One run of the program that logs `count` observations on `file`.
class LoggingProgram
{
public:
    // False when the program could not be started.
    bool start(const ProgramSettings& settings, const QString& file, int count)
    {
        QProcessEnvironment env = settings.environment();
        env.insert(QStringLiteral("PEERRADAR_TEST_LOG_OBSERVATIONS"), QString::number(count));
        m_process.setProcessEnvironment(env);
        m_process.start(qEnvironmentVariable("PEERRADAR_GUI"), { file });
        if (!m_process.waitForStarted())
            return false;
        m_pid = m_process.processId();
        return true;
    }

    QProcess& process() { return m_process; }
    // True once the program has ended, by itself or killed.
    bool waitForExit(int ms)
    {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
    }
    // The situation the program writes into its observation number `i`.
    QString situation(int i) const { return QStringLiteral("test-log %1 %2").arg(m_pid).arg(i); }

    // Reads what the program printed so far: the numbers of the observations whose save it confirmed,
    // with their ids.
    const QHash<int, Id>& confirmed()
    {
        m_pending += m_process.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = m_pending.left(end).split(' ');
            m_pending.remove(0, end + 1);
            if (words.size() == 3 && words[0] == "logged")
                m_confirmed.insert(words[1].toInt(), words[2].toLongLong());
            else if (words.value(0) == "refused")
                ++m_refusals;
        }
        return m_confirmed;
    }
    int refusals() const { return m_refusals; }

private:
    QProcess m_process;
    qint64 m_pid = 0;
    QByteArray m_pending;
    QHash<int, Id> m_confirmed;
    int m_refusals = 0;
};

} // namespace peerradar::test
