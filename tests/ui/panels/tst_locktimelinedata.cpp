// LockTimelineData: lanes, bars, marks, hit tests, holders and the wait histogram, without a
// GUI (QtCore only, like the class).

#include "panels/locktimelinedata.h"

#include <QTest>

using namespace joinery;
using namespace joinery::ui;

namespace {

constexpr Millis T0 = 1'700'000'000'000;

LockEvent hold(qint64 seq, const QString &wf, const QString &thread, Millis requested, Millis acquired, Millis released,
               LockRole role = LockRole::Sweeper)
{
    LockEvent e;
    e.sequence = seq;
    e.workflowId = wf;
    e.thread = thread;
    e.role = role;
    e.requestedAt = T0 + requested;
    e.acquiredAt = T0 + acquired;
    e.releasedAt = T0 + released;
    return e;
}

LockEvent miss(qint64 seq, const QString &wf, const QString &thread, Millis requested, Millis gaveUp, bool dropped = false)
{
    LockEvent e;
    e.sequence = seq;
    e.workflowId = wf;
    e.thread = thread;
    e.requestedAt = T0 + requested;
    e.gaveUpAt = T0 + gaveUp;
    e.dropped = dropped;
    e.injected = !dropped;
    return e;
}

LockEvent deferral(qint64 seq, const QString &wf, const QString &thread, Millis at)
{
    LockEvent e;
    e.sequence = seq;
    e.workflowId = wf;
    e.thread = thread;
    e.requestedAt = T0 + at;
    e.deferred = true;
    return e;
}

// wf-a: held by sweeper 0..100; worker waits 20..100 then holds 100..130; a miss 50..60.
// wf-b: held 10..40 by the worker thread, a deferral at 30.
QList<LockEvent> scenario()
{
    return {hold(1, QStringLiteral("wf-a"), QStringLiteral("sweeper"), 0, 0, 100),
            hold(2, QStringLiteral("wf-b"), QStringLiteral("worker-1"), 10, 10, 40, LockRole::SystemTaskWorker),
            deferral(3, QStringLiteral("wf-b"), QStringLiteral("api"), 30),
            miss(4, QStringLiteral("wf-a"), QStringLiteral("api"), 50, 60),
            hold(5, QStringLiteral("wf-a"), QStringLiteral("worker-1"), 20, 100, 130, LockRole::SystemTaskWorker)};
}

} // namespace

class TestLockTimelineData : public QObject
{
    Q_OBJECT

private slots:
    void lanesPerWorkflowInOrderOfAppearance()
    {
        LockTimelineData d;
        d.append(scenario());
        QCOMPARE(d.lanes(), (QStringList{QStringLiteral("wf-a"), QStringLiteral("wf-b")}));
        d.setLaneMode(LockTimelineData::LaneMode::Thread);
        QCOMPARE(d.lanes(), (QStringList{QStringLiteral("sweeper"), QStringLiteral("worker-1"), QStringLiteral("api")}));
    }

    void barsAndMarks()
    {
        LockTimelineData d;
        d.append(scenario());
        // Holds 1, 2, 5; waits: the miss's 50..60 and event 5's 20..100 (event 1 and 2 waited 0 ms).
        QList<QString> bars;
        for (const auto &b : d.bars())
            bars << QStringLiteral("%1 %2 %3-%4 e%5")
                        .arg(b.kind == LockTimelineData::BarKind::Hold ? QStringLiteral("hold") : QStringLiteral("wait"))
                        .arg(b.lane).arg(b.start - T0).arg(b.end - T0).arg(b.event);
        QCOMPARE(bars, (QList<QString>{QStringLiteral("hold 0 0-100 e0"), QStringLiteral("hold 1 10-40 e1"),
                                       QStringLiteral("wait 0 50-60 e3"), QStringLiteral("wait 0 20-100 e4"),
                                       QStringLiteral("hold 0 100-130 e4")}));
        QCOMPARE(d.marks().size(), 2);
        QCOMPARE(d.marks().at(0).kind, LockTimelineData::MarkKind::Deferred);
        QCOMPARE(d.marks().at(0).lane, 1);
        QCOMPARE(d.marks().at(0).at, T0 + 30);
        QCOMPARE(d.marks().at(1).kind, LockTimelineData::MarkKind::Miss);
        QCOMPARE(d.marks().at(1).at, T0 + 60);
        QCOMPARE(d.earliest(), T0);
        QCOMPARE(d.latest(), T0 + 130);
    }

