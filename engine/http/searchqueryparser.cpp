#include "http/searchqueryparser.h"

#include "model/taskstatus.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace joinery::http {
namespace {

// Tokens: words (field names, values, keywords), quoted strings, and ( ) , = < > <= >=.
struct Token
{
    enum Kind { Word, Quoted, Symbol, End } kind = End;
    QString text;
};

QList<Token> tokenize(const QString &text, QString *error)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(c, i + 1);
            if (end < 0) {
                *error = QStringLiteral("query: unterminated quote at position %1").arg(i);
                return {};
            }
            tokens.append({Token::Quoted, text.mid(i + 1, end - i - 1)});
            i = end + 1;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')
            || c == QLatin1Char('=')) {
            tokens.append({Token::Symbol, QString(c)});
            ++i;
        } else if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('!')) {
            const bool twoChars = i + 1 < n && text.at(i + 1) == QLatin1Char('=');
            tokens.append({Token::Symbol, text.mid(i, twoChars ? 2 : 1)});
            i += twoChars ? 2 : 1;
        } else {
            qsizetype j = i;
            while (j < n && !text.at(j).isSpace()
                && !QStringLiteral("()=,<>!\"'").contains(text.at(j)))
                ++j;
            tokens.append({Token::Word, text.mid(i, j - i)});
            i = j;
        }
    }
    tokens.append({Token::End, QString()});
    return tokens;
}

// One condition of a query: `field = v`, `field IN (v, …)` (op "IN"), or `field < n` and friends.
struct Condition
{
    QString field;
    QString op;
    QStringList values;
};

