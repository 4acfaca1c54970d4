#include "http/restresponse.h"

#include <QJsonDocument>
#include <QSysInfo>

namespace joinery::http {
namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

RestResponse RestResponse::json(const QJsonObject &document, int status)
{
    return {status, kJson, QJsonDocument(document).toJson(QJsonDocument::Compact), {}};
}

RestResponse RestResponse::json(const QJsonArray &document, int status)
{
    return {status, kJson, QJsonDocument(document).toJson(QJsonDocument::Compact), {}};
}

RestResponse RestResponse::jsonValue(const QJsonValue &value, int status)
{
    // QJsonDocument only holds objects and arrays: write the scalar through a one-element array.
    QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return {status, kJson, text.mid(1, text.size() - 2), {}};
}

RestResponse RestResponse::text(const QString &text, int status)
{
    return {status, QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8(), {}};
}

RestResponse RestResponse::empty(int status)
{
    return {status, QByteArray(), QByteArray(), {}};
}

RestResponse RestResponse::error(
    int status, const QString &message, bool retryable, const QString &code)
{
    QJsonObject body {
        {QStringLiteral("status"), status},
        {QStringLiteral("message"), message},
        {QStringLiteral("instance"), QSysInfo::machineHostName()},
        {QStringLiteral("retryable"), retryable},
    };
    if (!code.isEmpty())
        body.insert(QStringLiteral("error"), code);
    return json(body, status);
}

int RestResponse::statusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return 200;
    case ErrorKind::BadRequest:
        return 400;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Unavailable:
        return 503;
    case ErrorKind::Internal:
        return 500;
    }
    return 500;
}

RestResponse RestResponse::failure(const ActionResult &result)
{
    return error(statusFor(result.error), result.message, result.error == ErrorKind::Unavailable);
}

QByteArray RestResponse::serialize(bool close, int keepAliveSeconds) const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else
        out += "Keep-Alive: timeout=" + QByteArray::number(keepAliveSeconds) + "\r\n";
    out += "\r\n";
    if (status != 204)
        out += body;
    return out;
}

} // namespace joinery::http
