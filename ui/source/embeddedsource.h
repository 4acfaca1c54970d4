#pragma once

#include "source/executionsource.h"

#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace joinery {
class Engine;
class MetricsSampler;
}

namespace joinery::ui {

class ChangeCoalescer;

// The ExecutionSource over the engine embedded in this process. The application owns the Engine
// and keeps it alive longer than the source.
//
// Nothing here runs engine work on the GUI thread: requests that may touch SQLite (searches,
// stored executions, previews, stall scans) run on a small pool of the source's own; actions go
// through the executor's asynchronous calls; all answers come back by queued call. Live changes
// come from the executor's observer and reach the GUI in coalesced batches (ChangeCoalescer, at
// most ~30 a second). The stall detector runs every second and reports changes; lock events are
// read with a cursor every 100 ms; metrics are sampled every second.
//
// Thread safety: GUI thread only, like every ExecutionSource. Destroying it waits for its pool
// jobs and for the engine's writer, so no callback of the engine reaches it afterwards.
class EmbeddedSource final : public ExecutionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedSource)

public:
    explicit EmbeddedSource(Engine &engine, QObject *parent = nullptr);
    ~EmbeddedSource() override;

    QString describe() const override;
    Capabilities capabilities() const override;

    void queryExecutions(
        const ExecutionQuery &query, std::function<void(ExecutionPage)> done) override;
    void fetchExecution(const QString &workflowId, std::function<void(RunSnapshot)> done) override;
    void fetchDefinitions(std::function<void(QList<WorkflowDefPtr>)> done) override;
    void fetchStalls(std::function<void(QList<Stall>)> done) override;
    void previewDecide(const QString &workflowId,
        std::function<void(QStringList lines, QString error)> done) override;
    void fetchTaskLogs(const QString &taskId, std::function<void(QStringList lines)> done) override;

    void registerDefinition(const QJsonObject &definition, bool overwrite, Done done) override;
    void removeDefinition(const QString &name, int version, Done done) override;
    void startWorkflow(const StartRequest &request, Done done) override;
    void act(const QString &workflowId, const WorkflowAction &action, Done done) override;
    void updateTask(const TaskResult &result, Done done) override;

    QJsonObject faults() const override;
    void setFaults(const QJsonObject &settings, Done done) override;
    bool demoLoadRunning() const override;
    void setDemoLoad(bool on, int workflowsPerSecond) override;

    // Change batches emitted so far and executor notifications behind them (tests, diagnostics).
    qint64 changeBatches() const;
    qint64 changeNotifications() const;

private:
    // Delivers callbacks from engine and pool threads to the GUI thread, and drops them once the
    // source is being destroyed (the engine may still finish work the source asked for).
    struct Relay;

    template<typename Result>
    void runInPool(std::function<Result()> work, std::function<void(Result)> done);
    void post(std::function<void()> call) const;
    Done replyOnGui(Done done) const;

    void pollLockEvents();
    void sampleMetrics();

    Engine &m_engine;
    std::shared_ptr<Relay> m_relay;
    QThreadPool m_pool;
    ChangeCoalescer *m_coalescer = nullptr;
    std::unique_ptr<MetricsSampler> m_metrics;
    QTimer m_lockTimer;
    QTimer m_metricsTimer;
    qint64 m_lockCursor = 0; // GUI thread; read by the next poll job only
    bool m_lockPollBusy = false;
    bool m_metricsBusy = false;
    int m_stalledCount = 0;
};

} // namespace joinery::ui
