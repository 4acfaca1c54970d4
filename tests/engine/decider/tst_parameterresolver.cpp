#include "decider/expressions/parameterresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace joinery;
using namespace Qt::StringLiterals;

namespace {

// Any JSON value written as text, scalars included ("5", "null", "'s'"), with single quotes
// for double quotes: moc (6.4) mis-reads raw string literals, and this keeps the data readable.
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

// A context over one literal document, counting how it is asked: the resolver should ask for
// (root, field) pairs and fetch whole objects only for paths that stop at the root.
class FakeContext final : public ExpressionContext
{
public:
    explicit FakeContext(const QJsonObject &document)
        : m_document(document)
    { }

    QJsonValue field(const QString &root, const QString &field) const override
    {
        ++fieldCalls;
        const QJsonValue object = m_document.value(root);
        return object.isObject() ? object.toObject().value(field)
                                 : QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue object(const QString &root) const override
    {
        ++objectCalls;
        return m_document.value(root);
    }

    mutable int fieldCalls = 0;
    mutable int objectCalls = 0;

private:
    QJsonObject m_document;
};

QJsonObject document()
{
    QJsonObject document = json(
        "{"
        "'workflow': {"
        "'input': {'a': 1, 'b': 2, 'count': 5, 'ratio': 1.5, 'flag': true, 'nothing': null,"
        "'key': 'count', 'which': 'ke', 'name': 'joinery', 'list': [10, 20, 30],"
        "'big': 12345678901, 'tiny': 1e-7},"
        "'workflowId': 'wf-1',"
        "'status': 'RUNNING',"
        "'variables': {'counter': 3}"
        "},"
        "'t1': {"
        "'status': 'COMPLETED',"
        "'output': {"
        "'items': [{'id': 'i0', 'tags': ['x']}, {'id': 'i1'}, {'id': 'i2', 'tags': ['y', 'z']}],"
        "'result': {'a': 1, 'b': 'x'},"
        "'weird.key': 'dotted',"
        "'with space': 'spaced'"
        "}"
        "},"
        "'CPEWF_TASK_ID': 'task-7'"
        "}")
                               .toObject();
    // json() would turn the apostrophe into a quote.
    document.insert(u"t2"_s, QJsonObject {{u"output"_s, QJsonObject {{u"it's"_s, u"quoted"_s}}}});
    return document;
}

const FakeContext &context()
{
    static const FakeContext context(document());
    return context;
}

} // namespace

class TestParameterResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolvesStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("expected");

        // A string that is exactly one expression keeps the value's type.
        QTest::newRow("whole_string_number") << u"${workflow.input.count}"_s << json("5");
        QTest::newRow("whole_string_double") << u"${workflow.input.ratio}"_s << json("1.5");
        QTest::newRow("whole_string_bool") << u"${workflow.input.flag}"_s << json("true");
        QTest::newRow("whole_string_text") << u"${workflow.workflowId}"_s << json("'wf-1'");
        QTest::newRow("whole_string_object") << u"${t1.output.result}"_s << json("{'a':1,'b':'x'}");
        QTest::newRow("whole_string_array") << u"${workflow.input.list}"_s << json("[10,20,30]");
        QTest::newRow("whole_string_explicit_null")
            << u"${workflow.input.nothing}"_s << json("null");
        QTest::newRow("whole_string_variables") << u"${workflow.variables.counter}"_s << json("3");
        QTest::newRow("whole_string_task_status") << u"${t1.status}"_s << json("'COMPLETED'");
        QTest::newRow("whole_string_nested_key") << u"${t1.output.result.b}"_s << json("'x'");
        QTest::newRow("special_name_from_context") << u"${CPEWF_TASK_ID}"_s << json("'task-7'");
        QTest::newRow("explicit_dollar_root") << u"${$.workflow.input.a}"_s << json("1");
        QTest::newRow("spaces_inside_braces") << u"${ workflow.input.a }"_s << json("1");

