#pragma once

#include "execution/workflowexecutor.h"
#include "source/executionsource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <mutex>

namespace joinery::ui {

// Turns the executor's per-commit notifications into batches for the GUI thread (DESIGN.md
// invariant 8). On the writer thread it only records the newest snapshot of each changed
// workflow in a map and, if no flush is scheduled yet, posts one; on the GUI thread the flush
// waits until at least `minIntervalMs` have passed since the previous batch, so the window gets
// at most 1000 / minIntervalMs batches a second however fast the engine goes. A workflow that
// changed ten times between two batches appears once, as its latest snapshot.
//
// Thread safety: the observer callbacks run on any thread; everything else on the thread that
// owns the object (the GUI thread).
class ChangeCoalescer final : public QObject, public ExecutionObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeCoalescer)

public:
    explicit ChangeCoalescer(int minIntervalMs = 33, QObject *parent = nullptr);
    ~ChangeCoalescer() override;

    void executionChanged(const RunPtr &run, const QStringList &changedTaskIds) override;
    void executionRemoved(const QString &workflowId) override;

    // Notifications received and batches emitted so far (for tests and diagnostics).
    qint64 notificationCount() const { return m_notifications.load(); }
    qint64 batchCount() const { return m_batches; }

signals:
    void changed(const QList<joinery::ui::RunSnapshot> &runs);
    void removed(const QStringList &workflowIds);

private:
    void scheduleFlush(); // GUI thread
    void flush(); // GUI thread

    const int m_minIntervalMs;
    std::atomic<qint64> m_notifications {0};

    // Guarded by m_mutex
    std::mutex m_mutex;
    QHash<QString, RunPtr> m_pending;
    QSet<QString> m_removed;
    bool m_flushPosted = false;

    // GUI thread only
    QTimer m_timer;
    QElapsedTimer m_sinceFlush;
    qint64 m_batches = 0;
};

} // namespace joinery::ui
