#pragma once

#include "common/clock.h"
#include "decider/decider.h"
#include "execution/executiontypes.h"
#include "execution/lockevent.h"
#include "execution/polllimiter.h"

#include <QHash>
#include <QString>
#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace joinery {

namespace store {
class ChangeSet;
class StoreReader;
class StoreWriter;
} // namespace store

class FaultInjection;
class LockEventLog;
class MetadataRegistry;
class TaskQueues;

using RunPtr = std::shared_ptr<const WorkflowRun>;

// Observers hear about every committed change, on the store's writer thread: keep it short
// (copy what you need and return). `changedTaskIds` lists the tasks written in that commit.
class ExecutionObserver
{
public:
    virtual ~ExecutionObserver() = default;
    virtual void executionChanged(const RunPtr &run, const QStringList &changedTaskIds) = 0;
    virtual void executionRemoved(const QString &workflowId) { Q_UNUSED(workflowId); }
};

// Runs workflows: every change to one execution — a start, a task update, a poll claiming a
// task, an action, a decide — is applied by that execution's single owner, one change set at a
// time, and written durably before anyone is told it happened (DESIGN.md invariants 1–3).
//
// Ownership: each workflow has a slot with a queue of pending events. Whoever signals an idle
// workflow makes it run on the executor's pool; a signal for a busy workflow only queues the
// event and marks it dirty, and the owner loops once more before letting go. Nothing is ever
// dropped for contention. Every acquisition is recorded in the LockEventLog.
//
// Live executions are kept in memory as immutable snapshots (RunPtr): the owner builds the next
// version and publishes it; readers copy the pointer.
//
// Thread safety: every public function may be called from any thread. The *Async variants never
// block; their callbacks run on the writer thread after the change is durable (or at once on an
// error that changed nothing). The blocking variants must not be called from those callbacks.
class WorkflowExecutor
{
public:
    using Reply = std::function<void(const ActionResult &)>;
    using PollReply = std::function<void(QList<TaskRun>)>;

    WorkflowExecutor(const Clock &clock, store::StoreWriter &writer, store::StoreReader &reader,
                     MetadataRegistry &metadata, TaskQueues &queues, LockEventLog &locks, FaultInjection &faults);
    ~WorkflowExecutor();
    WorkflowExecutor(const WorkflowExecutor &) = delete;
    WorkflowExecutor &operator=(const WorkflowExecutor &) = delete;

    // Start-up: the RUNNING and PAUSED executions read from the store.
    void adopt(const QList<WorkflowRun> &runs);

    void startAsync(const StartRequest &request, LockRole role, Reply reply);
    ActionResult start(const StartRequest &request, LockRole role = LockRole::ApiRequest);

    // A worker's update. A repeated terminal update is acknowledged and changes nothing; an
    // update that contradicts a terminal state is refused (Conflict).
    void updateTaskAsync(const TaskResult &result, LockRole role, Reply reply);
    ActionResult updateTask(const TaskResult &result, LockRole role = LockRole::ApiRequest);

    // Claims up to `count` tasks of a queue for a worker: each goes IN_PROGRESS (pollCount+1) and
    // is handed out once that is durable. pollAsync takes only what is visible now.
    void pollAsync(const QString &queue, const QString &workerId, int count, PollReply reply);
    QList<TaskRun> poll(const QString &queue, const QString &workerId, int count, int waitMs);

    void actAsync(const QString &workflowId, const WorkflowAction &action, LockRole role, Reply reply);
    ActionResult act(const QString &workflowId, const WorkflowAction &action, LockRole role = LockRole::ApiRequest);

    // "Something changed that may let this workflow progress": the owner decides.
    void signal(const QString &workflowId, LockRole role);

    // The live snapshot of a RUNNING/PAUSED execution (nullptr when not live).
    RunPtr snapshot(const QString &workflowId) const;
    // Live snapshot or stored execution.
    std::optional<WorkflowRun> find(const QString &workflowId, bool withTasks = true) const;
    QList<RunPtr> liveRuns() const;
    // What a decide would do now, without doing it (the decider is pure); none when the workflow
    // is unknown or has ended.
    std::optional<DecideOutcome> preview(const QString &workflowId) const;

    // Holds a workflow's execution lock from outside the engine (tests, recovery tools): while
    // held, every signal for it is deferred; on release the owner runs if anything arrived.
    class LockHold
    {
    public:
        ~LockHold();
        LockHold(const LockHold &) = delete;
        LockHold &operator=(const LockHold &) = delete;

    private:
        friend class WorkflowExecutor;
        LockHold(WorkflowExecutor *executor, QString workflowId, LockEvent event);
        WorkflowExecutor *m_executor;
        QString m_workflowId;
        LockEvent m_event;
    };
    // Blocks until the workflow's current owner (if any) lets go.
    std::unique_ptr<LockHold> hold(const QString &workflowId, LockRole role);

