#include "source/embeddedsource.h"

#include "execution/workflowexecutor.h"
#include "runtime/demoload.h"
#include "runtime/engine.h"
#include "runtime/stalldetector.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;

namespace {

std::unique_ptr<Engine> openEngine(const QTemporaryDir &dir)
{
    EngineOptions options;
    options.databasePath = dir.filePath(QStringLiteral("engine.sqlite"));
    QString error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qWarning("cannot open engine: %s", qPrintable(error));
    return engine;
}

// One SIMPLE task that no worker serves.
void registerLonelyWorkflow(Engine &engine)
{
    const QJsonObject def
        = QJsonDocument::fromJson(R"({"name": "lonely", "version": 1, "schemaVersion": 2,
        "tasks": [{"name": "nobody_polls", "taskReferenceName": "wait_for_worker", "type": "SIMPLE"}]})")
              .object();
    QVERIFY(engine.registerWorkflowDef(def, true).ok());
    engine.registerMissingTaskDefs(QStringLiteral("lonely"));
}

// Callbacks signal through this, so a test waits with QSignalSpy instead of polling.
class Answer : public QObject
{
    Q_OBJECT

public:
    void arrive() { emit arrived(); }
    bool wait()
    {
        QSignalSpy spy(this, &Answer::arrived);
        return count > 0 || spy.wait(10000);
    }
    int count = 0;

signals:
    void arrived();
};

template<typename T> bool waitFor(QSignalSpy &spy, T condition, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        spy.wait(std::max<qint64>(1, std::min<qint64>(1000, timeoutMs - t.elapsed())));
    }
    return true;
}

} // namespace

