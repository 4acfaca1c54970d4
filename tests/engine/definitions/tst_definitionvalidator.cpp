#include "definitions/definitionvalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

using namespace joinery;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtureDir = QStringLiteral(JOINERY_SHARED_DIR "/conductor-fixtures");

// The fixtures Joinery refuses, each for the task types it does not support. A change here is a
// change in what Joinery accepts: update it deliberately, never to make the test pass.
const QMap<QString, QStringList> kExpectedRefusals = {
    {u"blocking_system_task_workflow_integration_test.json"_s, {u"BLOCKING_SYSTEM_TASK"_s}},
    {u"conditional_system_task_workflow_integration_test.json"_s, {u"USER_TASK"_s}},
    {u"event_workflow_integration_test.json"_s, {u"EVENT"_s}},
    {u"exclusive_join_integration_test.json"_s, {u"EXCLUSIVE_JOIN"_s}},
    {u"rate_limited_system_task_workflow_integration_test.json"_s, {u"USER_TASK"_s}},
    {u"simple_workflow_with_async_complete_system_task_integration_test.json"_s, {u"USER_TASK"_s}},
    {u"workflow_that_starts_another_workflow.json"_s, {u"START_WORKFLOW"_s}},
};

// The JSON below sits in raw strings, which moc reads naively: inside them, keep braces balanced
// and avoid "//", or moc loses the test class. JSON escapes (\u007b, \/) stand in where needed.
WorkflowDef readDefinition(const QByteArray &bytes)
{
    QJsonObject json;
    DefinitionError error;
    if (!parseJsonObject(bytes, &json, &error))
        qFatal("test input does not parse: %s", qPrintable(error.toString()));
    WorkflowDef def;
    if (!workflowDefFromJson(json, &def, &error))
        qFatal("test input does not read: %s", qPrintable(error.toString()));
    return def;
}

// A definition around a task list: the rows below only spell out what they are about.
WorkflowDef withTasks(const char *tasks)
{
    return readDefinition(QByteArray(R"({"name": "w", "version": 1, "tasks": )") + tasks + '}');
}

QStringList messages(const QList<DefinitionError> &errors)
{
    QStringList out;
    for (const DefinitionError &e : errors)
        out << e.toString();
    return out;
}

} // namespace

class TestDefinitionValidator : public QObject
{
    Q_OBJECT

private slots:
    void reportsEachErrorKind_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QStringList>("expected");

        auto row = [](const char *name, const char *tasks, const QStringList &expected) {
            QTest::newRow(name) << (QByteArray(R"({"name": "w", "version": 1, "tasks": )") + tasks + '}')
                                << expected;
        };
        auto document = [](const char *name, const char *json, const QStringList &expected) {
            QTest::newRow(name) << QByteArray(json) << expected;
        };