    // When a worker last polled each queue, and who (Conductor's poll data). Kept in memory and
    // written to the store at most once a second per queue.
    struct PollRecord
    {
        QString workerId;
        Millis lastPollTime = 0;
    };
    QHash<QString, PollRecord> pollData() const;
    Millis lastPollTime(const QString &queue) const;

    // ---- Legacy mode (FaultInjection::legacyDecide): Conductor before v3.31.2, on purpose ----
    // A change written OUTSIDE the workflow's lock, as Conductor's updateTask and its JOIN
    // system-task worker do: no decide marker, no decide. `mutate` edits a copy of the live
    // execution and lists the tasks it changed; returns false to change nothing.
    bool legacyWrite(const QString &workflowId,
                     const std::function<bool(WorkflowRun &run, QStringList *changedTaskIds)> &mutate,
                     std::function<void(bool ok)> done = {});
    // Conductor's decide(workflowId): try the lock for `timeToTryMs`; on a miss (busy, or an
    // injected miss) the decide is DROPPED and nothing records that it was owed. Returns whether
    // it ran.
    bool legacyDecide(const QString &workflowId, LockRole role, int timeToTryMs);
    // How long a legacy decide tries the lock (Conductor's lockTimeToTry is 500 ms; shorter here
    // so that injected delays produce misses quickly).
    static constexpr int kLegacyLockTimeToTryMs = 50;

    void addObserver(ExecutionObserver *observer);
    void removeObserver(ExecutionObserver *observer);
    void setDecideOptions(const DecideOptions &options);

    // Waits until no owner is running and every change is durable (tests, shutdown).
    void waitIdle();

    struct Stats
    {
        qint64 decides = 0;
        qint64 ownerLoops = 0;
        qint64 deferrals = 0;
        qint64 injectedMisses = 0;
        qint64 tasksCompleted = 0;
        qint64 workflowsCompleted = 0;
    };
    Stats stats() const;

    // Called after each commit with, for every JOIN that ended in it, how long after its last
    // joined task ended the task after it was scheduled (milliseconds).
    void setJoinLatencyListener(std::function<void(Millis)> listener);
    // Tests only: called on the owner's thread in every pass, after the decide and before the
    // pass's changes are submitted (to commit something in between, deterministically).
    void setPassHook(std::function<void(const QString &workflowId)> hook);
    // Called after commit for each new HTTP task (the runtime's HTTP runner performs it).
    void setHttpTaskListener(std::function<void(const QString &workflowId, const QString &taskId)> listener);

private:
    friend class OwnerPass;
    struct Event;
    struct Slot
    {
        bool running = false;
        bool dirty = false;
        std::deque<std::shared_ptr<Event>> events;
    };
    // Legacy mode: task versions written outside the lock while an owner pass ran; the pass
    // keeps them when it publishes (Conductor's decide writes only the tasks it changed).
    struct LegacyOverlay
    {
        qint64 sequence = 0;
        TaskRun task;
    };

    void enqueue(const QString &workflowId, std::shared_ptr<Event> event);
    void ownerLoop(const QString &workflowId, bool acquired = false);
    void legacyUpdateTask(const TaskResult &result, LockRole role, Reply reply);
    static QString threadName();
    void release(const QString &workflowId);
    void afterCommit(const std::function<void()> &work);

    RunPtr cached(const QString &workflowId) const;
    void publish(const RunPtr &run);
    void forget(const QString &workflowId, const RunPtr &ifStill);
    void notifyChanged(const RunPtr &run, const QStringList &changedTaskIds);
    void notifyRemoved(const QString &workflowId);
    void notifyHttpTask(const QString &workflowId, const QString &taskId);
    void reportJoinLatencies(const QList<Millis> &lastBranchEndedAt);

    const Clock &m_clock;
    store::StoreWriter &m_writer;
    store::StoreReader &m_reader;
    MetadataRegistry &m_metadata;
    PollLimiter m_limiter;
    TaskQueues &m_queues;
    LockEventLog &m_locks;
    FaultInjection &m_faults;
    QThreadPool m_pool;

    mutable std::mutex m_slotMutex; // guards m_slots, m_stats
    std::condition_variable m_slotReleased;
    QHash<QString, Slot> m_slots;
    QHash<QString, QHash<QString, LegacyOverlay>> m_overlays; // workflow -> task -> version
    qint64 m_overlaySequence = 0;
    int m_runningOwners = 0;
    Stats m_stats;

    mutable std::mutex m_cacheMutex; // guards m_live, m_options, m_observers, m_joinLatency
    QHash<QString, RunPtr> m_live;
    DecideOptions m_options;
    QList<ExecutionObserver *> m_observers;
    std::function<void(Millis)> m_joinLatency;
    std::function<void(const QString &)> m_passHook;
    std::function<void(const QString &, const QString &)> m_httpListener;
    QHash<QString, PollRecord> m_pollData;      // guarded by m_cacheMutex
    QHash<QString, Millis> m_pollDataWritten;  // guarded by m_cacheMutex
};

} // namespace joinery
