#include "decider/expressions/parameterresolver.h"

#include "decider/expressions/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <optional>

namespace joinery {
namespace {

using namespace Qt::StringLiterals;

// `${a.${b.${c}}}` nests three deep. Real definitions stop at two; the limit only keeps a hostile
// string from recursing until the stack runs out.
constexpr int kMaxNesting = 16;

constexpr QStringView kOpen = u"${";
constexpr QStringView kEscapedOpen = u"$${";
constexpr QStringView kSecretsPrefix = u"workflow.secrets.";

// `${` at `i` starts an expression unless a `$` precedes it (Conductor's `(?<!\$)\$\{`).
bool isEscaped(QStringView text, qsizetype i)
{
    return i > 0 && text[i - 1] == u'$';
}

// Index of the `}` that closes the `{` at `brace`, counting every brace in between so that
// nested expressions stay inside; -1 when the string ends first.
qsizetype matchingBrace(QStringView text, qsizetype brace)
{
    int depth = 0;
    for (qsizetype j = brace; j < text.size(); ++j) {
        const char16_t c = text[j].unicode();
        if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth == 0) {
            return j;
        }
    }
    return -1;
}

// Appends literal text, turning every `$${` into `${`.
void appendLiteral(QString &out, QStringView text)
{
    qsizetype from = 0;
    for (qsizetype i = text.indexOf(kEscapedOpen); i >= 0; i = text.indexOf(kEscapedOpen, from)) {
        out.append(text.mid(from, i - from));
        out.append(kOpen);
        from = i + kEscapedOpen.size();
    }
    out.append(text.mid(from));
}

// How a value reads inside a longer string: text as itself, numbers without a spurious ".0",
// containers as compact JSON, and a missing value as "null" (Conductor's Objects.toString).
void appendValue(QString &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        out.append(value.toString());
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? u"true"_s : u"false"_s);
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0) {
            out.append(QString::number(static_cast<qint64>(d)));
        } else {
            out.append(QString::number(d, 'g', QLocale::FloatingPointShortest));
        }
        break;
    }
    case QJsonValue::Array:
        out.append(
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        break;
    case QJsonValue::Object:
        out.append(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append(u"null"_s);
        break;
    }
}

// Resolves the expressions of one string. With `typed`, a string that is exactly one expression
// yields that expression's value as it is; otherwise the result is always a string. Nested
// expressions are resolved as text first (Conductor resolves the inner path at depth + 1).
QJsonValue resolveText(QStringView text, const ExpressionContext &context, int depth, bool typed)
{
    QString out;
    qsizetype literalStart = 0;
    qsizetype pos = 0;
    for (qsizetype i = text.indexOf(kOpen); i >= 0; i = text.indexOf(kOpen, pos)) {
        pos = i + kOpen.size();
        if (isEscaped(text, i)) {
            continue;
        }
        const qsizetype end = matchingBrace(text, i + 1);
        if (end < 0) {
            continue; // unclosed: literal text, as Conductor's pattern does not match it
        }
        const QStringView inner = text.mid(i + 2, end - i - 2);
        QString nested;
        QStringView path = inner;
        if (depth < kMaxNesting && inner.contains(kOpen)) {
            nested = resolveText(inner, context, depth + 1, false).toString();
            path = nested;
        }
        path = path.trimmed();

        QJsonValue value;
        bool keepLiteral = false;
        if (path.isEmpty()) {
            value = QString(); // `${}` reads as the empty string, as in Conductor
        } else if (path.startsWith(kSecretsPrefix)) {
            keepLiteral = true; // secrets are substituted at hand-off to the worker, not here
        } else {
            value = JsonPath::evaluate(path, context);
        }

        if (typed && i == 0 && end == text.size() - 1) {
            return keepLiteral ? QJsonValue(text.toString()) : value;
        }
        if (out.isNull()) {
            out.reserve(text.size() + 16);
        }
        appendLiteral(out, text.mid(literalStart, i - literalStart));
        if (keepLiteral) {
            out.append(text.mid(i, end - i + 1));
        } else {
            appendValue(out, value);
        }
        literalStart = end + 1;
        pos = end + 1;
    }
    if (literalStart == 0) {
        out.reserve(text.size());
    }
    appendLiteral(out, text.mid(literalStart));
    return out;
}

