#pragma once

#include "http/guardedtcpserver.h"
#include "http/replygate.h"
#include "http/restreply.h"
#include "http/restrequest.h"

#include <QAbstractHttpServer>

#include <functional>

namespace joinery::http {

// The protocol side of the REST server, on Qt HttpServer 6.4: QAbstractHttpServer reads and
// parses requests (keep-alive, chunked bodies); this subclass copies each complete request into a
// RestRequest and hands it, with a RestReply bound to its connection, to the dispatcher. The
// reply may be sent later from any thread; it is written on this object's thread, and dropped if
// the connection is gone by then (the socket is held through a QPointer — the same guard Qt 6.4
// uses for its own QFuture responses).
//
// Thread safety: lives on one thread (the server thread) with all its sockets.
class HttpFrontEnd final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontEnd)

public:
    using Dispatch = std::function<void(RestRequest &&request, RestReply reply)>;

    HttpFrontEnd(
        const GuardedTcpServer::Limits &limits, Dispatch dispatch, QObject *parent = nullptr);
    ~HttpFrontEnd() override;

    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    GuardedTcpServer *tcpServer() const { return m_tcp; }
    // Stops accepting, and drops every reply that arrives from now on.
    void shutdown();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    GuardedTcpServer::Limits m_limits;
    Dispatch m_dispatch;
    ReplyGatePtr m_gate;
    GuardedTcpServer *m_tcp = nullptr; // a child once bound
};

} // namespace joinery::http
