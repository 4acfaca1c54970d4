#pragma once

// A tiny HTTP server for the remote-client tests: answers canned bodies from
// tests/ui/source/conductor-recorded (shapes from reference/conductor-notes.md §5–6) for
// "METHOD /path" keys, records every request it got, and can hold an event stream open. One
// request per connection (it answers "Connection: close"), which is all QNetworkAccessManager
// needs. Runs on the test's event loop; not shipped.

#include <QFile>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace joinery::ui::test {

class FakeConductorServer : public QObject
{
public:
    struct Canned
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    struct Request
    {
        QByteArray method;
        QString path;  // without the query
        QString query; // decoded
        QByteArray body;
        QByteArray authorization;
    };

    FakeConductorServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QIODevice::readyRead, this, [this, socket] { read(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    static QByteArray recorded(const QString &name)
    {
        QFile file(QStringLiteral(JOINERY_SOURCE_DIR "/tests/ui/source/conductor-recorded/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing recorded file %s", qPrintable(name));
        return file.readAll();
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void answer(const QByteArray &methodAndPath, Canned canned) { m_routes.insert(methodAndPath, canned); }
    void answerFile(const QByteArray &methodAndPath, const QString &file, int status = 200)
    {
        m_routes.insert(methodAndPath, Canned {status, recorded(file)});
    }
    // GET `path` answers text/event-stream with `events` and keeps the connection open.
    void streamAt(const QString &path, const QByteArray &events)
    {
        m_streamPath = path;
        m_streamEvents = events;
    }
    // Sends more bytes on every open event stream.
    void pushEvents(const QByteArray &bytes)
    {
        for (const QPointer<QTcpSocket> &s : std::as_const(m_streams)) {
            if (s)
                s->write(bytes);
        }
    }
    void closeStreams()
    {
        for (const QPointer<QTcpSocket> &s : std::as_const(m_streams)) {
            if (s)
                s->disconnectFromHost();
        }
        m_streams.clear();
    }

    QList<Request> requests;
    // "METHOD path" of every request, in order.
    QStringList calls() const
    {
        QStringList out;
        for (const Request &r : requests)
            out << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
        return out;
    }
    int streamsOpened = 0;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            else if (name == "x-authorization")
                authorization = line.mid(colon + 1).trimmed();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        Request request;
        request.method = first.value(0);
        const QUrl target(QString::fromLatin1(first.value(1)));
        request.path = target.path();
        request.query = target.query(QUrl::FullyDecoded);
        request.body = buffer.mid(headerEnd + 4, length);
        request.authorization = authorization;
        m_buffers.remove(socket);
        requests << request;

        if (request.method == "GET" && request.path == m_streamPath) {
            ++streamsOpened;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                          "Connection: close\r\n\r\n");
            socket->write(m_streamEvents);
            m_streams << socket;
            return;
        }
        const Canned canned = m_routes.value(request.method + ' ' + request.path.toUtf8(),
            Canned {404, QByteArrayLiteral("{\"status\":404,\"message\":\"no such route in the fake\"}")});
        socket->write("HTTP/1.1 " + QByteArray::number(canned.status) + " X\r\nContent-Type: " + canned.contentType
            + "\r\nContent-Length: " + QByteArray::number(canned.body.size()) + "\r\nConnection: close\r\n\r\n"
            + canned.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Canned> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_streamPath;
    QByteArray m_streamEvents;
    QList<QPointer<QTcpSocket>> m_streams;
};

} // namespace joinery::ui::test