        document("missing_workflow_name", R"({"version": 1, "tasks": []})", {u"name: missing workflow name"_s});
        document("version_zero", R"({"name": "w", "version": 0, "tasks": []})", {u"version: must be 1 or more, not 0"_s});
        row("missing_task_name", R"([{"taskReferenceName": "a"}])", {u"tasks[0].name: missing task name"_s});
        row("missing_reference", R"([{"name": "a"}])", {u"tasks[0].taskReferenceName: missing task reference name"_s});
        row("duplicate_reference_in_nested_fork",
            R"([{"name": "a", "taskReferenceName": "n_13"}, {"name": "b", "taskReferenceName": "b"},
                {"name": "f", "taskReferenceName": "f", "type": "FORK_JOIN",
                 "forkTasks": [[{"name": "c", "taskReferenceName": "c"}], [{"name": "d", "taskReferenceName": "n_13"}]]},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN", "joinOn": ["c"]}])",
            {uR"(tasks[2].forkTasks[1][0].taskReferenceName: duplicate reference "n_13")"_s});
        row("unsupported_task_type", R"([{"name": "e", "taskReferenceName": "e", "type": "EVENT", "sink": "x"}])",
            {uR"(tasks[0].type: unsupported task type "EVENT")"_s});
        row("runtime_fork_type", R"([{"name": "f", "taskReferenceName": "f", "type": "FORK"}])",
            {uR"(tasks[0].type: task type "FORK" only exists at run time; use FORK_JOIN)"_s});
        row("fork_join_without_branches",
            R"([{"name": "f", "taskReferenceName": "f", "type": "FORK_JOIN", "forkTasks": []},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN"}])",
            {u"tasks[0].forkTasks: FORK_JOIN needs at least one branch"_s});
        row("fork_join_empty_branch",
            R"([{"name": "f", "taskReferenceName": "f", "type": "FORK_JOIN",
                 "forkTasks": [[{"name": "a", "taskReferenceName": "a"}], []]},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN", "joinOn": ["a"]}])",
            {u"tasks[0].forkTasks[1]: empty branch"_s});
        row("fork_join_missing_join",
            R"([{"name": "f", "taskReferenceName": "f", "type": "FORK_JOIN",
                 "forkTasks": [[{"name": "a", "taskReferenceName": "a"}]]},
                {"name": "b", "taskReferenceName": "b"}])",
            {uR"(tasks[0]: FORK_JOIN "f" must be followed directly by a JOIN)"_s});
        row("fork_join_last_in_branch",
            R"([{"name": "o", "taskReferenceName": "o", "type": "FORK_JOIN", "forkTasks": [[
                  {"name": "f", "taskReferenceName": "f", "type": "FORK_JOIN",
                   "forkTasks": [[{"name": "a", "taskReferenceName": "a"}]]}]]},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN", "joinOn": ["f"]}])",
            {uR"(tasks[0].forkTasks[0][0]: FORK_JOIN "f" must be followed directly by a JOIN)"_s});
        row("join_without_fork",
            R"([{"name": "a", "taskReferenceName": "a"}, {"name": "j", "taskReferenceName": "j", "type": "JOIN", "joinOn": ["a"]}])",
            {uR"(tasks[1]: JOIN "j" must directly follow a FORK_JOIN or FORK_JOIN_DYNAMIC)"_s});
        row("join_on_unknown_reference",
            R"([{"name": "f", "taskReferenceName": "f", "type": "FORK_JOIN",
                 "forkTasks": [[{"name": "a", "taskReferenceName": "a"}], [{"name": "b", "taskReferenceName": "b"}]]},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN", "joinOn": ["a", "zz"]}])",
            {uR"(tasks[1].joinOn[1]: "zz" is not a task inside the FORK_JOIN "f")"_s});
        row("join_on_reference_outside_the_fork",
            R"([{"name": "x", "taskReferenceName": "x"},
                {"name": "f", "taskReferenceName": "f", "type": "FORK_JOIN",
                 "forkTasks": [[{"name": "a", "taskReferenceName": "a"}]]},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN", "joinOn": ["x", "f"]}])",
            {uR"(tasks[2].joinOn[0]: "x" is not a task inside the FORK_JOIN "f")"_s,
             uR"(tasks[2].joinOn[1]: "f" is not a task inside the FORK_JOIN "f")"_s});
        row("dynamic_fork_without_parameters",
            R"([{"name": "d", "taskReferenceName": "d", "type": "FORK_JOIN_DYNAMIC"},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN"}])",
            {u"tasks[0].dynamicForkTasksParam: FORK_JOIN_DYNAMIC needs dynamicForkTasksParam"_s,
             u"tasks[0].dynamicForkTasksInputParamName: FORK_JOIN_DYNAMIC needs dynamicForkTasksInputParamName"_s});
        row("dynamic_fork_parameter_not_an_input",
            R"([{"name": "d", "taskReferenceName": "d", "type": "FORK_JOIN_DYNAMIC",
                 "inputParameters": {"tasks": "${w.input.t}"},
                 "dynamicForkTasksParam": "tasks", "dynamicForkTasksInputParamName": "inputs"},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN"}])",
            {uR"(tasks[0].dynamicForkTasksInputParamName: "inputs" is not one of the task's inputParameters)"_s});
        row("dynamic_fork_both_parameter_styles",
            R"([{"name": "d", "taskReferenceName": "d", "type": "FORK_JOIN_DYNAMIC",
                 "inputParameters": {"a": 1, "b": 2, "c": 3}, "dynamicForkJoinTasksParam": "c",
                 "dynamicForkTasksParam": "a", "dynamicForkTasksInputParamName": "b"},
                {"name": "j", "taskReferenceName": "j", "type": "JOIN"}])",
            {u"tasks[0].dynamicForkJoinTasksParam: use either dynamicForkJoinTasksParam or dynamicForkTasksParam "
              "with dynamicForkTasksInputParamName, not both"_s});
        row("dynamic_fork_missing_join",
            R"([{"name": "d", "taskReferenceName": "d", "type": "FORK_JOIN_DYNAMIC",
                 "inputParameters": {"a": 1, "b": 2}, "dynamicForkTasksParam": "a", "dynamicForkTasksInputParamName": "b"}])",
            {uR"(tasks[0]: FORK_JOIN_DYNAMIC "d" must be followed directly by a JOIN)"_s});
        row("switch_without_evaluator_or_expression", R"([{"name": "s", "taskReferenceName": "s", "type": "SWITCH"}])",
            {u"tasks[0].evaluatorType: SWITCH needs an evaluatorType"_s, u"tasks[0].expression: SWITCH needs an expression"_s});
        row("switch_unsupported_evaluator",
            R"([{"name": "s", "taskReferenceName": "s", "type": "SWITCH", "evaluatorType": "python", "expression": "x"}])",
            {uR"(tasks[0].evaluatorType: unsupported evaluator "python")"_s});
        row("decision_without_case_parameter", R"([{"name": "d", "taskReferenceName": "d", "type": "DECISION"}])",
            {u"tasks[0].caseValueParam: DECISION needs a caseValueParam or a caseExpression"_s});
        row("do_while_without_condition_or_body", R"([{"name": "l", "taskReferenceName": "l", "type": "DO_WHILE"}])",
            {u"tasks[0].loopCondition: DO_WHILE needs a loopCondition"_s,
             u"tasks[0].loopOver: DO_WHILE needs at least one task"_s});
        row("sub_workflow_without_param", R"([{"name": "s", "taskReferenceName": "s", "type": "SUB_WORKFLOW"}])",
            {u"tasks[0].subWorkflowParam: SUB_WORKFLOW needs a subWorkflowParam"_s});
        row("sub_workflow_without_name",
            R"([{"name": "s", "taskReferenceName": "s", "type": "SUB_WORKFLOW", "subWorkflowParam": {"version": 1}}])",
            {u"tasks[0].subWorkflowParam.name: SUB_WORKFLOW needs a workflow name or a workflowDefinition"_s});
        row("sub_workflow_definition_plain_string",
            R"([{"name": "s", "taskReferenceName": "s", "type": "SUB_WORKFLOW",
                 "subWorkflowParam": {"name": "c", "workflowDefinition": "child"}}])",
            {u"tasks[0].subWorkflowParam.workflowDefinition: expected an object or an expression"_s});
        row("sub_workflow_inline_definition_invalid",
            R"([{"name": "s", "taskReferenceName": "s", "type": "SUB_WORKFLOW",
                 "subWorkflowParam": {"name": "c", "workflowDefinition":
                   {"name": "c", "tasks": [{"name": "k", "taskReferenceName": "k", "type": "KAFKA_PUBLISH"}]}}}])",
            {uR"(tasks[0].subWorkflowParam.workflowDefinition.tasks[0].type: unsupported task type "KAFKA_PUBLISH")"_s});
        row("sub_workflow_inline_definition_unreadable",
            R"([{"name": "s", "taskReferenceName": "s", "type": "SUB_WORKFLOW",
                 "subWorkflowParam": {"name": "c", "workflowDefinition": {"name": "c", "tasks": [{"name": 1}]}}}])",
            {u"tasks[0].subWorkflowParam.workflowDefinition.tasks[0].name: expected a string"_s});
        row("terminate_without_status", R"([{"name": "t", "taskReferenceName": "t", "type": "TERMINATE"}])",
            {u"tasks[0].inputParameters.terminationStatus: TERMINATE needs a terminationStatus"_s});
        row("terminate_unknown_status",
            R"([{"name": "t", "taskReferenceName": "t", "type": "TERMINATE", "inputParameters": {"terminationStatus": "DONE"}}])",
            {uR"(tasks[0].inputParameters.terminationStatus: must be COMPLETED, FAILED or TERMINATED, not "DONE")"_s});
        row("terminate_lower_case_status",
            R"([{"name": "t", "taskReferenceName": "t", "type": "TERMINATE", "inputParameters": {"terminationStatus": "failed"}}])",
            {uR"(tasks[0].inputParameters.terminationStatus: must be COMPLETED, FAILED or TERMINATED, not "failed")"_s});
        row("inline_without_expression",
            R"([{"name": "i", "taskReferenceName": "i", "type": "INLINE", "inputParameters": {"evaluatorType": "javascript"}}])",
            {u"tasks[0].inputParameters.expression: INLINE needs expression"_s});
        row("jq_without_query", R"([{"name": "q", "taskReferenceName": "q", "type": "JSON_JQ_TRANSFORM", "inputParameters": {"queryExpression": " "}}])",
            {u"tasks[0].inputParameters.queryExpression: JSON_JQ_TRANSFORM needs queryExpression"_s});
        row("http_without_request", R"([{"name": "h", "taskReferenceName": "h", "type": "HTTP"}])",
            {u"tasks[0].inputParameters.http_request: HTTP needs an http_request"_s});
        row("http_without_uri",
            R"([{"name": "h", "taskReferenceName": "h", "type": "HTTP", "inputParameters": {"http_request": {"method": "GET"}}}])",
            {u"tasks[0].inputParameters.http_request.uri: HTTP needs a uri"_s});
        row("wait_duration_does_not_parse",
            R"([{"name": "w", "taskReferenceName": "w", "type": "WAIT", "inputParameters": {"duration": "5 parsecs"}}])",
            {uR"(tasks[0].inputParameters.duration: not a duration: "5 parsecs" (expected e.g. "30s", "5m", "1h 30m"))"_s});
        row("wait_until_does_not_parse",
            R"([{"name": "w", "taskReferenceName": "w", "type": "WAIT", "inputParameters": {"until": "tomorrow"}}])",
            {uR"(tasks[0].inputParameters.until: not a date: "tomorrow" (expected "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm z" or "yyyy-MM-dd"))"_s});
        row("wait_duration_and_until",
            R"([{"name": "w", "taskReferenceName": "w", "type": "WAIT", "inputParameters": {"duration": "5s", "until": "2024-01-01"}}])",
            {u"tasks[0].inputParameters: WAIT takes a duration or an until, not both"_s});
        row("expression_unterminated",
            R"([{"name": "a", "taskReferenceName": "a", "inputParameters": {"x": {"y": ["ok", "$\u007bworkflow.input.p"]}}}])",
            {u"tasks[0].inputParameters.x.y[1]: unterminated expression \"${workflow.input.p\""_s});
        row("expression_empty", R"([{"name": "a", "taskReferenceName": "a", "inputParameters": {"a.b": "pre ${ } post"}}])",
            {uR"(tasks[0].inputParameters["a.b"]: empty expression "${ }")"_s});
        document("workflow_output_expression",
                 R"({"name": "w", "tasks": [{"name": "a", "taskReferenceName": "a"}], "outputParameters": {"o": "$\u007ba.output"}})",
                 {u"outputParameters.o: unterminated expression \"${a.output\""_s});
        document("every_error_is_collected",
                 R"({"name": "", "version": 1, "tasks": [
                      {"name": "a", "taskReferenceName": "a", "type": "KAFKA_PUBLISH"},
                      {"name": "f", "taskReferenceName": "a", "type": "FORK_JOIN",
                       "forkTasks": [[{"taskReferenceName": "b", "inputParameters": {"p": "${}"}}]]},
                      {"name": "j", "taskReferenceName": "j", "type": "JOIN", "joinOn": ["b", "c"]}]})",
                 {u"name: missing workflow name"_s, uR"(tasks[0].type: unsupported task type "KAFKA_PUBLISH")"_s,
                  uR"(tasks[1].taskReferenceName: duplicate reference "a")"_s,
                  u"tasks[1].forkTasks[0][0].name: missing task name"_s,
                  uR"(tasks[1].forkTasks[0][0].inputParameters.p: empty expression "${}")"_s,
                  uR"(tasks[2].joinOn[1]: "c" is not a task inside the FORK_JOIN "a")"_s});
    }

    void reportsEachErrorKind()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QStringList, expected);
        QCOMPARE(messages(DefinitionValidator::validate(readDefinition(definition))), expected);
    }

    void acceptsValidForms_data()
    {
        QTest::addColumn<QByteArray>("tasks");

        QTest::newRow("join_on_inner_join_and_nested_switch") << QByteArray(R"([
            {"name": "o", "taskReferenceName": "o", "type": "FORK_JOIN", "forkTasks": [
              [{"name": "a", "taskReferenceName": "a"}],
              [{"name": "i", "taskReferenceName": "i", "type": "FORK_JOIN", "forkTasks": [
                 [{"name": "s", "taskReferenceName": "s", "type": "SWITCH", "evaluatorType": "value-param",
                   "expression": "c", "decisionCases": {"x": [{"name": "deep", "taskReferenceName": "deep"}]}}]]},
               {"name": "ij", "taskReferenceName": "ij", "type": "JOIN", "joinOn": ["deep"]}]]},
            {"name": "oj", "taskReferenceName": "oj", "type": "JOIN", "joinOn": ["a", "ij", "deep"]}])");
        QTest::newRow("dynamic_fork_simple_form") << QByteArray(R"([
            {"name": "d", "taskReferenceName": "d", "type": "FORK_JOIN_DYNAMIC",
             "inputParameters": {"forkTaskName": "t", "forkTaskInputs": "${workflow.input.items}"}},
            {"name": "j", "taskReferenceName": "j", "type": "JOIN"}])");
        QTest::newRow("dynamic_fork_legacy_parameter") << QByteArray(R"([
            {"name": "d", "taskReferenceName": "d", "type": "FORK_JOIN_DYNAMIC",
             "inputParameters": {"l": "${workflow.input.l}"}, "dynamicForkJoinTasksParam": "l"},
            {"name": "j", "taskReferenceName": "j", "type": "JOIN"}])");
        QTest::newRow("expressions_escaped_and_nested") << QByteArray(R"([
            {"name": "a", "taskReferenceName": "a", "inputParameters": {
              "escaped": "$$\u007bnot.an.expression", "nested": "${${workflow.input.key}}",
              "script": "function f() { return ${workflow.input.x}; }", "brace": "\u007d\u007b", "n": 1}}])");
        QTest::newRow("expression_values_for_checked_inputs") << QByteArray(R"([
            {"name": "t", "taskReferenceName": "t", "type": "TERMINATE",
             "inputParameters": {"terminationStatus": "${workflow.input.status}"}},
            {"name": "w", "taskReferenceName": "w", "type": "WAIT", "inputParameters": {"duration": "${workflow.input.d}"}},
            {"name": "h", "taskReferenceName": "h", "type": "HTTP", "inputParameters": {"http_request": "${workflow.input.r}"}},
            {"name": "s", "taskReferenceName": "s", "type": "SUB_WORKFLOW",
             "subWorkflowParam": {"workflowDefinition": "${workflow.input.def}"}}])");
        QTest::newRow("wait_forms") << QByteArray(R"([
            {"name": "w1", "taskReferenceName": "w1", "type": "WAIT"},
            {"name": "w2", "taskReferenceName": "w2", "type": "WAIT", "inputParameters": {"duration": 30}},
            {"name": "w3", "taskReferenceName": "w3", "type": "WAIT", "inputParameters": {"duration": "1h 30m", "until": ""}},
            {"name": "w4", "taskReferenceName": "w4", "type": "WAIT", "inputParameters": {"until": "2024-03-01 10:30 GMT+9"}}])");
        QTest::newRow("do_while_over_items_needs_no_condition") << QByteArray(R"([
            {"name": "l", "taskReferenceName": "l", "type": "DO_WHILE", "loopCondition": "",
             "inputParameters": {"items": [1, 2]}, "loopOver": [{"name": "a", "taskReferenceName": "a"}]}])");
        QTest::newRow("every_supported_type") << QByteArray(R"([
            {"name": "a", "taskReferenceName": "a", "type": "SIMPLE"},
            {"name": "h", "taskReferenceName": "h", "type": "HUMAN"},
            {"name": "v", "taskReferenceName": "v", "type": "SET_VARIABLE", "inputParameters": {"x": 1}},
            {"name": "i", "taskReferenceName": "i", "type": "INLINE", "inputParameters": {"expression": "1"}},
            {"name": "q", "taskReferenceName": "q", "type": "JSON_JQ_TRANSFORM", "inputParameters": {"queryExpression": "."}},
            {"name": "d", "taskReferenceName": "d", "type": "DECISION", "caseExpression": "1"},
            {"name": "s", "taskReferenceName": "s", "type": "SUB_WORKFLOW", "subWorkflowParam": {"name": "c",
              "workflowDefinition": {"name": "c", "tasks": [{"name": "x", "taskReferenceName": "x"}]}}},
            {"name": "u", "taskReferenceName": "u", "type": "HTTP", "inputParameters": {"http_request": {"uri": "http:\/\/x"}}}])");
    }

    void acceptsValidForms()
    {
        QFETCH(QByteArray, tasks);
        const QStringList errors = messages(DefinitionValidator::validate(withTasks(tasks.constData())));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void checksTaskDefs_data()
    {
        QTest::addColumn<QByteArray>("taskDef");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("defaults_are_valid") << QByteArray(R"({"name": "t"})") << QStringList();
        QTest::newRow("missing_name") << QByteArray(R"({})") << QStringList{u"name: missing task name"_s};
        QTest::newRow("negative_values") << QByteArray(R"({"name": "t", "retryCount": -1, "pollTimeoutSeconds": -2})")
                                         << QStringList{u"retryCount: must not be negative, not -1"_s,
                                                        u"pollTimeoutSeconds: must not be negative, not -2"_s};
        QTest::newRow("response_timeout_longer_than_timeout")
            << QByteArray(R"({"name": "t", "timeoutSeconds": 120})")
            << QStringList{u"responseTimeoutSeconds: must not exceed timeoutSeconds (3600 > 120)"_s};
        QTest::newRow("timeout_longer_than_total")
            << QByteArray(R"({"name": "t", "timeoutSeconds": 120, "responseTimeoutSeconds": 60, "totalTimeoutSeconds": 100})")
            << QStringList{u"timeoutSeconds: must not exceed totalTimeoutSeconds (120 > 100)"_s};
        QTest::newRow("backoff_scale_zero") << QByteArray(R"({"name": "t", "backoffScaleFactor": 0})")
                                            << QStringList{u"backoffScaleFactor: must be 1 or more, not 0"_s};
        QTest::newRow("rate_limit_without_window")
            << QByteArray(R"({"name": "t", "rateLimitPerFrequency": 5, "rateLimitFrequencyInSeconds": 0})")
            << QStringList{u"rateLimitFrequencyInSeconds: must be 1 or more when rateLimitPerFrequency is set, not 0"_s};
    }

    void checksTaskDefs()
    {
        QFETCH(QByteArray, taskDef);
        QFETCH(QStringList, expected);
        QJsonObject json;
        DefinitionError error;
        QVERIFY(parseJsonObject(taskDef, &json, &error));
        TaskDef def;
        QVERIFY2(taskDefFromJson(json, &def, &error), qPrintable(error.toString()));
        QCOMPARE(messages(DefinitionValidator::validate(def)), expected);
    }

    // Conductor's own test workflows: each validates, or is refused only for task types Joinery
    // does not support. The refused set is pinned so that a regression shows up here.
    void fixturesValidateOrAreRefusedForUnsupportedTypes()
    {
        const QDir dir(kFixtureDir);
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 70, qPrintable(kFixtureDir));

        QMap<QString, QStringList> refusedTypes;
        QStringList report;
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QList<DefinitionError> errors = DefinitionValidator::validate(readDefinition(f.readAll()));
            if (errors.isEmpty())
                continue;
            QStringList types;
            for (const DefinitionError &e : errors) {
                QVERIFY2(e.message.startsWith(u"unsupported task type \""_s),
                         qPrintable(file + u": "_s + e.toString()));
                const QString type = e.message.section(u'"', 1, 1);
                if (!types.contains(type))
                    types << type;
                report << file + u": "_s + e.toString();
            }
            types.sort();
            refusedTypes.insert(file, types);
        }

        QMap<QString, int> fixturesPerType;
        for (const QStringList &types : std::as_const(refusedTypes)) {
            for (const QString &type : types)
                ++fixturesPerType[type];
        }
        QStringList perType;
        for (auto it = fixturesPerType.cbegin(); it != fixturesPerType.cend(); ++it)
            perType << it.key() + u' ' + QString::number(it.value());
        qInfo().noquote() << "Refused fixtures:" << refusedTypes.size() << "of" << files.size()
                          << "- fixtures per unsupported type:" << perType.join(u", "_s);
        for (const QString &line : std::as_const(report))
            qInfo().noquote() << "  " << line;
        // For the lead: the same list, written where it is asked for.
        if (const QByteArray path = qgetenv("JOINERY_FIXTURE_REPORT"); !path.isEmpty()) {
            QFile out(QString::fromLocal8Bit(path));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text));
            out.write(u"Refused fixtures: %1 of %2 (fixtures per unsupported type: %3)\n"_s
                          .arg(refusedTypes.size())
                          .arg(files.size())
                          .arg(perType.join(u", "_s))
                          .toUtf8());
            out.write((report.join(u'\n') + u'\n').toUtf8());
        }

        QCOMPARE(refusedTypes, kExpectedRefusals);
    }
};

QTEST_GUILESS_MAIN(TestDefinitionValidator)
#include "tst_definitionvalidator.moc"
