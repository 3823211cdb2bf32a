#pragma once

#include <QWidget>

class QListWidget;

namespace peerradar {

// What the window shows when no file is open: start a new team file, open one, try the demo
// organisation, or pick a recent file.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& files);

Q_SIGNALS:
    void newFileRequested();
    void openFileRequested();
    void demoRequested();
    void recentFileRequested(const QString& path);

private:
    QListWidget* m_recent = nullptr;
};

} // namespace peerradar
