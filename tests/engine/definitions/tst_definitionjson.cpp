#include "definitions/definitionjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace joinery;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtureDir = QStringLiteral(JOINERY_SHARED_DIR "/conductor-fixtures");

QJsonObject objectFrom(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test input is not a JSON object: %s", json);
    return document.object();
}

// What kind of object a JSON value is, so the comparison below knows which fields the writer
// may add and with which (Conductor default) values.
enum class Kind { Workflow, Task, TaskDef, Other };

// Fields the writer may add to an object that lacked them; each with the value Conductor
// assumes when the field is absent, so adding it changes nothing.
QJsonObject defaultsOf(Kind kind)
{
    switch (kind) {
    case Kind::Workflow:
        return objectFrom(R"({"version": 1, "tasks": [], "inputParameters": [], "schemaVersion": 2,
            "restartable": true, "timeoutPolicy": "ALERT_ONLY", "timeoutSeconds": 0,
            "variables": {}, "inputTemplate": {}})");
    case Kind::Task:
        return objectFrom(R"({"type": "SIMPLE", "inputParameters": {}, "optional": false,
            "permissive": false, "startDelay": 0, "asyncComplete": false, "forkTasks": [],
            "joinOn": [], "decisionCases": {}, "loopOver": []})");
    case Kind::TaskDef:
        return objectFrom(R"({"retryCount": 3, "timeoutSeconds": 0, "timeoutPolicy": "TIME_OUT_WF",
            "retryLogic": "FIXED", "retryDelaySeconds": 60, "responseTimeoutSeconds": 3600,
            "backoffScaleFactor": 1, "maxRetryDelaySeconds": 0, "backoffJitterMs": 0,
            "totalTimeoutSeconds": 0, "concurrentExecLimit": 0, "rateLimitPerFrequency": 0,
            "rateLimitFrequencyInSeconds": 1, "inputTemplate": {}})");
    case Kind::Other:
        break;
    }
    return {};
}

Kind childKind(Kind parent, const QString &key)
{
    if (parent == Kind::Workflow && key == u"tasks"_s)
        return Kind::Task;
    if (parent == Kind::Task) {
        if (key == u"forkTasks"_s || key == u"decisionCases"_s || key == u"defaultCase"_s
            || key == u"loopOver"_s) {
            return Kind::Task; // the tasks inside; containers are walked through below
        }
        if (key == u"taskDefinition"_s)
            return Kind::TaskDef;
    }
    return Kind::Other;
}

void compare(const QJsonValue &original, const QJsonValue &written, const QString &path, Kind kind,
             QStringList *differences);

// Compares a container of tasks (an array, an array of arrays, or an object of arrays).
void compareContainer(const QJsonValue &original, const QJsonValue &written, const QString &path,
                      Kind kind, QStringList *differences)
{
    if (original.isArray() && written.isArray()) {
        const QJsonArray a = original.toArray();
        const QJsonArray b = written.toArray();
        if (a.size() != b.size()) {
            differences->append(path + u": array size changed"_s);
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString here = jsonPathIndex(path, i);
            if (a.at(i).isObject())
                compare(a.at(i), b.at(i), here, kind, differences);
            else
                compareContainer(a.at(i), b.at(i), here, kind, differences);
        }
    } else if (original.isObject() && written.isObject()) {
        const QJsonObject a = original.toObject();
        const QJsonObject b = written.toObject();
        if (a.keys() != b.keys()) {
            differences->append(path + u": keys changed"_s);
            return;
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            compareContainer(it.value(), b.value(it.key()), jsonPathMember(path, it.key()), kind, differences);
    } else if (original != written) {
        differences->append(path + u": changed"_s);
    }
}

// "Semantically equal": every field of the original is in the written form with an equal value
// (null counts as absent, as Conductor reads it), and every field the writer added holds the
// default Conductor would have assumed.
void compare(const QJsonValue &original, const QJsonValue &written, const QString &path, Kind kind,
             QStringList *differences)
{
    if (!original.isObject() || kind == Kind::Other) {
        if (original != written)
            differences->append(path + u": changed"_s);
        return;
    }
    if (!written.isObject()) {
        differences->append(path + u": no longer an object"_s);
        return;
    }
    const QJsonObject a = original.toObject();
    const QJsonObject b = written.toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QString here = jsonPathMember(path, it.key());
        if (it.value().isNull()) {
            if (b.contains(it.key()) && !b.value(it.key()).isNull())
                differences->append(here + u": null became a value"_s);
            continue;
        }
        if (!b.contains(it.key())) {
            differences->append(here + u": missing after the round trip"_s);
            continue;
        }
        const Kind child = childKind(kind, it.key());
        if (child == Kind::Task)
            compareContainer(it.value(), b.value(it.key()), here, child, differences);
        else
            compare(it.value(), b.value(it.key()), here, child, differences);
    }
    const QJsonObject defaults = defaultsOf(kind);
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (a.contains(it.key()))
            continue;
        if (!defaults.contains(it.key()) || defaults.value(it.key()) != it.value()) {
            differences->append(jsonPathMember(path, it.key()) + u": added with a non-default value "_s
                                + QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
        }
    }
}

