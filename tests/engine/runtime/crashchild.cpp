// The child process of tst_crashrecovery: runs crazy-nested-fork-join workflows on a database
// until they have all ended, printing every task completion the engine acknowledged
// ("ACK <taskId>"). The test kills it with SIGKILL at random moments and starts it again.
//
//   crashchild DB WORKFLOWS

#include "execution/workflowexecutor.h"
#include "runtime/completionwaiter.h"
#include "runtime/demolibrary.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"
#include "runtime/workerhost.h"

#include <QCoreApplication>

#include <cstdio>
#include <mutex>

using namespace joinery;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString db = QString::fromLocal8Bit(argv[1]);
    const int workflows = QByteArray(argv[2]).toInt();

    EngineOptions options;
    options.databasePath = db;
    options.sweeper.intervalMs = 50;
    options.sweeper.checkIntervalMs = 500;
    QString error;
    auto engine = Engine::open(options, &error);
    if (!engine) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    DemoLibrary::registerAll(*engine);
    std::mutex out;
    engine->workers().setAcknowledgementListener([&](const TaskResult &r, const ActionResult &answer) {
        if (!answer.ok())
            return;
        std::lock_guard lock(out);
        std::printf("ACK %s %s\n", qPrintable(r.workflowId), qPrintable(r.taskId));
        std::fflush(stdout);
    });
    DemoWorkers::install(engine->workers(), engine->faults(), &engine->delays(), DemoWorkerConfig{4, 5, 30});
    CompletionWaiter waiter(engine->executor());
    engine->workers().start(5);

    // Idempotent starts: fixed ids, and a workflow that exists is not started again.
    QStringList ids;
    for (int i = 0; i < workflows; ++i) {
        const QString id = QStringLiteral("crash-%1").arg(i, 4, 10, QLatin1Char('0'));
        ids << id;
        if (engine->executor().find(id, false))
            continue;
        StartRequest start;
        start.workflowId = id;
        start.name = QStringLiteral("crazy-nested-fork-join");
        start.input = DemoLibrary::sampleInput(start.name, i);
        const ActionResult r = engine->executor().start(start, LockRole::Test);
        if (!r.ok()) {
            std::fprintf(stderr, "start %s: %s\n", qPrintable(id), qPrintable(r.message));
            return 1;
        }
    }
    for (const QString &id : std::as_const(ids)) {
        if (!waiter.waitFor(id, 120'000)) {
            std::fprintf(stderr, "timeout waiting for %s\n", qPrintable(id));
            return 1;
        }
    }
    engine->workers().stop();
    engine->executor().waitIdle();
    std::printf("DONE\n");
    std::fflush(stdout);
    return 0;
}
