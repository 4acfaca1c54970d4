#include "decider/scripting/jqtransform.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
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

// Every JSON_JQ_TRANSFORM queryExpression in Conductor's test workflows, at any depth.
void collectQueries(
    const QJsonValue &value, const QString &file, QList<QPair<QString, QString>> *out)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            collectQueries(element, file, out);
        }
        return;
    }
    if (!value.isObject()) {
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.value(u"type"_s) == u"JSON_JQ_TRANSFORM"_s) {
        const QJsonValue query = object.value(u"inputParameters"_s)[u"queryExpression"];
        if (query.isString()) {
            out->append(
                {file + u':' + object.value(u"taskReferenceName"_s).toString(), query.toString()});
        }
    }
    for (const QJsonValue &member : object) {
        collectQueries(member, file, out);
    }
}

} // namespace

class TestJqTransform : public QObject
{
    Q_OBJECT

private slots:
    void transforms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<QJsonValue>("result");
        QTest::addColumn<QJsonValue>("resultList");

        // Queries from Conductor's fixtures and documentation.
        QTest::newRow("fixture_add_two_keys")
            << u"{ out: (.key1.value1 + .key2.value2) }"_s
            << json("{'key1': {'value1': ['a', 'b']}, 'key2': {'value2': ['c', 'd']}}")
            << json("{'out': ['a', 'b', 'c', 'd']}") << json("[{'out': ['a', 'b', 'c', 'd']}]");
        QTest::newRow("fixture_input_as_variable")
            << u".input as $_ | { out: ($_.in1.array + $_.in2.array) }"_s
            << json("{'input': {'in1': {'array': [1]}, 'in2': {'array': [2, 3]}}}")
            << json("{'out': [1, 2, 3]}") << json("[{'out': [1, 2, 3]}]");
        QTest::newRow("fixture_if_empty_create")
            << u"if(.data | length >0) then \"EXISTS\" else \"CREATE\" end"_s
            << json("{'data': []}") << json("'CREATE'") << json("['CREATE']");
        QTest::newRow("fixture_if_present_exists")
            << u"if(.data | length >0) then \"EXISTS\" else \"CREATE\" end"_s
            << json("{'data': [1]}") << json("'EXISTS'") << json("['EXISTS']");
        QTest::newRow("fixture_map_names")
            << u".inputData.request.transitions | map(.name)"_s
            << json("{'inputData': {'request': {'transitions': [{'name': 'redeliver'}, {'name': "
                    "'redelivery'}]}}}")
            << json("['redeliver', 'redelivery']") << json("[['redeliver', 'redelivery']]");
        // The fixture writes `{ k: .a // "x" }`; libjq 1.6 wants the value in parentheses.
        QTest::newRow("fixture_defaults_with_alternative")
            << u"{ requestTransform: (.input.requestTransform // \".body\")  , method: (.input.method // \"GET\") }"_s
            << json("{'input': {'method': 'POST'}}")
            << json("{'requestTransform': '.body', 'method': 'POST'}")
            << json("[{'requestTransform': '.body', 'method': 'POST'}]");
        QTest::newRow("fixture_length")
            << u".tp2.TEST_SAMPLE | length"_s << json("{'tp2': {'TEST_SAMPLE': [{}, {}, {}]}}")
            << json("3") << json("[3]");
        QTest::newRow("fixture_quoted_key")
            << u"{ out: ({ \"locationId\": .locationIdValue }) }"_s
            << json("{'locationIdValue': 17}") << json("{'out': {'locationId': 17}}")
            << json("[{'out': {'locationId': 17}}]");

        // Conductor's output shape: result is the first value, resultList all of them.
        QTest::newRow("several_results")
            << u".[]"_s << json("[1, 'two', null]") << json("1") << json("[1, 'two', null]");
        QTest::newRow("no_results") << u"empty"_s << json("{}") << json("null") << json("[]");
        QTest::newRow("first_result_null")
            << u".a, .b"_s << json("{'b': 2}") << json("null") << json("[null, 2]");
        QTest::newRow("halt_error_with_exit_zero")
            << u"1, (\"fine\" | halt_error(0))"_s << json("{}") << json("1") << json("[1]");
        QTest::newRow("halt_ends_output")
            << u"1, halt, 2"_s << json("{}") << json("1") << json("[1]");

