// libFuzzer target: an arbitrary file opened as a PeerRadar database, read-only and read-write.
#include "FuzzChecks.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    peerradar::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static peerradar::fuzz::OpenHarness harness;
    harness.run(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
