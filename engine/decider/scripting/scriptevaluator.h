#pragma once

#include <QJsonValue>
#include <QString>

namespace joinery {

// JavaScript for INLINE tasks, SWITCH/DECISION javascript evaluators and DO_WHILE loop
// conditions, in QJSEngine. The script sees its input as `$` (Conductor's convention) and nothing
// else: no file, network, timer or module access; console output is discarded. A script that
// runs longer than `timeLimitMs` (at least 1) is interrupted and reported as an error, so an
// endless loop fails the task, not the engine.
//
// The result is the script's completion value, as Conductor's evaluators return it: the value of
// its last expression statement (`if (c) { true; } else { false; }` gives a boolean). Objects and
// arrays come back as by JSON.stringify (undefined members dropped, dates as ISO text); NaN,
// infinities, undefined and functions become null. Nothing one evaluation does (globals, changes
// to built-ins) is visible to the next; ScriptSandbox describes how.
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
    // Conductor's truthiness for loop conditions and DECISION expressions: JavaScript's rules
    // applied to the JSON value (false, 0, "", null are false; every array and object is true).
    static bool isTruthy(const QJsonValue &value);
};

} // namespace joinery
