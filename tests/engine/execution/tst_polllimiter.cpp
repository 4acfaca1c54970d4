// TaskDef limits on polls, with time moved by hand: concurrency counts running tasks and claims
// on their way; the rate window slides; a claim that found nothing gives its hand-out back.

#include "execution/polllimiter.h"

#include <QTest>

using namespace joinery;

class TestPollLimiter : public QObject
{
    Q_OBJECT

    static TaskDef def(int concurrent, int perWindow, int windowSeconds = 10)
    {
        TaskDef d;
        d.name = QStringLiteral("limited");
        d.concurrentExecLimit = concurrent;
        d.rateLimitPerFrequency = perWindow;
        d.rateLimitFrequencyInSeconds = windowSeconds;
        return d;
    }

private slots:
    void unlimitedDefinitionsAreNotLimited()
    {
        QVERIFY(!PollLimiter::limits(def(0, 0)));
        QVERIFY(PollLimiter::limits(def(1, 0)));
        QVERIFY(PollLimiter::limits(def(0, 1)));
    }

    void concurrencyCountsRunningAndPendingClaims()
    {
        PollLimiter limiter;
        const TaskDef d = def(3, 0);
        QCOMPARE(limiter.reserve(d, 5, 1, 0), 2); // one runs already
        QCOMPARE(limiter.reserve(d, 5, 1, 0), 0); // two claims still on their way
        limiter.released(d.name, true);           // one became IN_PROGRESS...
        QCOMPARE(limiter.reserve(d, 5, 2, 0), 0); // ...and is counted as running now
        limiter.released(d.name, false);          // the other found its task gone
        QCOMPARE(limiter.reserve(d, 5, 2, 0), 1);
    }

    void rateWindowSlides()
    {
        PollLimiter limiter;
        const TaskDef d = def(0, 2, 10);
        QCOMPARE(limiter.reserve(d, 1, 0, 1'000), 1);
        QCOMPARE(limiter.reserve(d, 5, 0, 4'000), 1);
        QCOMPARE(limiter.reserve(d, 5, 0, 10'999), 0); // both inside the 10 s window
        QCOMPARE(limiter.reserve(d, 5, 0, 11'000), 1); // the first left it
        QCOMPARE(limiter.reserve(d, 5, 0, 14'000), 1);
        limiter.released(d.name, false); // an empty claim is not a hand-out
        QCOMPARE(limiter.reserve(d, 5, 0, 14'000), 1);
    }
};

QTEST_APPLESS_MAIN(TestPollLimiter)
#include "tst_polllimiter.moc"
