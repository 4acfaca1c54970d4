#pragma once

#include "model/workflowrun.h"
#include "runtime/stall.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace joinery {

namespace store {
class StoreReader;
}
class Sweeper;
class TaskQueues;
class WorkflowExecutor;

// Finds RUNNING workflows that have not progressed for longer than a threshold and says why,
// with the recovery to use (DESIGN.md, the stall detector). Waiting on a WAIT or HUMAN task, or
// being paused, is not a stall. analyze() is pure, so the remote client can run it on execution
// JSON from any Conductor server (with what it knows of queues and markers).
//
// Thread safety: scan(), stalls() and the setters may be called from any thread; the listener
// runs on the detector's own thread.
class StallDetector
{
public:
    // What analyze() may know besides the execution; unknown facts stay empty.
    struct Context
    {
        Millis now = 0;
        Millis threshold = 5000;
        std::function<bool(const QString &taskId)> isQueued;           // empty: unknown
        std::function<Millis(const QString &queue)> lastPollTime;      // 0: never
        std::function<std::optional<WorkflowStatus>(const QString &)> childStatus;
        Millis markerDueAt = 0; // the workflow's decide marker, if any
        bool sweeperRunning = true;
    };
    static std::optional<Stall> analyze(const WorkflowRun &run, const Context &context);
    // When the execution last moved: its newest task or workflow update.
    static Millis lastProgress(const WorkflowRun &run);

    StallDetector(const Clock &clock, WorkflowExecutor &executor, TaskQueues &queues, store::StoreReader &reader,
                  Sweeper &sweeper);
    ~StallDetector();

    QList<Stall> scan();
    QList<Stall> stalls() const; // the latest scan's result
    void setThreshold(Millis threshold);
    Millis threshold() const;
    // Scans every `intervalMs` on a thread of its own and calls the listener when the list changed.
    void start(int intervalMs, std::function<void(const QList<Stall> &)> listener);
    void stop();

private:
    const Clock &m_clock;
    WorkflowExecutor &m_executor;
    TaskQueues &m_queues;
    store::StoreReader &m_reader;
    Sweeper &m_sweeper;

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    QList<Stall> m_stalls;
    Millis m_threshold = 5000;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace joinery
