#include "http/httpfrontend.h"

#include "http/eventstream.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QUrl>

namespace joinery::http {
namespace {

// How far an event-stream reader may fall behind before it is cut off (docs/joinery-api.md).
constexpr qint64 kMaxStreamBacklog = 8 * 1024 * 1024;

RestRequest::Method methodOf(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return RestRequest::Method::Get;
    case QHttpServerRequest::Method::Head:
        return RestRequest::Method::Head;
    case QHttpServerRequest::Method::Post:
        return RestRequest::Method::Post;
    case QHttpServerRequest::Method::Put:
        return RestRequest::Method::Put;
    case QHttpServerRequest::Method::Delete:
        return RestRequest::Method::Delete;
    case QHttpServerRequest::Method::Patch:
        return RestRequest::Method::Patch;
    case QHttpServerRequest::Method::Options:
        return RestRequest::Method::Options;
    default:
        return RestRequest::Method::Other;
    }
}

} // namespace

HttpFrontEnd::HttpFrontEnd(
    const GuardedTcpServer::Limits &limits, Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_limits(limits)
    , m_dispatch(std::move(dispatch))
    , m_gate(std::make_shared<ReplyGate>(this))
{ }

HttpFrontEnd::~HttpFrontEnd()
{
    m_gate->close();
}

bool HttpFrontEnd::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new GuardedTcpServer(m_limits, this);
    if (!tcp->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    tcp->setParser(this); // Qt connects each socket's readyRead to this object
    bind(tcp);
    m_tcp = tcp;
    return true;
}

quint16 HttpFrontEnd::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void HttpFrontEnd::shutdown()
{
    m_gate->close();
    if (m_tcp)
        m_tcp->close();
}

bool HttpFrontEnd::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RestRequest r;
    r.method = methodOf(request.method());
    const QUrl url = request.url();
    r.path = url.path();
    const QStringList encoded
        = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : encoded)
        r.segments << QUrl::fromPercentEncoding(segment.toUtf8());
    r.query = RestRequest::parseQuery(url.query(QUrl::FullyEncoded).toUtf8());
    r.body = request.body();
    r.contentType = request.value(QByteArrayLiteral("content-type"));
    r.authorization = request.value(QByteArrayLiteral("x-authorization"));
    r.closeConnection = request.value(QByteArrayLiteral("connection")).toLower().contains("close");

    if (m_tcp)
        m_tcp->requestDispatched(socket);
    const bool close = r.closeConnection;
    QPointer<QTcpSocket> guarded(socket);
    RestReply reply(
        m_gate,
        [this, socket = guarded, close](RestResponse &&response) {
            if (socket && m_tcp)
                m_tcp->write(socket, response, close);
        },
        [this, socket = guarded](const RestReply::Headers &headers) -> std::shared_ptr<EventStream> {
            if (!socket || !m_tcp || !m_tcp->beginStream(socket, headers))
                return nullptr;
            return std::make_shared<EventStream>(m_gate, socket, kMaxStreamBacklog);
        });
    m_dispatch(std::move(r), reply);
    return true;
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request. Kept correct for completeness.
    if (m_tcp)
        m_tcp->write(socket,
            RestResponse::error(
                404, QStringLiteral("no endpoint for %1").arg(request.url().path())),
            false);
}

} // namespace joinery::http
