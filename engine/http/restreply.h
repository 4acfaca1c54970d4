#pragma once

#include "http/replygate.h"
#include "http/restresponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <atomic>
#include <functional>
#include <memory>

namespace joinery::http {

class EventStream;

// The answer slot of one request. Handlers call send() exactly once, from any thread — at once,
// from an executor reply on the writer thread, or from a pool thread after blocking work — and
// the response is written on the server thread. If the client has gone away meanwhile the
// response is dropped. A second send() is ignored (and asserts in debug builds).
//
// Copies share one slot. Thread safety: send() may be called from any thread.
class RestReply
{
public:
    using Deliver = std::function<void(RestResponse &&response)>; // runs on the server thread
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Writes a streaming head with these headers and hands over the connection (server thread).
    using OpenStream = std::function<std::shared_ptr<EventStream>(const Headers &headers)>;

    RestReply() = default;
    RestReply(ReplyGatePtr gate, Deliver deliver, OpenStream openStream = {});

    void send(RestResponse response) const;
    // Instead of send(): answers 200 with `headers` and no length, and returns the stream that
    // carries the body from now on (nullptr when the client is gone or streams are not supported
    // here). Only on the server thread, where handlers run.
    std::shared_ptr<EventStream> openStream(const Headers &headers) const;
    bool isValid() const { return m_state != nullptr; }
    bool isSent() const { return m_state && m_state->sent.load(); }

private:
    struct State
    {
        ReplyGatePtr gate;
        Deliver deliver;
        OpenStream openStream;
        std::atomic<bool> sent {false};
    };
    std::shared_ptr<State> m_state;
};

} // namespace joinery::http