// The grammar shared by workflow and task searches: conditions joined by AND.
class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    { }

    bool parse(QList<Condition> *out, QString *error)
    {
        if (peek().kind == Token::End)
            return true;
        if (!condition(out, error))
            return false;
        while (peek().kind != Token::End) {
            const Token t = next();
            if (t.kind == Token::Word
                && t.text.compare(QLatin1String("AND"), Qt::CaseInsensitive) == 0) {
                if (!condition(out, error))
                    return false;
            } else if (t.kind == Token::Word
                && t.text.compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0) {
                *error = QStringLiteral("query: OR is not supported; use field IN (a, b)");
                return false;
            } else {
                *error = QStringLiteral("query: expected AND, found \"%1\"").arg(t.text);
                return false;
            }
        }
        return true;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    Token next() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }

    bool value(QString *out, QString *error)
    {
        const Token t = next();
        if (t.kind != Token::Word && t.kind != Token::Quoted) {
            *error = QStringLiteral("query: expected a value, found \"%1\"")
                         .arg(t.kind == Token::End ? QStringLiteral("end") : t.text);
            return false;
        }
        *out = t.text;
        return true;
    }

    bool values(const QString &op, QStringList *out, QString *error)
    {
        if (op != QLatin1String("IN")) {
            QString v;
            if (!value(&v, error))
                return false;
            *out << v;
            return true;
        }
        if (next().text != QLatin1String("(")) {
            *error = QStringLiteral("query: expected ( after IN");
            return false;
        }
        for (;;) {
            QString v;
            if (!value(&v, error))
                return false;
            *out << v;
            const Token t = next();
            if (t.text == QLatin1String(")"))
                return true;
            if (t.text != QLatin1String(",")) {
                *error = QStringLiteral("query: expected , or ) in the IN list");
                return false;
            }
        }
    }

    bool condition(QList<Condition> *out, QString *error)
    {
        const Token field = next();
        if (field.kind != Token::Word) {
            *error = QStringLiteral("query: expected a field name, found \"%1\"").arg(field.text);
            return false;
        }
        const Token opToken = next();
        Condition c {field.text, opToken.text, {}};
        if (opToken.kind == Token::Word
            && c.op.compare(QLatin1String("IN"), Qt::CaseInsensitive) == 0)
            c.op = QStringLiteral("IN");
        else if (opToken.kind != Token::Symbol) {
            *error = QStringLiteral("query: expected =, IN, < or > after %1, found \"%2\"")
                         .arg(c.field, c.op);
            return false;
        }
        if (!values(c.op, &c.values, error))
            return false;
        out->append(std::move(c));
        return true;
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

bool parseConditions(const QString &query, QList<Condition> *out, QString *error)
{
    error->clear();
    QList<Token> tokens = tokenize(query, error);
    if (!error->isEmpty())
        return false;
    return Parser(std::move(tokens)).parse(out, error);
}

// Two conditions on one field narrow it; an empty intersection matches nothing.
QStringList intersect(const QStringList &before, const QStringList &added)
{
    if (before.isEmpty())
        return added;
    QStringList both;
    for (const QString &s : added) {
        if (before.contains(s))
            both << s;
    }
    return both.isEmpty() ? QStringList {QStringLiteral("\n(none)")} : both;
}

// A field that takes = or IN: narrows `list` by the condition's values.
bool listCondition(const Condition &c, QStringList *list, QString *error)
{
    if (c.op != QLatin1String("=") && c.op != QLatin1String("IN")) {
        *error = QStringLiteral("query: %1 takes = or IN, not \"%2\"").arg(c.field, c.op);
        return false;
    }
    *list = intersect(*list, c.values);
    return true;
}

// Status values, upper-cased and checked with `known`.
bool statusCondition(const Condition &c, const std::function<bool(const QString &)> &known,
    const char *what, QStringList *list, QString *error)
{
    Condition upper = c;
    for (QString &v : upper.values) {
        v = v.toUpper();
        if (!known(v)) {
            *error = QStringLiteral("query: unknown %1 status \"%2\"").arg(QLatin1String(what), v);
            return false;
        }
    }
    return listCondition(upper, list, error);
}

// `field > n`, `>=`, `<`, `<=` with epoch milliseconds: narrows [after, before] (0: open).
bool timeCondition(const Condition &c, Millis *after, Millis *before, QString *error)
{
    bool ok = false;
    const qint64 t = c.values.value(0).toLongLong(&ok);
    if (!ok || t < 0) {
        *error = QStringLiteral("query: %1 needs epoch milliseconds, not \"%2\"")
                     .arg(c.field, c.values.value(0));
        return false;
    }
    if (c.op == QLatin1String(">") || c.op == QLatin1String(">=")) {
        *after = std::max(*after, t + (c.op == QLatin1String(">") ? 1 : 0));
    } else if (c.op == QLatin1String("<") || c.op == QLatin1String("<=")) {
        const Millis bound = t - (c.op == QLatin1String("<") ? 1 : 0);
        *before = *before > 0 ? std::min(*before, bound) : bound;
    } else {
        *error = QStringLiteral("query: %1 takes > or <, not \"%2\"").arg(c.field, c.op);
        return false;
    }
    return true;
}

// "field:ASC|DESC" (the first of several), through `columns`; `fields` names them in errors.
bool parseSortSpec(const QString &sort, const QHash<QString, QString> &columns,
    const QString &fields, QString *column, bool *ascending, QString *error)
{
    const QString first = sort.split(QLatin1Char(';'), Qt::SkipEmptyParts).value(0).trimmed();
    if (first.isEmpty())
        return true;
    const QStringList parts = first.split(QLatin1Char(':'));
    const QString c = columns.value(parts.value(0).trimmed());
    const QString direction = parts.value(1, QStringLiteral("DESC")).trimmed().toUpper();
    if (c.isEmpty() || parts.size() > 2
        || (direction != QLatin1String("ASC") && direction != QLatin1String("DESC"))) {
        *error = QStringLiteral("sort: expected field:ASC or field:DESC with a field of %1; got \"%2\"")
                     .arg(fields, first);
        return false;
    }
    *column = c;
    *ascending = direction == QLatin1String("ASC");
    return true;
}

} // namespace

