// The embedded engine end to end: real SQLite files, in-process demo workers, restarts.

#include "execution/faultinjection.h"
#include "execution/metadataregistry.h"
#include "execution/workflowexecutor.h"
#include "runtime/completionwaiter.h"
#include "runtime/demolibrary.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"
#include "runtime/workerhost.h"

#include <QTemporaryDir>
#include <QTest>

using namespace joinery;

namespace {

std::unique_ptr<Engine> openEngine(const QString &path, bool sweeper = true)
{
    EngineOptions options;
    options.databasePath = path;
    options.startSweeper = sweeper;
    options.sweeper.intervalMs = 50;
    QString error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("engine did not open: %s", qPrintable(error));
    return engine;
}

void startDemoWorkers(Engine &engine, int maxDelayMs = 0)
{
    DemoWorkers::install(engine.workers(), engine.faults(), &engine.delays(), DemoWorkerConfig{16, 0, maxDelayMs});
    engine.workers().start(10);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void demoWorkflowCompletes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minTasks");
        QTest::newRow("crazy_nested_fork_join") << QStringLiteral("crazy-nested-fork-join") << 64;
        QTest::newRow("order_flow_switch") << QStringLiteral("order-flow") << 7;
        QTest::newRow("retry_loop_do_while") << QStringLiteral("retry-loop") << 7;
        QTest::newRow("dynamic_fan_out") << QStringLiteral("dynamic-fan-out") << 6;
        QTest::newRow("parent_with_sub_workflow") << QStringLiteral("parent-with-sub-workflow") << 5;
    }

    void demoWorkflowCompletes()
    {
        QFETCH(QString, name);
        QFETCH(int, minTasks);
        QTemporaryDir dir;
        auto engine = openEngine(dir.filePath(QStringLiteral("e.sqlite")));
        QVERIFY(DemoLibrary::registerAll(*engine) >= 6);
        startDemoWorkers(*engine);
        CompletionWaiter waiter(engine->executor());
        StartRequest start;
        start.name = name;
        start.input = DemoLibrary::sampleInput(name, 1);
        const ActionResult started = engine->executor().start(start);
        QVERIFY2(started.ok(), qPrintable(started.message));
        QVERIFY(waiter.waitFor(started.id, 20'000));
        engine->executor().waitIdle();
        const std::optional<WorkflowRun> run = engine->executor().find(started.id);
        QVERIFY(run);
        QCOMPARE(workflowStatusName(run->status), QStringLiteral("COMPLETED"));
        QVERIFY2(run->tasks.size() >= minTasks, qPrintable(QString::number(run->tasks.size())));
        for (const TaskRun &t : run->tasks)
            QVERIFY2(t.isTerminal(), qPrintable(t.referenceTaskName));
    }

    // Stop the engine in the middle of a run, reopen the same file: everything continues.
    void restartContinues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.sqlite"));
        QStringList ids;
        {
            auto engine = openEngine(path);
            DemoLibrary::registerAll(*engine);
            for (int i = 0; i < 20; ++i) {
                StartRequest start;
                start.name = QStringLiteral("crazy-nested-fork-join");
                start.input = DemoLibrary::sampleInput(start.name, i);
                const ActionResult r = engine->executor().start(start);
                QVERIFY(r.ok());
                ids << r.id;
            }
            // Some progress, then stop with everything in flight.
            startDemoWorkers(*engine, 5);
            QTest::qWait(150);
        }
        auto engine = openEngine(path);
        QCOMPARE(engine->recovery().workflows + 0 >= 0, true);
        startDemoWorkers(*engine);
        CompletionWaiter waiter(engine->executor());
        for (const QString &id : std::as_const(ids))
            QVERIFY2(waiter.waitFor(id, 30'000), qPrintable(id));
        engine->executor().waitIdle();
        for (const QString &id : std::as_const(ids)) {
            const std::optional<WorkflowRun> run = engine->executor().find(id);
            QVERIFY(run);
            QCOMPARE(workflowStatusName(run->status), QStringLiteral("COMPLETED"));
        }
    }

    void secondProcessIsToldWhoOwnsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.sqlite"));
        auto first = openEngine(path);
        EngineOptions options;
        options.databasePath = path;
        QString error;
        QVERIFY(!Engine::open(options, &error));
        QVERIFY2(error.contains(QStringLiteral("is in use by process %1").arg(QCoreApplication::applicationPid())), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
