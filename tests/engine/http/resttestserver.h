#pragma once

// Test support shared by the REST tests: an engine on a temporary database with a RestServer on
// a free loopback port, and a small synchronous client over QNetworkAccessManager and raw
// sockets. Waiting is done with QSignalSpy::wait, which runs the event loop the server lives on.

#include "restclient.h"

#include "http/restserver.h"
#include "runtime/engine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace joinery::http::test {

class RestTestServer
{
public:
    explicit RestTestServer(RestServerOptions options = {}, const QString &databasePath = QString())
    {
        EngineOptions engineOptions;
        engineOptions.databasePath
            = databasePath.isEmpty() ? m_dir.filePath(QStringLiteral("rest.sqlite")) : databasePath;
        engineOptions.sweeper.intervalMs = 50;
        QString error;
        m_engine = Engine::open(engineOptions, &error);
        if (!m_engine)
            qFatal("engine did not open: %s", qPrintable(error));
        options.port = 0;
        m_server = std::make_unique<RestServer>(*m_engine, options);
        if (!m_server->start(&error))
            qFatal("server did not start: %s", qPrintable(error));
    }
    ~RestTestServer()
    {
        m_server.reset();
        m_engine.reset();
    }

    Engine &engine() { return *m_engine; }
    RestServer &server() { return *m_server; }
    QString databasePath() const { return m_engine->databasePath(); }
    QUrl url(const QString &pathAndQuery) const { return m_client.url(pathAndQuery); }

    HttpResult call(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = QByteArray(),
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return m_client.call(method, pathAndQuery, body, headers);
    }
    HttpResult get(const QString &path) { return call("GET", path); }
    HttpResult post(const QString &path, const QByteArray &body = QByteArray())
    {
        return call("POST", path, body);
    }
    HttpResult put(const QString &path, const QByteArray &body = QByteArray())
    {
        return call("PUT", path, body);
    }
    HttpResult del(const QString &path) { return call("DELETE", path); }
    static QByteArray json(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    static QByteArray json(const QJsonArray &a)
    {
        return QJsonDocument(a).toJson(QJsonDocument::Compact);
    }

    // Writes raw bytes on a fresh connection and collects what comes back until the server
    // closes it or `waitMs` pass without more data.
    QByteArray raw(const QByteArray &bytes, int waitMs = 2'000, bool *closedByServer = nullptr)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5'000))
            return QByteArrayLiteral("<no connection>");
        socket.write(bytes);
        QByteArray out;
        // Wait for data or for the server to close, whichever comes first; give up after a
        // quiet `waitMs`.
        while (socket.state() == QAbstractSocket::ConnectedState) {
            QEventLoop loop;
            QObject::connect(&socket, &QIODevice::readyRead, &loop, &QEventLoop::quit);
            QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
            QTimer quiet;
            quiet.setSingleShot(true);
            QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
            quiet.start(waitMs);
            loop.exec();
            const QByteArray more = socket.readAll();
            out += more;
            if (!quiet.isActive() && more.isEmpty())
                break; // quiet for waitMs
        }
        out += socket.readAll();
        if (closedByServer)
            *closedByServer = socket.state() != QAbstractSocket::ConnectedState;
        return out;
    }

    // A request with a chunked body and no Content-Length, as the official SDK sends every body.
    static QByteArray chunked(
        const QByteArray &method, const QString &path, const QByteArray &body, int chunkSize = 7)
    {
        QByteArray out = method + ' ' + path.toUtf8()
            + " HTTP/1.1\r\nHost: localhost\r\n"
              "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: "
              "close\r\n\r\n";
        for (qsizetype i = 0; i < body.size(); i += chunkSize) {
            const QByteArray part = body.mid(i, chunkSize);
            out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
        }
        return out + "0\r\n\r\n";
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<RestServer> m_server;
    RestClient m_client {[this] { return m_server->url(); }};
};

// The body of a raw HTTP response (after the blank line), and its status code.
inline int rawStatus(const QByteArray &response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}
inline QByteArray rawBody(const QByteArray &response)
{
    const qsizetype at = response.indexOf("\r\n\r\n");
    return at < 0 ? QByteArray() : response.mid(at + 4);
}

} // namespace joinery::http::test
