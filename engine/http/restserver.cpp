#include "http/restserver.h"

#include "http/adminroutes.h"
#include "http/eventhub.h"
#include "http/httpfrontend.h"
#include "http/joineryroutes.h"
#include "http/metadataroutes.h"
#include "http/polldatatracker.h"
#include "http/queueroutes.h"
#include "http/restcontext.h"
#include "http/taskroutes.h"
#include "http/tokenauthenticator.h"
#include "http/workflowactionroutes.h"
#include "http/workflowroutes.h"

#include <QHostAddress>

#include <exception>

namespace joinery::http {

RestServer::RestServer(Engine &engine, const RestServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_options(options)
    , m_context(std::make_unique<RestContext>(engine, options))
    , m_hub(std::make_unique<EventHub>(engine))
{
    MetadataRoutes::install(m_router, *m_context);
    WorkflowRoutes::install(m_router, *m_context);
    WorkflowActionRoutes::install(m_router, *m_context);
    TaskRoutes::install(m_router, *m_context);
    QueueRoutes::install(m_router, *m_context);
    AdminRoutes::install(m_router, *m_context);
    JoineryRoutes::install(m_router, *m_context, *m_hub);

    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { m_context->pollData()->flush(); });
}

RestServer::~RestServer()
{
    stop();
}

bool RestServer::start(QString *error)
{
    QHostAddress address;
    if (!address.setAddress(m_options.bindAddress)) {
        *error = QStringLiteral("\"%1\" is not an IP address").arg(m_options.bindAddress);
        return false;
    }
    if (!address.isLoopback() && m_options.token.isEmpty()) {
        *error = QStringLiteral("refusing to serve on %1 without --token: only loopback addresses "
                                "(127.0.0.1, ::1) may be bound without authentication")
                     .arg(m_options.bindAddress);
        return false;
    }
    if (m_options.port < 0 || m_options.port > 65535) {
        *error = QStringLiteral("port %1 is out of range").arg(m_options.port);
        return false;
    }
    GuardedTcpServer::Limits limits;
    limits.maxConnections = m_options.maxConnections;
    limits.maxRequestBytes = m_options.maxRequestBytes;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    auto front
        = std::make_unique<HttpFrontEnd>(limits, [this](RestRequest &&request, RestReply reply) {
              dispatch(std::move(request), std::move(reply));
          });
    if (!front->listenOn(address, quint16(m_options.port), error))
        return false;
    m_front = std::move(front);
    m_flushTimer.start();
    m_hub->start();
    return true;
}

void RestServer::stop()
{
    m_hub->stop(); // closes the event streams while the sockets can still be written
    if (m_front)
        m_front->shutdown();
    m_flushTimer.stop();
    m_context->stop(); // waits for the pools, flushes poll data
}

quint16 RestServer::port() const
{
    return m_front ? m_front->port() : 0;
}

QString RestServer::url() const
{
    QHostAddress address(m_options.bindAddress);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

RestServer::Stats RestServer::stats() const
{
    Stats s;
    s.requests = m_requests;
    if (m_front && m_front->tcpServer()) {
        s.refused = m_front->tcpServer()->rejectedRequests();
        s.connections = m_front->tcpServer()->connectionCount();
        s.eventStreams = m_front->tcpServer()->streamCount();
    }
    return s;
}

bool RestServer::isOpenEndpoint(const RestRequest &request) const
{
    const QStringList &s = request.segments;
    return (s == QStringList {QStringLiteral("health")})
        || (s == QStringList {QStringLiteral("api"), QStringLiteral("health")})
        || (s == QStringList {QStringLiteral("api"), QStringLiteral("token")});
}

void RestServer::dispatch(RestRequest &&request, RestReply reply)
{
    ++m_requests;
    if (m_context->stopping()) {
        reply.send(RestResponse::error(503, QStringLiteral("the server is shutting down"), true));
        return;
    }
    if (m_context->auth().enabled() && !isOpenEndpoint(request)) {
        // Browsers' EventSource cannot set headers: the event stream also takes ?token=.
        QByteArray token = request.authorization;
        if (token.isEmpty() && request.path == QLatin1String("/api/joinery/events"))
            token = request.queryValue(QStringLiteral("token")).toUtf8();
        switch (m_context->auth().check(token)) {
        case TokenAuthenticator::Check::Ok:
            break;
        case TokenAuthenticator::Check::Missing:
            reply.send(RestResponse::error(401,
                QStringLiteral("this server needs a token in X-Authorization "
                               "(POST /api/token with keyId and keySecret)"),
                false, QStringLiteral("INVALID_TOKEN")));
            return;
        case TokenAuthenticator::Check::Invalid:
            reply.send(RestResponse::error(401,
                QStringLiteral("the token in X-Authorization is not valid"), false,
                QStringLiteral("INVALID_TOKEN")));
            return;
        case TokenAuthenticator::Check::Expired:
            reply.send(
                RestResponse::error(401, QStringLiteral("the token in X-Authorization has expired"),
                    false, QStringLiteral("EXPIRED_TOKEN")));
            return;
        }
    }
    const RestRouter::Match match = m_router.match(request.method, request.segments);
    if (!match.handler) {
        const QString what
            = RestRequest::methodName(request.method) + QLatin1Char(' ') + request.path;
        if (!match.allowedMethods.isEmpty()) {
            RestResponse response = RestResponse::error(405,
                QStringLiteral("%1 is not supported; use %2")
                    .arg(what, match.allowedMethods.join(QLatin1String(", "))));
            response.headers.append({QByteArrayLiteral("Allow"),
                match.allowedMethods.join(QLatin1String(", ")).toLatin1()});
            reply.send(response);
        } else {
            reply.send(RestResponse::error(404, QStringLiteral("no endpoint %1").arg(what)));
        }
        return;
    }
    request.params = match.params;
    try {
        (*match.handler)(request, reply);
    } catch (const std::exception &e) {
        if (!reply.isSent())
            reply.send(RestResponse::error(500, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace joinery::http
