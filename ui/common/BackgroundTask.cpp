#include "common/BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace peerradar {

bool BackgroundTask::run(QWidget* parent, const QString& label, const std::function<void(const Progress&)>& work)
{
    // Shared with the worker: it writes progress, the GUI reads it and writes the cancel flag.
    struct Shared
    {
        std::atomic<qint64> done { 0 };
        std::atomic<qint64> total { 0 };
        std::atomic<bool> cancel { false };
    };
    auto shared = std::make_shared<Shared>();
    const Progress progress = [shared](qint64 done, qint64 total) {
        shared->done = done;
        shared->total = total;
        return !shared->cancel.load();
    };

    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(tr("PeerRadar"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    QThread* thread = QThread::create([work, progress] { work(progress); });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [shared, &dialog] {
        shared->cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
    });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [shared, &dialog] {
        const qint64 total = shared->total;
        // QProgressDialog counts in int: scale large totals down.
        const qint64 scale = total > 1'000'000'000 ? total / 1'000'000 : 1;
        dialog.setMaximum(int(total / scale));
        dialog.setValue(int(shared->done / scale));
    });
    poll.start();
    thread->start();
    loop.exec();
    poll.stop();
    thread->wait();
    delete thread;
    const bool cancelled = shared->cancel.load();
    // Closing a progress dialog emits canceled(): the work is over, that must not count.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, nullptr, nullptr);
    dialog.close();
    return cancelled;
}

} // namespace peerradar
