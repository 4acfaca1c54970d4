#pragma once

#include "execution/executiontypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace joinery::http {

// One answer as Conductor gives it (reference/conductor-js-sdk.md §1): a status, a Content-Type
// or none at all, and a body. The official SDK picks its parser from the Content-Type, so the
// factories fix the pairing: ids are text/plain, documents application/json, "nothing" has no
// Content-Type. Errors carry Conductor's ErrorResponse {status, message, instance, retryable}.
// A plain value: built on any thread, serialised by the server thread.
struct RestResponse
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers

    static RestResponse json(const QJsonObject &document, int status = 200);
    static RestResponse json(const QJsonArray &document, int status = 200);
    // A bare JSON value (a number or a boolean), as Conductor answers queue sizes and repairs.
    static RestResponse jsonValue(const QJsonValue &value, int status = 200);
    static RestResponse text(const QString &text, int status = 200);
    // No body and no Content-Type (Content-Length: 0, or nothing at all for 204).
    static RestResponse empty(int status = 200);
    // `code` fills the "error" field the SDK's token handling reads (EXPIRED_TOKEN, INVALID_TOKEN).
    static RestResponse error(int status, const QString &message, bool retryable = false,
        const QString &code = QString());
    // The error of a failed ActionResult, mapped as Conductor maps its exceptions.
    static RestResponse failure(const ActionResult &result);
    static int statusFor(ErrorKind kind);

    // The whole HTTP/1.1 message. `close` adds "Connection: close"; otherwise a Keep-Alive hint
    // tells clients (undici keeps idle sockets 4 s by default) how long we keep idle sockets.
    QByteArray serialize(bool close, int keepAliveSeconds) const;
};

} // namespace joinery::http
