// LockTimelinePanel over a fake source: events become lanes, the hover text names who held the
// lock and for how long, the filter follows the selection, export writes Chrome trace JSON of
// what is shown, and a source without lock events gets an explanation instead of a plot.

#include "../fakeexecutionsource.h"
#include "panels/locktimelinepanel.h"
#include "plot/qcustomplotwrapper.h"
#include "shell/selection.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;
using joinery::ui::test::FakeExecutionSource;

namespace {

constexpr Millis T0 = 1'700'000'000'000;

LockEvent event(qint64 seq, const QString &wf, const QString &thread, LockRole role, Millis requested, Millis acquired,
                Millis released)
{
    LockEvent e;
    e.sequence = seq;
    e.workflowId = wf;
    e.thread = thread;
    e.role = role;
    e.requestedAt = T0 + requested;
    e.acquiredAt = acquired < 0 ? 0 : T0 + acquired;
    e.releasedAt = released < 0 ? 0 : T0 + released;
    return e;
}

QList<LockEvent> events()
{
    LockEvent miss = event(3, QStringLiteral("wf-a"), QStringLiteral("api-1"), LockRole::ApiRequest, 40, -1, -1);
    miss.gaveUpAt = T0 + 45;
    miss.dropped = true;
    return {event(1, QStringLiteral("wf-a"), QStringLiteral("sweeper"), LockRole::Sweeper, 0, 0, 120),
            event(2, QStringLiteral("wf-a"), QStringLiteral("sys-1"), LockRole::SystemTaskWorker, 30, 120, 150), miss,
            event(4, QStringLiteral("wf-b"), QStringLiteral("sys-1"), LockRole::SystemTaskWorker, 200, 200, 210)};
}

QStringList tickLabels(QCustomPlot *plot)
{
    auto ticker = plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    return ticker ? ticker->ticks().values() : QStringList();
}

} // namespace

class TestLockTimelinePanel : public QObject
{
    Q_OBJECT

private slots:
    void eventsBecomeLanes()
    {
        FakeExecutionSource source;
        Selection selection;
        LockTimelinePanel panel(&source, &selection);
        emit source.lockEventsArrived(events());
        QCOMPARE(panel.data().lanes(), (QStringList{QStringLiteral("wf-a"), QStringLiteral("wf-b")}));
        panel.setPaused(true);
        QTRY_COMPARE(tickLabels(panel.plot()), (QStringList{QStringLiteral("wf-a"), QStringLiteral("wf-b")}));
        panel.setLaneMode(LockTimelineData::LaneMode::Thread);
        QCOMPARE(tickLabels(panel.plot()),
                 (QStringList{QStringLiteral("sweeper"), QStringLiteral("sys-1"), QStringLiteral("api-1")}));
        // The histogram counts the three acquisitions' waits (0, 90 and 0 ms).
        double total = 0;
        auto *bars = qobject_cast<QCPBars *>(panel.histogramPlot()->plottable(0));
        QVERIFY(bars);
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            total += it->value;
        QCOMPARE(total, 3.0);
    }

    void hoverNamesTheHolder()
    {
        FakeExecutionSource source;
        Selection selection;
        LockTimelinePanel panel(&source, &selection);
        emit source.lockEventsArrived(events());
        // The system-task worker's wait on wf-a (lane 0), 30..120 ms, while the sweeper held 0..120.
        // At y = 0 the sweeper's hold is on top; the wait bar is found on its own lane in thread mode.
        panel.setLaneMode(LockTimelineData::LaneMode::Thread);
        const QString wait = panel.describeAt(LockTimelineData::toX(T0 + 60), 1.0, 0.001);
        QVERIFY2(wait.contains(QStringLiteral("waited 90 ms")), qPrintable(wait));
        QVERIFY2(wait.contains(QStringLiteral("Held by the sweeper (thread sweeper) for 120 ms")), qPrintable(wait));
        const QString drop = panel.describeAt(LockTimelineData::toX(T0 + 45), 2.0, 0.001);
        QVERIFY2(drop.contains(QStringLiteral("gave up on the lock after 5 ms")), qPrintable(drop));
        QVERIFY2(drop.contains(QStringLiteral("decide was dropped")), qPrintable(drop));
        QCOMPARE(panel.describeAt(LockTimelineData::toX(T0 + 5000), 0.0, 0.001), QString());
    }

