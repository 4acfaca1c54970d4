#include "http/restreply.h"

namespace joinery::http {

RestReply::RestReply(ReplyGatePtr gate, Deliver deliver, OpenStream openStream)
    : m_state(std::make_shared<State>())
{
    m_state->gate = std::move(gate);
    m_state->deliver = std::move(deliver);
    m_state->openStream = std::move(openStream);
}

std::shared_ptr<EventStream> RestReply::openStream(const Headers &headers) const
{
    if (!m_state || !m_state->openStream || m_state->sent.exchange(true))
        return nullptr;
    std::shared_ptr<EventStream> stream = m_state->openStream(headers);
    m_state->openStream = nullptr;
    m_state->deliver = nullptr;
    return stream;
}

void RestReply::send(RestResponse response) const
{
    if (!m_state)
        return;
    if (m_state->sent.exchange(true)) {
        Q_ASSERT_X(false, "RestReply::send", "a request was answered twice");
        return;
    }
    std::shared_ptr<State> state = m_state;
    state->gate->post([state, response = std::move(response)]() mutable {
        state->deliver(std::move(response));
        state->deliver = nullptr; // drops what it captured (the socket guard) on the server thread
    });
}

} // namespace joinery::http
