#pragma once

#include <QJsonValue>
#include <QString>

namespace joinery {

// JavaScript for INLINE tasks, SWITCH/DECISION javascript evaluators and DO_WHILE loop
// conditions, in QJSEngine. The script sees its input as `$` (Conductor's convention) and nothing
// else: no file, network, timer or module access; console output is discarded. A script that
// runs longer than `timeLimitMs` is interrupted and reported as an error, so an endless loop
// fails the task, not the engine.
//
// Thread safety: evaluate() may be called from any thread; each thread uses its own engine.
struct ScriptResult
{
    bool ok = false;
    QJsonValue value;  // the completion value of the script, converted to JSON
    QString error;     // on failure: the JavaScript error, or "timed out after N ms"
};

class ScriptEvaluator
{
public:
    static constexpr int kDefaultTimeLimitMs = 2000;
    static ScriptResult evaluate(const QString &script, const QJsonValue &input,
                                 int timeLimitMs = kDefaultTimeLimitMs);
    // Conductor's truthiness for loop conditions and DECISION expressions.
    static bool isTruthy(const QJsonValue &value);
};

} // namespace joinery
