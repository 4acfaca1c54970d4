#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace joinery {

// What an HTTP task asks for, read from its resolved `inputData.http_request` (Conductor's
// HttpTask.Input, reference/conductor-notes.md §1.4), and how a response becomes the task's
// output. A plain value with no network types, so that the rules are testable without sockets;
// HttpTaskRunner turns it into a QNetworkRequest.
//
// Rules: `uri` must be an absolute http or https URL; `method` defaults to GET; a JSON object or
// array `body` is sent as compact JSON text, a string as is, and `contentType` and `accept`
// default to application/json (as in Conductor); `connectionTimeOut` and `readTimeOut` are
// milliseconds and a missing or non-positive one takes the runner's default.
//
// Thread safety: a value; the static functions are reentrant.
class HttpTaskRequest
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    // False, with a reason fit for reasonForIncompletion, when the request cannot be performed.
    static bool fromInput(const QJsonObject &inputData, HttpTaskRequest *out, QString *error);

    // Conductor's `response` output: {statusCode, reasonPhrase, headers: {name: [values]}, body}.
    // The body is parsed as JSON when `contentType` says JSON (and parses), else kept as text;
    // an empty body is null.
    static QJsonObject responseOutput(int statusCode, const QString &reasonPhrase, const HeaderList &headers,
                                      const QByteArray &body);
    static QJsonValue decodeBody(const QByteArray &contentType, const QByteArray &body);

    QUrl url;
    QByteArray method = QByteArrayLiteral("GET");
    HeaderList headers; // in input order; they override contentType/accept
    bool hasBody = false;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray accept = QByteArrayLiteral("application/json");
    int connectTimeoutMs = 0; // 0: the runner's default
    int readTimeoutMs = 0;    // 0: the runner's default
};

} // namespace joinery
