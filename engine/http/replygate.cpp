#include "http/replygate.h"

#include <QMetaObject>
#include <QThread>

namespace joinery::http {

ReplyGate::ReplyGate(QObject *target)
    : m_target(target)
{ }

void ReplyGate::post(std::function<void()> work)
{
    std::unique_lock lock(m_mutex);
    if (!m_target)
        return;
    if (QThread::currentThread() == m_target->thread()) {
        // Already on the server thread: no hop. The server cannot be closing concurrently (it
        // closes on this very thread), so the lock is not needed while the work runs.
        lock.unlock();
        work();
        return;
    }
    // Queued with the server as context: Qt drops the call if the server is deleted first.
    QMetaObject::invokeMethod(m_target, std::move(work), Qt::QueuedConnection);
}

void ReplyGate::close()
{
    std::lock_guard lock(m_mutex);
    m_target = nullptr;
}

bool ReplyGate::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_target != nullptr;
}

} // namespace joinery::http
