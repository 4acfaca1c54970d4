#pragma once

#include "http/replygate.h"
#include "http/restresponse.h"

#include <atomic>
#include <functional>
#include <memory>

namespace joinery::http {

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

    RestReply() = default;
    RestReply(ReplyGatePtr gate, Deliver deliver);

    void send(RestResponse response) const;
    bool isValid() const { return m_state != nullptr; }
    bool isSent() const { return m_state && m_state->sent.load(); }

private:
    struct State
    {
        ReplyGatePtr gate;
        Deliver deliver;
        std::atomic<bool> sent {false};
    };
    std::shared_ptr<State> m_state;
};

} // namespace joinery::http
