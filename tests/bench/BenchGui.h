#pragma once

#include <QString>

class QApplication;

// Measurements of the desktop program's window, in process (issue 5): the same start-up as
// app/gui/main.cpp, with an event filter that notes the first paint of the open file's workspace.
namespace peerradar::bench {

// Remembers the file's first HR person as "who I am" (QSettings), so that the program opens the
// file without asking; run before any GUI measurement, with the same XDG_CONFIG_HOME.
void rememberIdentity(const QString& path);

// Exec → first paint of the main window with `path` open (`execNs`: CLOCK_REALTIME of the exec,
// from run.sh; 0: from main()), then `switches` profile switches (query + radar chart + paint),
// then the peak RSS. Runs the event loop; returns the exit code.
int guiBench(QApplication& app, const QString& path, qint64 execNs, int switches);

} // namespace peerradar::bench
