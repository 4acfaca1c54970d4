#include "source/changecoalescer.h"

namespace joinery::ui {

ChangeCoalescer::ChangeCoalescer(int minIntervalMs, QObject *parent)
    : QObject(parent)
    , m_minIntervalMs(minIntervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChangeCoalescer::flush);
}

ChangeCoalescer::~ChangeCoalescer() = default;

void ChangeCoalescer::executionChanged(const RunPtr &run, const QStringList &changedTaskIds)
{
    Q_UNUSED(changedTaskIds);
    ++m_notifications;
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        m_pending.insert(run->workflowId, run);
        m_removed.remove(run->workflowId);
        post = !std::exchange(m_flushPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(this, &ChangeCoalescer::scheduleFlush, Qt::QueuedConnection);
}

void ChangeCoalescer::executionRemoved(const QString &workflowId)
{
    ++m_notifications;
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        m_pending.remove(workflowId);
        m_removed.insert(workflowId);
        post = !std::exchange(m_flushPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(this, &ChangeCoalescer::scheduleFlush, Qt::QueuedConnection);
}

void ChangeCoalescer::scheduleFlush()
{
    if (m_timer.isActive())
        return;
    const qint64 elapsed = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_minIntervalMs;
    m_timer.start(int(std::max<qint64>(0, m_minIntervalMs - elapsed)));
}

void ChangeCoalescer::flush()
{
    QHash<QString, RunPtr> pending;
    QSet<QString> removed;
    {
        std::lock_guard lock(m_mutex);
        pending.swap(m_pending);
        removed.swap(m_removed);
        // From here on a new change posts a new flush; anything that raced in before the swap is
        // in this batch.
        m_flushPosted = false;
    }
    m_sinceFlush.start();
    if (pending.isEmpty() && removed.isEmpty())
        return;
    ++m_batches;
    if (!removed.isEmpty())
        emit this->removed(QStringList(removed.cbegin(), removed.cend()));
    if (!pending.isEmpty()) {
        QList<RunSnapshot> runs;
        runs.reserve(pending.size());
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            runs.append(it.value());
        emit changed(runs);
    }
}

} // namespace joinery::ui
