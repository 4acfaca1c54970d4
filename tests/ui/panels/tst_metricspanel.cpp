// MetricsPanel: samples become points of the right series, queue series appear per task type
// (an absent type reads as an empty queue), samples older than the kept span are dropped, and
// the window follows the newest sample until the user pans.

#include "../fakeexecutionsource.h"
#include "panels/metricspanel.h"
#include "plot/qcustomplotwrapper.h"
#include "shell/selection.h"

#include <QLabel>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;
using joinery::ui::test::FakeExecutionSource;

namespace {

constexpr Millis T0 = 1'700'000'000'000;

EngineMetrics sample(int second, QHash<QString, int> queues = {})
{
    EngineMetrics m;
    m.at = T0 + second * 1000LL;
    m.tasksCompletedPerSecond = 100 + second;
    m.decidesPerSecond = 40;
    m.queueDepth = queues;
    m.joinLatencyP50Ms = 1.5;
    m.joinLatencyP99Ms = 7.25;
    m.sweeperCycleMs = 12;
    m.repairs = second / 10;
    m.running = 12;
    m.stalled = 1;
    return m;
}

double lastValue(QCPGraph *g)
{
    return g->data()->isEmpty() ? -1 : (g->data()->constEnd() - 1)->value;
}

} // namespace

class TestMetricsPanel : public QObject
{
    Q_OBJECT

private slots:
    void samplesBecomePoints()
    {
        FakeExecutionSource source;
        Selection selection;
        MetricsPanel panel(&source, &selection);
        emit source.metricsSampled(sample(0, {{QStringLiteral("SIMPLE"), 5}}));
        emit source.metricsSampled(sample(1, {{QStringLiteral("SIMPLE"), 7}, {QStringLiteral("HTTP"), 2}}));
        emit source.metricsSampled(sample(2, {{QStringLiteral("HTTP"), 1}}));
        QCOMPARE(panel.graph(QStringLiteral("completed"))->dataCount(), 3);
        QCOMPARE(lastValue(panel.graph(QStringLiteral("completed"))), 102.0);
        QCOMPARE(lastValue(panel.graph(QStringLiteral("p99"))), 7.25);
        QCOMPARE(lastValue(panel.graph(QStringLiteral("sweeper"))), 12.0);
        QVERIFY(panel.graph(QStringLiteral("queue:SIMPLE")));
        QVERIFY(panel.graph(QStringLiteral("queue:HTTP")));
        QCOMPARE(lastValue(panel.graph(QStringLiteral("queue:SIMPLE"))), 0.0); // absent: empty
        QCOMPARE(lastValue(panel.graph(QStringLiteral("queue:HTTP"))), 1.0);
        QCOMPARE(panel.graph(QStringLiteral("queue:HTTP"))->dataCount(), 2); // from its first sample on
        // Queues that held nothing in the window are left out of the legend.
        emit source.metricsSampled(sample(3, {{QStringLiteral("WAIT"), 0}}));
        auto inLegend = [&](const QString &series) {
            for (QCPLayoutElement *e : panel.plot()->plotLayout()->elements(true)) {
                auto *legend = qobject_cast<QCPLegend *>(e);
                if (legend && legend->hasItemWithPlottable(panel.graph(series)))
                    return true;
            }
            return false;
        };
        QVERIFY(panel.graph(QStringLiteral("queue:WAIT")));
        QVERIFY(!inLegend(QStringLiteral("queue:WAIT")));
        QVERIFY(inLegend(QStringLiteral("queue:HTTP")));
        QVERIFY(inLegend(QStringLiteral("completed")));
        bool latest = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            latest = latest || l->text().startsWith(QStringLiteral("12 running · 1 stalled · 103 tasks/s"));
        QVERIFY(latest);
    }

    void windowFollowsTheNewestSample()
    {
        FakeExecutionSource source;
        Selection selection;
        MetricsPanel panel(&source, &selection);
        panel.setWindowSeconds(60);
        for (int s = 0; s < 100; ++s)
            emit source.metricsSampled(sample(s));
        QCPAxis *time = panel.plot()->axisRect(0)->axis(QCPAxis::atBottom);
        QCOMPARE(time->range().upper, (T0 + 99'000) / 1000.0);
        QCOMPARE(time->range().size(), 60.0);
        // Every chart shares that range.
        for (int i = 1; i < panel.plot()->axisRectCount(); ++i)
            QCOMPARE(panel.plot()->axisRect(i)->axis(QCPAxis::atBottom)->range(), time->range());
        panel.setFollowing(false);
        emit source.metricsSampled(sample(100));
        QCOMPARE(time->range().upper, (T0 + 99'000) / 1000.0);
    }

    void oldSamplesAreDropped()
    {
        FakeExecutionSource source;
        Selection selection;
        MetricsPanel panel(&source, &selection);
        const int span = MetricsPanel::kKeepSeconds;
        for (int s = 0; s <= span + 20; s += 5)
            emit source.metricsSampled(sample(s));
        QCPGraph *g = panel.graph(QStringLiteral("decides"));
        QVERIFY(g->data()->constBegin()->key >= (T0 + 20'000) / 1000.0);
    }

    void withoutMetrics()
    {
        FakeExecutionSource source;
        source.caps = ExecutionSource::Stalls;
        Selection selection;
        MetricsPanel panel(&source, &selection);
        emit source.metricsSampled(sample(0));
        QCOMPARE(panel.graph(QStringLiteral("completed"))->dataCount(), 0);
        QVERIFY(!panel.plot()->isEnabled());
    }
};

QTEST_MAIN(TestMetricsPanel)
#include "tst_metricspanel.moc"
