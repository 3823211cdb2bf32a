#pragma once

#include "common/Result.h"
#include "domain/Types.h"

class QIODevice;

namespace peerradar {

// A framework's behaviors as CSV with the header `key,name,description`, one behavior per row in
// the order of the radar's axes. Reading validates every row and refuses the whole file on the first
// problem, naming the line.
Result<QList<Behavior>> readFrameworkCsv(QIODevice* device);
Status writeFrameworkCsv(QIODevice* device, const QList<Behavior>& behaviors);

} // namespace peerradar
