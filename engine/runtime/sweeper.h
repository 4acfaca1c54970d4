#pragma once

#include "common/clock.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace joinery {

namespace store {
class StoreReader;
}
class FaultInjection;
class TaskQueues;
class WorkflowExecutor;

// The sweeper thread (DESIGN.md invariant 4): every interval it signals the owners of workflows
// with a due decide marker or a due timer (task timeouts, WAIT, workflow timeout) read from the
// store; and every `checkIntervalMs` it checks the live state itself — a RUNNING workflow with an
// ended task whose successors were never scheduled, or a SCHEDULED worker task with no queue
// entry — and repairs what it finds. It is level-triggered: it works from state, not from
// events, so even a lost signal elsewhere heals.
//
// Thread safety: start/stop from one thread; runOnce() may be called from tests instead of
// start(); the counters may be read from any thread.
struct SweeperOptions
{
    int intervalMs = 500;
    int batchSize = 1000;
    int checkIntervalMs = 5000;
};

class Sweeper
{
public:
    Sweeper(const Clock &clock, store::StoreReader &reader, WorkflowExecutor &executor, TaskQueues &queues,
            FaultInjection &faults, SweeperOptions options = {});
    ~Sweeper();

    void start();
    void stop();
    bool isRunning() const { return m_running.load(); }
    // One sweep; with `checkState`, also the state check. Returns the workflows it signalled.
    int runOnce(bool checkState);

    struct Stats
    {
        qint64 cycles = 0;
        qint64 signalled = 0;
        qint64 repairs = 0;
        double lastCycleMs = 0;
        Millis lastCycleAt = 0;
    };
    Stats stats() const;
    SweeperOptions options() const;
    void setOptions(const SweeperOptions &options);

private:
    void loop();
    int checkState();
    int legacySweep(Millis now);

    const Clock &m_clock;
    store::StoreReader &m_reader;
    WorkflowExecutor &m_executor;
    TaskQueues &m_queues;
    FaultInjection &m_faults;

    mutable std::mutex m_mutex; // guards m_options, m_stats, m_stopping
    std::condition_variable m_wake;
    SweeperOptions m_options;
    Stats m_stats;
    bool m_stopping = false;
    std::atomic<bool> m_running{false};
    std::thread m_thread;
    // Legacy mode: Conductor's decider queue, one entry per workflow, due an hour out (its
    // responseTimeoutSeconds default + 1), so a dropped decide waits that long.
    QHash<QString, Millis> m_legacyDue;
};

} // namespace joinery
