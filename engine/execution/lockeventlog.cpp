#include "execution/lockeventlog.h"

#include <algorithm>

namespace joinery {

LockEventLog::LockEventLog(size_t capacity) : m_capacity(std::max<size_t>(capacity, 16))
{
    m_ring.resize(m_capacity);
}

void LockEventLog::append(LockEvent e)
{
    std::lock_guard lock(m_mutex);
    e.sequence = m_next;
    if (e.deferred) {
        ++m_stats.deferrals;
    } else if (e.acquiredAt > 0) {
        ++m_stats.acquisitions;
        const Millis wait = e.acquiredAt - e.requestedAt;
        m_stats.totalWaitMs += wait;
        m_stats.maxWaitMs = std::max(m_stats.maxWaitMs, wait);
        if (e.releasedAt > 0) {
            const Millis hold = e.releasedAt - e.acquiredAt;
            m_stats.totalHoldMs += hold;
            m_stats.maxHoldMs = std::max(m_stats.maxHoldMs, hold);
        }
    } else {
        ++m_stats.misses;
        if (e.injected)
            ++m_stats.injectedMisses;
    }
    if (e.dropped)
        ++m_stats.dropped;
    m_ring[size_t(m_next % qint64(m_capacity))] = std::move(e);
    ++m_next;
}

LockEventLog::Page LockEventLog::read(qint64 cursor, int limit) const
{
    std::lock_guard lock(m_mutex);
    Page page;
    const qint64 oldest = std::max<qint64>(0, m_next - qint64(m_capacity));
    if (cursor < oldest) {
        page.missed = oldest - cursor;
        cursor = oldest;
    }
    const qint64 end = std::min<qint64>(m_next, cursor + std::max(0, limit));
    page.events.reserve(int(end - cursor));
    for (qint64 s = cursor; s < end; ++s)
        page.events.append(m_ring[size_t(s % qint64(m_capacity))]);
    page.nextCursor = end;
    return page;
}

qint64 LockEventLog::head() const
{
    std::lock_guard lock(m_mutex);
    return m_next;
}

LockEventLog::Stats LockEventLog::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

} // namespace joinery