class TestEmbeddedSource : public QObject
{
    Q_OBJECT

private slots:
    void coalescesLiveChanges()
    {
        QTemporaryDir dir;
        auto engine = openEngine(dir);
        QVERIFY(engine);
        EmbeddedSource source(*engine);
        QSignalSpy changed(&source, &ExecutionSource::executionsChanged);
        QElapsedTimer clock;
        clock.start();
        source.setDemoLoad(true, 40);
        QVERIFY(source.demoLoadRunning());
        QVERIFY(waitFor(changed, [&] { return source.changeNotifications() >= 600; }));
        source.setDemoLoad(false, 0);
        const qint64 elapsed = clock.elapsed();
        const qint64 batches = source.changeBatches();
        qInfo("%lld executor notifications in %lld ms arrived as %lld batches",
            source.changeNotifications(), elapsed, batches);
        // At most one batch per 33 ms, and far fewer batches than changes.
        QVERIFY2(batches <= elapsed / 33 + 2,
            qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batches).arg(elapsed)));
        QVERIFY(source.changeNotifications() >= 3 * batches);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto runs = signal.at(0).value<QList<RunSnapshot>>();
            QSet<QString> ids;
            for (const RunSnapshot &run : runs) {
                QVERIFY(run);
                QVERIFY(!ids.contains(run->workflowId)); // a workflow appears once per batch
                ids.insert(run->workflowId);
            }
        }
    }

    void answersQueriesAndFetches()
    {
        QTemporaryDir dir;
        auto engine = openEngine(dir);
        QVERIFY(engine);
        EmbeddedSource source(*engine);
        QSignalSpy changed(&source, &ExecutionSource::executionsChanged);
        source.setDemoLoad(true, 20);
        QVERIFY(waitFor(changed, [&] { return engine->demoLoad().started() >= 5; }));
        source.setDemoLoad(false, 0);

        ExecutionPage page;
        ExecutionQuery query;
        query.limit = 3;
        Answer queried;
        source.queryExecutions(query, [&](const ExecutionPage &p) {
            page = p;
            ++queried.count;
            queried.arrive();
        });
        QCOMPARE(queried.count, 0); // never answered on the caller's stack
        QVERIFY(queried.wait());
        QVERIFY(page.total >= 5);
        QCOMPARE(page.rows.size(), 3);
        QVERIFY(page.rows.at(0).startTime >= page.rows.at(1).startTime);

        RunSnapshot fetched;
        Answer live;
        source.fetchExecution(page.rows.at(0).workflowId, [&](const RunSnapshot &run) {
            fetched = run;
            ++live.count;
            live.arrive();
        });
        QVERIFY(live.wait());
        QVERIFY(fetched);
        QCOMPARE(fetched->workflowId, page.rows.at(0).workflowId);
        QVERIFY(!fetched->tasks.isEmpty());

        Answer missing;
        source.fetchExecution(QStringLiteral("no-such-workflow"), [&](const RunSnapshot &run) {
            fetched = run;
            ++missing.count;
            missing.arrive();
        });
        QVERIFY(missing.wait());
        QVERIFY(!fetched);

        QList<WorkflowDefPtr> definitions;
        Answer defined;
        source.fetchDefinitions([&](const QList<WorkflowDefPtr> &d) {
            definitions = d;
            ++defined.count;
            defined.arrive();
        });
        QVERIFY(defined.wait());
        QVERIFY(!definitions.isEmpty());

        ActionResult result;
        Answer acted;
        source.act(
            QStringLiteral("no-such-workflow"), WorkflowAction {}, [&](const ActionResult &r) {
                result = r;
                ++acted.count;
                acted.arrive();
            });
        QVERIFY(acted.wait());
        QCOMPARE(result.error, ErrorKind::NotFound);
    }

    void reportsStallsLocksAndMetrics()
    {
        QTemporaryDir dir;
        auto engine = openEngine(dir);
        QVERIFY(engine);
        engine->stalls().setThreshold(200);
        registerLonelyWorkflow(*engine);
        EmbeddedSource source(*engine);
        QSignalSpy stalls(&source, &ExecutionSource::stallsChanged);
        QSignalSpy locks(&source, &ExecutionSource::lockEventsArrived);
        QSignalSpy metrics(&source, &ExecutionSource::metricsSampled);
        QSignalSpy state(&source, &ExecutionSource::stateChanged);

        StartRequest start;
        start.name = QStringLiteral("lonely");
        ActionResult started;
        Answer startAnswer;
        source.startWorkflow(start, [&](const ActionResult &r) {
            started = r;
            ++startAnswer.count;
            startAnswer.arrive();
        });
        QVERIFY(startAnswer.wait());
        QVERIFY2(started.ok(), qPrintable(started.message));

        QVERIFY(waitFor(stalls, [&] {
            return !stalls.isEmpty() && !stalls.last().at(0).value<QList<Stall>>().isEmpty();
        }));
        const Stall stall = stalls.last().at(0).value<QList<Stall>>().first();
        QCOMPARE(stall.workflowId, started.id);
        QCOMPARE(stall.reason, StallReason::TaskNeverPolled);
        QCOMPARE(stall.taskReference, QStringLiteral("wait_for_worker"));

        QVERIFY(waitFor(locks, [&] { return !locks.isEmpty(); }));
        const auto events = locks.first().at(0).value<QList<LockEvent>>();
        QVERIFY(!events.isEmpty());
        metrics.clear(); // samples taken before the stall was known
        QVERIFY(waitFor(metrics, [&] { return metrics.size() >= 2; }));
        const EngineMetrics m = metrics.last().at(0).value<EngineMetrics>();
        QCOMPARE(m.running, 1);
        QCOMPARE(m.stalled, 1);
        QVERIFY(m.queueDepth.value(QStringLiteral("nobody_polls")) == 1);
        QVERIFY(std::isnan(m.joinLatencyP50Ms)); // no JOIN ended: a gap, not a zero
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.first().at(0).toString(), QStringLiteral("running"));

        QStringList preview;
        QString error;
        Answer previewed;
        source.previewDecide(started.id, [&](const QStringList &lines, const QString &e) {
            preview = lines;
            error = e;
            ++previewed.count;
            previewed.arrive();
        });
        QVERIFY(previewed.wait());
        QVERIFY(error.isEmpty());
        QCOMPARE(preview.size(), 1); // nothing new to schedule: the task waits for a worker
    }

    void changesFaults()
    {
        QTemporaryDir dir;
        auto engine = openEngine(dir);
        QVERIFY(engine);
        EmbeddedSource source(*engine);
        ActionResult result;
        Answer first;
        source.setFaults(QJsonObject {{QStringLiteral("legacyDecide"), true},
                             {QStringLiteral("lockMissRate"), 0.25}},
            [&](const ActionResult &r) {
                result = r;
                ++first.count;
                first.arrive();
            });
        QVERIFY(first.wait());
        QVERIFY(result.ok());
        QCOMPARE(source.faults().value(QLatin1String("legacyDecide")).toBool(), true);
        QCOMPARE(source.faults().value(QLatin1String("lockMissRate")).toDouble(), 0.25);

        Answer second;
        source.setFaults(
            QJsonObject {{QStringLiteral("lockMissRate"), 3}}, [&](const ActionResult &r) {
                result = r;
                ++second.count;
                second.arrive();
            });
        QVERIFY(second.wait());
        QCOMPARE(result.error, ErrorKind::BadRequest);
        QCOMPARE(
            source.faults().value(QLatin1String("lockMissRate")).toDouble(), 0.25); // unchanged
    }
};

QTEST_MAIN(TestEmbeddedSource)
#include "tst_embeddedsource.moc"
