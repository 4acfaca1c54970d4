#include "soakcommand.h"

#include "cliutil.h"
#include "execution/chrometrace.h"
#include "execution/faultinjection.h"
#include "execution/lockeventlog.h"
#include "execution/workflowexecutor.h"
#include "runtime/completionwaiter.h"
#include "runtime/demolibrary.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"
#include "runtime/soakreport.h"
#include "runtime/stalldetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace joinery::app {
namespace {

// Gives this command's messages a translation context that lupdate can see.
struct SoakCommand
{
    Q_DECLARE_TR_FUNCTIONS(SoakCommand)
};


// Waits until every workflow ended, or the engine as a whole made no progress (no owner pass
// ran) for `quietMs`: then every workflow still open is stuck. Returns whether all ended.
bool settle(CompletionWaiter &waiter, const WorkflowExecutor &executor, int total, int quietMs,
            const std::function<void(int)> &progress)
{
    qint64 last = -1;
    QElapsedTimer quiet;
    quiet.start();
    for (;;) {
        if (waiter.waitForEnded(total, 200))
            return true;
        progress(waiter.ended());
        const qint64 passes = executor.stats().ownerLoops;
        if (passes != last) {
            last = passes;
            quiet.restart();
        } else if (quiet.elapsed() >= quietMs) {
            return false;
        }
    }
}

} // namespace

