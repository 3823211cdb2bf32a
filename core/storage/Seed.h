#pragma once

#include "common/Result.h"

namespace peerradar {

class Database;

// What a new file starts with: default settings, the active "Everybody leads" framework and the
// "Lead from anywhere" template. Runs inside the creating transaction.
Status seedNewDatabase(Database& db);

} // namespace peerradar
