#include "decider/scripting/jqtransform.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

extern "C" {
// libjq 1.6's header has no C++ guard of its own.
#include <jq.h>
}

namespace joinery {
namespace {

using namespace Qt::StringLiterals;

// jq 1.6 re-parses its whole library of jq-defined builtins on every compile (about 30 ms here),
// while running a compiled program takes microseconds. Each thread therefore keeps its recently
// used programs compiled; a jq_state is reusable because jq_start() resets it.
constexpr size_t kCachedPrograms = 32;

// An endless generator such as `repeat(1)` would otherwise grow resultList until memory runs out.
constexpr int kMaxResults = 100000;

QString jvText(jv value) // consumes value
{
    if (jv_get_kind(value) == JV_KIND_STRING) {
        const QString text = QString::fromUtf8(jv_string_value(value));
        jv_free(value);
        return text;
    }
    jv dumped = jv_dump_string(value, 0);
    const QString text = QString::fromUtf8(jv_string_value(dumped));
    jv_free(dumped);
    return text;
}

jv toJv(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return jv_bool(value.toBool());
    case QJsonValue::Double:
        return jv_number(value.toDouble());
    case QJsonValue::String: {
        const QByteArray utf8 = value.toString().toUtf8();
        return jv_string_sized(utf8.constData(), static_cast<int>(utf8.size()));
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        jv result = jv_array_sized(static_cast<int>(array.size()));
        for (const QJsonValue &element : array) {
            result = jv_array_append(result, toJv(element));
        }
        return result;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        jv result = jv_object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QByteArray key = it.key().toUtf8();
            result = jv_object_set(result,
                jv_string_sized(key.constData(), static_cast<int>(key.size())), toJv(it.value()));
        }
        return result;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return jv_null();
}

QJsonValue fromJv(jv value) // consumes value
{
    QJsonValue result;
    switch (jv_get_kind(value)) {
    case JV_KIND_TRUE:
        result = true;
        break;
    case JV_KIND_FALSE:
        result = false;
        break;
    case JV_KIND_NUMBER: {
        // jq prints infinities as the largest finite double and NaN as null; so do we.
        const double d = jv_number_value(value);
        if (std::isnan(d)) {
            result = QJsonValue::Null;
        } else if (std::isinf(d)) {
            result = std::copysign(std::numeric_limits<double>::max(), d);
        } else {
            result = d;
        }
        break;
    }
    case JV_KIND_STRING:
        result = QString::fromUtf8(jv_string_value(value), jv_string_length_bytes(jv_copy(value)));
        break;
    case JV_KIND_ARRAY: {
        QJsonArray array;
        const int length = jv_array_length(jv_copy(value));
        for (int i = 0; i < length; ++i) {
            array.append(fromJv(jv_array_get(jv_copy(value), i)));
        }
        result = array;
        break;
    }
    case JV_KIND_OBJECT: {
        QJsonObject object;
        for (int it = jv_object_iter(value); jv_object_iter_valid(value, it);
             it = jv_object_iter_next(value, it)) {
            jv key = jv_object_iter_key(value, it);
            object.insert(
                QString::fromUtf8(jv_string_value(key)), fromJv(jv_object_iter_value(value, it)));
            jv_free(key);
        }
        result = object;
        break;
    }
    case JV_KIND_INVALID:
    case JV_KIND_NULL:
        result = QJsonValue::Null;
        break;
    }
    jv_free(value);
    return result;
}

// jq 1.6 reads `import "x" as y;` and `include "x";` modules from directories the query itself
// may name (`{search: "/etc"}`), JSON data files included. Conductor's jq has no modules at all,
// so a query that uses them is refused instead of being allowed to read the disk. A directive is
// the keyword followed by a string; `{import: 1}` stays valid.
QString moduleDirective(QStringView query)
{
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query[i];
        if (c == u'"') { // skip string literals, escapes included
            for (++i; i < query.size() && query[i] != u'"'; ++i) {
                if (query[i] == u'\\') {
                    ++i;
                }
            }
            continue;
        }
        if (c == u'#') { // comment to the end of the line
            while (i < query.size() && query[i] != u'\n') {
                ++i;
            }
            continue;
        }
        if (!isWordChar(c)
            || (i > 0
                && (isWordChar(query[i - 1]) || query[i - 1] == u'.' || query[i - 1] == u'$'))) {
            continue;
        }
        qsizetype end = i;
        while (end < query.size() && isWordChar(query[end])) {
            ++end;
        }
        const QStringView word = query.mid(i, end - i);
        if (word == u"import" || word == u"include") {
            qsizetype next = end;
            while (next < query.size() && query[next].isSpace()) {
                ++next;
            }
            if (next < query.size() && query[next] == u'"') {
                return word.toString();
            }
        }
        i = end - 1;
    }
    return QString();
}

void collectError(void *data, jv message)
{
    // jq pads its "here is the error" source line with spaces; keep the text, drop the padding.
    QStringList lines = jvText(message).split(u'\n');
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace()) {
            line.chop(1);
        }
    }
    static_cast<QStringList *>(data)->append(lines.join(u'\n').trimmed());
}

