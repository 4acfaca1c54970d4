#include "http/restrequest.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace joinery::http {

RestRequest::Method RestRequest::methodFromName(const QByteArray &name)
{
    static const QHash<QByteArray, Method> methods {
        {"GET", Method::Get},
        {"HEAD", Method::Head},
        {"POST", Method::Post},
        {"PUT", Method::Put},
        {"DELETE", Method::Delete},
        {"PATCH", Method::Patch},
        {"OPTIONS", Method::Options},
    };
    return methods.value(name.toUpper(), Method::Other);
}

QString RestRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

QList<QPair<QString, QString>> RestRequest::parseQuery(const QByteArray &encodedQuery)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = encodedQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return items;
}

QString RestRequest::queryValue(const QString &name, const QString &fallback) const
{
    for (const auto &[key, value] : query) {
        if (key == name && !value.isEmpty())
            return value;
    }
    return fallback;
}

QStringList RestRequest::queryValues(const QString &name) const
{
    QStringList values;
    for (const auto &[key, value] : query) {
        if (key != name)
            continue;
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &p : parts)
            values << p.trimmed();
    }
    return values;
}

bool RestRequest::queryBool(const QString &name, bool fallback, bool *out, QString *error) const
{
    const QString value = queryValue(name);
    if (value.isEmpty()) {
        *out = fallback;
        return true;
    }
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        *out = true;
        return true;
    }
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        *out = false;
        return true;
    }
    *error
        = QStringLiteral("query parameter %1 must be true or false, not \"%2\"").arg(name, value);
    return false;
}

bool RestRequest::queryInt(
    const QString &name, qint64 fallback, qint64 min, qint64 max, qint64 *out, QString *error) const
{
    const QString value = queryValue(name);
    if (value.isEmpty()) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < min || n > max) {
        *error = QStringLiteral("query parameter %1 must be an integer from %2 to %3, not \"%4\"")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(value);
        return false;
    }
    *out = n;
    return true;
}

bool RestRequest::jsonValue(QJsonValue *out, QString *error) const
{
    if (body.trimmed().isEmpty()) {
        *out = QJsonValue(QJsonValue::Null);
        return true;
    }
    // QJsonDocument parses objects and arrays only; wrap the body so that scalars parse too.
    QJsonParseError parseError;
    const QByteArray wrapped = '[' + body + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("malformed JSON body at offset %1: %2")
                  .arg(std::max<qsizetype>(0, parseError.offset - 1))
                  .arg(parseError.errorString())
            : QStringLiteral("the body must hold one JSON value");
        return false;
    }
    *out = doc.array().first();
    return true;
}

bool RestRequest::jsonObject(QJsonObject *out, QString *error, bool emptyAllowed) const
{
    if (body.trimmed().isEmpty()) {
        if (!emptyAllowed) {
            *error = QStringLiteral("a JSON object body is required");
            return false;
        }
        *out = QJsonObject();
        return true;
    }
    QJsonValue value;
    if (!jsonValue(&value, error))
        return false;
    if (!value.isObject()) {
        *error = QStringLiteral("the body must be a JSON object");
        return false;
    }
    *out = value.toObject();
    return true;
}

bool RestRequest::jsonArray(QJsonArray *out, QString *error) const
{
    QJsonValue value;
    if (body.trimmed().isEmpty()) {
        *error = QStringLiteral("a JSON array body is required");
        return false;
    }
    if (!jsonValue(&value, error))
        return false;
    if (!value.isArray()) {
        *error = QStringLiteral("the body must be a JSON array");
        return false;
    }
    *out = value.toArray();
    return true;
}

} // namespace joinery::http