    void filterFollowsTheSelection()
    {
        FakeExecutionSource source;
        Selection selection;
        LockTimelinePanel panel(&source, &selection);
        emit source.lockEventsArrived(events());
        selection.selectWorkflow(QStringLiteral("wf-b"));
        QCOMPARE(panel.data().lanes().size(), 2); // filter off: everything
        panel.setFilterToSelection(true);
        QCOMPARE(panel.data().lanes(), QStringList{QStringLiteral("wf-b")});
        selection.selectWorkflow(QStringLiteral("wf-a"));
        QCOMPARE(panel.data().lanes(), QStringList{QStringLiteral("wf-a")});
        panel.setFilterToSelection(false);
        QCOMPARE(panel.data().lanes().size(), 2);
    }

    void exportWritesChromeTraceOfWhatIsShown()
    {
        FakeExecutionSource source;
        Selection selection;
        LockTimelinePanel panel(&source, &selection);
        emit source.lockEventsArrived(events());
        selection.selectWorkflow(QStringLiteral("wf-b"));
        panel.setFilterToSelection(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trace.json"));
        QString error;
        QVERIFY2(panel.exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        const QJsonArray trace = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("traceEvents")).toArray();
        QVERIFY(!trace.isEmpty());
        for (const QJsonValue &v : trace) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("ph")).toString() == QLatin1String("M"))
                continue;
            QCOMPARE(o.value(QStringLiteral("args")).toObject().value(QStringLiteral("workflowId")).toString(),
                     QStringLiteral("wf-b"));
        }
        QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("missing/dir/trace.json")), &error));
        QVERIFY(!error.isEmpty());
    }

    void liveWindowScrollsUntilPaused()
    {
        FakeExecutionSource source;
        Selection selection;
        LockTimelinePanel panel(&source, &selection);
        panel.setWindowSeconds(10);
        QSignalSpy replots(panel.plot(), &QCustomPlot::afterReplot);
        // Live: a tick moves the window to now.
        panel.plot()->xAxis->setRange(LockTimelineData::toX(T0), LockTimelineData::toX(T0 + 1000));
        QVERIFY(replots.wait());
        QTRY_VERIFY(panel.plot()->xAxis->range().upper >= QDateTime::currentMSecsSinceEpoch() / 1000.0 - 1);
        QVERIFY(qAbs(panel.plot()->xAxis->range().size() - 10.0) < 1e-6);
        // Paused: new events are drawn, the window stays where the user put it.
        panel.setPaused(true);
        panel.plot()->xAxis->setRange(LockTimelineData::toX(T0), LockTimelineData::toX(T0 + 1000));
        replots.clear();
        emit source.lockEventsArrived(events());
        QVERIFY(replots.wait());
        QCOMPARE(panel.plot()->xAxis->range().lower, LockTimelineData::toX(T0));
        QCOMPARE(panel.plot()->xAxis->range().upper, LockTimelineData::toX(T0 + 1000));
    }

    void withoutLockEvents()
    {
        FakeExecutionSource source;
        source.caps = ExecutionSource::Stalls;
        Selection selection;
        LockTimelinePanel panel(&source, &selection);
        emit source.lockEventsArrived(events());
        QVERIFY(panel.data().events().isEmpty());
        QVERIFY(!panel.plot()->isEnabled());
        bool explained = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            explained = explained || (!l->isHidden() && l->text().contains(QStringLiteral("does not report lock events")));
        QVERIFY(explained);
    }
};

QTEST_MAIN(TestLockTimelinePanel)
#include "tst_locktimelinepanel.moc"
