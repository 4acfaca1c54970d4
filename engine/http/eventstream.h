#pragma once

#include <QByteArray>
#include <QPointer>

#include <atomic>
#include <memory>

class QTcpSocket;

namespace joinery::http {

class ReplyGate;

// One open Server-Sent Events response (GET /api/joinery/events). The HTTP head has been written
// with "Connection: close" and no length, so the body is everything until the connection ends;
// from then on the connection carries only events. Producers on any thread call send(); the bytes
// are written on the server thread. A client that stops reading is cut off once more than
// `maxBacklog` bytes wait for it, rather than letting the server's memory grow: it reconnects and
// re-reads the state (docs/joinery-api.md).
//
// Thread safety: send(), close() and isOpen() may be called from any thread.
class EventStream
{
public:
    EventStream(std::shared_ptr<ReplyGate> gate, QTcpSocket *socket, qint64 maxBacklog);

    // Queues one event ("event: name\ndata: json\n\n"). False once the stream is closed.
    bool send(const QByteArray &event, const QByteArray &data);
    bool sendComment(const QByteArray &text);
    // Ends the response: the connection is closed after what was queued is written.
    void close();
    bool isOpen() const { return m_open->load(); }

    // The wire form of one event; `data` must be a single line (compact JSON is).
    static QByteArray format(const QByteArray &event, const QByteArray &data);

private:
    bool queue(QByteArray bytes);

    std::shared_ptr<ReplyGate> m_gate;
    QPointer<QTcpSocket> m_socket; // touched on the server thread only
    const qint64 m_maxBacklog;
    std::shared_ptr<std::atomic<bool>> m_open;
    std::shared_ptr<std::atomic<qint64>> m_queued; // posted but not yet handed to the socket
};

} // namespace joinery::http
