#include "http/restcontext.h"


#include "http/polldatatracker.h"
#include "http/tokenauthenticator.h"
#include "runtime/engine.h"

#include <exception>

namespace joinery::http {

RestContext::RestContext(Engine &engine, const RestServerOptions &options)
    : m_engine(engine)
    , m_options(options)
    , m_pollData(std::make_shared<PollDataTracker>(engine.reader(), engine.writer()))
    , m_auth(std::make_unique<TokenAuthenticator>(options.token, options.tokenTtlSeconds))
    , m_stopping(std::make_shared<std::atomic<bool>>(false))
{
    // Store reads serialise on the reader's one connection; a few threads are plenty.
    m_blocking.setMaxThreadCount(4);
    m_longPolls.setMaxThreadCount(std::max(1, options.longPollThreads));
    m_longPolls.setExpiryTimeout(10'000);
}

RestContext::~RestContext()
{
    stop();
}

WorkflowExecutor &RestContext::executor() const
{
    return m_engine.executor();
}

void RestContext::runBlocking(const RestReply &reply, std::function<RestResponse()> work)
{
    m_blocking.start([reply, work = std::move(work), stopping = m_stopping] {
        if (stopping->load()) {
            reply.send(
                RestResponse::error(503, QStringLiteral("the server is shutting down"), true));
            return;
        }
        try {
            reply.send(work());
        } catch (const std::exception &e) {
            reply.send(RestResponse::error(500, QString::fromLocal8Bit(e.what())));
        }
    });
}

void RestContext::runLongPoll(std::function<void()> work)
{
    m_longPolls.start(std::move(work));
}

void RestContext::stop()
{
    m_stopping->store(true);
    m_blocking.waitForDone();
    m_longPolls.waitForDone();
    m_pollData->flush();
}

} // namespace joinery::http