        // Missing paths are null, never an error.
        QTest::newRow("missing_key") << u"${workflow.input.nope}"_s << json("null");
        QTest::newRow("missing_task") << u"${t9.output.x}"_s << json("null");
        QTest::newRow("missing_root_field") << u"${workflow.nope.x}"_s << json("null");
        QTest::newRow("key_of_scalar") << u"${workflow.input.a.b}"_s << json("null");
        QTest::newRow("key_of_array") << u"${workflow.input.list.a}"_s << json("null");
        QTest::newRow("index_of_object") << u"${t1.output.result[0]}"_s << json("null");
        QTest::newRow("index_out_of_range") << u"${workflow.input.list[3]}"_s << json("null");
        QTest::newRow("negative_index_is_null") << u"${workflow.input.list[-1]}"_s << json("null");
        QTest::newRow("deep_scan_unsupported") << u"${workflow..a}"_s << json("null");
        QTest::newRow("filter_unsupported") << u"${t1.output.items[?(@.id)]}"_s << json("null");
        QTest::newRow("unknown_function") << u"${workflow.input.list.max()}"_s << json("null");
        QTest::newRow("unclosed_bracket") << u"${workflow.input.list[0}"_s << json("null");

        // JsonPath subset.
        QTest::newRow("index") << u"${workflow.input.list[1]}"_s << json("20");
        QTest::newRow("index_then_key") << u"${t1.output.items[2].id}"_s << json("'i2'");
        QTest::newRow("index_index") << u"${t1.output.items[2].tags[1]}"_s << json("'z'");
        QTest::newRow("single_quoted_key") << u"${t1.output['weird.key']}"_s << json("'dotted'");
        QTest::newRow("double_quoted_key") << u"${t1.output[\"with space\"]}"_s << json("'spaced'");
        QTest::newRow("escaped_quote_in_key") << u"${t2.output['it\\'s']}"_s << json("'quoted'");
        QTest::newRow("bracket_root") << u"${['workflow'].input.a}"_s << json("1");
        QTest::newRow("wildcard") << u"${t1.output.items[*].id}"_s << json("['i0','i1','i2']");
        QTest::newRow("wildcard_skips_missing")
            << u"${t1.output.items[*].tags}"_s << json("[['x'],['y','z']]");
        QTest::newRow("wildcard_dot_form") << u"${t1.output.result.*}"_s << json("[1,'x']");
        QTest::newRow("wildcard_twice")
            << u"${t1.output.items[*].tags[*]}"_s << json("['x','y','z']");
        QTest::newRow("length_of_array") << u"${workflow.input.list.length()}"_s << json("3");
        QTest::newRow("length_of_object") << u"${t1.output.result.length()}"_s << json("2");
        QTest::newRow("length_of_wildcard")
            << u"${t1.output.items[*].tags.length()}"_s << json("2");
        QTest::newRow("length_of_string_is_null")
            << u"${workflow.workflowId.length()}"_s << json("null");

        // Anything around the expression makes it text.
        QTest::newRow("interpolated_text")
            << u"id-${workflow.workflowId}-x"_s << json("'id-wf-1-x'");
        QTest::newRow("interpolated_number") << u"n=${workflow.input.count}"_s << json("'n=5'");
        QTest::newRow("interpolated_double") << u"r=${workflow.input.ratio}"_s << json("'r=1.5'");
        QTest::newRow("interpolated_big_integer")
            << u"${workflow.input.big}!"_s << json("'12345678901!'");
        QTest::newRow("interpolated_tiny_double")
            << u"${workflow.input.tiny}!"_s << json("'1e-07!'");
        QTest::newRow("interpolated_bool") << u"${workflow.input.flag}?"_s << json("'true?'");
        QTest::newRow("interpolated_object_as_compact_json")
            << u"r=${t1.output.result}"_s << QJsonValue(u"r={\"a\":1,\"b\":\"x\"}"_s);
        QTest::newRow("interpolated_array_as_compact_json")
            << u"${workflow.input.list} "_s << json("'[10,20,30] '");
        QTest::newRow("interpolated_missing_is_null")
            << u"x=${workflow.input.nope}"_s << json("'x=null'");
        QTest::newRow("two_expressions_concatenate")
            << u"${workflow.input.a}${workflow.input.b}"_s << json("'12'");
        QTest::newRow("unicode_around") << u"é ${workflow.input.name} ✓"_s << json("'é joinery ✓'");

