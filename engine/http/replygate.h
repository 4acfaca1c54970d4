#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>

namespace joinery::http {

// The way back to the server thread. Executor replies arrive on the store's writer thread and
// blocking work finishes on pool threads; everything that touches a socket must run on the
// thread the server lives in. post() queues a function there (or runs it at once when called on
// that thread); once close() has run — the server is going away — posts are dropped, so a late
// reply can never touch a destroyed server.
//
// Thread safety: post() may be called from any thread, also concurrently with close().
class ReplyGate
{
public:
    explicit ReplyGate(QObject *target);

    void post(std::function<void()> work);
    void close();
    bool isOpen() const;

private:
    mutable std::mutex m_mutex; // guards m_target
    QObject *m_target;
};

using ReplyGatePtr = std::shared_ptr<ReplyGate>;

} // namespace joinery::http
