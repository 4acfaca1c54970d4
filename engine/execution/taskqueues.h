#pragma once

#include "common/clock.h"

#include <QHash>
#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <tuple>

namespace joinery {

// The in-memory side of the worker queues: one priority queue per task type, entries ordered by
// (visible-at, priority, arrival). The durable side is the task_queue table; the executor pushes
// here only after the row is committed, so a worker never sees a task that a crash could undo.
//
// Thread safety: all functions may be called from any thread. pop() can wait (long poll) for an
// entry to become visible; push() wakes waiters and calls the availability listener.
class TaskQueues
{
public:
    struct Entry
    {
        QString taskId;
        QString workflowId;
        int priority = 0; // Conductor: 0..99, higher first
        Millis visibleAt = 0;
    };

    explicit TaskQueues(const Clock &clock);

    // The queue of a worker task type in a task domain, as Conductor names it: "<domain>:<type>";
    // the type alone without a domain (or with NO_DOMAIN).
    static QString queueName(const QString &taskType, const QString &domain);

    void push(const QString &queue, const Entry &entry); // replaces an entry with the same task id
    bool remove(const QString &taskId);
    // Up to `count` visible entries, removed from the queue. Waits up to `waitMs` (real time) for
    // the first one when none is visible.
    QList<Entry> pop(const QString &queue, int count, int waitMs = 0);
    // Visible and delayed entries in a queue.
    int size(const QString &queue) const;
    QHash<QString, int> sizes() const;
    QStringList queueNames() const;
    // When the next delayed entry of any queue becomes visible (0: none delayed).
    Millis nextVisibleAt() const;
    bool contains(const QString &taskId) const;

    // Called (outside the lock) with the queue name whenever entries are pushed.
    void setAvailabilityListener(std::function<void(const QString &queue)> listener);
    // Wakes every waiting pop(), e.g. on shutdown or when the clock was moved.
    void wakeAll();

private:
    // An entry waits in `delayed` (by visible-at) until it is visible, then in `ready` (by
    // priority, then arrival); pop() moves what became visible, so each operation is O(log n).
    using DelayKey = std::pair<Millis, qint64>;  // visibleAt, arrival
    using ReadyKey = std::pair<int, qint64>;     // -priority, arrival
    struct Queue
    {
        std::map<DelayKey, Entry> delayed;
        std::map<ReadyKey, Entry> ready;
        void promote(Millis now);
        int size() const { return int(delayed.size() + ready.size()); }
    };
    struct Location
    {
        QString queue;
        qint64 arrival = 0;
        Millis visibleAt = 0;
        int priority = 0;
    };
    void eraseLocked(const Location &where);

    const Clock &m_clock;
    mutable std::mutex m_mutex;
    std::condition_variable m_available;
    QHash<QString, Queue> m_queues;
    QHash<QString, Location> m_index; // taskId -> where its entry is
    qint64 m_arrivals = 0;
    std::function<void(const QString &)> m_listener;
};

} // namespace joinery
