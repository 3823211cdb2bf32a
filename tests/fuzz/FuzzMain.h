#pragma once

// What every libFuzzer target shares: a QCoreApplication (Qt Sql's plugin loading wants one) and
// Qt's messages kept quiet so that the fuzzer's output stays readable.
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace peerradar::fuzz {

// The application lives until the process ends and is never destroyed: QCoreApplication keeps a
// reference to argc, and libFuzzer exits from inside its driver.
inline void startQt(int*, char*** argv)
{
    static int argc = 1;
    static char* args[] = { (*argv)[0], nullptr };
    static QCoreApplication* app = nullptr;
    if (app)
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            fprintf(stderr, "FATAL: %s\n", qPrintable(message));
            abort();
        }
    });
    app = new QCoreApplication(argc, args);
}

} // namespace peerradar::fuzz
