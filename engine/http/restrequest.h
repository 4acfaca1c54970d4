#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace joinery::http {

// One complete HTTP request, copied out of Qt HttpServer's request object before the handler
// runs, so that a handler answering later (after an executor reply or a long poll) never refers
// to the server's per-connection request object. A plain value.
//
// Query values are decoded the way Spring decodes them for Conductor ('+' and %20 are spaces);
// an empty value ("sort=") counts as absent, as the official SDK sends undefined options so.
// The typed readers return false with a message naming the parameter when a value is malformed.
struct RestRequest
{
    enum class Method { Get, Head, Post, Put, Delete, Patch, Options, Other };

    Method method = Method::Get;
    QString path; // decoded, without the query
    QStringList segments; // path segments, each percent-decoded
    QList<QPair<QString, QString>> query;
    QHash<QString, QString> params; // path parameters, filled by the router
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization; // X-Authorization
    bool closeConnection = false; // the client sent "Connection: close"

    static Method methodFromName(const QByteArray &name);
    static QString methodName(Method method);
    // Splits "a=1&b=x%20y" into decoded pairs.
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &encodedQuery);

    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name, const QString &fallback = QString()) const;
    QStringList queryValues(const QString &name) const; // repeated and comma-separated values
    bool queryBool(const QString &name, bool fallback, bool *out, QString *error) const;
    bool queryInt(const QString &name, qint64 fallback, qint64 min, qint64 max, qint64 *out,
        QString *error) const;

    // The body as a JSON object / array / any value. An empty body is an error unless
    // `emptyAllowed`, in which case it reads as {} (or null for jsonValue).
    bool jsonObject(QJsonObject *out, QString *error, bool emptyAllowed = false) const;
    bool jsonArray(QJsonArray *out, QString *error) const;
    bool jsonValue(QJsonValue *out, QString *error) const;
};

} // namespace joinery::http
