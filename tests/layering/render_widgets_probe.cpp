// Must not compile: peerradar_render (and whatever links only it) has no Qt Widgets headers.
// tests/layering/CMakeLists.txt builds it and expects the build to fail on this include.
#include "report/PdfReports.h"

#include <QWidget>

int renderWidgetsProbe()
{
    return QWidget().width();
}
