#pragma once

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

class QJSEngine;

namespace joinery {

// Interrupts QJSEngine evaluations that outlive their time limit (used by ScriptEvaluator). One
// thread serves every engine of the process: it sleeps until the earliest deadline and then calls
// QJSEngine::setInterrupted(true), which is the one QJSEngine call that is safe from a foreign
// thread. A thread per evaluation would cost a thread start for every INLINE task.
//
// Usage: arm() before running the script, disarm() right after, then clear the engine's
// interrupted flag if disarm() says the watchdog fired. Because firing and disarming happen
// under the same mutex, no interrupt can arrive after disarm() returns: a late interrupt can
// never hit the next, unrelated evaluation on the same engine.
//
// Thread safety: arm() and disarm() may be called from any thread. The engine passed to arm()
// must stay alive until the matching disarm().
class ScriptWatchdog
{
public:
    using Clock = std::chrono::steady_clock;

    static ScriptWatchdog &instance();

    ScriptWatchdog();
    ~ScriptWatchdog();
    Q_DISABLE_COPY_MOVE(ScriptWatchdog)

    // Interrupts `engine` once `limit` has passed, unless disarmed before. Returns the ticket for
    // disarm().
    quint64 arm(QJSEngine *engine, std::chrono::milliseconds limit);
    // Forgets the ticket; true when the engine was interrupted for it.
    bool disarm(quint64 ticket);

private:
    struct Entry
    {
        quint64 ticket;
        QJSEngine *engine;
        Clock::time_point deadline;
        bool fired;
    };

    void run();

    // Guarded by m_mutex
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Entry> m_entries; // at most one per evaluating thread, so a linear scan is fine
    Clock::time_point m_sleepingUntil = Clock::time_point::max();
    quint64 m_nextTicket = 1;
    bool m_stopping = false;

    std::thread m_thread;
};

} // namespace joinery
