#include "decider/scripting/scriptsandbox.h"

#include "decider/scripting/scriptwatchdog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <memory>

namespace joinery {
namespace {

using namespace Qt::StringLiterals;

// Distinct scripts a thread keeps compiled; definitions hold a handful each, so this only bounds
// memory against generated scripts.
constexpr qsizetype kMaxCompiledScripts = 256;

// Run once per engine, before any user script; it turns the global environment into the fixed
// sandbox described in scriptsandbox.h:
// - Promise goes: its reactions would run later on the thread's event loop, outside the time
//   limit and outside any evaluation (this engine has no async functions or import()).
// - A console whose methods do nothing, so scripts written for Conductor that log still run.
// - Every built-in reachable from the global object (constructors, prototypes, Math, JSON,
//   iterator prototypes…) is frozen and every global binding made read-only.
// - Freezing prototypes would make `obj.toString = f` fail silently on ordinary objects (the
//   "override mistake"); for the names scripts commonly assign, the prototype property becomes an
//   accessor whose setter defines an own property on the receiver, so such code keeps working.
// Returns the clean-up function: it deletes whatever a script added to the global object
// (`x = 1` without `var` creates a global) and puts back a replaced prototype. Every built-in
// global is non-configurable by then, so "configurable" means "added by a script". It returns
// false when the global object cannot be restored (a script froze it, or defined a
// non-configurable global): the engine is then replaced.
constexpr auto kHardenScript = uR"JS(
(function (global) {
    'use strict';
    delete global.Promise;
    var defineProperty = Object.defineProperty;
    var noop = function () {};
    defineProperty(global, 'console', {
        value: { log: noop, info: noop, warn: noop, error: noop, debug: noop, trace: noop }
    });

    var hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
    function enableOverride(proto, name) {
        var desc = Object.getOwnPropertyDescriptor(proto, name);
        if (!desc || !('value' in desc) || !desc.configurable)
            return;
        var value = desc.value;
        defineProperty(proto, name, {
            get: function () { return value; },
            set: function (v) {
                if (this === proto)
                    throw new TypeError("Cannot assign to read only property '" + name + "'");
                if (hasOwn(this, name))
                    this[name] = v;
                else
                    defineProperty(this, name,
                                   { value: v, writable: true, enumerable: true, configurable: true });
            },
            enumerable: desc.enumerable,
            configurable: false
        });
    }
    Object.getOwnPropertyNames(Object.prototype).forEach(function (name) {
        if (name !== '__proto__')
            enableOverride(Object.prototype, name);
    });
    ['constructor', 'toString', 'bind'].forEach(function (n) { enableOverride(Function.prototype, n); });
    ['constructor', 'toString'].forEach(function (n) { enableOverride(Array.prototype, n); });
    [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].forEach(
        function (E) {
            ['constructor', 'name', 'message', 'toString'].forEach(function (n) {
                enableOverride(E.prototype, n);
            });
        });

    var seen = new Set();
    function harden(o) {
        if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o))
            return;
        seen.add(o);
        Object.freeze(o);
        harden(Object.getPrototypeOf(o));
        Reflect.ownKeys(o).forEach(function (key) {
            var d = Object.getOwnPropertyDescriptor(o, key);
            if ('value' in d) {
                harden(d.value);
            } else {
                harden(d.get);
                harden(d.set);
            }
        });
    }
    // Intrinsics that no global names, reached through an instance.
    var hidden = [
        function () { return [][Symbol.iterator](); },
        function () { return ''[Symbol.iterator](); },
        function () { return new Map()[Symbol.iterator](); },
        function () { return new Set()[Symbol.iterator](); },
        function () { return /x/[Symbol.matchAll]('x'); },
        function () { var g = function* () {}; return [g, g()]; },
        function () { return (function () { return arguments; })(); }
    ];
    hidden.forEach(function (make) {
        try { harden(make()); } catch (e) { /* not supported by this engine */ }
    });
    Object.getOwnPropertyNames(global).forEach(function (name) {
        var d = Object.getOwnPropertyDescriptor(global, name);
        if ('value' in d) {
            harden(d.value);
            if (d.configurable || d.writable)
                defineProperty(global, name, { writable: false, configurable: false });
        }
    });