        // Nesting resolves the inner expression first, as text.
        QTest::newRow("nested_typed") << u"${workflow.input.${workflow.input.key}}"_s << json("5");
        QTest::newRow("nested_in_text")
            << u"v=${workflow.input.${workflow.input.key}}"_s << json("'v=5'");
        QTest::newRow("nested_twice")
            << u"${workflow.input.${workflow.input.${workflow.input.which}y}}"_s << json("5");
        QTest::newRow("nested_missing_inner")
            << u"${workflow.input.${workflow.input.nope}}"_s << json("null");

        // Escapes, blanks and things that are not expressions.
        QTest::newRow("escaped_is_literal")
            << u"$${workflow.input.a}"_s << json("'${workflow.input.a}'");
        QTest::newRow("escaped_next_to_expression")
            << u"$${x} ${workflow.input.a}"_s << json("'${x} 1'");
        QTest::newRow("double_dollar_escape") << u"$$${x}"_s << json("'$${x}'");
        QTest::newRow("empty_expression_is_empty_string") << u"${}"_s << json("''");
        QTest::newRow("blank_expression_in_text") << u"a${ }b"_s << json("'ab'");
        QTest::newRow("unclosed_is_literal")
            << u"abc ${workflow.input.a"_s << json("'abc ${workflow.input.a'");
        QTest::newRow("unclosed_then_valid") << u"${a ${workflow.input.a}"_s << json("'${a 1'");
        QTest::newRow("v1_style_literal")
            << u"workflow.input.param1"_s << json("'workflow.input.param1'");
        QTest::newRow("plain_text")
            << u"just text {with} $ signs"_s << json("'just text {with} $ signs'");
        QTest::newRow("secrets_deferred")
            << u"${workflow.secrets.token}"_s << json("'${workflow.secrets.token}'");
        QTest::newRow("secrets_deferred_in_text")
            << u"Bearer ${workflow.secrets.token} ${workflow.input.a}"_s
            << json("'Bearer ${workflow.secrets.token} 1'");
    }

    void resolvesStrings()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, expected);
        QCOMPARE(dump(ParameterResolver::resolve(QJsonValue(text), context())), dump(expected));
    }

    void resolvesEveryDepth()
    {
        const QJsonValue input
            = json("{"
                   "'plain': 7,"
                   "'list': ['${workflow.input.a}', ['${workflow.input.b}', {'deep': "
                   "'x${workflow.input.count}'}], true],"
                   "'object': {'inner': {'value': '${t1.output.result}', 'keep': null}},"
                   "'literal': 'workflow.input.a'"
                   "}");
        const QJsonValue expected
            = json("{"
                   "'plain': 7,"
                   "'list': [1, [2, {'deep': 'x5'}], true],"
                   "'object': {'inner': {'value': {'a': 1, 'b': 'x'}, 'keep': null}},"
                   "'literal': 'workflow.input.a'"
                   "}");
        QCOMPARE(dump(ParameterResolver::resolve(input, context())), dump(expected));
        QCOMPARE(dump(ParameterResolver::resolve(input.toObject(), context())), dump(expected));
    }

    void substitutedValuesAreNotResolvedAgain()
    {
        const FakeContext local(
            json("{'workflow': {'input': {'t': '${workflow.input.t}'}}}").toObject());
        QCOMPARE(ParameterResolver::resolve(QJsonValue(u"${workflow.input.t}"_s), local),
            QJsonValue(u"${workflow.input.t}"_s));
        QCOMPARE(ParameterResolver::resolve(QJsonValue(u"<${workflow.input.t}>"_s), local),
            QJsonValue(u"<${workflow.input.t}>"_s));
    }

    void leavesValuesWithoutExpressionsAlone()
    {
        const QJsonObject input = json("{'a': [1, 'b', {'c': null}], 'd': 'text'}").toObject();
        FakeContext counting(QJsonObject {});
        QCOMPARE(ParameterResolver::resolve(input, counting), input);
        QCOMPARE(counting.fieldCalls + counting.objectCalls, 0);
    }

    void readsFieldsNotWholeObjects()
    {
        FakeContext counting(json("{'t1': {'output': {'x': [1, 2]}}}").toObject());
        QCOMPARE(ParameterResolver::evaluatePath(u"t1.output.x[1]"_s, counting), json("2"));
        QCOMPARE(counting.fieldCalls, 1);
        QCOMPARE(counting.objectCalls, 0);
        QCOMPARE(
            ParameterResolver::evaluatePath(u"t1"_s, counting), json("{'output': {'x': [1, 2]}}"));
        QCOMPARE(counting.objectCalls, 1);
    }

    void evaluatesPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("workflow_input") << u"workflow.input.a"_s << json("1");
        QTest::newRow("task_output_index_key") << u"t1.output.items[0].id"_s << json("'i0'");
        QTest::newRow("missing") << u"t1.output.items[9].id"_s << json("null");
        QTest::newRow("empty") << QString() << json("null");
        QTest::newRow("starts_with_bracket_index") << u"[0]"_s << json("null");
        QTest::newRow("trailing_dot") << u"workflow.input."_s << json("null");
    }

    void evaluatesPaths()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);
        QCOMPARE(dump(ParameterResolver::evaluatePath(path, context())), dump(expected));
    }

    void checksExpressions_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("valid_everywhere")
            << json("{'a': '${x.y}', 'b': ['${z}', {'c': 'p ${q} $${r'}], 'd': 1}") << true
            << QString();
        QTest::newRow("no_expressions") << json("{'a': 'workflow.input.a'}") << true << QString();
        QTest::newRow("nested_valid") << json("'${a.${b}}'") << true << QString();
        QTest::newRow("unclosed_at_top")
            << json("'abc ${x.y'") << false << u"unclosed \"${\" at position 4"_s;
        QTest::newRow("unclosed_located_in_object")
            << json("{'params': {'list': ['ok', '${broken']}}") << false
            << u"params.list[1]: unclosed \"${\" at position 0"_s;
        QTest::newRow("empty_expression")
            << json("{'k': '${}'}") << false << u"k: empty expression at position 0"_s;
        QTest::newRow("blank_expression")
            << json("{'k': 'a ${  }'}") << false << u"k: empty expression at position 2"_s;
        QTest::newRow("empty_nested_expression") << json(
            "{'k': '${a.${}}'}") << false << u"k: empty expression at position 4 in \"${a.${}}\""_s;
        QTest::newRow("escaped_unclosed_is_fine") << json("'$${x'") << true << QString();
    }

    void checksExpressions()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QFETCH(QString, errorPart);
        QString error;
        QCOMPARE(ParameterResolver::checkExpressions(value, &error), valid);
        if (valid) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        }
        QCOMPARE(ParameterResolver::checkExpressions(value, nullptr), valid);
    }

    void detectsExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("contains");
        QTest::newRow("expression") << u"${workflow.input.a}"_s << true;
        QTest::newRow("expression_in_text") << u"a ${b} c"_s << true;
        QTest::newRow("escaped_only") << u"$${b}"_s << false;
        QTest::newRow("unclosed") << u"${b"_s << false;
        QTest::newRow("v1_literal") << u"workflow.input.a"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void detectsExpressions()
    {
        QFETCH(QString, text);
        QFETCH(bool, contains);
        QCOMPARE(ParameterResolver::containsExpression(text), contains);
    }

    void hostileNestingStaysBounded()
    {
        // Thousands of nested openings must neither recurse without bound nor be accepted.
        QString text;
        for (int i = 0; i < 5000; ++i) {
            text += u"${a."_s;
        }
        text += u'x' + QString(5000, u'}');
        const QJsonValue resolved = ParameterResolver::resolve(QJsonValue(text), context());
        QCOMPARE(resolved, json("null"));
        QString error;
        QVERIFY(!ParameterResolver::checkExpressions(QJsonValue(text), &error));
        QVERIFY2(error.contains(u"nested more than"_s), qPrintable(error));
    }

    // A typical task input: five keys, three of them expressions.
    void benchmarkTypicalInput()
    {
        const QJsonObject input = json("{"
                                       "'orderId': '${workflow.input.name}',"
                                       "'count': '${workflow.input.count}',"
                                       "'label': 'item ${t1.output.items[1].id}',"
                                       "'retries': 3,"
                                       "'mode': 'fast'"
                                       "}")
                                      .toObject();
        QJsonObject resolved;
        QBENCHMARK
        {
            resolved = ParameterResolver::resolve(input, context());
        }
        QCOMPARE(resolved.value(u"label"_s).toString(), u"item i1"_s);
        QCOMPARE(resolved.value(u"count"_s), json("5"));
    }
};

QTEST_GUILESS_MAIN(TestParameterResolver)
#include "tst_parameterresolver.moc"
