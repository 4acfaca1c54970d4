#pragma once

// A canned HTTP/1.1 responder on 127.0.0.1 for the HTTP task tests, on its own thread so that a
// test may block (CompletionWaiter) while it answers.

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace joinery::testing {

// Answers by path: /ok (200 JSON), /text (200 text), /echo (200 JSON describing the request),
// /missing (404), /big (64 KiB), /garbage (not HTTP), /slow (never), /slow-once (never the
// first time, 200 after). Thread safety: hits() and waitForHits() from any thread.
class CannedHttpServer
{
public:
    CannedHttpServer()
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(&m_context, [this] {
            auto *server = new QTcpServer(&m_context);
            QObject::connect(server, &QTcpServer::newConnection, &m_context, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    serve(socket);
            });
            if (server->listen(QHostAddress::LocalHost))
                m_port = server->serverPort();
        }, Qt::BlockingQueuedConnection);
    }
    ~CannedHttpServer()
    {
        QMetaObject::invokeMethod(&m_context, [this] {
            const QObjectList children = m_context.children();
            qDeleteAll(children);
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool isListening() const { return m_port != 0; }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    int hits(const QString &path) const
    {
        std::lock_guard lock(m_mutex);
        return m_hits.value(path);
    }
    bool waitForHits(const QString &path, int count, int timeoutMs = 10000)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_hits.value(path) >= count; });
    }

private:
    struct Request
    {
        QByteArray method, path, body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.constFirst().trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1).split('?').constFirst();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qint64 length = r.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            respond(socket, r);
        });
    }

    void respond(QTcpSocket *socket, const Request &r)
    {
        const QString path = QString::fromLatin1(r.path);
        int hit = 0;
        {
            std::lock_guard lock(m_mutex);
            hit = ++m_hits[path];
        }
        m_changed.notify_all();
        if (path == QLatin1String("/slow") || (path == QLatin1String("/slow-once") && hit == 1))
            return;
        if (path == QLatin1String("/garbage")) {
            socket->write("this is not http at all\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        QByteArray status = "200 OK", type = "application/json; charset=utf-8", body;
        if (path == QLatin1String("/ok") || path == QLatin1String("/slow-once")) {
            body = R"({"greeting":"hello","n":7,"list":[1,2]})";
        } else if (path == QLatin1String("/text")) {
            type = "text/plain";
            body = "plain words";
        } else if (path == QLatin1String("/big")) {
            type = "text/plain";
            body.fill('x', 64 * 1024);
        } else if (path == QLatin1String("/echo")) {
            const QJsonObject echo{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                                   {QStringLiteral("contentType"), QString::fromLatin1(r.headers.value("content-type"))},
                                   {QStringLiteral("accept"), QString::fromLatin1(r.headers.value("accept"))},
                                   {QStringLiteral("custom"), QString::fromLatin1(r.headers.value("x-joinery-test"))},
                                   {QStringLiteral("body"), QString::fromUtf8(r.body)}};
            body = QJsonDocument(echo).toJson(QJsonDocument::Compact);
        } else {
            status = "404 Not Found";
            type = "text/plain";
            body = "no such thing";
        }
        const QByteArray head = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head + body);
        socket->disconnectFromHost();
    }

    QThread m_thread;
    QObject m_context; // lives on m_thread; parents the server and its sockets
    quint16 m_port = 0;
    mutable std::mutex m_mutex; // guards m_hits
    std::condition_variable m_changed;
    QHash<QString, int> m_hits;
};

} // namespace joinery::testing