    // The clean-up, kept in this closure so that no script can reach its state.
    var ownKeys = Reflect.ownKeys, describe = Object.getOwnPropertyDescriptor;
    var getPrototypeOf = Object.getPrototypeOf, setPrototypeOf = Object.setPrototypeOf;
    var isExtensible = Object.isExtensible;
    var globalPrototype = getPrototypeOf(global);
    var baseline = ownKeys(global).length;
    var emptyMatch = /(?:)/;
    return function () {
        emptyMatch.exec(''); // forget the last match behind RegExp.$1 and friends
        if (!isExtensible(global))
            return false;
        if (getPrototypeOf(global) !== globalPrototype)
            setPrototypeOf(global, globalPrototype);
        var keys = ownKeys(global);
        if (keys.length === baseline)
            return true;
        keys.forEach(function (key) {
            if (describe(global, key).configurable)
                delete global[key];
        });
        return ownKeys(global).length === baseline;
    };
})(this)
)JS";

// A script with statements runs as a direct eval inside a fresh call of this function: its `var`s
// and function declarations land in that call's scope and vanish with it, its completion value is
// the result, and the only names it sees besides the globals are `$` and `arguments`. It is
// defined at the top level on purpose, so that no closure variable is visible to the script.
constexpr auto kRunnerScript = uR"JS(
(function ($) { return eval(arguments[1]); })
)JS";

// Calls the script's function and turns what happened into plain values while still under the
// time limit: a thrown value is stringified here (its toString may loop), and objects are
// serialised here (their toJSON or getters may loop). Returns [ok, value-or-message, isJson].
constexpr auto kCallScript = uR"JS(
(function (run, input, source) {
    'use strict';
    try {
        var v = run(input, source);
        if (v !== null && typeof v === 'object')
            return [true, JSON.stringify([v]), true];
        if (typeof v === 'function' || typeof v === 'symbol')
            v = null;
        return [true, v, false];
    } catch (e) {
        var message;
        try { message = String(e); } catch (e2) { message = 'exception'; }
        return [false, message, false];
    }
})
)JS";

// Whether `script` may be compiled as `return (script)`. Only two kinds of program read
// differently as an expression: one starting with `{` (a block, `{a: 1}` is 1, not an object)
// and one starting with `function` (a declaration, whose completion value is empty). Anything
// else that is not an expression simply fails to compile and takes the eval() path.
bool mayBeExpression(QStringView script)
{
    qsizetype i = 0;
    while (i < script.size()) {
        if (script[i].isSpace()) {
            ++i;
        } else if (script.mid(i, 2) == u"//") {
            while (i < script.size() && script[i] != u'\n') {
                ++i;
            }
        } else if (script.mid(i, 2) == u"/*") {
            const qsizetype end = script.indexOf(u"*/", i + 2);
            i = end < 0 ? script.size() : end + 2;
        } else {
            break;
        }
    }
    const QStringView rest = script.mid(i);
    if (rest.isEmpty() || rest.startsWith(u'{')) {
        return false;
    }
    static constexpr QStringView kStatements[] = {u"function", u"var", u"let", u"const", u"if",
        u"for", u"while", u"do", u"switch", u"try", u"return", u"throw"};
    for (QStringView keyword : kStatements) {
        if (rest.startsWith(keyword)
            && (rest.size() == keyword.size()
                || !(rest[keyword.size()].isLetterOrNumber() || rest[keyword.size()] == u'_'
                    || rest[keyword.size()] == u'$'))) {
            return false;
        }
    }
    return true;
}

QJsonValue fromScript(const QJSValue &value)
{
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isNumber()) {
        const double d = value.toNumber();
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    if (value.isString()) {
        return value.toString();
    }
    return QJsonValue::Null; // null, undefined
}

} // namespace

std::unique_ptr<ScriptSandbox> &ScriptSandbox::threadSlot()
{
    // QJSEngine is not thread-safe and takes about a millisecond to build, so each thread keeps
    // one for its whole life; it is destroyed when the thread ends.
    thread_local std::unique_ptr<ScriptSandbox> sandbox;
    return sandbox;
}

