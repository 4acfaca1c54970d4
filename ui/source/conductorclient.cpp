#include "source/conductorclient.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace joinery::ui {

namespace {
constexpr int kRequestTimeoutMs = 30'000;

ErrorKind kindOfStatus(int status)
{
    switch (status) {
    case 400:
    case 401:
    case 403:
    case 405:
    case 422:
        return ErrorKind::BadRequest;
    case 404:
        return ErrorKind::NotFound;
    case 409:
        return ErrorKind::Conflict;
    case 0:
    case 502:
    case 503:
    case 504:
        return ErrorKind::Unavailable;
    default:
        return ErrorKind::Internal;
    }
}
} // namespace

ActionResult ConductorClient::Response::toResult() const
{
    if (!ok())
        return ActionResult::failure(kindOfStatus(status), error);
    // Conductor answers ids (start, rerun) as text/plain; everything else has no id to report.
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.isEmpty() && !trimmed.startsWith('{') && !trimmed.startsWith('['))
        return ActionResult::success(QString::fromUtf8(trimmed));
    return ActionResult::success();
}

ConductorClient::ConductorClient(const QUrl &baseUrl, const QString &token, QObject *parent)
    : QObject(parent)
    , m_base(baseUrl)
{
    // A base URL without a trailing path gets "/" so that paths append cleanly.
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_base.setPath(path);
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        m_keyId = token.left(colon);
        m_keySecret = token.mid(colon + 1);
    } else if (!token.isEmpty()) {
        m_header = token.toUtf8();
    }
}

ConductorClient::~ConductorClient()
{
    shutDown();
}

QUrl ConductorClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    u.setPath(m_base.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    // Values arrive decoded; each is encoded in full here, since QUrlQuery would leave "+" and
    // "&" inside a value alone and servers read those as a space and a separator.
    QStringList pairs;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    if (!pairs.isEmpty())
        u.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return u;
}

QByteArray ConductorClient::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QNetworkRequest ConductorClient::makeRequest(const QUrl &url, bool hasBody) const
{
    QNetworkRequest request(url);
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, text/plain, */*"));
    if (!m_header.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Authorization"), m_header);
    return request;
}

void ConductorClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    send(QByteArrayLiteral("GET"), path, query, QByteArray(), std::move(done));
}

void ConductorClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
    const QByteArray &body, Callback done)
{
    if (m_shutDown)
        return;
    Pending request {method, path, query, body, std::move(done)};
    whenAuthorised([this, request = std::move(request)]() mutable { dispatch(std::move(request)); });
}

void ConductorClient::whenAuthorised(std::function<void()> then)
{
    if (m_keyId.isEmpty() || m_exchanged) {
        then();
        return;
    }
    m_waitingForToken << std::move(then);
    exchangeToken();
}

void ConductorClient::exchangeToken()
{
    if (m_exchanging)
        return;
    m_exchanging = true;
    m_exchanged = false;
    const QByteArray body = json(QJsonObject {
        {QStringLiteral("keyId"), m_keyId}, {QStringLiteral("keySecret"), m_keySecret}});
    QNetworkRequest request = makeRequest(url(QStringLiteral("/api/token")), true);
    request.setRawHeader(QByteArrayLiteral("X-Authorization"), QByteArray());
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = m_manager.post(request, body);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_inFlight.remove(reply);
        reply->deleteLater();
        const Response r = responseOf(reply);
        m_exchanging = false;
        const QString token = r.json().object().value(QLatin1String("token")).toString();
        if (r.ok() && !token.isEmpty())
            m_header = token.toUtf8();
        // Either way the waiting requests go now: without a token they fail with the server's
        // own 401 message, which says more than anything made up here.
        m_exchanged = true;
        const QList<std::function<void()>> waiting = std::exchange(m_waitingForToken, {});
        for (const auto &then : waiting)
            then();
    });
}

void ConductorClient::dispatch(Pending request)
{
    if (m_shutDown)
        return;
    const bool hasBody = !request.body.isEmpty() || request.method == "POST" || request.method == "PUT";
    QNetworkRequest r = makeRequest(url(request.path, request.query), hasBody);
    r.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = hasBody ? m_manager.sendCustomRequest(r, request.method, request.body)
                                   : m_manager.sendCustomRequest(r, request.method);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request = std::move(request)]() mutable {
        m_inFlight.remove(reply);
        reply->deleteLater();
        const Response response = responseOf(reply);
        if (response.status == 401 && !m_keyId.isEmpty() && !request.retried) {
            request.retried = true;
            m_exchanged = false;
            whenAuthorised([this, request = std::move(request)]() mutable { dispatch(std::move(request)); });
            return;
        }
        if (request.done)
            request.done(response);
    });
}

void ConductorClient::openStream(
    const QString &path, const QUrlQuery &query, std::function<void(QNetworkReply *)> ready)
{
    if (m_shutDown)
        return;
    whenAuthorised([this, path, query, ready = std::move(ready)] {
        if (m_shutDown)
            return;
        QNetworkRequest request = makeRequest(url(path, query), false);
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
        // Never cached. A Joinery server sends a keep-alive after 15 s of silence, so three
        // missed ones mean the connection is gone even if no error reached this side.
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setTransferTimeout(45'000);
        ready(m_manager.get(request));
    });
}

void ConductorClient::shutDown()
{
    m_shutDown = true;
    m_waitingForToken.clear();
    const QSet<QNetworkReply *> replies = std::exchange(m_inFlight, {});
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

ConductorClient::Response ConductorClient::responseOf(QNetworkReply *reply)
{
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (r.status >= 200 && r.status < 300)
        return r;
    if (r.status == 0) {
        r.error = reply->errorString();
        return r;
    }
    // Conductor's ErrorResponse {status, message, ...}; anything else is quoted as it came.
    const QString message = r.json().object().value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        r.error = message;
    else if (!r.body.trimmed().isEmpty())
        r.error = tr("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.trimmed().left(300)));
    else
        r.error = tr("HTTP %1").arg(r.status);
    return r;
}

} // namespace joinery::ui
