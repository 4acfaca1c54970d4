#include "decider/scripting/scriptevaluator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace joinery;
using namespace Qt::StringLiterals;

namespace {

// Any JSON value written as text, with single quotes for double quotes (moc 6.4 mis-reads raw
// string literals).
QJsonValue json(const char *text)
{
    const QByteArray wrapped = QByteArray("[") + QByteArray(text).replace('\'', '"') + ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad JSON in test: %s", text);
    }
    return document.array().at(0);
}

QByteArray dump(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestScriptEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<QJsonValue>("expected");

        // Scripts as Conductor users write them (INLINE, SWITCH, DO_WHILE).
        const QString function
            = u"function e() { if ($.value == 1){return {\"result\": true}} else { return {\"result\": false}}} e();"_s;
        QTest::newRow("conductor_function_true")
            << function << json("{'value': 1}") << json("{'result': true}");
        QTest::newRow("conductor_function_false")
            << function << json("{'value': 2}") << json("{'result': false}");
        QTest::newRow("conductor_ternary")
            << u"$.value > 1 ? 'a' : 'b'"_s << json("{'value': 2}") << json("'a'");
        QTest::newRow("conductor_loop_condition_continue")
            << u"if ($.loopTask['iteration'] < $.value) { true; } else { false; }"_s
            << json("{'loopTask': {'iteration': 1}, 'value': 3}") << json("true");
        QTest::newRow("conductor_loop_condition_stop")
            << u"if ($.loopTask['iteration'] < $.value) { true; } else { false; }"_s
            << json("{'loopTask': {'iteration': 3}, 'value': 3}") << json("false");
        QTest::newRow("conductor_iife_object")
            << u"(function() { return { iteration: $.loop['iteration'], processed: true }; })()"_s
            << json("{'loop': {'iteration': 4}}") << json("{'iteration': 4, 'processed': true}");
        QTest::newRow("conductor_index_of")
            << u"if ($.available.indexOf($.requested) >= 0) { \"true\" } else { \"false\" }"_s
            << json("{'available': ['redeliver', 'redelivery'], 'requested': 'redelivery'}")
            << json("'true'");
        QTest::newRow("conductor_array_length")
            << u"$.list.length"_s << json("{'list': [1, 2, 3]}") << json("3");

        // Every JSON type comes back as itself.
        QTest::newRow("number_integer") << u"$.a + $.b"_s << json("{'a': 1, 'b': 2}") << json("3");
        QTest::newRow("number_fraction") << u"1 / 4"_s << json("null") << json("0.25");
        QTest::newRow("string_unicode")
            << u"$.name + ' é ✓'"_s << json("{'name': 'joinery'}") << json("'joinery é ✓'");
        QTest::newRow("bool") << u"!$"_s << json("false") << json("true");
        QTest::newRow("null") << u"null"_s << json("{}") << json("null");
        QTest::newRow("undefined_is_null") << u"undefined"_s << json("{}") << json("null");
        QTest::newRow("declaration_only_is_null") << u"var x = 1;"_s << json("{}") << json("null");
        QTest::newRow("nan_is_null") << u"0 / 0"_s << json("{}") << json("null");
        QTest::newRow("infinity_is_null") << u"1 / 0"_s << json("{}") << json("null");
        QTest::newRow("function_is_null") << u"(function () {})"_s << json("{}") << json("null");
        QTest::newRow("array_mixed") << u"[1, 'two', {three: 3}, [null], true]"_s << json("{}")
                                     << json("[1, 'two', {'three': 3}, [null], true]");
        QTest::newRow("object_nested") << u"({a: {b: [1, {c: $.x}]}})"_s << json("{'x': 'y'}")
                                       << json("{'a': {'b': [1, {'c': 'y'}]}}");
        QTest::newRow("object_drops_undefined")
            << u"({a: undefined, b: 1})"_s << json("{}") << json("{'b': 1}");
        QTest::newRow("date_as_iso_text")
            << u"new Date(0)"_s << json("{}") << json("'1970-01-01T00:00:00.000Z'");
        QTest::newRow("input_returned_whole")
            << u"$"_s << json("{'k': [1, {'m': null}]}") << json("{'k': [1, {'m': null}]}");
        QTest::newRow("input_scalar") << u"$ * 2"_s << json("21") << json("42");
        QTest::newRow("input_null") << u"$ === null"_s << json("null") << json("true");

        // Ordinary code that a frozen standard library must not break.
        QTest::newRow("assigning_inherited_to_string")
            << u"var o = {}; o.toString = function () { return 'x'; }; String(o)"_s << json("{}")
            << json("'x'");
        QTest::newRow("custom_error_subclass")
            << u"function E(m) { this.name = 'E'; this.message = m; } E.prototype = Object.create(Error.prototype); var e = new E('m'); String(e)"_s
            << json("{}") << json("'E: m'");
        QTest::newRow("console_is_discarded")
            << u"console.log('hi', $); console.error('x'); 1"_s << json("{}") << json("1");
        QTest::newRow("strict_mode_script")
            << u"'use strict'; var y = 2; y * 3"_s << json("{}") << json("6");
        QTest::newRow("sorting_and_json")
            << u"JSON.stringify([3, 1, 2].sort())"_s << json("{}") << json("'[1,2,3]'");
        QTest::newRow("expression_with_trailing_semicolon")
            << u"$.a + 1;  "_s << json("{'a': 1}") << json("2");
        QTest::newRow("expression_then_line_comment")
            << u"$.a + 1 // why"_s << json("{'a': 1}") << json("2");
        QTest::newRow("block_with_label_is_not_an_object")
            << u"{a: 1}"_s << json("{}") << json("1");
        QTest::newRow("comment_then_block") << u"/* c */ {a: 2}"_s << json("{}") << json("2");
        QTest::newRow("declaration_alone_is_null")
            << u"function f() { return 1; }"_s << json("{}") << json("null");
        QTest::newRow("statements_without_semicolons")
            << u"var a = $.x\nvar b = 2\na * b"_s << json("{'x': 4}") << json("8");
        QTest::newRow("empty_script_is_null") << u"  "_s << json("{}") << json("null");
        QTest::newRow("generators")
            << u"function* g() { yield 1; yield 2; } var s = 0; for (var v of g()) s += v; s"_s
            << json("{}") << json("3");
    }

    void evaluates()
    {
        QFETCH(QString, script);
        QFETCH(QJsonValue, input);
        QFETCH(QJsonValue, expected);
        const ScriptResult result = ScriptEvaluator::evaluate(script, input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(dump(result.value), dump(expected));
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("syntax_error") << u"function ("_s << u"SyntaxError"_s;
        QTest::newRow("reference_error") << u"nope.x"_s << u"ReferenceError"_s;
        QTest::newRow("type_error") << u"$.missing.field"_s << u"TypeError"_s;
        QTest::newRow("thrown_error") << u"throw new Error('bad input')"_s << u"Error: bad input"_s;
        QTest::newRow("thrown_string") << u"throw 'boom'"_s << u"boom"_s;
        QTest::newRow("thrown_object_with_failing_to_string")
            << u"throw { toString: function () { throw 1; } }"_s << u"exception"_s;
        QTest::newRow("cyclic_result") << u"var a = {}; a.self = a; a"_s << u"TypeError"_s;
        QTest::newRow("endless_recursion")
            << u"function f() { return f(); } f()"_s << u"RangeError"_s;
        // Expressions are compiled by the Function constructor; closing its body early must be a
        // syntax error, not code that runs while compiling, outside the time limit.
        QTest::newRow("function_body_breakout")
            << u"1}); leaked = 1; (function(){"_s << u"SyntaxError"_s;
        QTest::newRow("strict_undeclared_assignment")
            << u"'use strict'; undeclared = 1"_s << u"ReferenceError"_s;
    }

    void reportsErrors()
    {
        QFETCH(QString, script);
        QFETCH(QString, errorPart);
        const ScriptResult result = ScriptEvaluator::evaluate(script, json("{'value': 1}"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        QCOMPARE(result.value, QJsonValue());
        QCOMPARE(
            ScriptEvaluator::evaluate(u"typeof leaked"_s, json("{}")).value, json("'undefined'"));
    }

    void seesNoHost_data()
    {
        QTest::addColumn<QString>("name");
        const char *names[] = {"require", "XMLHttpRequest", "Qt", "qsTr", "QT_TR_NOOP", "print",
            "gc", "setTimeout", "setInterval", "fetch", "process", "importScripts", "Promise",
            "module", "exports", "window", "document", "WebSocket"};
        for (const char *name : names) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void seesNoHost()
    {
        QFETCH(QString, name);
        const ScriptResult result = ScriptEvaluator::evaluate(u"typeof "_s + name, json("{}"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.value.toString(), u"undefined"_s);
    }

    // Only the ECMAScript globals (and the silent console) are there, nothing a host added.
    void globalsAreStandard()
    {
        const ScriptResult result = ScriptEvaluator::evaluate(
            u"Object.getOwnPropertyNames(Function('return this')()).sort()"_s, json("{}"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const QStringList allowed = {u"Array"_s, u"ArrayBuffer"_s, u"Atomics"_s, u"Boolean"_s,
            u"DataView"_s, u"Date"_s, u"Error"_s, u"EvalError"_s, u"Float32Array"_s,
            u"Float64Array"_s, u"Function"_s, u"Infinity"_s, u"Int16Array"_s, u"Int32Array"_s,
            u"Int8Array"_s, u"JSON"_s, u"Map"_s, u"Math"_s, u"NaN"_s, u"Number"_s, u"Object"_s,
            u"Proxy"_s, u"RangeError"_s, u"ReferenceError"_s, u"Reflect"_s, u"RegExp"_s, u"Set"_s,
            u"SharedArrayBuffer"_s, u"String"_s, u"Symbol"_s, u"SyntaxError"_s, u"TypeError"_s,
            u"URIError"_s, u"URL"_s, u"URLSearchParams"_s, u"Uint16Array"_s, u"Uint32Array"_s,
            u"Uint8Array"_s, u"Uint8ClampedArray"_s, u"WeakMap"_s, u"WeakSet"_s, u"console"_s,
            u"decodeURI"_s, u"decodeURIComponent"_s, u"encodeURI"_s, u"encodeURIComponent"_s,
            u"escape"_s, u"eval"_s, u"globalThis"_s, u"isFinite"_s, u"isNaN"_s, u"parseFloat"_s,
            u"parseInt"_s, u"undefined"_s, u"unescape"_s};
        const QJsonArray names = result.value.toArray();
        QVERIFY(names.size() > 40);
        for (const QJsonValue &name : names) {
            QVERIFY2(allowed.contains(name.toString()), qPrintable(name.toString()));
        }
    }

    // Nothing one evaluation does may change what the next one computes.
    void evaluationsAreIsolated_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("implicit_global")
            << u"leaked = 5; 1"_s << u"typeof leaked"_s << json("'undefined'");
        QTest::newRow("global_via_function")
            << u"Function('return this')().z = 1; 1"_s << u"typeof z"_s << json("'undefined'");
        QTest::newRow("non_configurable_global")
            << u"Object.defineProperty(Function('return this')(), 'sticky', {value: 1}); 1"_s
            << u"typeof sticky"_s << json("'undefined'");
        QTest::newRow("var_declaration")
            << u"var x = 1; x"_s << u"typeof x"_s << json("'undefined'");
        QTest::newRow("function_declaration") << u"function helper() { return 1; } helper()"_s
                                              << u"typeof helper"_s << json("'undefined'");
        QTest::newRow("object_prototype_pollution")
            << u"Object.prototype.polluted = 1; 1"_s << u"typeof ({}).polluted"_s
            << json("'undefined'");
        QTest::newRow("array_prototype_method")
            << u"Array.prototype.first = function () { return 1; }; 1"_s << u"typeof [].first"_s
            << json("'undefined'");
        QTest::newRow("math_replaced")
            << u"Math.max = function () { return 42; }; 1"_s << u"Math.max(1, 2)"_s << json("2");
        QTest::newRow("json_rebound")
            << u"JSON = null; 1"_s << u"typeof JSON"_s << json("'object'");
        QTest::newRow("eval_rebound")
            << u"eval = function () { return 7; }; 1"_s << u"1 + 1"_s << json("2");
        QTest::newRow("object_keys_rebound")
            << u"Object.keys = null; 1"_s << u"Object.keys({a: 1}).length"_s << json("1");
        // The script's own function is reachable as arguments.callee, and is the same object
        // on the next call: through eval() for statements, cached for expressions.
        QTest::newRow("statement_function_property")
            << u"arguments.callee.x = 1; 1"_s << u"var r = typeof arguments.callee.x; r"_s
            << json("'undefined'");
        QTest::newRow("expression_function_property")
            << u"arguments.callee.count = (arguments.callee.count || 0) + 1"_s
            << u"arguments.callee.count = (arguments.callee.count || 0) + 1"_s << json("1");
        QTest::newRow("expression_function_prototype")
            << u"arguments.callee.prototype.n = (arguments.callee.prototype.n || 0) + 1"_s
            << u"arguments.callee.prototype.n = (arguments.callee.prototype.n || 0) + 1"_s
            << json("1");
        QTest::newRow("console_replaced")
            << u"console.log = null; 1"_s << u"typeof console.log"_s << json("'function'");
        QTest::newRow("global_prototype_replaced")
            << u"Object.setPrototypeOf(Function('return this')(), {inherited: 1}); 1"_s
            << u"typeof inherited"_s << json("'undefined'");
        QTest::newRow("global_frozen") << u"Object.freeze(Function('return this')()); 1"_s
                                       << u"implicit = 2; implicit"_s << json("2");
        QTest::newRow("regexp_last_match")
            << u"/(secret)/.exec('secret'); 1"_s << u"RegExp.$1 || ''"_s << json("''");
        QTest::newRow("input_mutated") << u"$.value = 99; $.value"_s << u"$.value"_s << json("1");
        QTest::newRow("iterator_prototype")
            << u"Object.getPrototypeOf([][Symbol.iterator]()).next = null; 1"_s
            << u"[...[1, 2]].length"_s << json("2");
    }

    void evaluationsAreIsolated()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QJsonValue, expected);
        const QJsonValue input = json("{'value': 1}");
        const ScriptResult polluting = ScriptEvaluator::evaluate(first, input);
        Q_UNUSED(polluting); // a frozen built-in may also make the first script throw
        const ScriptResult result = ScriptEvaluator::evaluate(second, input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(dump(result.value), dump(expected));
    }

    void endlessLoopTimesOut_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("while_true") << u"while (true) {}"_s;
        QTest::newRow("catch_cannot_swallow_the_interrupt")
            << u"while (true) { try { while (true) {} } catch (e) {} }"_s;
        QTest::newRow("in_a_function") << u"function spin() { for (;;) {} } spin();"_s;
        QTest::newRow("in_to_json") << u"({ toJSON: function () { while (true) {} } })"_s;
        QTest::newRow("in_thrown_to_string")
            << u"throw { toString: function () { while (true) {} } }"_s;
    }

    void endlessLoopTimesOut()
    {
        QFETCH(QString, script);
        constexpr int kLimit = 200;
        QElapsedTimer timer;
        timer.start();
        const ScriptResult result = ScriptEvaluator::evaluate(script, json("{}"), kLimit);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!result.ok);
        QCOMPARE(result.error, u"timed out after 200 ms"_s);
        QVERIFY2(elapsed >= kLimit - 5, qPrintable(QString::number(elapsed)));

        // The same thread's engine is usable straight away, and not interrupted again.
        const ScriptResult next = ScriptEvaluator::evaluate(
            u"var n = 0; for (var i = 0; i < 1000; ++i) n += i; n"_s, json("{}"), kLimit);
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.value, json("499500"));
    }

    void fastScriptsAreNotInterruptedLater()
    {
        // A short limit armed many times: a stale interrupt must never hit a later evaluation.
        for (int i = 0; i < 2000; ++i) {
            const ScriptResult result = ScriptEvaluator::evaluate(u"$ + 1"_s, QJsonValue(i), 5);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.value.toInt(), i + 1);
        }
    }

    void evaluatesFromFourThreadsAtOnce()
    {
        std::atomic<int> failures {0};
        std::atomic<int> timeouts {0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([t, &failures, &timeouts] {
                for (int i = 0; i < 300; ++i) {
                    if (t == 0 && i % 100 == 0) {
                        // One thread keeps running into its limit while the others work.
                        const ScriptResult spin
                            = ScriptEvaluator::evaluate(u"while (true) {}"_s, json("{}"), 50);
                        if (!spin.ok && spin.error == u"timed out after 50 ms"_s) {
                            ++timeouts;
                        }
                        continue;
                    }
                    const QJsonObject input {
                        {u"n"_s, t * 1000 + i}, {u"list"_s, QJsonArray {t, i}}};
                    // `leak` would survive into the next evaluation if the clean-up failed.
                    const ScriptResult result = ScriptEvaluator::evaluate(
                        u"var before = typeof leak; leak = $.n; "_s
                        u"({n: $.n * 2, sum: $.list[0] + $.list[1], before: before})"_s,
                        input);
                    const QJsonObject expected {{u"n"_s, (t * 1000 + i) * 2}, {u"sum"_s, t + i},
                        {u"before"_s, u"undefined"_s}};
                    if (!result.ok || result.value.toObject() != expected) {
                        ++failures;
                    }
                }
            }));
        }
        for (auto &thread : threads) {
            thread->start();
        }
        for (auto &thread : threads) {
            QVERIFY(thread->wait(60'000));
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(timeouts.load(), 3);
    }

    void truthiness_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("truthy");
        QTest::newRow("true") << json("true") << true;
        QTest::newRow("false") << json("false") << false;
        QTest::newRow("zero") << json("0") << false;
        QTest::newRow("negative_zero") << json("-0.0") << false;
        QTest::newRow("one") << json("1") << true;
        QTest::newRow("negative") << json("-2.5") << true;
        QTest::newRow("empty_string") << json("''") << false;
        QTest::newRow("string_false_is_truthy") << json("'false'") << true;
        QTest::newRow("null") << json("null") << false;
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("empty_array") << json("[]") << true;
        QTest::newRow("empty_object") << json("{}") << true;
    }

    void truthiness()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, truthy);
        QCOMPARE(ScriptEvaluator::isTruthy(value), truthy);
    }

    // Expression scripts are compiled once per thread; statements go through eval() each time.
    void benchmarkExpression()
    {
        const QString script = u"$.loopTask['iteration'] < $.value"_s;
        const QJsonValue input = json("{'loopTask': {'iteration': 1}, 'value': 3}");
        ScriptResult result;
        QBENCHMARK
        {
            result = ScriptEvaluator::evaluate(script, input);
        }
        QVERIFY(result.ok);
        QCOMPARE(result.value, json("true"));
    }

    void benchmarkLoopCondition()
    {
        const QString script
            = u"if ($.loopTask['iteration'] < $.value) { true; } else { false; }"_s;
        const QJsonValue input = json("{'loopTask': {'iteration': 1}, 'value': 3}");
        ScriptResult result;
        QBENCHMARK
        {
            result = ScriptEvaluator::evaluate(script, input);
        }
        QVERIFY(result.ok);
        QCOMPARE(result.value, json("true"));
    }
};

QTEST_GUILESS_MAIN(TestScriptEvaluator)
#include "tst_scriptevaluator.moc"