ScriptSandbox &ScriptSandbox::forThisThread()
{
    std::unique_ptr<ScriptSandbox> &sandbox = threadSlot();
    if (!sandbox) {
        sandbox = std::make_unique<ScriptSandbox>();
    }
    return *sandbox;
}

void ScriptSandbox::replaceForThisThread()
{
    threadSlot().reset();
}

ScriptSandbox::ScriptSandbox()
{
    const QJSValue cleanup = m_engine.evaluate(QString::fromUtf16(kHardenScript));
    if (!cleanup.isCallable()) {
        // Our own script failed: running user scripts unsandboxed is not an option.
        qFatal("ScriptSandbox: cannot set up the sandbox: %s", qPrintable(cleanup.toString()));
    }
    m_cleanup = cleanup;
    const QJSValue object = m_engine.globalObject().property(u"Object"_s);
    m_freeze = object.property(u"freeze"_s);
    m_functionCtor = m_engine.globalObject().property(u"Function"_s);
    m_runner = m_engine.evaluate(QString::fromUtf16(kRunnerScript));
    m_call = m_engine.evaluate(QString::fromUtf16(kCallScript));
    // A script can reach the function running it as arguments.callee; frozen, that function
    // cannot carry state from one evaluation to the next.
    m_freeze.call({m_runner});
    m_freeze.call({m_call});
}

QJSValue ScriptSandbox::functionFor(const QString &script)
{
    if (const auto it = m_compiled.constFind(script); it != m_compiled.constEnd()) {
        return it.value();
    }
    QJSValue function = m_runner;
    QStringView body(script);
    while (!body.isEmpty() && (body.back().isSpace() || body.back() == u';')) {
        body.chop(1); // `$.a + 1;` is still one expression
    }
    if (mayBeExpression(body)) {
        // The Function constructor only parses: no user code runs here, so no time limit is
        // needed. The body cannot escape the function (V4 parses it as one function expression).
        const QJSValue compiled = m_functionCtor.callAsConstructor(
            {QJSValue(u"$"_s), QJSValue(u"return (\n"_s + body + u"\n);"_s)});
        if (compiled.isCallable()) {
            m_freeze.call({compiled});
            m_freeze.call({compiled.property(u"prototype"_s)});
            function = compiled;
        }
    }
    if (m_compiled.size() >= kMaxCompiledScripts) {
        m_compiled.clear();
    }
    m_compiled.insert(script, function);
    return function;
}

ScriptResult ScriptSandbox::evaluate(
    const QString &script, const QJsonValue &input, int timeLimitMs, bool *intact)
{
    const int limit = std::max(timeLimitMs, 1);
    const QJSValue function = functionFor(script);

    ScriptWatchdog &watchdog = ScriptWatchdog::instance();
    const quint64 ticket = watchdog.arm(&m_engine, std::chrono::milliseconds(limit));
    const QJSValue outcome
        = m_call.call({function, m_engine.toScriptValue(input), QJSValue(script)});
    const bool timedOut = watchdog.disarm(ticket);
    if (timedOut) {
        m_engine.setInterrupted(false);
    }

    ScriptResult result;
    if (timedOut) {
        result.error = u"timed out after %1 ms"_s.arg(limit);
    } else if (!outcome.isArray()) {
        result.error = outcome.toString(); // the engine itself failed
    } else if (!outcome.property(0).toBool()) {
        result.error = outcome.property(1).toString();
    } else if (outcome.property(2).toBool()) {
        // JSON.stringify([v]) always yields an array; [null] when v's toJSON returned undefined.
        const QJsonArray wrapped
            = QJsonDocument::fromJson(outcome.property(1).toString().toUtf8()).array();
        result.value = wrapped.isEmpty() ? QJsonValue(QJsonValue::Null) : wrapped.at(0);
        result.ok = true;
    } else {
        result.value = fromScript(outcome.property(1));
        result.ok = true;
    }
    *intact = m_cleanup.call().toBool();
    return result;
}

} // namespace joinery