// One compiled query, or the reason it does not compile.
struct Program
{
    QString query;
    jq_state *jq = nullptr;
    QString error;
    std::unique_ptr<QStringList> messages; // where jq's error callback writes; must not move

    explicit Program(const QString &text)
        : query(text)
        , messages(std::make_unique<QStringList>())
    {
        if (const QString directive = moduleDirective(query); !directive.isEmpty()) {
            error = u"jq modules are not supported (\"%1\")"_s.arg(directive);
            return;
        }
        jq = jq_init();
        if (!jq) {
            error = u"jq: cannot initialise"_s;
            return;
        }
        jq_set_error_cb(jq, collectError, messages.get());
        // No library path: `modulemeta` and friends find nothing on disk either.
        jq_set_attr(jq, jv_string("JQ_LIBRARY_PATH"), jv_array());
        if (!jq_compile(jq, query.toUtf8().constData())) {
            error = messages->isEmpty() ? u"jq: compile error"_s : messages->join(u'\n');
            jq_teardown(&jq);
        }
        messages->clear();
    }
    ~Program()
    {
        if (jq) {
            jq_teardown(&jq);
        }
    }
    Q_DISABLE_COPY_MOVE(Program)
};

// Most recently used first. Thread-confined: libjq values are not safe to share between threads
// (their reference counts are not atomic), so nothing here ever leaves its thread.
Program &program(const QString &query)
{
    thread_local std::vector<std::unique_ptr<Program>> cache;
    for (size_t i = 0; i < cache.size(); ++i) {
        if (cache[i]->query == query) {
            std::rotate(cache.begin(), cache.begin() + static_cast<std::ptrdiff_t>(i),
                cache.begin() + static_cast<std::ptrdiff_t>(i) + 1);
            return *cache.front();
        }
    }
    if (cache.size() >= kCachedPrograms) {
        cache.pop_back();
    }
    cache.insert(cache.begin(), std::make_unique<Program>(query));
    return *cache.front();
}

} // namespace

JqResult JqTransform::run(const QString &query, const QJsonValue &input)
{
    JqResult result;
    Program &compiled = program(query);
    if (!compiled.jq) {
        result.error = compiled.error;
        return result;
    }
    jq_start(compiled.jq, toJv(input), 0);
    for (;;) {
        jv next = jq_next(compiled.jq);
        if (jv_is_valid(next)) {
            if (result.resultList.size() >= kMaxResults) {
                jv_free(next);
                result.error = u"jq: the query produced more than %1 results"_s.arg(kMaxResults);
                break;
            }
            result.resultList.append(fromJv(next));
            continue;
        }
        if (jv_invalid_has_msg(jv_copy(next))) {
            result.error = jvText(jv_invalid_get_msg(next));
        } else {
            jv_free(next);
            if (jq_halted(compiled.jq)) {
                // Plain `halt` ends the output (no exit code); `halt_error` fails with its input
                // as the message, unless asked to exit with 0.
                jv code = jq_get_exit_code(compiled.jq);
                jv message = jq_get_error_message(compiled.jq);
                if (jv_get_kind(code) == JV_KIND_NUMBER && jv_number_value(code) != 0) {
                    result.error = jv_is_valid(message) && jv_get_kind(message) != JV_KIND_NULL
                        ? jvText(jv_copy(message))
                        : u"jq: halted with exit code %1"_s.arg(jv_number_value(code));
                }
                jv_free(message);
                jv_free(code);
            }
        }
        break;
    }
    // libjq may also report a problem through the error callback while running; that fails the
    // run as well.
    if (result.error.isEmpty() && !compiled.messages->isEmpty()) {
        result.error = compiled.messages->join(u'\n');
    }
    compiled.messages->clear();
    if (!result.error.isEmpty()) {
        result.resultList = QJsonArray();
        return result;
    }
    result.ok = true;
    result.result
        = result.resultList.isEmpty() ? QJsonValue(QJsonValue::Null) : result.resultList.first();
    return result;
}

bool JqTransform::check(const QString &query, QString *error)
{
    const Program &compiled = program(query);
    if (error) {
        *error = compiled.error;
    }
    return compiled.jq != nullptr;
}

} // namespace joinery
