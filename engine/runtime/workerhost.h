#pragma once

#include "execution/executiontypes.h"

#include <QHash>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <optional>
#include <mutex>
#include <thread>

namespace joinery {

class TaskQueues;
class WorkflowExecutor;

// In-process workers: C++ callables registered per task type with a concurrency. They take
// tasks through exactly the path external workers use (queue -> claim by the workflow's owner ->
// update), so what works for them works for REST workers too. A host is woken when tasks are
// queued and also looks every `tickMs` for tasks whose delay has passed.
//
// A worker function gets the claimed task and calls `done` once, from any thread, with its result
// (workflowId and taskId are filled in by the host). Thread safety: register before start();
// everything else may be called from any thread.
class WorkerHost
{
public:
    using Done = std::function<void(TaskResult)>;
    using WorkerFunction = std::function<void(const TaskRun &task, Done done)>;

    WorkerHost(WorkflowExecutor &executor, TaskQueues &queues, QString workerIdPrefix);
    ~WorkerHost();

    void registerWorker(const QString &taskType, int concurrency, WorkerFunction function);
    // Serves every queue that has no worker of its own (demo mode: whatever the workflows need).
    void registerFallback(int concurrency, WorkerFunction function);
    bool hasWorker(const QString &taskType) const;
    void start(int tickMs = 20);
    void stop();
    // Called (on the store's writer thread) with each result and the engine's answer to it,
    // once the answer is in: for tests and tools that track what was acknowledged.
    void setAcknowledgementListener(std::function<void(const TaskResult &, const ActionResult &)> listener);
    // Pulls from every queue with a worker (tests call this after moving a manual clock).
    void drainAll();

    // Every worker id this host uses starts with this prefix; after a crash the engine hands
    // tasks these workers had claimed to the new process's workers again.
    const QString &workerIdPrefix() const { return m_prefix; }

    qint64 completed() const { return m_completed.load(); }

private:
    struct Worker
    {
        WorkerFunction function;
        int concurrency = 1;
        int inFlight = 0;
        bool draining = false;
    };
    void drain(const QString &queue);
    bool adoptLocked(const QString &queue); // creates the fallback's worker for `queue`
    void finished(const QString &queue);

    WorkflowExecutor &m_executor;
    TaskQueues &m_queues;
    const QString m_prefix;
    QThreadPool m_pool;
    mutable std::mutex m_mutex; // guards m_workers
    QHash<QString, Worker> m_workers;
    std::optional<Worker> m_fallback;
    std::function<void(const TaskResult &, const ActionResult &)> m_ackListener; // guarded by m_mutex
    std::atomic<bool> m_running{false};
    std::atomic<qint64> m_completed{0};
    std::thread m_ticker;
};

} // namespace joinery