QByteArray readFixture(const QString &file)
{
    QFile f(QDir(kFixtureDir).filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file));
    return f.readAll();
}

// Counts the tasks a definition runs, walking the JSON by Conductor's rules (only the blocks a
// type uses), independently of WorkflowDef::allTasks().
int countTasks(const QJsonArray &tasks)
{
    int count = 0;
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        ++count;
        const QString type = task.value(u"type"_s).toString();
        if (type == u"FORK_JOIN"_s) {
            for (const QJsonValue &branch : task.value(u"forkTasks"_s).toArray())
                count += countTasks(branch.toArray());
        } else if (type == u"SWITCH"_s || type == u"DECISION"_s) {
            const QJsonObject cases = task.value(u"decisionCases"_s).toObject();
            for (auto it = cases.begin(); it != cases.end(); ++it)
                count += countTasks(it.value().toArray());
            count += countTasks(task.value(u"defaultCase"_s).toArray());
        } else if (type == u"DO_WHILE"_s) {
            count += countTasks(task.value(u"loopOver"_s).toArray());
        }
    }
    return count;
}

QString readError(const char *json)
{
    QJsonObject object;
    DefinitionError error;
    if (!parseJsonObject(QByteArray(json), &object, &error))
        return u"parse: "_s + error.toString();
    WorkflowDef def;
    if (workflowDefFromJson(object, &def, &error))
        return u"<no error>"_s;
    return error.toString();
}

} // namespace

class TestDefinitionJson : public QObject
{
    Q_OBJECT

private slots:
    void fixtureCorpusIsThere()
    {
        // The data-driven tests below would pass vacuously on an empty folder.
        QVERIFY2(fixtureFiles().size() >= 70, qPrintable(kFixtureDir));
    }

    void everyFixtureParses_data() { fixtureRows(); }
    void everyFixtureParses()
    {
        QFETCH(QString, file);
        QJsonObject json;
        DefinitionError error;
        QVERIFY2(parseJsonObject(readFixture(file), &json, &error), qPrintable(error.toString()));
        WorkflowDef def;
        QVERIFY2(workflowDefFromJson(json, &def, &error), qPrintable(error.toString()));
        QCOMPARE(def.name, json.value(u"name"_s).toString());
        QCOMPARE(def.tasks.size(), json.value(u"tasks"_s).toArray().size());
        QCOMPARE(def.allTasks().size(), countTasks(json.value(u"tasks"_s).toArray()));
        for (const WorkflowTask *task : def.allTasks())
            QCOMPARE(def.taskByRef(task->taskReferenceName), task);
    }

