#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace peerradar {

class Database;

// Copies everything of one PeerRadar database into another, file to server or server to file (or
// file to file), with every id and uuid kept, in one transaction on the target: it holds all of the
// source afterwards or is unchanged. The target must hold no people or observations yet (a new
// file, or a server database right after server-init); its default framework and settings are
// replaced by the source's. The source is read in one consistent snapshot.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::DatabaseCopy)

public:
    static Status copy(Database& source, Database& target, const Progress& progress = {});
};

} // namespace peerradar
