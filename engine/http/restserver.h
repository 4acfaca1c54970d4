#pragma once

#include "http/restrequest.h"
#include "http/restrouter.h"
#include "http/restserveroptions.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace joinery {
class Engine;
}

namespace joinery::http {

class EventHub;
class HttpFrontEnd;
class RestContext;

// Joinery's Conductor-compatible REST API (reference/conductor-notes.md §5) over an embedded
// Engine: metadata, workflows, bulk actions, tasks and queues, admin, health and version, under
// /api, answered with Conductor's shapes, content types and status codes.
//
// Threads: the server lives on the thread that creates it (the main thread of `joinery serve`)
// and never blocks it. Handlers answer through a RestReply: in-memory reads answer at once;
// executor actions answer from the executor's reply (after the change is durable); store reads,
// definition writes and long polls run on the context's pools. Qt HttpServer 6.4's own
// asynchronous responses (QFuture<QHttpServerResponse> from a QHttpServer route) were not used:
// they need QHttpServer's router, which cannot express Conductor's overlapping paths or answer
// 405, and they hide the socket that the connection limits (GuardedTcpServer) have to see. The
// replies use the same guard Qt uses for those futures (a QPointer to the socket, on the server
// thread).
//
// Security: without a token only loopback addresses may be bound; with one, every endpoint but
// /health, /api/health and POST /api/token needs X-Authorization (see TokenAuthenticator).
//
// Lifetime: the Engine must outlive the server. The destructor stops listening, drops replies
// still pending and waits for pool work.
class RestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestServer)

public:
    RestServer(Engine &engine, const RestServerOptions &options, QObject *parent = nullptr);
    ~RestServer() override;

    // Listens on options.bindAddress:options.port. False with a one-line reason when the address
    // is not loopback and no token is set, the address is invalid, or the port is taken.
    bool start(QString *error);
    // Stops listening and answering; waits for work on the pools. Idempotent.
    void stop();

    quint16 port() const;
    QString url() const; // "http://127.0.0.1:8080"

    struct Stats
    {
        qint64 requests = 0;
        qint64 refused = 0; // 413, 408, 503 from the connection limits
        int connections = 0;
        int eventStreams = 0;
    };
    Stats stats() const;

private:
    void dispatch(RestRequest &&request, RestReply reply);
    bool isOpenEndpoint(const RestRequest &request) const;

    Engine &m_engine;
    const RestServerOptions m_options;
    std::unique_ptr<RestContext> m_context;
    std::unique_ptr<EventHub> m_hub;
    RestRouter m_router;
    std::unique_ptr<HttpFrontEnd> m_front;
    QTimer m_flushTimer;
    qint64 m_requests = 0;
};

} // namespace joinery::http
