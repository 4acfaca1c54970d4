#include "runtime/delayscheduler.h"

namespace joinery {

DelayScheduler::DelayScheduler()
{
    m_thread = std::thread([this] { run(); });
}

DelayScheduler::~DelayScheduler()
{
    stop();
}

void DelayScheduler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
        m_due.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DelayScheduler::schedule(int delayMs, std::function<void()> callback)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_due.emplace(std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(0, delayMs)),
                      std::move(callback));
    }
    m_wake.notify_all();
}

void DelayScheduler::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_due.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto next = m_due.begin()->first;
        if (std::chrono::steady_clock::now() < next) {
            m_wake.wait_until(lock, next);
            continue;
        }
        auto callback = std::move(m_due.begin()->second);
        m_due.erase(m_due.begin());
        lock.unlock();
        callback();
        lock.lock();
    }
}

} // namespace joinery
