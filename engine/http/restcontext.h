#pragma once

#include "http/restreply.h"
#include "http/restserveroptions.h"

#include <QThreadPool>

#include <atomic>
#include <mutex>
#include <functional>
#include <memory>

namespace joinery {
class Engine;
class WorkflowExecutor;
} // namespace joinery

namespace joinery::http {

class PollDataTracker;
class TokenAuthenticator;

// What the route handlers share: the engine, the options, the poll-data tracker, the token
// authenticator, and two thread pools that keep blocking work off the server thread — one for
// store reads and definition writes (which wait for a commit), one for long polls waiting for a
// task to appear.
//
// Lifetime: owned by the RestServer; the Engine must outlive it. Work still queued on a pool
// when it stops is run with stopping() true and answers at once. Callbacks that can outlive the
// server (executor replies) must capture only the engine's objects, shared pointers and replies,
// never the context.
//
// Thread safety: every function may be called from any thread.
class RestContext
{
public:
    RestContext(Engine &engine, const RestServerOptions &options);
    ~RestContext();

    Engine &engine() const { return m_engine; }
    WorkflowExecutor &executor() const;
    const RestServerOptions &options() const { return m_options; }
    const std::shared_ptr<PollDataTracker> &pollData() const { return m_pollData; }
    TokenAuthenticator &auth() const { return *m_auth; }

    // Runs `work` on a pool thread and sends what it returns (500 if it throws).
    void runBlocking(const RestReply &reply, std::function<RestResponse()> work);
    // Runs a long-poll wait on its own pool. The work must return soon after stopping() turns true.
    void runLongPoll(std::function<void()> work);
    bool stopping() const { return m_stopping->load(); }
    const std::shared_ptr<std::atomic<bool>> &stopFlag() const { return m_stopping; }
    // Sets stopping() and waits until both pools are idle.
    void stop();

private:
    Engine &m_engine;
    const RestServerOptions m_options;
    std::shared_ptr<PollDataTracker> m_pollData;
    std::unique_ptr<TokenAuthenticator> m_auth;
    std::shared_ptr<std::atomic<bool>> m_stopping;
    QThreadPool m_blocking;
    QThreadPool m_longPolls;
};

} // namespace joinery::http