        // Values cross the boundary unchanged.
        QTest::newRow("scalar_input") << u". * 2"_s << json("21") << json("42") << json("[42]");
        QTest::newRow("null_input") << u"."_s << json("null") << json("null") << json("[null]");
        QTest::newRow("nested_types")
            << u"."_s << json("{'a': [true, false, null, 1.5, -2, 'é ✓', {'b': {}}], 'c': []}")
            << json("{'a': [true, false, null, 1.5, -2, 'é ✓', {'b': {}}], 'c': []}")
            << json("[{'a': [true, false, null, 1.5, -2, 'é ✓', {'b': {}}], 'c': []}]");
        QTest::newRow("string_with_nul")
            << u". + \"!\""_s << QJsonValue(QString(u"a\0b"_s)) << QJsonValue(u"a\0b!"_s)
            << QJsonValue(QJsonArray {u"a\0b!"_s});
        QTest::newRow("large_integer") << u". + 1"_s << json("9007199254740990")
                                       << json("9007199254740991") << json("[9007199254740991]");
        QTest::newRow("infinity_as_max_double")
            << u"infinite"_s << json("{}") << json("1.7976931348623157e308")
            << json("[1.7976931348623157e308]");
        QTest::newRow("nan_as_null") << u"nan"_s << json("{}") << json("null") << json("[null]");
        QTest::newRow("keyword_as_object_key")
            << u"{import: 1, include: .x}"_s << json("{'x': 2}")
            << json("{'import': 1, 'include': 2}") << json("[{'import': 1, 'include': 2}]");
        QTest::newRow("import_inside_a_string")
            << u"\"import \\\"x\\\"\""_s << json("{}") << json("'import \\\"x\\\"'")
            << json("['import \\\"x\\\"']");
    }

    void transforms()
    {
        QFETCH(QString, query);
        QFETCH(QJsonValue, input);
        QFETCH(QJsonValue, result);
        QFETCH(QJsonValue, resultList);
        const JqResult out = JqTransform::run(query, input);
        QVERIFY2(out.ok, qPrintable(out.error));
        QVERIFY(out.error.isEmpty());
        QCOMPARE(dump(out.result), dump(result));
        QCOMPARE(dump(out.resultList), dump(resultList));
        QString error;
        QVERIFY(JqTransform::check(query, &error));
        QVERIFY(error.isEmpty());
    }

    void fails_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<bool>("compiles");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("syntax_error") << u".a |||"_s << json("{}") << false << u"syntax error"_s;
        QTest::newRow("unknown_function") << u"nosuchfunction(1)"_s << json("{}") << false
                                          << u"nosuchfunction/1 is not defined"_s;
        QTest::newRow("alternative_as_object_value_needs_parentheses")
            << u"{ method: .input.method // \"GET\" }"_s << json("{}") << false
            << u"syntax error"_s;
        QTest::newRow("single_quoted_string_from_fixture")
            << u"[{id: 1, value: 'task1'}]"_s << json("{}") << false << u"syntax error"_s;
        QTest::newRow("runtime_type_error")
            << u".a + 1"_s << json("{'a': 'x'}") << true << u"cannot be added"_s;
        QTest::newRow("runtime_index_error")
            << u".a.b"_s << json("{'a': [1]}") << true << u"Cannot index array"_s;
        QTest::newRow("error_builtin")
            << u"error(\"custom failure\")"_s << json("{}") << true << u"custom failure"_s;
        QTest::newRow("error_with_object")
            << u"error({code: 7})"_s << json("{}") << true << u"\"code\":7"_s;
        QTest::newRow("halt_error_with_null")
            << u"null | halt_error(3)"_s << json("{}") << true << u"halted with exit code 3"_s;
        QTest::newRow("halt_error")
            << u"\"stopped here\" | halt_error"_s << json("{}") << true << u"stopped here"_s;
        QTest::newRow("results_after_error_are_dropped")
            << u"1, error(\"late\")"_s << json("{}") << true << u"late"_s;
        QTest::newRow("import_refused")
            << u"import \"foo\" as f; ."_s << json("{}") << false << u"modules are not supported"_s;
        QTest::newRow("include_refused") << u"include \"foo\" {search: \"/etc\"}; ."_s << json("{}")
                                         << false << u"modules are not supported"_s;
        QTest::newRow("modulemeta_finds_nothing")
            << u"\"foo\" | modulemeta"_s << json("{}") << true << u"foo"_s;
        QTest::newRow("endless_generator_is_capped")
            << u"repeat(1)"_s << json("{}") << true << u"more than 100000"_s;
    }

    void fails()
    {
        QFETCH(QString, query);
        QFETCH(QJsonValue, input);
        QFETCH(bool, compiles);
        QFETCH(QString, errorPart);
        const JqResult out = JqTransform::run(query, input);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(errorPart), qPrintable(out.error));
        QVERIFY(out.resultList.isEmpty());
        QCOMPARE(out.result, QJsonValue());
        QString error;
        QCOMPARE(JqTransform::check(query, &error), compiles);
        if (!compiles) {
            QCOMPARE(error, out.error);
        }
    }

    void compiledQueryIsReusableAfterAnError()
    {
        const QString query = u".a + 1"_s;
        QVERIFY(!JqTransform::run(query, json("{'a': 'x'}")).ok);
        const JqResult good = JqTransform::run(query, json("{'a': 1}"));
        QVERIFY2(good.ok, qPrintable(good.error));
        QCOMPARE(good.result, json("2"));
        const QString halting = u"\"stop\" | halt_error"_s;
        QVERIFY(!JqTransform::run(halting, json("{}")).ok);
        QVERIFY(!JqTransform::run(halting, json("{}")).ok);
        QCOMPARE(JqTransform::run(u"."_s, json("5")).result, json("5"));
    }

    // Every query in Conductor's JSON_JQ fixtures compiles, except the known differences between
    // Conductor's jackson-jq and libjq 1.6, which must keep failing until we handle them.
    void fixtureQueriesCompile()
    {
        const QHash<QString, QString> knownIncompatible = {
            {u"sequential_json_jq_transform_integration_test.json:default_variables"_s,
                u"`{k: .a // \"x\"}`: libjq 1.6 needs the value in parentheses"_s},
            {u"do_while_timeline_ui_demo.json:prepare_fork_ref"_s,
                u"single-quoted strings are not jq"_s},
        };
        const QDir dir(QStringLiteral(JOINERY_SHARED_DIR "/conductor-fixtures"));
        QList<QPair<QString, QString>> queries;
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            collectQueries(QJsonDocument::fromJson(file.readAll()).object(), name, &queries);
        }
        QVERIFY2(queries.size() >= 8, qPrintable(QString::number(queries.size())));
        int checked = 0;
        for (const auto &[where, query] : std::as_const(queries)) {
            if (query.startsWith(u"${"_s)) {
                continue; // resolved from an earlier task's output at run time
            }
            QString error;
            const bool ok = JqTransform::check(query, &error);
            const bool expected = !knownIncompatible.contains(where);
            QVERIFY2(ok == expected, qPrintable(where + u": "_s + query + u" -> "_s + error));
            ++checked;
        }
        QVERIFY(checked >= 7);
    }

    void runsFromFourThreadsAtOnce()
    {
        std::atomic<int> failures {0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([t, &failures] {
                for (int i = 0; i < 200; ++i) {
                    const QJsonObject input {
                        {u"key1"_s, QJsonObject {{u"value1"_s, QJsonArray {t}}}},
                        {u"key2"_s, QJsonObject {{u"value2"_s, QJsonArray {i, 0.5}}}}};
                    const JqResult out
                        = JqTransform::run(u"{ out: (.key1.value1 + .key2.value2) }"_s, input);
                    const QJsonObject expected {{u"out"_s, QJsonArray {t, i, 0.5}}};
                    if (!out.ok || out.result.toObject() != expected) {
                        ++failures;
                    }
                    if (JqTransform::run(u".x +"_s, input).ok) { // a compile error per thread, too
                        ++failures;
                    }
                }
            }));
        }
        for (auto &thread : threads) {
            thread->start();
        }
        for (auto &thread : threads) {
            QVERIFY(thread->wait(120'000));
        }
        QCOMPARE(failures.load(), 0);
    }

    void benchmarkCachedQuery()
    {
        const QString query = u"{ out: (.key1.value1 + .key2.value2) }"_s;
        const QJsonValue input
            = json("{'key1': {'value1': ['a', 'b']}, 'key2': {'value2': ['c', 'd']}}");
        JqResult out;
        QBENCHMARK
        {
            out = JqTransform::run(query, input);
        }
        QVERIFY(out.ok);
    }
};

QTEST_GUILESS_MAIN(TestJqTransform)
#include "tst_jqtransform.moc"
