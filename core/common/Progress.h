#pragma once

#include <QtGlobal>

#include <functional>

namespace peerradar {

// Called now and then during long work with the amount done and the total (0 if unknown).
// Returning false cancels: the operation then stops and changes nothing.
using Progress = std::function<bool(qint64 done, qint64 total)>;

} // namespace peerradar
