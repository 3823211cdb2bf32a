#pragma once

#include <QCoreApplication>

class QWidget;

namespace peerradar {

class DialogProvider;
class Session;

// File › Merge another file… (HR): choose a PeerRadar file, see what a merge would bring in (a trial
// run on a worker thread), confirm, merge, read the summary. Conflicts are listed; when no side is
// chosen for them nothing changes, and HR may merge anyway keeping this file's version.
class FileMerge final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::FileMerge)

public:
    // Returns true when the open file was changed.
    static bool mergeWithDialog(
        DialogProvider& dialogs, QWidget* window, Session& session, const QString& filter);
};

} // namespace peerradar
