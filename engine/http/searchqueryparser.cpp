#include "http/searchqueryparser.h"

#include "model/taskstatus.h"

#include <QStringList>

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

class Parser
{
public:
    Parser(QList<Token> tokens, store::StoreReader::SearchQuery *out)
        : m_tokens(std::move(tokens))
        , m_out(out)
    { }

    bool parse(QString *error)
    {
        if (peek().kind == Token::End)
            return true;
        if (!condition(error))
            return false;
        while (peek().kind != Token::End) {
            const Token t = next();
            if (t.kind == Token::Word
                && t.text.compare(QLatin1String("AND"), Qt::CaseInsensitive) == 0) {
                if (!condition(error))
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
        if (op == QLatin1String("=")) {
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

    bool condition(QString *error)
    {
        const Token field = next();
        if (field.kind != Token::Word) {
            *error = QStringLiteral("query: expected a field name, found \"%1\"").arg(field.text);
            return false;
        }
        const Token opToken = next();
        QString op = opToken.text;
        if (opToken.kind == Token::Word
            && op.compare(QLatin1String("IN"), Qt::CaseInsensitive) == 0)
            op = QStringLiteral("IN");
        const QString f = field.text;
        if (f == QLatin1String("workflowType") || f == QLatin1String("workflowName")
            || f == QLatin1String("status") || f == QLatin1String("correlationId")) {
            if (op != QLatin1String("=") && op != QLatin1String("IN")) {
                *error = QStringLiteral("query: %1 takes = or IN, not \"%2\"").arg(f, op);
                return false;
            }
            QStringList list;
            if (!values(op, &list, error))
                return false;
            if (f == QLatin1String("status")) {
                for (QString &s : list) {
                    s = s.toUpper();
                    WorkflowStatus parsed;
                    if (!workflowStatusFromName(s, &parsed)) {
                        *error = QStringLiteral("query: unknown workflow status \"%1\"").arg(s);
                        return false;
                    }
                }
                m_out->statuses = intersect(m_out->statuses, list);
            } else if (f == QLatin1String("correlationId")) {
                if (list.size() != 1
                    || (!m_out->correlationId.isEmpty() && m_out->correlationId != list.first())) {
                    *error = QStringLiteral("query: correlationId takes exactly one value");
                    return false;
                }
                m_out->correlationId = list.first();
            } else {
                m_out->names = intersect(m_out->names, list);
            }
            return true;
        }
        if (f == QLatin1String("startTime") || f == QLatin1String("createTime")) {
            QString v;
            if (!value(&v, error))
                return false;
            bool ok = false;
            const qint64 t = v.toLongLong(&ok);
            if (!ok || t < 0) {
                *error = QStringLiteral("query: %1 needs epoch milliseconds, not \"%2\"").arg(f, v);
                return false;
            }
            if (op == QLatin1String(">") || op == QLatin1String(">="))
                m_out->startedAfter
                    = std::max(m_out->startedAfter, t + (op == QLatin1String(">") ? 1 : 0));
            else if (op == QLatin1String("<") || op == QLatin1String("<="))
                m_out->startedBefore = m_out->startedBefore > 0
                    ? std::min(m_out->startedBefore, t - (op == QLatin1String("<") ? 1 : 0))
                    : t - (op == QLatin1String("<") ? 1 : 0);
            else {
                *error = QStringLiteral("query: %1 takes > or <, not \"%2\"").arg(f, op);
                return false;
            }
            return true;
        }
        *error = QStringLiteral(
            "query: unsupported field \"%1\" (workflowType, status, correlationId, startTime)")
                     .arg(f);
        return false;
    }

    // Two conditions on one field narrow it; an empty intersection matches nothing.
    static QStringList intersect(const QStringList &before, const QStringList &added)
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

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    store::StoreReader::SearchQuery *m_out;
};

} // namespace

bool SearchQueryParser::parseQuery(
    const QString &query, store::StoreReader::SearchQuery *out, QString *error)
{
    error->clear();
    QList<Token> tokens = tokenize(query, error);
    if (!error->isEmpty())
        return false;
    return Parser(std::move(tokens), out).parse(error);
}

bool SearchQueryParser::parseSort(
    const QString &sort, store::StoreReader::SearchQuery *out, QString *error)
{
    const QString first = sort.split(QLatin1Char(';'), Qt::SkipEmptyParts).value(0).trimmed();
    if (first.isEmpty())
        return true;
    const QStringList parts = first.split(QLatin1Char(':'));
    static const QHash<QString, QString> columns {
        {QStringLiteral("startTime"), QStringLiteral("create_time")},
        {QStringLiteral("createTime"), QStringLiteral("create_time")},
        {QStringLiteral("updateTime"), QStringLiteral("update_time")},
        {QStringLiteral("endTime"), QStringLiteral("end_time")},
        {QStringLiteral("workflowType"), QStringLiteral("name")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("workflowId"), QStringLiteral("workflow_id")},
    };
    const QString column = columns.value(parts.value(0).trimmed());
    const QString direction = parts.value(1, QStringLiteral("DESC")).trimmed().toUpper();
    if (column.isEmpty() || parts.size() > 2
        || (direction != QLatin1String("ASC") && direction != QLatin1String("DESC"))) {
        *error = QStringLiteral(
            "sort: expected field:ASC or field:DESC with a field of startTime, updateTime, "
            "endTime, workflowType, status, workflowId; got \"%1\"")
                     .arg(first);
        return false;
    }
    out->sortField = column;
    out->ascending = direction == QLatin1String("ASC");
    return true;
}

} // namespace joinery::http
