#pragma once

#include "decider/scripting/scriptevaluator.h"

#include <QHash>
#include <QJSEngine>
#include <QJSValue>

#include <memory>

namespace joinery {

// The QJSEngine behind ScriptEvaluator, one per thread, set up as a sandbox (internal to the
// engine library; Qt Qml is a private dependency).
//
// What a script sees: `$` (the input, converted to plain JS objects), the ECMAScript built-ins
// and a `console` whose methods do nothing. No extension is installed: no Qt object, no print,
// gc, qsTr, timers, XMLHttpRequest, modules or file access. Promise is removed, because its
// reactions would run later on the thread's event loop, outside the time limit.
//
// Isolation between evaluations (what one script does cannot change what the next computes):
// - the script runs in a fresh function call: `var`s and function declarations die with it;
// - every built-in is frozen and every global binding read-only, so `Math.max = …`,
//   `Array.prototype.x = …` or `JSON = null` have no effect (assigning an inherited name such as
//   `o.toString = f` on an ordinary object still works, see the setup script);
// - after each evaluation, globals the script created (`x = 1` without `var`) are deleted; if the
//   global object cannot be restored (a non-configurable global, a changed prototype that cannot
//   be reset, a frozen global object) the thread's engine is thrown away and rebuilt.
//
// Speed: a script that is a single expression (`$.value > 1 ? 'a' : 'b'`) is compiled once into
// a function and cached per thread; anything else (statements, `function e() {…} e();`) runs
// through eval() on every call, which is what gives it its completion value.
//
// Thread safety: none; use forThisThread(). The engine belongs to the thread that created it.
class ScriptSandbox
{
public:
    static ScriptSandbox &forThisThread();
    // Throws the calling thread's sandbox away; the next forThisThread() builds a fresh one.
    static void replaceForThisThread();

    ScriptSandbox();
    Q_DISABLE_COPY_MOVE(ScriptSandbox)

    // Evaluates under the time limit. `intact` is set to false when the global object could not
    // be restored afterwards; the caller must then replace this sandbox.
    ScriptResult evaluate(
        const QString &script, const QJsonValue &input, int timeLimitMs, bool *intact);

private:
    static std::unique_ptr<ScriptSandbox> &threadSlot();
    QJSValue functionFor(const QString &script);

    QJSEngine m_engine;
    QJSValue m_runner; // (function ($) { return eval(arguments[1]); }), frozen
    QJSValue m_call; // runs a function under try/catch, serialises the result
    QJSValue m_cleanup; // restores the global object; false when it cannot
    QJSValue m_functionCtor;
    QJSValue m_freeze;
    QHash<QString, QJSValue> m_compiled; // script -> its expression function, or m_runner
};

} // namespace joinery