// Resolves `value` and reports whether anything changed, so that unchanged containers are
// returned as the same shared data instead of being rebuilt.
std::optional<QJsonValue> resolveChanged(const QJsonValue &value, const ExpressionContext &context)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        if (!text.contains(kOpen)) {
            return std::nullopt;
        }
        return resolveText(text, context, 0, true);
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject result = object;
        bool changed = false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (std::optional<QJsonValue> resolved = resolveChanged(it.value(), context)) {
                result.insert(it.key(), *resolved);
                changed = true;
            }
        }
        return changed ? std::optional<QJsonValue>(result) : std::nullopt;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QJsonArray result = array;
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (std::optional<QJsonValue> resolved = resolveChanged(array.at(i), context)) {
                result.replace(i, *resolved);
                changed = true;
            }
        }
        return changed ? std::optional<QJsonValue>(result) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString describe(const QString &where)
{
    return where.isEmpty() ? QString() : where + u": "_s;
}

// Checks the expressions in full[begin, end); positions in messages count from the start of
// `full`, so that a problem in a nested expression points into the string the user wrote.
bool checkText(QStringView full, qsizetype begin, qsizetype end, const QString &where, int depth,
    QString *error)
{
    const QStringView text = full.mid(begin, end - begin);
    qsizetype pos = 0;
    for (qsizetype i = text.indexOf(kOpen); i >= 0; i = text.indexOf(kOpen, pos)) {
        pos = i + kOpen.size();
        if (isEscaped(text, i)) {
            continue;
        }
        const qsizetype close = matchingBrace(text, i + 1);
        QString problem;
        if (close < 0) {
            problem = u"unclosed \"${\" at position %1"_s.arg(begin + i);
        } else if (text.mid(i + 2, close - i - 2).trimmed().isEmpty()) {
            problem = u"empty expression at position %1"_s.arg(begin + i);
        } else if (depth >= kMaxNesting) {
            problem = u"expressions nested more than %1 deep"_s.arg(kMaxNesting);
        }
        if (!problem.isEmpty()) {
            if (error) {
                *error = describe(where) + problem + u" in \""_s + full + u'"';
            }
            return false;
        }
        if (!checkText(full, begin + i + 2, begin + close, where, depth + 1, error)) {
            return false;
        }
        pos = close + 1;
    }
    return true;
}

bool checkValue(const QJsonValue &value, const QString &where, QString *error)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        return checkText(text, 0, text.size(), where, 0, error);
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (!checkValue(it.value(), where.isEmpty() ? key : where + u'.' + key, error)) {
                return false;
            }
        }
        return true;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!checkValue(array.at(i), where + u'[' + QString::number(i) + u']', error)) {
                return false;
            }
        }
        return true;
    }
    default:
        return true;
    }
}

} // namespace

QJsonValue ParameterResolver::resolve(const QJsonValue &value, const ExpressionContext &context)
{
    std::optional<QJsonValue> resolved = resolveChanged(value, context);
    return resolved ? *resolved : value;
}

QJsonObject ParameterResolver::resolve(
    const QJsonObject &parameters, const ExpressionContext &context)
{
    QJsonObject result = parameters;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (std::optional<QJsonValue> resolved = resolveChanged(it.value(), context)) {
            result.insert(it.key(), *resolved);
        }
    }
    return result;
}

QJsonValue ParameterResolver::evaluatePath(const QString &path, const ExpressionContext &context)
{
    return JsonPath::evaluate(path, context);
}

bool ParameterResolver::checkExpressions(const QJsonValue &value, QString *error)
{
    return checkValue(value, QString(), error);
}

bool ParameterResolver::containsExpression(const QString &text)
{
    const QStringView view(text);
    qsizetype pos = 0;
    for (qsizetype i = view.indexOf(kOpen); i >= 0; i = view.indexOf(kOpen, pos)) {
        pos = i + kOpen.size();
        if (!isEscaped(view, i) && matchingBrace(view, i + 1) >= 0) {
            return true;
        }
    }
    return false;
}

} // namespace joinery