int soakCommand(const CommandLineOptions &o)
{
    const int workflows = o.workflows > 0 ? o.workflows : 200;
    const quint64 seed = o.seedGiven ? o.seed : QRandomGenerator::global()->generate64();
    QTemporaryDir dir;
    EngineOptions options;
    options.databasePath = o.databasePath.isEmpty() ? dir.filePath(QStringLiteral("soak.sqlite")) : o.databasePath;
    options.sweeper.intervalMs = 100;
    options.sweeper.checkIntervalMs = 1000;
    options.legacyDecide = o.legacyDecide;
    QString error;
    std::unique_ptr<Engine> engine = Engine::open(options, &error);
    if (!engine)
        return fail(error, 1);
    DemoLibrary::registerAll(*engine);
    engine->faults().seed(seed);
    engine->faults().lockMissRate = o.lockFailRate;
    engine->faults().decideDelayMs = o.decideDelayMs;
    engine->stalls().setThreshold(1000);
    DemoWorkers::install(engine->workers(), engine->faults(), &engine->delays(), DemoWorkerConfig{64, 0, 3});
    CompletionWaiter waiter(engine->executor());
    const bool terminal = stderrIsTerminal() && !o.json;
    auto progress = [&](int ended) {
        if (terminal)
            QTextStream(stderr) << '\r' << SoakCommand::tr("soak: %1/%2 ended").arg(ended).arg(workflows) << Qt::flush;
    };

    QElapsedTimer clock;
    clock.start();
    engine->workers().start(5);
    QStringList ids;
    const QString name = QStringLiteral("crazy-nested-fork-join");
    for (int i = 0; i < workflows; ++i) {
        StartRequest start;
        start.name = name;
        start.input = DemoLibrary::sampleInput(name, i);
        const ActionResult r = engine->executor().start(start, LockRole::ApiRequest);
        if (!r.ok())
            return fail(SoakCommand::tr("could not start workflow %1: %2").arg(i).arg(r.message), 1);
        ids << r.id;
    }

    QSet<QString> stalled, detected, recovered;
    int forcedDecides = 0;
    bool allEnded = settle(waiter, engine->executor(), workflows, 2000, progress);
    // Legacy mode: stalls are expected. Find them, and with --recover force a decide on each,
    // as many rounds as it takes (a workflow can strand again at a later JOIN).
    for (int round = 0; !allEnded && round < 50; ++round) {
        const QList<Stall> found = engine->stalls().scan();
        QSet<QString> open;
        for (const QString &id : std::as_const(ids)) {
            const RunPtr run = engine->executor().snapshot(id);
            if (run && !run->isTerminal())
                open.insert(id);
        }
        stalled.unite(open);
        for (const Stall &s : found)
            detected.insert(s.workflowId);
        if (!o.recover || found.isEmpty())
            break;
        for (const Stall &s : found) {
            WorkflowAction decide;
            decide.kind = WorkflowAction::Decide;
            engine->executor().act(s.workflowId, decide, LockRole::GuiAction);
            ++forcedDecides;
        }
        allEnded = settle(waiter, engine->executor(), workflows, 2000, progress);
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (terminal)
        QTextStream(stderr) << "\r" << QString(40, QLatin1Char(' ')) << "\r" << Qt::flush;
    engine->workers().stop();
    engine->executor().waitIdle();

    SoakReport report = SoakReport::analyze(engine->executor(), ids);
    for (const QString &id : std::as_const(stalled)) {
        if (report.completedIds.contains(id))
            recovered.insert(id);
    }
    const LockEventLog::Stats locks = engine->locks().stats();
    QJsonObject result{
        {QStringLiteral("mode"), o.legacyDecide ? QStringLiteral("legacy") : QStringLiteral("joinery")},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("workflows"), workflows},
        {QStringLiteral("completed"), report.completed},
        {QStringLiteral("stalled"), stalled.size()},
        {QStringLiteral("detected"), detected.size()},
        {QStringLiteral("recovered"), recovered.size()},
        {QStringLiteral("forced_decides"), forcedDecides},
        {QStringLiteral("duplicates"), report.duplicates},
        {QStringLiteral("max_join_latency_ms"), double(report.maxJoinLatencyMs)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("lock_acquisitions"), double(locks.acquisitions)},
        {QStringLiteral("lock_deferrals"), double(locks.deferrals)},
        {QStringLiteral("lock_misses"), double(locks.misses)},
        {QStringLiteral("lock_injected_misses"), double(locks.injectedMisses)},
        {QStringLiteral("lock_dropped_decides"), double(locks.dropped)},
        {QStringLiteral("lock_max_wait_ms"), double(locks.maxWaitMs)},
        {QStringLiteral("lock_max_hold_ms"), double(locks.maxHoldMs)},
    };
    if (!o.traceOut.isEmpty()) {
        QString traceError;
        if (!ChromeTrace::write(o.traceOut, engine->locks().read(0, 1'000'000).events, &traceError))
            return fail(SoakCommand::tr("--trace-out %1: %2").arg(o.traceOut, traceError), 1);
    }
    const bool pass = o.legacyDecide
        ? !stalled.isEmpty() && detected.contains(stalled) && (!o.recover || recovered.size() == stalled.size())
        : report.completed == workflows && stalled.isEmpty() && report.duplicates == 0;
    result.insert(QStringLiteral("pass"), pass);
    // Name what is still open, so a failed soak says where each workflow stopped.
    QJsonArray open;
    for (const QString &id : std::as_const(ids)) {
        if (report.completedIds.contains(id))
            continue;
        const std::optional<WorkflowRun> run = engine->executor().find(id, true);
        QStringList where;
        if (run) {
            for (const TaskRun &t : run->tasks) {
                if (!t.retried && (!t.isTerminal() || !t.executed))
                    where << QStringLiteral("%1:%2%3").arg(t.referenceTaskName, taskStatusName(t.status),
                                                           t.isTerminal() ? QStringLiteral("(not advanced)") : QString());
            }
        }
        open.append(QStringLiteral("%1 %2 [%3]").arg(id, run ? workflowStatusName(run->status) : QStringLiteral("missing"),
                                                      where.join(QLatin1String(", "))));
    }
    if (!open.isEmpty())
        result.insert(QStringLiteral("open"), open);
    QTextStream out(stdout);
    if (o.json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << SoakCommand::tr("soak (%1 mode, seed %2): %3 workflows in %4 s, lock-fail-rate %5, decide delay %6 ms\n")
                   .arg(result.value(QLatin1String("mode")).toString()).arg(seed).arg(workflows)
                   .arg(seconds, 0, 'f', 1).arg(o.lockFailRate).arg(o.decideDelayMs)
            << SoakCommand::tr("  completed %1, stalled %2, detected %3, recovered %4 (%5 forced decides), duplicates %6\n")
                   .arg(report.completed).arg(stalled.size()).arg(detected.size()).arg(recovered.size())
                   .arg(forcedDecides).arg(report.duplicates)
            << SoakCommand::tr("  longest JOIN -> next task: %1 ms\n").arg(report.maxJoinLatencyMs)
            << SoakCommand::tr("  locks: %1 acquired, %2 deferred (owner looped again), %3 missed (%4 injected), "
                               "%5 decides dropped; longest wait %6 ms, longest hold %7 ms\n")
                   .arg(locks.acquisitions).arg(locks.deferrals).arg(locks.misses).arg(locks.injectedMisses)
                   .arg(locks.dropped).arg(locks.maxWaitMs).arg(locks.maxHoldMs)
            << (pass ? SoakCommand::tr("PASS\n") : SoakCommand::tr("FAIL\n"));
    }
    return pass ? 0 : 1;
}

} // namespace joinery::app
