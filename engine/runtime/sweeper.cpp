#include "runtime/sweeper.h"

#include "execution/faultinjection.h"
#include "execution/taskqueues.h"
#include "execution/workflowexecutor.h"
#include "store/storereader.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>

namespace joinery {

Sweeper::Sweeper(const Clock &clock, store::StoreReader &reader, WorkflowExecutor &executor, TaskQueues &queues,
                 FaultInjection &faults, SweeperOptions options)
    : m_clock(clock), m_reader(reader), m_executor(executor), m_queues(queues), m_faults(faults), m_options(options)
{
}

Sweeper::~Sweeper()
{
    stop();
}

void Sweeper::start()
{
    if (m_running.exchange(true))
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] {
        QThread::currentThread()->setObjectName(QStringLiteral("sweeper"));
        loop();
    });
}

void Sweeper::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

void Sweeper::loop()
{
    QElapsedTimer sinceCheck;
    sinceCheck.start();
    for (;;) {
        SweeperOptions options;
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(m_options.intervalMs), [&] { return m_stopping; }))
                return;
            options = m_options;
        }
        if (m_faults.sweeperPaused.load())
            continue;
        const bool check = sinceCheck.elapsed() >= options.checkIntervalMs;
        if (check)
            sinceCheck.restart();
        runOnce(check);
    }
}

int Sweeper::runOnce(bool withStateCheck)
{
    QElapsedTimer timer;
    timer.start();
    SweeperOptions options;
    {
        std::lock_guard lock(m_mutex);
        options = m_options;
    }
    const Millis now = m_clock.now();
    if (m_faults.legacyDecide.load()) {
        const int visited = legacySweep(now);
        std::lock_guard lock(m_mutex);
        ++m_stats.cycles;
        m_stats.signalled += visited;
        m_stats.lastCycleMs = double(timer.nsecsElapsed()) / 1e6;
        m_stats.lastCycleAt = now;
        return visited;
    }
    m_legacyDue.clear();
    QSet<QString> due;
    for (const auto &marker : m_reader.loadMarkers()) {
        if (marker.dueAt <= now)
            due.insert(marker.workflowId);
        if (due.size() >= options.batchSize)
            break;
    }
    for (const QString &id : m_reader.dueTimers(now, options.batchSize))
        due.insert(id);
    for (const QString &id : std::as_const(due))
        m_executor.signal(id, LockRole::Sweeper);
    int repairs = withStateCheck ? checkState() : 0;

    std::lock_guard lock(m_mutex);
    ++m_stats.cycles;
    m_stats.signalled += due.size();
    m_stats.repairs += repairs;
    m_stats.lastCycleMs = double(timer.nsecsElapsed()) / 1e6;
    m_stats.lastCycleAt = now;
    return int(due.size()) + repairs;
}

int Sweeper::checkState()
{
    int repairs = 0;
    for (const RunPtr &run : m_executor.liveRuns()) {
        if (run->status != WorkflowStatus::Running)
            continue;
        // Grace: state younger than this may still be on its way to the store and the queues.
        const Millis settled = m_clock.now() - 2000;
        bool stranded = false;
        bool unqueued = false;
        for (const TaskRun &t : run->tasks) {
            if (t.retried || t.updateTime > settled)
                continue;
            // An ended task whose successors were never scheduled: owed a decide.
            if (t.isTerminal() && !t.executed)
                stranded = true;
            // A worker task nobody can poll.
            if (t.type == TaskType::Simple && t.status == TaskStatus::Scheduled && !m_queues.contains(t.taskId))
                unqueued = true;
        }
        if (unqueued) {
            ++repairs;
            WorkflowAction requeue;
            requeue.kind = WorkflowAction::Requeue;
            m_executor.actAsync(run->workflowId, requeue, LockRole::Sweeper, {});
        } else if (stranded) {
            ++repairs;
            m_executor.signal(run->workflowId, LockRole::Sweeper);
        }
    }
    return repairs;
}

int Sweeper::legacySweep(Millis now)
{
    constexpr Millis kLegacyPostponeMs = 3601 * 1000;
    int visited = 0;
    QHash<QString, Millis> next;
    for (const RunPtr &run : m_executor.liveRuns()) {
        if (run->status != WorkflowStatus::Running)
            continue;
        Millis due = m_legacyDue.value(run->workflowId, now + kLegacyPostponeMs);
        if (due <= now) {
            // Only workflows whose decider-queue entry is due; no look at the state itself.
            m_executor.legacyDecide(run->workflowId, LockRole::Sweeper, WorkflowExecutor::kLegacyLockTimeToTryMs);
            due = now + kLegacyPostponeMs;
            ++visited;
        }
        next.insert(run->workflowId, due);
    }
    m_legacyDue = next;
    return visited;
}

Sweeper::Stats Sweeper::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

SweeperOptions Sweeper::options() const
{
    std::lock_guard lock(m_mutex);
    return m_options;
}

void Sweeper::setOptions(const SweeperOptions &options)
{
    std::lock_guard lock(m_mutex);
    m_options = options;
}

} // namespace joinery
