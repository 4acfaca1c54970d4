#include "decider/expressions/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace joinery {
namespace {

// One component of a path. `key` views the path text; `ownedKey` is used instead when a quoted
// key contained escapes.
struct PathStep
{
    enum Kind { End, Key, Index, Wildcard, Length, Invalid };
    Kind kind = End;
    QStringView key;
    QString ownedKey;
    qsizetype index = 0;

    QStringView name() const { return ownedKey.isNull() ? key : QStringView(ownedKey); }
};

// Reads a path one step at a time, without building a list: `a.b`, `a[0]`, `a['k']`, `a["k"]`,
// `a[*]`, `a.*`, `a.length()`. Anything else of JsonPath (filters, slices, unions, `..`) is
// Invalid, which the caller turns into null as Jayway's SUPPRESS_EXCEPTIONS does.
class PathReader
{
public:
    explicit PathReader(QStringView path)
        : m_path(path)
    {
        // Jayway accepts an explicit root: "$.workflow.input" reads like "workflow.input".
        if (m_path.startsWith(u'$') && m_path.size() > 1
            && (m_path[1] == u'.' || m_path[1] == u'[')) {
            m_pos = m_path[1] == u'.' ? 2 : 1;
        }
    }

    PathStep next()
    {
        PathStep step;
        if (m_pos >= m_path.size()) {
            return step;
        }
        const bool first = m_first;
        m_first = false;
        const QChar c = m_path[m_pos];
        if (c == u'[') {
            return bracket();
        }
        if (!first) {
            if (c != u'.' || m_pos + 1 >= m_path.size() || m_path[m_pos + 1] == u'.') {
                step.kind = PathStep::Invalid; // trailing dot or deep scan
                return step;
            }
            ++m_pos;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_path.size() && m_path[m_pos] != u'.' && m_path[m_pos] != u'[') {
            ++m_pos;
        }
        step.key = m_path.mid(start, m_pos - start);
        if (step.key.isEmpty()) {
            step.kind = PathStep::Invalid;
        } else if (step.key == u"*") {
            step.kind = PathStep::Wildcard;
        } else if (step.key.endsWith(u"()")) {
            // A function ends the path (Jayway); length() is the one Conductor users rely on.
            step.kind = step.key == u"length()" && m_pos == m_path.size() ? PathStep::Length
                                                                          : PathStep::Invalid;
        } else {
            step.kind = PathStep::Key;
        }
        return step;
    }

private:
    PathStep bracket()
    {
        PathStep step;
        step.kind = PathStep::Invalid;
        ++m_pos; // '['
        if (m_pos >= m_path.size()) {
            return step;
        }
        const QChar c = m_path[m_pos];
        if (c == u'\'' || c == u'"') {
            const qsizetype start = ++m_pos;
            bool escaped = false;
            while (m_pos < m_path.size() && m_path[m_pos] != c) {
                if (m_path[m_pos] == u'\\' && m_pos + 1 < m_path.size()) {
                    escaped = true;
                    ++m_pos;
                }
                ++m_pos;
            }
            if (m_pos + 1 >= m_path.size() || m_path[m_pos + 1] != u']') {
                return step;
            }
            step.key = m_path.mid(start, m_pos - start);
            if (escaped) {
                step.ownedKey.reserve(step.key.size());
                for (qsizetype i = 0; i < step.key.size(); ++i) {
                    if (step.key[i] == u'\\' && i + 1 < step.key.size()) {
                        ++i;
                    }
                    step.ownedKey.append(step.key[i]);
                }
            }
            m_pos += 2;
            step.kind = PathStep::Key;
            return step;
        }
        const qsizetype close = m_path.indexOf(u']', m_pos);
        if (close < 0) {
            return step;
        }
        const QStringView inside = m_path.mid(m_pos, close - m_pos).trimmed();
        m_pos = close + 1;
        if (inside == u"*") {
            step.kind = PathStep::Wildcard;
            return step;
        }
        bool ok = false;
        step.index = inside.toLongLong(&ok);
        if (ok) {
            step.kind = PathStep::Index;
        }
        return step;
    }

    QStringView m_path;
    qsizetype m_pos = 0;
    bool m_first = true;
};

// Applies one non-wildcard step; undefined when the value has no such member.
QJsonValue apply(const QJsonValue &value, const PathStep &step)
{
    switch (step.kind) {
    case PathStep::Key:
        return value.isObject() ? value[step.name()] : QJsonValue(QJsonValue::Undefined);
    case PathStep::Index:
        // Negative indices read as missing (jsonpath.h): an off-by-one in a definition then
        // shows up as null instead of silently picking an element from the end.
        if (value.isArray() && step.index >= 0 && step.index < value.toArray().size()) {
            return value[step.index];
        }
        return QJsonValue(QJsonValue::Undefined);
    case PathStep::Length:
        if (value.isArray()) {
            return static_cast<double>(value.toArray().size());
        }
        if (value.isObject()) {
            return static_cast<double>(value.toObject().size());
        }
        return QJsonValue(QJsonValue::Undefined);
    case PathStep::End:
    case PathStep::Wildcard:
    case PathStep::Invalid:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void appendAll(QJsonArray &out, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            out.append(element);
        }
    } else if (value.isObject()) {
        for (const QJsonValue &member : value.toObject()) {
            out.append(member);
        }
    }
}

// After a wildcard the path is indefinite: every later step maps over the list, members that
// are missing drop out, and the result is always an array (Jayway's behaviour).
QJsonValue walkIndefinite(QJsonArray current, PathReader &reader)
{
    for (PathStep step = reader.next(); step.kind != PathStep::End; step = reader.next()) {
        if (step.kind == PathStep::Invalid) {
            return QJsonValue::Null;
        }
        if (step.kind == PathStep::Length) {
            return static_cast<double>(current.size());
        }
        QJsonArray next;
        for (const QJsonValue &item : std::as_const(current)) {
            if (step.kind == PathStep::Wildcard) {
                appendAll(next, item);
            } else if (const QJsonValue v = apply(item, step); !v.isUndefined()) {
                next.append(v);
            }
        }
        current = next;
    }
    return current;
}

} // namespace

QJsonValue JsonPath::evaluate(QStringView path, const ExpressionContext &context)
{
    PathReader reader(path.trimmed());
    const PathStep rootStep = reader.next();
    if (rootStep.kind != PathStep::Key) {
        return QJsonValue::Null;
    }
    const QString root = rootStep.name().toString();
    PathStep step = reader.next();
    QJsonValue current;
    if (step.kind == PathStep::Key) {
        // The common case: ask for exactly root.field, never the whole task or workflow.
        current = context.field(root, step.name().toString());
        step = reader.next();
    } else {
        current = context.object(root);
    }
    for (; step.kind != PathStep::End; step = reader.next()) {
        if (current.isUndefined() || step.kind == PathStep::Invalid) {
            return QJsonValue::Null;
        }
        if (step.kind == PathStep::Wildcard) {
            QJsonArray all;
            appendAll(all, current);
            return walkIndefinite(all, reader);
        }
        current = apply(current, step);
    }
    return current.isUndefined() ? QJsonValue(QJsonValue::Null) : current;
}

} // namespace joinery
