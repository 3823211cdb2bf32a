#include "common/DeferredRefresh.h"

#include <QTest>
#include <QWidget>

using namespace peerradar;

class TestDeferredRefresh : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hiddenView_refreshesOnceWhenShown();
    void visibleView_coalescesABurstIntoOneRefresh();
    void directRefresh_cancelsThePendingOne();
};

void TestDeferredRefresh::hiddenView_refreshesOnceWhenShown()
{
    QWidget view;
    int refreshes = 0;
    DeferredRefresh deferred(&view, [&] { ++refreshes; });
    deferred.request();
    deferred.request();
    QCoreApplication::processEvents();
    QCOMPARE(refreshes, 0);
    QVERIFY(deferred.isStale());
    view.show();
    QCOMPARE(refreshes, 1);
    QVERIFY(!deferred.isStale());
    view.hide();
    view.show(); // nothing changed meanwhile
    QCOMPARE(refreshes, 1);
}

void TestDeferredRefresh::visibleView_coalescesABurstIntoOneRefresh()
{
    QWidget view;
    view.show();
    int refreshes = 0;
    DeferredRefresh deferred(&view, [&] { ++refreshes; });
    for (int i = 0; i < 50; ++i)
        deferred.request();
    QCOMPARE(refreshes, 0); // not inside the burst
    QTRY_COMPARE(refreshes, 1);
    QCoreApplication::processEvents();
    QCOMPARE(refreshes, 1);
    deferred.request();
    QTRY_COMPARE(refreshes, 2);
}

void TestDeferredRefresh::directRefresh_cancelsThePendingOne()
{
    QWidget view;
    view.show();
    int refreshes = 0;
    DeferredRefresh deferred(&view, [&] { ++refreshes; });
    deferred.request();
    deferred.clear(); // the view refreshed for another reason (the person changed)
    QCoreApplication::processEvents();
    QCOMPARE(refreshes, 0);
    deferred.markStale();
    deferred.flush();
    QCOMPARE(refreshes, 1);
}

QTEST_MAIN(TestDeferredRefresh)
#include "tst_deferred_refresh.moc"
