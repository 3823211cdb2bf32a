#pragma once

// What every libFuzzer target shares: a QCoreApplication (Qt Sql's plugin loading wants one) and
// Qt's messages kept quiet so that the fuzzer's output stays readable.
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace peerradar::fuzz {

inline void startQt(int* argc, char*** argv)
{
    static std::unique_ptr<QCoreApplication> app;
    if (app)
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            fprintf(stderr, "FATAL: %s\n", qPrintable(message));
            abort();
        }
    });
    app = std::make_unique<QCoreApplication>(*argc, *argv);
}

} // namespace peerradar::fuzz