bool SearchQueryParser::parseQuery(
    const QString &query, store::StoreReader::SearchQuery *out, QString *error)
{
    QList<Condition> conditions;
    if (!parseConditions(query, &conditions, error))
        return false;
    for (const Condition &c : std::as_const(conditions)) {
        const QString &f = c.field;
        bool ok = true;
        if (f == QLatin1String("workflowType") || f == QLatin1String("workflowName")) {
            ok = listCondition(c, &out->names, error);
        } else if (f == QLatin1String("status")) {
            ok = statusCondition(c, [](const QString &s) {
                WorkflowStatus parsed;
                return workflowStatusFromName(s, &parsed);
            }, "workflow", &out->statuses, error);
        } else if (f == QLatin1String("correlationId")) {
            if (c.values.size() != 1
                || (!out->correlationId.isEmpty() && out->correlationId != c.values.first())) {
                *error = QStringLiteral("query: correlationId takes exactly one value");
                return false;
            }
            out->correlationId = c.values.first();
        } else if (f == QLatin1String("startTime") || f == QLatin1String("createTime")) {
            ok = timeCondition(c, &out->startedAfter, &out->startedBefore, error);
        } else {
            *error = QStringLiteral(
                "query: unsupported field \"%1\" (workflowType, status, correlationId, startTime)")
                         .arg(f);
            return false;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool SearchQueryParser::parseSort(
    const QString &sort, store::StoreReader::SearchQuery *out, QString *error)
{
    static const QHash<QString, QString> columns {
        {QStringLiteral("startTime"), QStringLiteral("create_time")},
        {QStringLiteral("createTime"), QStringLiteral("create_time")},
        {QStringLiteral("updateTime"), QStringLiteral("update_time")},
        {QStringLiteral("endTime"), QStringLiteral("end_time")},
        {QStringLiteral("workflowType"), QStringLiteral("name")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("workflowId"), QStringLiteral("workflow_id")},
    };
    return parseSortSpec(sort, columns,
        QStringLiteral("startTime, updateTime, endTime, workflowType, status, workflowId"),
        &out->sortField, &out->ascending, error);
}

bool SearchQueryParser::parseTaskQuery(
    const QString &query, store::StoreReader::TaskSearchQuery *out, QString *error)
{
    QList<Condition> conditions;
    if (!parseConditions(query, &conditions, error))
        return false;
    for (const Condition &c : std::as_const(conditions)) {
        const QString &f = c.field;
        bool ok = true;
        if (f == QLatin1String("taskType"))
            ok = listCondition(c, &out->taskTypes, error);
        else if (f == QLatin1String("taskDefName"))
            ok = listCondition(c, &out->taskDefNames, error);
        else if (f == QLatin1String("taskId"))
            ok = listCondition(c, &out->taskIds, error);
        else if (f == QLatin1String("taskRefName") || f == QLatin1String("referenceTaskName"))
            ok = listCondition(c, &out->references, error);
        else if (f == QLatin1String("workflowId"))
            ok = listCondition(c, &out->workflowIds, error);
        else if (f == QLatin1String("workflowType") || f == QLatin1String("workflowName"))
            ok = listCondition(c, &out->workflowNames, error);
        else if (f == QLatin1String("status"))
            ok = statusCondition(c, [](const QString &s) {
                TaskStatus parsed;
                return taskStatusFromName(s, &parsed);
            }, "task", &out->statuses, error);
        else if (f == QLatin1String("scheduledTime") || f == QLatin1String("startTime"))
            ok = timeCondition(c, &out->scheduledAfter, &out->scheduledBefore, error);
        else {
            *error = QStringLiteral("query: unsupported field \"%1\" (taskType, taskDefName, "
                                    "taskId, taskRefName, workflowId, workflowType, status, "
                                    "scheduledTime)")
                         .arg(f);
            return false;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool SearchQueryParser::parseTaskSort(
    const QString &sort, store::StoreReader::TaskSearchQuery *out, QString *error)
{
    static const QHash<QString, QString> columns {
        {QStringLiteral("scheduledTime"), QStringLiteral("scheduled_time")},
        {QStringLiteral("startTime"), QStringLiteral("start_time")},
        {QStringLiteral("updateTime"), QStringLiteral("update_time")},
        {QStringLiteral("endTime"), QStringLiteral("end_time")},
        {QStringLiteral("taskType"), QStringLiteral("task_type")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("taskId"), QStringLiteral("task_id")},
    };
    return parseSortSpec(sort, columns,
        QStringLiteral("scheduledTime, startTime, updateTime, endTime, taskType, status, taskId"),
        &out->sortField, &out->ascending, error);
}

} // namespace joinery::http
