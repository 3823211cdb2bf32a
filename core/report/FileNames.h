#pragma once

#include <QString>

namespace peerradar {

// A name from the database as one safe file or folder name on Linux, macOS and Windows: no path
// separators, no "." or ".." tricks, no control or reserved characters, no reserved device
// names, at most 100 characters. Never empty.
QString safeFileName(const QString& name);

} // namespace peerradar
