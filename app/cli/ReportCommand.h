#pragma once

#include <QStringList>

namespace peerradar::cli {

// `report FILE (--person EMAIL | --team NAME | --all) [--cycle NAME] [--paper a4|letter] --out PATH`
int cmdReport(const QStringList& arguments);

} // namespace peerradar::cli
