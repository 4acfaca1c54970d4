#pragma once

#include "common/clock.h"

#include <QSet>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace joinery {

class FaultInjection;
class WorkflowExecutor;

// Legacy mode only: Conductor's asynchronous JOIN system-task worker. It evaluates IN_PROGRESS
// JOINs from a snapshot taken WITHOUT the workflow's lock, writes a finished JOIN outside the
// lock, forgets it (Conductor removes the JOIN's queue message), then calls the try-lock decide
// that is dropped on a miss. Idle while legacy mode is off.
// Thread safety: start/stop/runOnce from one thread at a time.
class LegacyJoinWorker
{
public:
    LegacyJoinWorker(const Clock &clock, WorkflowExecutor &executor, FaultInjection &faults);
    ~LegacyJoinWorker();

    void start(int intervalMs = 20);
    void stop();
    // One pass over the live JOINs; returns how many it completed.
    int runOnce();

private:
    const Clock &m_clock;
    WorkflowExecutor &m_executor;
    FaultInjection &m_faults;
    QSet<QString> m_done; // JOIN task ids whose "queue message" is gone
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace joinery
