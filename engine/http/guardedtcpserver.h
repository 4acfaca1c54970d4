#pragma once

#include "http/restresponse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace joinery::http {

// The listening socket of the REST server, with the limits Qt HttpServer 6.4 does not have.
// Qt's server accepts connections through nextPendingConnection(), which this class overrides to
// watch each socket *before* Qt reads from it:
//  - at most `maxConnections` open connections; more are answered 503 and closed;
//  - a request larger than `maxRequestBytes` (by its Content-Length, or by what has arrived) is
//    answered 413 with "Connection: close"; Qt's parser is detached from the socket first, and
//    what the client still sends is read and discarded until it closes, so that it reads the 413
//    instead of a connection reset;
//  - a request that stays incomplete for `requestTimeoutMs` (a slow or stalled client) is
//    answered 408 and closed; a keep-alive connection idle for `idleTimeoutMs` is closed.
// The HTTP layer reports each dispatched request and each written response, which is how this
// class tells "incomplete request" from "request being answered".
//
// Thread safety: lives on the server thread, like every socket it watches.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    struct Limits
    {
        int maxConnections = 512;
        qint64 maxRequestBytes = 8 * 1024 * 1024;
        int requestTimeoutMs = 30'000;
        int idleTimeoutMs = 60'000;
    };

    GuardedTcpServer(const Limits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    QTcpSocket *nextPendingConnection() override;

    // Qt's HTTP parser, detached from a socket when the socket is refused.
    void setParser(QObject *parser) { m_parser = parser; }
    void requestDispatched(QTcpSocket *socket);
    void responseWritten(QTcpSocket *socket);
    int connectionCount() const { return int(m_connections.size()); }
    qint64 rejectedRequests() const { return m_rejected; }
    const Limits &limits() const { return m_limits; }

    // Writes a response and, when `close`, closes the connection once it is sent.
    void write(QTcpSocket *socket, const RestResponse &response, bool close);
    // Writes a 200 head without a length ("Connection: close") and turns the connection into a
    // stream: Qt's parser lets go of it, what the client still sends is discarded, and neither
    // timeout applies. False when the socket is not one of ours or not connected.
    bool beginStream(QTcpSocket *socket, const QList<QPair<QByteArray, QByteArray>> &headers);
    int streamCount() const;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        qint64 pendingBytes = 0; // received since the last request was dispatched
        bool busy = false; // a dispatched request is being answered
        bool draining = false; // refused: reading and discarding until the client closes
        bool streaming = false; // an event stream: the server writes, the client only listens
        QElapsedTimer lastActivity;
    };
    void onReadyRead(QTcpSocket *socket);
    void refuse(Connection &c, int status, const QString &message);
    void drain(QTcpSocket *socket);
    void checkTimeouts();
    static qint64 declaredContentLength(const QByteArray &head);

    Limits m_limits;
    QPointer<QObject> m_parser;
    QHash<QTcpSocket *, Connection> m_connections;
    QTimer m_timer;
    qint64 m_rejected = 0;
};

} // namespace joinery::http
