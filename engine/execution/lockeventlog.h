#pragma once

#include "execution/lockevent.h"

#include <QList>

#include <mutex>
#include <vector>

namespace joinery {

// A bounded in-memory log of lock events with a cursor for readers (the GUI timeline, the REST
// API, the Chrome-trace export). Events are appended when complete (released, gave up or
// deferred); the oldest fall off when the buffer is full, and a reader whose cursor fell behind
// is told how many it missed.
//
// Thread safety: all functions may be called from any thread.
class LockEventLog
{
public:
    explicit LockEventLog(size_t capacity = 100'000);

    void append(LockEvent event);

    struct Page
    {
        QList<LockEvent> events;
        qint64 nextCursor = 0; // pass back to read what came after
        qint64 missed = 0;     // events dropped before the reader got to them
    };
    // Events with sequence >= cursor, at most `limit`.
    Page read(qint64 cursor, int limit = 10'000) const;
    qint64 head() const; // sequence the next event will get

    struct Stats
    {
        qint64 acquisitions = 0, deferrals = 0, misses = 0, injectedMisses = 0, dropped = 0;
        Millis totalWaitMs = 0, maxWaitMs = 0, totalHoldMs = 0, maxHoldMs = 0;
    };
    Stats stats() const;

private:
    mutable std::mutex m_mutex;
    std::vector<LockEvent> m_ring;
    size_t m_capacity;
    qint64 m_next = 0;
    Stats m_stats;
};

} // namespace joinery
