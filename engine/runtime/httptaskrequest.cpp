#include "runtime/httptaskrequest.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

namespace joinery {
namespace {

// Any JSON value as compact JSON text (QJsonDocument only writes objects and arrays).
QByteArray jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// A header value as Conductor writes it: strings as they are, anything else as JSON text.
QByteArray headerText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isArray()) {
        QList<QByteArray> parts;
        for (const QJsonValue &v : value.toArray())
            parts << headerText(v);
        return parts.join(", ");
    }
    return jsonText(value);
}

// A header name is an RFC 9110 token; a value may not break the request's framing.
bool validHeader(const QByteArray &name, const QByteArray &value)
{
    static const QByteArray specials = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && !specials.contains(c))
            return false;
    }
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

// Milliseconds from a number or a numeric string (expressions resolve to either); 0 if absent.
bool timeoutMs(const QJsonObject &request, QLatin1String key, int *out, QString *error)
{
    const QJsonValue v = request.value(key);
    *out = 0;
    if (v.isUndefined() || v.isNull())
        return true;
    bool ok = v.isDouble();
    double ms = v.toDouble();
    if (v.isString())
        ms = v.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(ms)) {
        *error = QStringLiteral("http_request.%1 must be a number of milliseconds").arg(key);
        return false;
    }
    *out = ms > 0 ? int(std::min(ms, double(24 * 3600 * 1000))) : 0;
    return true;
}

} // namespace

bool HttpTaskRequest::fromInput(const QJsonObject &inputData, HttpTaskRequest *out, QString *error)
{
    *out = HttpTaskRequest();
    const QJsonValue requestValue = inputData.value(QLatin1String("http_request"));
    if (!requestValue.isObject()) {
        *error = QStringLiteral("missing HTTP request: the task input needs an http_request object");
        return false;
    }
    const QJsonObject request = requestValue.toObject();

    const QString uri = request.value(QLatin1String("uri")).toString().trimmed();
    if (uri.isEmpty()) {
        *error = QStringLiteral("missing HTTP uri: http_request.uri must be a non-empty string");
        return false;
    }
    out->url = QUrl(uri); // tolerant, as Conductor encodes a uri it is given (spaces…)
    if (!out->url.isValid() || out->url.isRelative()) {
        *error = QStringLiteral("invalid uri '%1'").arg(uri);
        return false;
    }
    const QString scheme = out->url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        *error = QStringLiteral("unsupported scheme '%1' in uri '%2': only http and https are allowed").arg(scheme, uri);
        return false;
    }
    if (out->url.host().isEmpty()) {
        *error = QStringLiteral("invalid uri '%1': no host").arg(uri);
        return false;
    }

    const QJsonValue method = request.value(QLatin1String("method"));
    if (method.isString() && !method.toString().trimmed().isEmpty()) {
        out->method = method.toString().trimmed().toUpper().toLatin1();
        static const QList<QByteArray> known{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"};
        if (!known.contains(out->method)) {
            *error = QStringLiteral("unsupported HTTP method '%1'").arg(method.toString());
            return false;
        }
    } else if (!method.isUndefined() && !method.isNull() && !method.isString()) {
        *error = QStringLiteral("http_request.method must be a string");
        return false;
    }

    const QJsonValue headers = request.value(QLatin1String("headers"));
    if (headers.isObject()) {
        const QJsonObject h = headers.toObject();
        for (auto it = h.constBegin(); it != h.constEnd(); ++it) {
            const QByteArray name = it.key().toLatin1();
            const QByteArray value = headerText(it.value());
            if (!validHeader(name, value)) {
                *error = QStringLiteral("invalid HTTP header '%1'").arg(it.key());
                return false;
            }
            out->headers.append({name, value});
        }
    } else if (!headers.isUndefined() && !headers.isNull()) {
        *error = QStringLiteral("http_request.headers must be an object");
        return false;
    }

    for (const auto &[key, target] : {std::pair{QLatin1String("contentType"), &out->contentType},
                                      std::pair{QLatin1String("accept"), &out->accept}}) {
        const QString value = request.value(key).toString().trimmed();
        if (value.isEmpty())
            continue;
        *target = value.toLatin1();
        if (!validHeader(QByteArrayLiteral("x"), *target)) {
            *error = QStringLiteral("invalid http_request.%1").arg(key);
            return false;
        }
    }

    const QJsonValue body = request.value(QLatin1String("body"));
    if (!body.isUndefined() && !body.isNull()) {
        out->hasBody = true;
        out->body = body.isString() ? body.toString().toUtf8() : jsonText(body);
    }

    return timeoutMs(request, QLatin1String("connectionTimeOut"), &out->connectTimeoutMs, error)
        && timeoutMs(request, QLatin1String("readTimeOut"), &out->readTimeoutMs, error);
}

QJsonValue HttpTaskRequest::decodeBody(const QByteArray &contentType, const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    const bool json = mime == "application/json" || mime == "text/json" || mime.endsWith("+json");
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            if (doc.isObject())
                return doc.object();
            return doc.array();
        }
        // A JSON scalar ("ok", 42, true): QJsonDocument parses only objects and arrays.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &error);
        if (error.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            return wrapped.array().first();
    }
    return QString::fromUtf8(body);
}

QJsonObject HttpTaskRequest::responseOutput(int statusCode, const QString &reasonPhrase, const HeaderList &headers,
                                            const QByteArray &body)
{
    QJsonObject headerObject;
    QByteArray contentType;
    for (const auto &[name, value] : headers) {
        const QString key = QString::fromLatin1(name);
        QJsonArray values = headerObject.value(key).toArray();
        values.append(QString::fromLatin1(value));
        headerObject.insert(key, values);
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    QJsonObject response;
    response.insert(QLatin1String("statusCode"), statusCode);
    response.insert(QLatin1String("reasonPhrase"), reasonPhrase);
    response.insert(QLatin1String("headers"), headerObject);
    response.insert(QLatin1String("body"), decodeBody(contentType, body));
    return QJsonObject{{QLatin1String("response"), response}};
}

} // namespace joinery
