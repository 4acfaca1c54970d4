#include "common/clock.h"

#include <QDateTime>
#include <QTest>
#include <QThread>

using namespace joinery;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock(1000);
        QCOMPARE(clock.now(), Millis(1000));
        QCOMPARE(clock.now(), Millis(1000));
        clock.advance(250);
        QCOMPARE(clock.now(), Millis(1250));
        clock.set(5);
        QCOMPARE(clock.now(), Millis(5));
    }

    void manualClockIsSafeAcrossThreads()
    {
        ManualClock clock(0);
        QThread *t = QThread::create([&clock] {
            for (int i = 0; i < 10000; ++i)
                clock.advance(1);
        });
        t->start();
        for (int i = 0; i < 10000; ++i)
            clock.advance(1);
        t->wait();
        delete t;
        QCOMPARE(clock.now(), Millis(20000));
    }

    void systemClockIsEpochMillis()
    {
        const Millis before = QDateTime::currentMSecsSinceEpoch();
        const Millis now = SystemClock::instance()->now();
        QVERIFY(now >= before);
        QVERIFY(now - before < 60'000);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
