// libFuzzer target: the people and observations importers into one database per process, every
// input rolled back so that each starts from the same organisation (see ImportHarness).
#include "FuzzChecks.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    peerradar::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static peerradar::fuzz::ImportHarness harness;
    harness.run(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
