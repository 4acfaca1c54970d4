#include "benchcommand.h"

#include "cliutil.h"
#include "execution/chrometrace.h"
#include "execution/lockeventlog.h"
#include "execution/workflowexecutor.h"
#include "runtime/completionwaiter.h"
#include "runtime/demolibrary.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace joinery::app {
namespace {

// Gives this command's messages a translation context that lupdate can see.
struct BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};


constexpr int kSimpleTasksPerWorkflow = 44;

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double percentile(QList<Millis> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return double(values.at(index));
}

} // namespace

int benchCommand(const CommandLineOptions &o)
{
    const int workflows = o.workflows > 0 ? o.workflows : 200;
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(BenchCommand::tr("cannot create a temporary folder for the bench database"), 1);
    EngineOptions options;
    options.databasePath = o.databasePath.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : o.databasePath;
    QString error;
    std::unique_ptr<Engine> engine = Engine::open(options, &error);
    if (!engine)
        return fail(error, 1);
    DemoLibrary::registerAll(*engine);

    std::mutex latencyMutex;
    QList<Millis> latencies;
    engine->executor().setJoinLatencyListener([&](Millis ms) {
        std::lock_guard lock(latencyMutex);
        latencies.append(ms);
    });
    DemoWorkers::install(engine->workers(), engine->faults(), nullptr, DemoWorkerConfig{256, 0, 0});
    CompletionWaiter waiter(engine->executor());
    const bool terminal = stderrIsTerminal() && !o.json;

    QElapsedTimer clock;
    clock.start();
    engine->workers().start();
    std::atomic<int> started{0}, refused{0};
    const QString name = QStringLiteral("crazy-nested-fork-join");
    for (int i = 0; i < workflows; ++i) {
        StartRequest start;
        start.name = name;
        start.input = DemoLibrary::sampleInput(name, i);
        engine->executor().startAsync(start, LockRole::ApiRequest, [&](const ActionResult &r) {
            ++(r.ok() ? started : refused);
        });
    }
    while (!waiter.waitForEnded(workflows, 250, name)) {
        if (refused.load() > 0)
            break;
        if (terminal) {
            const int done = waiter.ended(name);
            const double s = double(clock.elapsed()) / 1000.0;
            QTextStream(stderr) << '\r' << BenchCommand::tr("bench: %1/%2 workflows, %3 tasks/s   ")
                                       .arg(done)
                                       .arg(workflows)
                                       .arg(qRound(double(engine->executor().stats().tasksCompleted)
                                           / std::max(s, 0.001)))
                                << Qt::flush;
        }
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (terminal)
        QTextStream(stderr) << "\r" << QString(60, QLatin1Char(' ')) << "\r" << Qt::flush;
    engine->workers().stop();
    engine->executor().waitIdle();
    if (refused.load() > 0)
        return fail(BenchCommand::tr("%1 workflows could not be started").arg(refused.load()), 1);

    const QHash<WorkflowStatus, int> byStatus = waiter.endedByStatus();
    const int completed = byStatus.value(WorkflowStatus::Completed);
    const qint64 tasks = qint64(completed) * kSimpleTasksPerWorkflow;
    QList<Millis> joinLatencies;
    {
        std::lock_guard lock(latencyMutex);
        joinLatencies = latencies;
    }
    const store::StoreWriter::Stats writes = engine->writer().stats();
    QJsonObject result{
        {QStringLiteral("workflows"), workflows},
        {QStringLiteral("completed"), completed},
        {QStringLiteral("tasks"), double(tasks)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("tasks_per_second"), double(tasks) / seconds},
        {QStringLiteral("workflows_per_second"), double(completed) / seconds},
        {QStringLiteral("join_latency_ms_p50"), percentile(joinLatencies, 0.50)},
        {QStringLiteral("join_latency_ms_p99"), percentile(joinLatencies, 0.99)},
        {QStringLiteral("join_latency_samples"), joinLatencies.size()},
        {QStringLiteral("peak_rss_mb"), peakRssMb()},
        {QStringLiteral("transactions"), double(writes.transactions)},
        {QStringLiteral("changes_per_transaction"), writes.transactions > 0 ? double(writes.changeSets) / double(writes.transactions) : 0.0},
    };
    if (!o.traceOut.isEmpty()) {
        QString traceError;
        if (!ChromeTrace::write(o.traceOut, engine->locks().read(0, 1'000'000).events, &traceError))
            return fail(BenchCommand::tr("--trace-out %1: %2").arg(o.traceOut, traceError), 1);
    }
    QTextStream out(stdout);
    if (o.json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << BenchCommand::tr("%1 crazy-nested-fork-join workflows (%2 tasks) in %3 s on a durable SQLite database\n")
                   .arg(workflows).arg(tasks).arg(seconds, 0, 'f', 2)
            << BenchCommand::tr("  %1 tasks/s, %2 workflows/s\n")
                   .arg(result.value(QLatin1String("tasks_per_second")).toDouble(), 0, 'f', 0)
                   .arg(result.value(QLatin1String("workflows_per_second")).toDouble(), 0, 'f', 1)
            << BenchCommand::tr("  JOIN last branch -> next task scheduled: p50 %1 ms, p99 %2 ms (%3 joins)\n")
                   .arg(percentile(joinLatencies, 0.5)).arg(percentile(joinLatencies, 0.99)).arg(joinLatencies.size())
            << BenchCommand::tr("  peak memory %1 MB; %2 transactions, %3 changes each on average\n")
                   .arg(peakRssMb(), 0, 'f', 1).arg(writes.transactions)
                   .arg(result.value(QLatin1String("changes_per_transaction")).toDouble(), 0, 'f', 1);
    }
    return completed == workflows ? 0 : 1;
}

} // namespace joinery::app
