#include "decider/scripting/scriptwatchdog.h"

#include <QJSEngine>

#include <algorithm>

namespace joinery {

ScriptWatchdog &ScriptWatchdog::instance()
{
    static ScriptWatchdog watchdog;
    return watchdog;
}

ScriptWatchdog::ScriptWatchdog()
    : m_thread([this] { run(); })
{ }

ScriptWatchdog::~ScriptWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

quint64 ScriptWatchdog::arm(QJSEngine *engine, std::chrono::milliseconds limit)
{
    const Clock::time_point deadline = Clock::now() + limit;
    bool wake = false;
    quint64 ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        ticket = m_nextTicket++;
        m_entries.push_back({ticket, engine, deadline, false});
        // Waking the thread costs a context switch. With equal limits a new deadline is nearly
        // always later than the one the thread already sleeps towards, so it rarely happens.
        wake = deadline < m_sleepingUntil;
    }
    if (wake) {
        m_wake.notify_one();
    }
    return ticket;
}

bool ScriptWatchdog::disarm(quint64 ticket)
{
    // No notify: the thread wakes at its old deadline, finds nothing due and sleeps again.
    std::lock_guard lock(m_mutex);
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
        [ticket](const Entry &e) { return e.ticket == ticket; });
    if (it == m_entries.end()) {
        return false;
    }
    const bool fired = it->fired;
    *it = m_entries.back();
    m_entries.pop_back();
    return fired;
}

void ScriptWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const Clock::time_point now = Clock::now();
        Clock::time_point next = Clock::time_point::max();
        for (Entry &entry : m_entries) {
            if (entry.fired) {
                continue;
            }
            if (entry.deadline <= now) {
                entry.engine->setInterrupted(true);
                entry.fired = true;
            } else {
                next = std::min(next, entry.deadline);
            }
        }
        m_sleepingUntil = next;
        if (next == Clock::time_point::max()) {
            m_wake.wait(lock);
        } else {
            m_wake.wait_until(lock, next);
        }
    }
}

} // namespace joinery
