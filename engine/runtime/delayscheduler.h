#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace joinery {

// Runs callbacks after a real-time delay on one background thread (demo workers' simulated work,
// retry back-offs). Not for engine timeouts: those are timers in the store, driven by the Clock.
// Thread safety: schedule() may be called from any thread; callbacks run on the scheduler's
// thread and must be short.
class DelayScheduler
{
public:
    DelayScheduler();
    ~DelayScheduler(); // drops what has not run yet

    void schedule(int delayMs, std::function<void()> callback);
    void stop();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::multimap<std::chrono::steady_clock::time_point, std::function<void()>> m_due;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace joinery
