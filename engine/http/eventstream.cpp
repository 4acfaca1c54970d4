#include "http/eventstream.h"

#include "http/replygate.h"

#include <QTcpSocket>

namespace joinery::http {

EventStream::EventStream(std::shared_ptr<ReplyGate> gate, QTcpSocket *socket, qint64 maxBacklog)
    : m_gate(std::move(gate))
    , m_socket(socket)
    , m_maxBacklog(maxBacklog)
    , m_open(std::make_shared<std::atomic<bool>>(true))
    , m_queued(std::make_shared<std::atomic<qint64>>(0))
{
    // The socket outlives neither the client nor the server; either way the stream is over.
    std::shared_ptr<std::atomic<bool>> open = m_open;
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, [open] { open->store(false); });
    QObject::connect(socket, &QObject::destroyed, [open] { open->store(false); });
}

QByteArray EventStream::format(const QByteArray &event, const QByteArray &data)
{
    return "event: " + event + "\ndata: " + data + "\n\n";
}

bool EventStream::send(const QByteArray &event, const QByteArray &data)
{
    return queue(format(event, data));
}

bool EventStream::sendComment(const QByteArray &text)
{
    return queue(": " + text + "\n\n");
}

bool EventStream::queue(QByteArray bytes)
{
    if (!m_open->load())
        return false;
    const qint64 size = bytes.size();
    m_queued->fetch_add(size);
    QPointer<QTcpSocket> socket = m_socket;
    m_gate->post([socket, open = m_open, queued = m_queued, max = m_maxBacklog, size,
                     bytes = std::move(bytes)] {
        queued->fetch_sub(size);
        if (!socket || !open->load() || socket->state() != QAbstractSocket::ConnectedState) {
            open->store(false);
            return;
        }
        if (socket->bytesToWrite() + queued->load() > max) {
            open->store(false);
            socket->abort(); // a reader this far behind would only see stale state
            return;
        }
        socket->write(bytes);
    });
    return true;
}

void EventStream::close()
{
    if (!m_open->exchange(false))
        return;
    QPointer<QTcpSocket> socket = m_socket;
    m_gate->post([socket] {
        if (socket)
            socket->disconnectFromHost();
    });
}

} // namespace joinery::http
