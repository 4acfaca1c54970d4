#pragma once

// A synchronous HTTP client for tests of the REST server (in-process or not). Waiting is done
// with QSignalSpy::wait, which runs the event loop an in-process server answers on.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include <functional>

namespace joinery::http::test {

struct HttpResult
{
    int status = 0;
    QByteArray contentType; // empty when the response had none
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString text() const { return QString::fromUtf8(body); }
    bool isJson() const { return contentType.startsWith("application/json"); }
    bool isText() const { return contentType.startsWith("text/plain"); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// A small synchronous client over QNetworkAccessManager; waiting runs the event loop, which is
// also where an in-process server answers.
class RestClient
{
public:
    explicit RestClient(std::function<QString()> baseUrl)
        : m_baseUrl(std::move(baseUrl))
    { }

    QUrl url(const QString &pathAndQuery) const { return QUrl(m_baseUrl() + pathAndQuery); }

    HttpResult call(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = QByteArray(),
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url(pathAndQuery));
        if (!body.isEmpty())
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = body.isEmpty() && method != "POST" && method != "PUT"
            ? m_manager.sendCustomRequest(request, method)
            : m_manager.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20'000))
            qWarning("no answer to %s %s", method.constData(), qPrintable(pathAndQuery));
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        r.error = reply->error();
        reply->deleteLater();
        return r;
    }
private:
    std::function<QString()> m_baseUrl;
    QNetworkAccessManager m_manager;
};

} // namespace joinery::http::test