    void geometryInPlotCoordinates()
    {
        LockTimelineData d;
        d.append(scenario());
        const QRectF hold = LockTimelineData::barRect(d.bars().at(1)); // wf-b, lane 1, 10..40 ms
        QCOMPARE(hold.left(), LockTimelineData::toX(T0 + 10));
        QVERIFY(qAbs(hold.width() - 0.030) < 1e-6); // a double holds epoch seconds to ~0.2 µs
        QCOMPARE(hold.center().y(), 1.0);
        QCOMPARE(hold.height(), 2 * LockTimelineData::kHoldHalfHeight);
        const QRectF wait = LockTimelineData::barRect(d.bars().at(3));
        QVERIFY(wait.height() < hold.height()); // waits are drawn thinner than holds
        QCOMPARE(LockTimelineData::fromX(LockTimelineData::toX(T0 + 123)), T0 + 123);
    }

    void hitTestPrefersMarksThenHolds()
    {
        LockTimelineData d;
        d.append(scenario());
        const double tol = 0.002; // 2 ms
        // At 60 ms on lane 0: the miss mark (over the sweeper's hold and the waits).
        auto hit = d.hitTest(LockTimelineData::toX(T0 + 60), 0.0, tol);
        QCOMPARE(hit.what, LockTimelineData::Hit::MarkHit);
        QCOMPARE(d.marks().at(hit.index).event, 3);
        // At 80 ms on lane 0: the sweeper's hold wins over the worker's wait.
        hit = d.hitTest(LockTimelineData::toX(T0 + 80), 0.0, tol);
        QCOMPARE(hit.what, LockTimelineData::Hit::BarHit);
        QCOMPARE(d.bars().at(hit.index).event, 0);
        // Off the bar vertically (a wait is thin): nothing between lanes.
        hit = d.hitTest(LockTimelineData::toX(T0 + 80), 0.45, tol);
        QCOMPARE(hit.what, LockTimelineData::Hit::None);
        // After everything: nothing.
        QCOMPARE(d.hitTest(LockTimelineData::toX(T0 + 500), 0.0, tol).what, LockTimelineData::Hit::None);
    }

    void holderIsTheHoldInForceAtTheRequest()
    {
        LockTimelineData d;
        d.append(scenario());
        QCOMPARE(d.holderOf(4), 0); // the worker asked at 20 while the sweeper held 0..100
        QCOMPARE(d.holderOf(3), 0); // so did the miss at 50
        QCOMPARE(d.holderOf(2), 1); // the deferral on wf-b at 30: worker-1 held 10..40
        QCOMPARE(d.holderOf(0), -1);
    }

    void filterToOneWorkflow()
    {
        LockTimelineData d;
        d.append(scenario());
        d.setWorkflowFilter(QStringLiteral("wf-b"));
        QCOMPARE(d.lanes(), QStringList{QStringLiteral("wf-b")});
        QCOMPARE(d.bars().size(), 1);
        QCOMPARE(d.marks().size(), 1);
        QCOMPARE(d.visibleEvents().size(), 2);
        d.setWorkflowFilter(QString());
        QCOMPARE(d.visibleEvents().size(), 5);
    }

    void bufferIsBounded()
    {
        LockTimelineData d(3);
        d.append(scenario());
        QCOMPARE(d.events().size(), 3);
        QCOMPARE(d.droppedCount(), qint64(2));
        QCOMPARE(d.events().first().sequence, qint64(3));
        // The oldest lane's first events left; lanes follow what is buffered.
        QCOMPARE(d.lanes(), (QStringList{QStringLiteral("wf-b"), QStringLiteral("wf-a")}));
    }

    void resentEventsAreIgnored()
    {
        LockTimelineData d;
        d.append(scenario());
        d.append(scenario().mid(3)); // sequences 4 and 5 again
        QCOMPARE(d.events().size(), 5);
        LockEvent unnumbered = hold(0, QStringLiteral("wf-c"), QStringLiteral("t"), 200, 200, 210);
        d.append({unnumbered, unnumbered}); // no sequence: cannot tell, both kept
        QCOMPARE(d.events().size(), 7);
    }

    void waitHistogramUsesRoundBins()
    {
        LockTimelineData d;
        QList<LockEvent> events;
        // Waits of 0, 3, 7, 12 and 95 ms.
        const QList<Millis> waits{0, 3, 7, 12, 95};
        for (int i = 0; i < waits.size(); ++i)
            events << hold(i + 1, QStringLiteral("wf"), QStringLiteral("t"), 1000 * i, 1000 * i + waits.at(i), 1000 * i + 200);
        events << miss(10, QStringLiteral("wf"), QStringLiteral("t"), 9000, 9300); // misses are not waits
        d.append(events);
        const auto h = d.waitHistogram(10);
        QCOMPARE(h.binWidth, Millis(10)); // 96 / 10 = 9.6 -> 10
        QCOMPARE(h.total, 5);
        QCOMPARE(h.maxWait, Millis(95));
        QCOMPARE(h.counts, (QList<int>{3, 1, 0, 0, 0, 0, 0, 0, 0, 1}));
        QCOMPARE(LockTimelineData().waitHistogram(4).counts, (QList<int>{0, 0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestLockTimelineData)
#include "tst_locktimelinedata.moc"
