#pragma once

#include <QString>

// In-process measurements of the core and the PDF renderer on a PeerRadar file (issue 5).
namespace peerradar::bench {

// Person profile over `people` people spread over the file, against one raw SQL aggregate of the
// same rows on the same connection; prints the query plans when `plans`.
void profileBench(const QString& path, int people, bool plans);
// Team profile (radar, heatmap, coverage, influence network): the largest team of the file, and a
// team of `size` made on `path` (a scratch copy: people are moved into one team) when the file has
// none that big.
void teamBench(const QString& path, int size, int repetitions);
// ObservationRepository::log, one durable commit each, `count` times. Writes to `path`.
void logBench(const QString& path, int count);
// One person PDF (load + render + write), for `count` people; files go to `outDir`.
void pdfBench(const QString& path, int count, const QString& outDir);

} // namespace peerradar::bench
