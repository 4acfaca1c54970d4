#include "http/guardedtcpserver.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace joinery::http {
namespace {

constexpr qint64 kHeaderAllowance = 16 * 1024;

} // namespace

GuardedTcpServer::GuardedTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_timer.setInterval(std::clamp(m_limits.requestTimeoutMs / 4, 50, 1000));
    connect(&m_timer, &QTimer::timeout, this, &GuardedTcpServer::checkTimeouts);
    m_timer.start();
}

GuardedTcpServer::~GuardedTcpServer()
{
    // The sockets are our children and die after this body; make sure none of them calls back.
    for (const Connection &c : std::as_const(m_connections)) {
        if (c.socket)
            disconnect(c.socket, nullptr, this, nullptr);
    }
    m_connections.clear();
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    while (QTcpSocket *socket = QTcpServer::nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            ++m_rejected;
            socket->write(RestResponse::error(503, QStringLiteral("too many connections"), true)
                              .serialize(true, 0));
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
            continue;
        }
        Connection c;
        c.socket = socket;
        c.lastActivity.start();
        m_connections.insert(socket, c);
        // Connected before Qt's parser connects its own slot, so this runs first on every read.
        connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QIODevice::bytesWritten, this, [this, socket] {
            auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            it->lastActivity.restart();
            if (it->draining && socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0) {
                // The refusal is on the wire: half-close, keep reading until the client closes.
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
            }
        });
        connect(
            socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
        return socket;
    }
    return nullptr;
}

void GuardedTcpServer::requestDispatched(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->pendingBytes = 0;
    it->busy = true;
    it->lastActivity.restart();
}

void GuardedTcpServer::responseWritten(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->busy = false;
    it->lastActivity.restart();
}

void GuardedTcpServer::write(QTcpSocket *socket, const RestResponse &response, bool close)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(response.serialize(close, m_limits.idleTimeoutMs / 1000));
    responseWritten(socket);
    if (close) {
        if (m_parser)
            disconnect(socket, &QIODevice::readyRead, m_parser, nullptr);
        socket->disconnectFromHost();
    }
}

bool GuardedTcpServer::beginStream(
    QTcpSocket *socket, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (m_parser)
        disconnect(socket, &QIODevice::readyRead, m_parser, nullptr);
    it->streaming = true;
    it->busy = true;
    QByteArray head = "HTTP/1.1 200 OK\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    return true;
}

int GuardedTcpServer::streamCount() const
{
    int n = 0;
    for (const Connection &c : m_connections)
        n += c.streaming ? 1 : 0;
    return n;
}

qint64 GuardedTcpServer::declaredContentLength(const QByteArray &head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    const QByteArray headers = (end < 0 ? head : head.left(end)).toLower();
    const qsizetype at = headers.indexOf("\r\ncontent-length:");
    if (at < 0)
        return -1;
    qsizetype i = at + 17;
    while (i < headers.size() && (headers.at(i) == ' ' || headers.at(i) == '\t'))
        ++i;
    qsizetype j = i;
    while (j < headers.size() && j - i < 19 && headers.at(j) >= '0' && headers.at(j) <= '9')
        ++j;
    bool ok = false;
    const qint64 n = headers.mid(i, j - i).toLongLong(&ok);
    return ok ? n : -1;
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it;
    c.lastActivity.restart();
    if (c.streaming) {
        socket->readAll(); // an event-stream client has nothing more to say
        return;
    }
    if (c.draining) {
        drain(socket);
        return;
    }
    const qint64 available = socket->bytesAvailable();
    if (c.pendingBytes == 0 && available > 0) {
        const qint64 declared
            = declaredContentLength(socket->peek(std::min<qint64>(available, 16 * 1024)));
        if (declared > m_limits.maxRequestBytes) {
            refuse(c, 413,
                QStringLiteral("the request body of %1 bytes is larger than the limit of %2 bytes")
                    .arg(declared)
                    .arg(m_limits.maxRequestBytes));
            return;
        }
    }
    c.pendingBytes += available;
    // The limit is on the body; a request line and ordinary headers come on top (Qt's parser
    // refuses headers beyond 80 KiB itself, but a request that large with a full body is refused).
    if (c.pendingBytes > m_limits.maxRequestBytes + kHeaderAllowance) {
        refuse(c, 413,
            QStringLiteral("the request is larger than the limit of %1 bytes")
                .arg(m_limits.maxRequestBytes));
        return;
    }
}

void GuardedTcpServer::refuse(Connection &c, int status, const QString &message)
{
    ++m_rejected;
    QTcpSocket *socket = c.socket;
    if (m_parser)
        disconnect(socket, &QIODevice::readyRead, m_parser, nullptr);
    c.draining = true;
    c.busy = false;
    socket->write(RestResponse::error(status, message).serialize(true, 0));
    drain(socket);
}

void GuardedTcpServer::drain(QTcpSocket *socket)
{
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll(); // discarded: the request was refused
}

void GuardedTcpServer::checkTimeouts()
{
    QList<QPointer<QTcpSocket>> stalled, idle, finished;
    for (const Connection &c : std::as_const(m_connections)) {
        if (!c.socket)
            continue;
        const qint64 quiet = c.lastActivity.elapsed();
        if (c.draining) {
            if (quiet > m_limits.requestTimeoutMs)
                finished << c.socket;
        } else if (c.busy || c.streaming) {
            continue; // being answered (a long poll, a store query)
        } else if (c.pendingBytes > 0 && quiet > m_limits.requestTimeoutMs) {
            stalled << c.socket;
        } else if (c.pendingBytes == 0 && quiet > m_limits.idleTimeoutMs) {
            idle << c.socket;
        }
    }
    for (const QPointer<QTcpSocket> &s : std::as_const(finished)) {
        if (s)
            s->abort();
    }
    for (const QPointer<QTcpSocket> &s : std::as_const(stalled)) {
        if (!s)
            continue;
        ++m_rejected;
        write(s,
            RestResponse::error(408,
                QStringLiteral("the request was not completed within %1 ms")
                    .arg(m_limits.requestTimeoutMs)),
            true);
    }
    for (const QPointer<QTcpSocket> &s : std::as_const(idle)) {
        if (s)
            s->disconnectFromHost();
    }
}

} // namespace joinery::http
