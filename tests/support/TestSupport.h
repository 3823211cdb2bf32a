#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Shared helpers for the test executables: a fresh database in a temporary folder, and a way to
// stop a test with the error's message when a core call fails.
namespace peerradar::test {

// Fails the current test function with the error's message when `result` is not ok.
#define PR_VERIFY_OK(expr)                                                                                      \
    do {                                                                                                        \
        const auto& pr_result_ = (expr);                                                                        \
        if (!pr_result_.ok()) {                                                                                 \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2 (%3)")                                               \
                                 .arg(QString::fromLatin1(#expr), pr_result_.error().message,                  \
                                     pr_result_.error().detail)));                                              \
        }                                                                                                       \
    } while (false)

// A new PeerRadar file in its own temporary folder, removed with this object.
class TempDatabase
{
public:
    TempDatabase();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    void close() { m_db.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QByteArray fileBytes(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace peerradar::test
