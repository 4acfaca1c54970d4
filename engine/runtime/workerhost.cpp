#include "runtime/workerhost.h"

#include "execution/taskqueues.h"
#include "execution/workflowexecutor.h"

#include <QThread>

namespace joinery {

WorkerHost::WorkerHost(WorkflowExecutor &executor, TaskQueues &queues, QString workerIdPrefix)
    : m_executor(executor), m_queues(queues), m_prefix(std::move(workerIdPrefix))
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

WorkerHost::~WorkerHost()
{
    stop();
}

void WorkerHost::registerWorker(const QString &taskType, int concurrency, WorkerFunction function)
{
    std::lock_guard lock(m_mutex);
    m_workers.insert(taskType, Worker{std::move(function), std::max(1, concurrency), 0, false});
}

void WorkerHost::setAcknowledgementListener(std::function<void(const TaskResult &, const ActionResult &)> listener)
{
    std::lock_guard lock(m_mutex);
    m_ackListener = std::move(listener);
}

void WorkerHost::registerFallback(int concurrency, WorkerFunction function)
{
    std::lock_guard lock(m_mutex);
    m_fallback = Worker{std::move(function), std::max(1, concurrency), 0, false};
}

bool WorkerHost::adoptLocked(const QString &queue)
{
    if (m_workers.contains(queue))
        return true;
    if (!m_fallback)
        return false;
    m_workers.insert(queue, *m_fallback);
    return true;
}

bool WorkerHost::hasWorker(const QString &taskType) const
{
    std::lock_guard lock(m_mutex);
    return m_workers.contains(taskType);
}

void WorkerHost::start(int tickMs)
{
    if (m_running.exchange(true))
        return;
    m_queues.setAvailabilityListener([this](const QString &queue) {
        if (!m_running.load())
            return;
        bool ours;
        {
            std::lock_guard lock(m_mutex);
            ours = adoptLocked(queue);
        }
        if (ours)
            m_pool.start([this, queue] { drain(queue); });
    });
    m_ticker = std::thread([this, tickMs] {
        while (m_running.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(tickMs));
            if (m_running.load())
                drainAll();
        }
    });
    drainAll();
}

void WorkerHost::stop()
{
    if (!m_running.exchange(false))
        return;
    m_queues.setAvailabilityListener({});
    if (m_ticker.joinable())
        m_ticker.join();
    m_pool.waitForDone();
    // Let in-flight tasks report back (their updates go through the executor).
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            bool busy = false;
            for (const Worker &w : std::as_const(m_workers))
                busy = busy || w.inFlight > 0;
            if (!busy)
                break;
        }
        QThread::msleep(5);
    }
}

void WorkerHost::drainAll()
{
    QStringList queues;
    const QStringList known = m_queues.queueNames();
    {
        std::lock_guard lock(m_mutex);
        for (const QString &q : known)
            adoptLocked(q);
        queues = m_workers.keys();
    }
    for (const QString &q : std::as_const(queues))
        drain(q);
}

void WorkerHost::drain(const QString &queue)
{
    int want = 0;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_workers.find(queue);
        if (it == m_workers.end() || it->draining)
            return;
        want = it->concurrency - it->inFlight;
        if (want <= 0)
            return;
        it->inFlight += want; // reserved; released for what the poll does not return
        it->draining = true;
    }
    m_executor.pollAsync(queue, m_prefix + QLatin1Char('/') + queue, want, [this, queue, want](QList<TaskRun> tasks) {
        WorkerFunction function;
        {
            std::lock_guard lock(m_mutex);
            Worker &w = m_workers[queue];
            w.inFlight -= want - int(tasks.size());
            w.draining = false;
            function = w.function;
        }
        for (const TaskRun &task : tasks) {
            m_pool.start([this, queue, function, task] {
                function(task, [this, queue, task](TaskResult result) {
                    result.workflowId = task.workflowId;
                    result.taskId = task.taskId;
                    if (result.workerId.isEmpty())
                        result.workerId = m_prefix + QLatin1Char('/') + queue;
                    // The worker is free as soon as its result is handed over; the engine answers
                    // once the result is durable (a crash before that redelivers the task).
                    m_executor.updateTaskAsync(result, LockRole::WorkerCallback, [this, result](const ActionResult &answer) {
                        ++m_completed;
                        std::function<void(const TaskResult &, const ActionResult &)> listener;
                        {
                            std::lock_guard lock(m_mutex);
                            listener = m_ackListener;
                        }
                        if (listener)
                            listener(result, answer);
                    });
                    finished(queue);
                });
            });
        }
        if (!tasks.isEmpty() && m_running.load())
            m_pool.start([this, queue] { drain(queue); });
    });
}

void WorkerHost::finished(const QString &queue)
{
    {
        std::lock_guard lock(m_mutex);
        --m_workers[queue].inFlight;
    }
    if (m_running.load() && m_queues.size(queue) > 0)
        m_pool.start([this, queue] { drain(queue); });
}

} // namespace joinery
