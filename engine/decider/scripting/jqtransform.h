#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace joinery {

// JSON_JQ_TRANSFORM through libjq. Conductor's output shape: `result` is the first value the
// query produced (null when none), `resultList` all of them. A query that does not compile or
// fails at run time gives ok=false and the jq message. Thread-safe (a jq state per call).
struct JqResult
{
    bool ok = false;
    QJsonValue result;
    QJsonArray resultList;
    QString error;
};

class JqTransform
{
public:
    static JqResult run(const QString &query, const QJsonValue &input);
    // Compiles without running; false with the jq message when the query is invalid.
    static bool check(const QString &query, QString *error);
};

} // namespace joinery
