#pragma once

#include "common/Progress.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace peerradar {

// Runs long work (imports, exports, demo data) on a worker thread while the window stays alive,
// with a progress dialog whose Cancel makes the work's Progress callback return false.
// The work must open its own Database in the worker (Database::openAnother or open): a connection
// belongs to the thread that opened it.
class BackgroundTask final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::BackgroundTask)

public:
    // Blocks the caller (with a local event loop and a modal progress dialog) until `work` returns.
    // Returns true when the user pressed Cancel.
    static bool run(QWidget* parent, const QString& label, const std::function<void(const Progress&)>& work);
};

} // namespace peerradar
