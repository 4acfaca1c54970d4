#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace joinery {

// JSON_JQ_TRANSFORM through libjq. Conductor's output shape: `result` is the first value the
// query produced (null when none), `resultList` all of them. A query that does not compile or
// fails at run time gives ok=false and the jq message (`error`, `halt_error` included), with no
// partial results. Thread-safe: libjq state never leaves the calling thread.
//
// libjq 1.6 spends ~30 ms compiling any query (it re-parses its jq-defined builtins), and
// microseconds running one, so each thread keeps its 32 most recently used queries compiled.
//
// Differences from Conductor's jackson-jq, on purpose or inherited from libjq 1.6:
// - `import`/`include` are refused: jq would read module and JSON files from disk.
// - A query that produces more than 100,000 results fails instead of exhausting memory
//   (`repeat(1)`). There is no time limit: an endless loop that produces nothing blocks.
// - jq 1.6's grammar wants an object value with an operator in parentheses:
//   `{k: (.a // "x")}`, not `{k: .a // "x"}`.
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