    void everyFixtureRoundTrips_data() { fixtureRows(); }
    void everyFixtureRoundTrips()
    {
        QFETCH(QString, file);
        QJsonObject original;
        DefinitionError error;
        QVERIFY(parseJsonObject(readFixture(file), &original, &error));

        WorkflowDef first;
        QVERIFY2(workflowDefFromJson(original, &first, &error), qPrintable(error.toString()));
        const QJsonObject written = workflowDefToJson(first);
        WorkflowDef second;
        QVERIFY2(workflowDefFromJson(written, &second, &error), qPrintable(error.toString()));
        const QJsonObject rewritten = workflowDefToJson(second);
        QCOMPARE(rewritten, written); // stable: writing what was read back changes nothing

        QStringList differences;
        compare(original, written, QString(), Kind::Workflow, &differences);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void modelsNestedForkJoin()
    {
        QJsonObject json;
        DefinitionError error;
        QVERIFY(parseJsonObject(readFixture(u"nested_fork_join_integration_test.json"_s), &json, &error));
        WorkflowDef def;
        QVERIFY2(workflowDefFromJson(json, &def, &error), qPrintable(error.toString()));

        QCOMPARE(def.tasks.size(), 3);
        const WorkflowTask &fork = def.tasks.at(0);
        QCOMPARE(fork.type, TaskType::ForkJoin);
        QCOMPARE(fork.forkTasks.size(), 2);
        QCOMPARE(def.tasks.at(1).type, TaskType::Join);
        QCOMPARE(def.tasks.at(1).joinOn, (QStringList{u"t11"_s, u"join2"_s}));

        const WorkflowTask *decision = def.taskByRef(u"d1"_s);
        QVERIFY(decision);
        QCOMPARE(decision->type, TaskType::Decision);
        QCOMPARE(decision->caseValueParam, u"case"_s);
        QStringList cases;
        for (const auto &c : decision->decisionCases)
            cases << c.first;
        QCOMPARE(cases, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(decision->hasDefaultCase);

        QStringList order;
        for (const WorkflowTask *task : def.allTasks())
            order << task->taskReferenceName;
        // Depth-first, definition order: branches in order, then cases (by key), then the default.
        QCOMPARE(order.join(u' '),
                 u"fork1 t11 fork2 t12 t14 t13 d1 t16 t19 t20 t17 t20b t18 t20def join2 join1 t15"_s);
        QCOMPARE(def.taskByRef(u"no_such_ref"_s), nullptr);
    }

    void keepsUnknownFields()
    {
        QJsonObject json;
        DefinitionError error;
        QVERIFY(parseJsonObject(readFixture(u"dynamic_fork_join_integration_test.json"_s), &json, &error));
        WorkflowDef def;
        QVERIFY2(workflowDefFromJson(json, &def, &error), qPrintable(error.toString()));

        QCOMPARE(def.extra.value(u"workflowStatusListenerEnabled"_s), QJsonValue(false));
        QVERIFY(!def.extra.contains(u"tasks"_s));
        const WorkflowTask &dt1 = def.tasks.at(0);
        QCOMPARE(dt1.extra.value(u"defaultExclusiveJoinTask"_s), QJsonValue(QJsonArray()));
        QVERIFY(dt1.taskDefinition.has_value());
        QCOMPARE(dt1.taskDefinition->retryCount, 1);
        QCOMPARE(dt1.taskDefinition->timeoutSeconds, 120);
        QCOMPARE(dt1.taskDefinition->extra.value(u"createdBy"_s), QJsonValue(u"integration_app"_s));
        QCOMPARE(dt1.taskDefinition->extra.value(u"inputKeys"_s), QJsonValue(QJsonArray()));
        const WorkflowTask &fork = def.tasks.at(1);
        QCOMPARE(fork.type, TaskType::ForkJoinDynamic);
        QCOMPARE(fork.dynamicForkTasksParam, u"dynamicTasks"_s);
        QCOMPARE(fork.dynamicForkTasksInputParamName, u"dynamicTasksInput"_s);
    }

    void missingFieldsTakeConductorDefaults()
    {
        WorkflowDef def;
        DefinitionError error;
        QVERIFY(workflowDefFromJson(objectFrom(R"({"name": "w", "tasks": [{"name": "a", "taskReferenceName": "a"}]})"),
                                    &def, &error));
        QCOMPARE(def.version, 1);
        QCOMPARE(def.schemaVersion, 2);
        QVERIFY(def.restartable);
        QCOMPARE(def.timeoutPolicy, TimeoutPolicy::AlertOnly);
        QCOMPARE(def.timeoutSeconds, 0);
        QVERIFY(!def.hasOutputParameters);
        QVERIFY(def.description.isNull());
        const WorkflowTask &task = def.tasks.at(0);
        QCOMPARE(task.type, TaskType::Simple);
        QCOMPARE(task.typeName, u"SIMPLE"_s);
        QVERIFY(!task.optional);
        QVERIFY(!task.retryCount.has_value());
        QVERIFY(!task.hasDefaultCase);
        QVERIFY(!task.taskDefinition.has_value());

        TaskDef taskDef;
        QVERIFY(taskDefFromJson(objectFrom(R"({"name": "t"})"), &taskDef, &error));
        QCOMPARE(taskDef.retryCount, 3);
        QCOMPARE(taskDef.timeoutPolicy, TimeoutPolicy::TimeOutWorkflow);
        QCOMPARE(taskDef.retryLogic, RetryLogic::Fixed);
        QCOMPARE(taskDef.retryDelaySeconds, 60);
        QCOMPARE(taskDef.responseTimeoutSeconds, 3600);
        QCOMPARE(taskDef.rateLimitFrequencyInSeconds, 1);
        QVERIFY(!taskDef.pollTimeoutSeconds.has_value());
        QCOMPARE(taskDefToJson(taskDef), taskDefToJson(TaskDef::defaultsFor(u"t"_s)));
    }

    void writesOptionalFieldsOnlyWhenSet()
    {
        WorkflowTask task;
        task.name = u"a"_s;
        task.taskReferenceName = u"a_ref"_s;
        QStringList keys = workflowTaskToJson(task).keys();
        QCOMPARE(keys.join(u' '), u"asyncComplete decisionCases forkTasks inputParameters joinOn "
                                  "loopOver name optional permissive startDelay taskReferenceName type"_s);

        task.type = TaskType::Switch;
        task.evaluatorType = u"value-param"_s;
        task.expression = u"case"_s;
        task.retryCount = 0;
        task.description = u""_s; // set, though empty
        task.hasDefaultCase = true;
        const QJsonObject json = workflowTaskToJson(task);
        QCOMPARE(json.value(u"type"_s), QJsonValue(u"SWITCH"_s));
        QCOMPARE(json.value(u"retryCount"_s), QJsonValue(0));
        QCOMPARE(json.value(u"description"_s), QJsonValue(u""_s));
        QCOMPARE(json.value(u"defaultCase"_s), QJsonValue(QJsonArray()));
        QVERIFY(!json.contains(u"caseValueParam"_s));
        QVERIFY(!json.contains(u"subWorkflowParam"_s));

        WorkflowDef def;
        def.name = u"w"_s;
        QVERIFY(!workflowDefToJson(def).contains(u"outputParameters"_s));
        QVERIFY(!workflowDefToJson(def).contains(u"description"_s));
        def.hasOutputParameters = true;
        QCOMPARE(workflowDefToJson(def).value(u"outputParameters"_s), QJsonValue(QJsonObject()));
    }

    void nullIsAbsentAndEmptyStringIsKept()
    {
        WorkflowDef def;
        DefinitionError error;
        QVERIFY(workflowDefFromJson(objectFrom(R"({"name": "w", "description": null, "outputParameters": null,
            "tasks": [{"name": "l", "taskReferenceName": "l", "type": "DO_WHILE", "loopCondition": "",
                       "retryCount": null, "optional": null, "loopOver": []}]})"),
                                    &def, &error));
        QVERIFY(def.description.isNull());
        QVERIFY(!def.hasOutputParameters);
        QVERIFY(!def.tasks.at(0).loopCondition.isNull());
        QVERIFY(!def.tasks.at(0).retryCount.has_value());
        const QJsonObject written = workflowDefToJson(def);
        QVERIFY(!written.contains(u"description"_s));
        const QJsonObject task = written.value(u"tasks"_s).toArray().at(0).toObject();
        QCOMPARE(task.value(u"loopCondition"_s), QJsonValue(u""_s));
        QVERIFY(!task.contains(u"retryCount"_s));
        QCOMPARE(task.value(u"optional"_s), QJsonValue(false));
    }

    void unknownTypeKeepsItsName()
    {
        WorkflowTask task;
        DefinitionError error;
        QVERIFY(workflowTaskFromJson(objectFrom(R"({"name": "e", "taskReferenceName": "e", "type": "EVENT",
            "sink": "conductor"})"), u"tasks[0]"_s, &task, &error));
        QCOMPARE(task.type, TaskType::Unknown);
        QCOMPARE(task.typeName, u"EVENT"_s);
        const QJsonObject json = workflowTaskToJson(task);
        QCOMPARE(json.value(u"type"_s), QJsonValue(u"EVENT"_s));
        QCOMPARE(json.value(u"sink"_s), QJsonValue(u"conductor"_s));
    }

    void taskDefRoundTripsEveryField()
    {
        const QJsonObject original = objectFrom(R"({"name": "t", "description": "d", "retryCount": 2,
            "timeoutSeconds": 600, "timeoutPolicy": "RETRY", "retryLogic": "EXPONENTIAL_BACKOFF",
            "retryDelaySeconds": 5, "responseTimeoutSeconds": 30, "pollTimeoutSeconds": 10,
            "backoffScaleFactor": 2, "maxRetryDelaySeconds": 100, "backoffJitterMs": 50,
            "totalTimeoutSeconds": 1200, "concurrentExecLimit": 4, "rateLimitPerFrequency": 7,
            "rateLimitFrequencyInSeconds": 3, "inputTemplate": {"k": [1, 2]}, "ownerEmail": "o@x",
            "createTime": 1700000000123, "updateTime": 1700000000456, "isolationGroupId": "g",
            "inputKeys": ["a"], "baseType": null})");
        TaskDef def;
        DefinitionError error;
        QVERIFY2(taskDefFromJson(original, &def, &error), qPrintable(error.toString()));
        QCOMPARE(def.timeoutPolicy, TimeoutPolicy::Retry);
        QCOMPARE(def.retryLogic, RetryLogic::ExponentialBackoff);
        QCOMPARE(def.pollTimeoutSeconds, std::optional<qint64>(10));
        QCOMPARE(def.createTime, 1700000000123);
        QJsonObject expected = original;
        expected.insert(u"baseType"_s, QJsonValue::Null); // unknown fields come back as they were
        QCOMPARE(taskDefToJson(def), expected);
    }

    void malformedJsonGivesLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        // Positions point at the character the parser stopped on.
        QTest::newRow("missing_comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}")
                                       << u"malformed JSON at line 3, column 3: unterminated object"_s;
        QTest::newRow("bad_value_on_line_2") << QByteArray("{\n  \"a\": x\n}")
                                             << u"malformed JSON at line 2, column 8: illegal number"_s;
        QTest::newRow("bad_literal") << QByteArray("{\"a\": nul }")
                                     << u"malformed JSON at line 1, column 10: illegal value"_s;
        QTest::newRow("garbage_after_the_object") << QByteArray("{}\n  x")
                                                  << u"malformed JSON at line 2, column 3: garbage at the end of the document"_s;
        // The parser only notices at the end of the input, so that is where it points.
        QTest::newRow("unterminated_string_runs_to_the_end") << QByteArray("{\n  \"name\": \"abc\n}")
                                                             << u"malformed JSON at line 3, column 2: unterminated string"_s;
        QTest::newRow("trailing_comma_in_array") << QByteArray("{\"tasks\": [1, 2,]\n}")
                                                 << u"malformed JSON at line 1, column 17: object is missing after a comma"_s;
        QTest::newRow("column_counts_characters_not_bytes") << QByteArray("{\"\xc3\xa9\": \"\xc3\xbc\" x}")
                                                            << u"malformed JSON at line 1, column 11: unterminated object"_s;
        QTest::newRow("empty_document") << QByteArray()
                                        << u"malformed JSON at line 1, column 1: illegal value"_s;
        QTest::newRow("array_document") << QByteArray("[1, 2]") << u"expected a JSON object"_s;
    }

