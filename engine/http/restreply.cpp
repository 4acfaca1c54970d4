#include "http/restreply.h"

namespace joinery::http {

RestReply::RestReply(ReplyGatePtr gate, Deliver deliver)
    : m_state(std::make_shared<State>())
{
    m_state->gate = std::move(gate);
    m_state->deliver = std::move(deliver);
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
