// libFuzzer target: the RFC 4180 reader, with a write → read round trip of whatever it accepts.
#include "FuzzChecks.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    peerradar::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    peerradar::fuzz::checkCsvReader(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
