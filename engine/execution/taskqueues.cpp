#include "execution/taskqueues.h"

#include <chrono>

namespace joinery {

TaskQueues::TaskQueues(const Clock &clock) : m_clock(clock) { }

void TaskQueues::Queue::promote(Millis now)
{
    while (!delayed.empty() && delayed.begin()->first.first <= now) {
        auto node = delayed.extract(delayed.begin());
        const Entry &e = node.mapped();
        ready.emplace(ReadyKey{-e.priority, node.key().second}, std::move(node.mapped()));
    }
}

void TaskQueues::eraseLocked(const Location &where)
{
    Queue &q = m_queues[where.queue];
    if (q.delayed.erase(DelayKey{where.visibleAt, where.arrival}) == 0)
        q.ready.erase(ReadyKey{-where.priority, where.arrival});
}

void TaskQueues::push(const QString &queue, const Entry &entry)
{
    std::function<void(const QString &)> listener;
    {
        std::lock_guard lock(m_mutex);
        if (auto old = m_index.constFind(entry.taskId); old != m_index.constEnd())
            eraseLocked(old.value());
        const qint64 arrival = m_arrivals++;
        Queue &q = m_queues[queue];
        if (entry.visibleAt <= m_clock.now())
            q.ready.emplace(ReadyKey{-entry.priority, arrival}, entry);
        else
            q.delayed.emplace(DelayKey{entry.visibleAt, arrival}, entry);
        m_index.insert(entry.taskId, Location{queue, arrival, entry.visibleAt, entry.priority});
        listener = m_listener;
    }
    m_available.notify_all();
    if (listener)
        listener(queue);
}

bool TaskQueues::remove(const QString &taskId)
{
    std::lock_guard lock(m_mutex);
    auto it = m_index.find(taskId);
    if (it == m_index.end())
        return false;
    eraseLocked(it.value());
    m_index.erase(it);
    return true;
}

QList<TaskQueues::Entry> TaskQueues::pop(const QString &queue, int count, int waitMs)
{
    QList<Entry> out;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(0, waitMs));
    std::unique_lock lock(m_mutex);
    for (;;) {
        auto q = m_queues.find(queue);
        if (q != m_queues.end()) {
            q->promote(m_clock.now());
            while (!q->ready.empty() && out.size() < count) {
                auto node = q->ready.extract(q->ready.begin());
                m_index.remove(node.mapped().taskId);
                out.append(std::move(node.mapped()));
            }
        }
        if (!out.isEmpty() || waitMs <= 0)
            return out;
        if (m_available.wait_until(lock, deadline) == std::cv_status::timeout)
            waitMs = 0; // one last look, then give up
    }
}

int TaskQueues::size(const QString &queue) const
{
    std::lock_guard lock(m_mutex);
    auto q = m_queues.constFind(queue);
    return q == m_queues.constEnd() ? 0 : q->size();
}

QHash<QString, int> TaskQueues::sizes() const
{
    std::lock_guard lock(m_mutex);
    QHash<QString, int> out;
    for (auto it = m_queues.constBegin(); it != m_queues.constEnd(); ++it)
        out.insert(it.key(), it->size());
    return out;
}

QString TaskQueues::queueName(const QString &taskType, const QString &domain)
{
    if (domain.isEmpty() || domain == QLatin1String("NO_DOMAIN"))
        return taskType;
    return domain + QLatin1Char(':') + taskType;
}

QStringList TaskQueues::queueNames() const
{
    std::lock_guard lock(m_mutex);
    return m_queues.keys();
}

Millis TaskQueues::nextVisibleAt() const
{
    std::lock_guard lock(m_mutex);
    const Millis now = m_clock.now();
    Millis next = 0;
    for (const Queue &q : m_queues) {
        if (q.delayed.empty())
            continue;
        const Millis at = std::max(q.delayed.begin()->first.first, now);
        if (next == 0 || at < next)
            next = at;
    }
    return next;
}

bool TaskQueues::contains(const QString &taskId) const
{
    std::lock_guard lock(m_mutex);
    return m_index.contains(taskId);
}

void TaskQueues::setAvailabilityListener(std::function<void(const QString &)> listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

void TaskQueues::wakeAll()
{
    m_available.notify_all();
}

} // namespace joinery