    void malformedJsonGivesLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QJsonObject json;
        DefinitionError error;
        QVERIFY(!parseJsonObject(bytes, &json, &error));
        QCOMPARE(error.toString(), expected);
        QVERIFY(error.path.isEmpty());
    }

    void wrongTypesNameTheirPath_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, const char *json, const QString &expected) {
            QTest::newRow(name) << QString::fromUtf8(json) << expected;
        };
        row("nested_fork_task_name_not_string",
            R"({"name": "w", "tasks": [{"name": "a", "taskReferenceName": "a"}, {"name": "b", "taskReferenceName": "b"},
               {"name": "f", "taskReferenceName": "f", "type": "FORK_JOIN",
                "forkTasks": [[{"name": "c", "taskReferenceName": "c"}], [{"name": 5, "taskReferenceName": "d"}]]}]})",
            u"tasks[2].forkTasks[1][0].name: expected a string"_s);
        row("fork_tasks_not_an_array", R"({"tasks": [{"type": "FORK_JOIN", "forkTasks": {}}]})",
            u"tasks[0].forkTasks: expected an array of arrays"_s);
        row("fork_branch_not_an_array", R"({"tasks": [{"type": "FORK_JOIN", "forkTasks": [{"name": "x"}]}]})",
            u"tasks[0].forkTasks[0]: expected an array of tasks"_s);
        row("version_as_string", R"({"name": "w", "version": "1"})", u"version: expected an integer"_s);
        row("version_with_fraction", R"({"name": "w", "version": 1.5})", u"version: expected an integer"_s);
        row("retry_count_out_of_range", R"({"tasks": [{"name": "a", "retryCount": 3000000000}]})",
            u"tasks[0].retryCount: integer out of range"_s);
        row("optional_as_string", R"({"tasks": [{"name": "a", "optional": "true"}]})",
            u"tasks[0].optional: expected a boolean"_s);
        row("task_input_not_an_object", R"({"tasks": [{"name": "a", "inputParameters": []}]})",
            u"tasks[0].inputParameters: expected an object"_s);
        row("workflow_input_names_not_strings", R"({"inputParameters": ["a", 1]})",
            u"inputParameters[1]: expected a string"_s);
        row("join_on_not_an_array", R"({"tasks": [{"name": "j", "type": "JOIN", "joinOn": "t1"}]})",
            u"tasks[0].joinOn: expected an array of strings"_s);
        row("decision_case_not_an_array", R"({"tasks": [{"type": "SWITCH", "decisionCases": {"a b": {}}}]})",
            uR"(tasks[0].decisionCases["a b"]: expected an array of tasks)"_s);
        row("decision_cases_not_an_object", R"({"tasks": [{"type": "SWITCH", "decisionCases": []}]})",
            u"tasks[0].decisionCases: expected an object"_s);
        row("default_case_task_reference_not_string",
            R"({"tasks": [{"type": "DECISION", "defaultCase": [{"name": "x", "taskReferenceName": 7}]}]})",
            u"tasks[0].defaultCase[0].taskReferenceName: expected a string"_s);
        row("loop_task_input_not_an_object",
            R"({"tasks": [{"type": "DO_WHILE", "loopOver": [{"name": "x", "inputParameters": "y"}]}]})",
            u"tasks[0].loopOver[0].inputParameters: expected an object"_s);
        row("task_not_an_object", R"({"tasks": [1]})", u"tasks[0]: expected an object"_s);
        row("tasks_not_an_array", R"({"tasks": {}})", u"tasks: expected an array of tasks"_s);
        row("type_not_a_string", R"({"tasks": [{"name": "a", "type": 1}]})", u"tasks[0].type: expected a string"_s);
        row("workflow_timeout_policy_retry", R"({"timeoutPolicy": "RETRY"})",
            uR"(timeoutPolicy: unknown value "RETRY" (expected TIME_OUT_WF, ALERT_ONLY))"_s);
        row("task_definition_retry_logic_unknown",
            R"({"tasks": [{"name": "a", "taskDefinition": {"name": "a", "retryLogic": "RANDOM"}}]})",
            uR"(tasks[0].taskDefinition.retryLogic: unknown value "RANDOM" (expected FIXED, EXPONENTIAL_BACKOFF, LINEAR_BACKOFF))"_s);
        row("task_definition_not_an_object", R"({"tasks": [{"name": "a", "taskDefinition": "a"}]})",
            u"tasks[0].taskDefinition: expected an object"_s);
        row("sub_workflow_definition_a_number",
            R"({"tasks": [{"type": "SUB_WORKFLOW", "subWorkflowParam": {"name": "c", "workflowDefinition": 5}}]})",
            u"tasks[0].subWorkflowParam.workflowDefinition: expected an object or a string"_s);
        row("sub_workflow_version_as_string",
            R"({"tasks": [{"type": "SUB_WORKFLOW", "subWorkflowParam": {"name": "c", "version": "2"}}]})",
            u"tasks[0].subWorkflowParam.version: expected an integer"_s);
        row("output_parameters_not_an_object", R"({"outputParameters": ["x"]})",
            u"outputParameters: expected an object"_s);
    }

    void wrongTypesNameTheirPath()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        QCOMPARE(readError(json.toUtf8().constData()), expected);
    }

private:
    static QStringList fixtureFiles()
    {
        return QDir(kFixtureDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    }

    static void fixtureRows()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : fixtureFiles())
            QTest::newRow(qPrintable(file.chopped(5))) << file;
    }
};

QTEST_GUILESS_MAIN(TestDefinitionJson)
#include "tst_definitionjson.moc"
