#pragma once

// Drives Conductor's own test workflows (../shared/conductor-fixtures) through a real Engine the
// way Conductor's specs drive theirs: definitions registered from the JSON files, the TaskDefs
// the specs register, and workers played by hand — poll a queue, then update the task. No
// sweeper runs and the clock is a ManualClock: nothing happens unless the test does it, and
// executor().waitIdle() waits for everything a step set off (child workflows included).
//
// Built with JOINERY_FIXTURES_OVER_REST, the same driver plays the workers and the client over
// HTTP instead: a RestServer on a loopback port in front of the engine, definitions registered,
// workflows started, tasks polled and updated and actions taken through Conductor's endpoints
// (`tst_conductorfixtures_rest`). Only the checks read the engine directly.

#include "common/clock.h"
#include "definitions/definitionjson.h"
#include "execution/executiontypes.h"
#include "execution/metadataregistry.h"
#include "execution/workflowexecutor.h"
#include "runtime/engine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#ifdef JOINERY_FIXTURES_OVER_REST
#include "../http/restclient.h"
#include "http/restserver.h"
#endif

namespace joinery::test {

inline QString fixturesDir()
{
    return QStringLiteral(JOINERY_SHARED_DIR "/conductor-fixtures");
}

// Parses single-quoted JSON (test data); aborts the test binary on a typo.
inline QJsonValue json(const char *text)
{
    QByteArray bytes = QByteArray("[") + QByteArray(text).replace('\'', '"') + "]";
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test data: %s", text);
    return document.array().at(0);
}

inline QJsonObject object(const char *text)
{
    return json(text).toObject();
}

inline QString compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)).replace(QLatin1Char('"'), QLatin1Char('\''));
}

// STATUS seq:ref:TYPE:STATUS[:retryCount] ..., one line.
inline QString dumpRun(const WorkflowRun &run)
{
    QStringList parts{workflowStatusName(run.status)};
    for (const TaskRun &t : run.tasks) {
        QString s = QStringLiteral("%1:%2:%3:%4").arg(t.seq).arg(t.referenceTaskName, taskTypeName(t.type),
                                                         taskStatusName(t.status));
        if (t.retryCount > 0)
            s += QLatin1Char(':') + QString::number(t.retryCount);
        parts << s;
    }
    return parts.join(QLatin1Char(' '));
}

inline int countOf(const WorkflowRun &run, const QString &taskType)
{
    int n = 0;
    for (const TaskRun &t : run.tasks)
        n += t.taskType == taskType ? 1 : 0;
    return n;
}

class FixtureEngine
{
public:
    FixtureEngine()
    {
        EngineOptions options;
        options.databasePath = m_dir.filePath(QStringLiteral("fixtures.sqlite"));
        options.clock = &clock;
        options.startSweeper = false;
    options.startHttpRunner = false; // the driver completes HTTP tasks by hand
        m_engine = Engine::open(options, &error);
        if (!m_engine)
            return;
#ifdef JOINERY_FIXTURES_OVER_REST
        http::RestServerOptions serverOptions;
        serverOptions.port = 0;
        m_server = std::make_unique<http::RestServer>(*m_engine, serverOptions);
        if (!m_server->start(&error))
            return;
#endif
        registerSpecTaskDefs();
    }
    ~FixtureEngine()
    {
        if (m_engine)
            m_engine->executor().waitIdle();
#ifdef JOINERY_FIXTURES_OVER_REST
        m_server.reset();
#endif
    }

    bool ok() const { return m_engine && error.isEmpty(); }
    Engine &engine() { return *m_engine; }
    WorkflowExecutor &executor() { return m_engine->executor(); }

    // The TaskDefs Conductor's WorkflowTestUtil registers (conductor-fixtures/README.md).
    void registerSpecTaskDefs()
    {
        for (int i = 0; i <= 20; ++i)
            taskDef(QStringLiteral("integration_task_%1").arg(i), 1, 120, 120);
        for (int i = 0; i <= 4; ++i) {
            taskDef(QStringLiteral("integration_task_0_RT_%1").arg(i), 0, 120, 120);
            // The permissive retry spec's tasks: registered like the RT ones.
            taskDef(QStringLiteral("integration_p_task_0_RT_%1").arg(i), 0, 120, 120);
        }
        taskDef(QStringLiteral("short_time_out"), 1, 5, 5);
        taskDef(QStringLiteral("task_rt"), 3, 120, 10);
        taskDef(QStringLiteral("waitTimeout"), 1, 2, 2, QStringLiteral("RETRY"));
        taskDef(QStringLiteral("simple_task_in_sub_wf"), 0, 0, 3600);
        taskDef(QStringLiteral("sub_workflow_task"), 1, 0, 5);
    }

    void taskDef(const QString &name, int retryCount, int timeoutSeconds, int responseTimeoutSeconds,
                 const QString &policy = QStringLiteral("TIME_OUT_WF"))
    {
        const QJsonObject def{
            {QStringLiteral("name"), name},
            {QStringLiteral("retryCount"), retryCount},
            {QStringLiteral("timeoutSeconds"), timeoutSeconds},
            {QStringLiteral("responseTimeoutSeconds"), responseTimeoutSeconds},
            {QStringLiteral("timeoutPolicy"), policy},
            {QStringLiteral("ownerEmail"), QStringLiteral("test@harness.com")}};
#ifdef JOINERY_FIXTURES_OVER_REST
        const ActionResult r = expect(200, m_client.call("POST", QStringLiteral("/api/metadata/taskdefs"),
                                                        body(QJsonArray{def})));
#else
        const ActionResult r = m_engine->registerTaskDef(def);
#endif
        if (!r.ok())
            error = QStringLiteral("task def %1: %2").arg(name, r.message);
    }

    static QJsonObject readFixture(const QString &file, QString *error)
    {
        QFile f(QDir(fixturesDir()).filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(f.fileName());
            return {};
        }
        QJsonObject o;
        DefinitionError e;
        if (!parseJsonObject(f.readAll(), &o, &e))
            *error = e.toString();
        return o;
    }

    // Registers a fixture (replacing a registered version with the same name); returns its name
    // or an empty string with `error` set.
    QString registerFixture(const QString &file)
    {
        const QJsonObject def = readFixture(file, &error);
        if (!error.isEmpty())
            return QString();
#ifdef JOINERY_FIXTURES_OVER_REST
        const ActionResult r = expect(200, m_client.call("POST", QStringLiteral("/api/metadata/workflow?overwrite=true"),
                                                        body(def)));
#else
        const ActionResult r = m_engine->registerWorkflowDef(def, true);
#endif
        if (!r.ok()) {
            error = QStringLiteral("%1: %2").arg(file, r.message);
            return QString();
        }
        return def.value(QLatin1String("name")).toString();
    }

    QString start(const QString &name, const QJsonObject &input)
    {
#ifdef JOINERY_FIXTURES_OVER_REST
        const ActionResult r = expect(200, m_client.call("POST", QStringLiteral("/api/workflow"),
                                                        body(QJsonObject{{QStringLiteral("name"), name},
                                                                         {QStringLiteral("input"), input}})));
#else
        StartRequest request;
        request.name = name;
        request.input = input;
        const ActionResult r = executor().start(request);
#endif
        executor().waitIdle();
        if (!r.ok())
            error = r.message;
        return r.id;
    }

    WorkflowRun run(const QString &id)
    {
        executor().waitIdle();
        return executor().find(id).value_or(WorkflowRun{});
    }

    std::optional<TaskRun> poll(const QString &queue)
    {
#ifdef JOINERY_FIXTURES_OVER_REST
        const http::test::HttpResult r =
            m_client.call("GET", QStringLiteral("/api/tasks/poll/%1?workerid=fixture.worker").arg(queue));
        if (r.status == 204)
            return std::nullopt;
        if (r.status != 200) {
            error = QStringLiteral("poll %1: %2 %3").arg(queue).arg(r.status).arg(r.text());
            return std::nullopt;
        }
        return taskOfPoll(r.object());
#endif
        const QList<TaskRun> tasks = executor().poll(queue, QStringLiteral("fixture.worker"), 1, 0);
        if (tasks.isEmpty())
            return std::nullopt;
        return tasks.first();
    }

    ActionResult finish(const TaskRun &task, TaskStatus status, const QJsonObject &output = {})
    {
        TaskResult result;
        result.workflowId = task.workflowId;
        result.taskId = task.taskId;
        result.status = status;
        result.outputData = output;
        result.workerId = QStringLiteral("fixture.worker");
        if (status != TaskStatus::Completed)
            result.reasonForIncompletion = QStringLiteral("Failed....");
#ifdef JOINERY_FIXTURES_OVER_REST
        const ActionResult r = expect(200, m_client.call("POST", QStringLiteral("/api/tasks"), body(QJsonObject{
            {QStringLiteral("workflowInstanceId"), result.workflowId},
            {QStringLiteral("taskId"), result.taskId},
            {QStringLiteral("status"), taskStatusName(status)},
            {QStringLiteral("outputData"), output},
            {QStringLiteral("workerId"), result.workerId},
            {QStringLiteral("reasonForIncompletion"), result.reasonForIncompletion}})));
#else
        const ActionResult r = executor().updateTask(result);
#endif
        executor().waitIdle();
        return r;
    }

    // Conductor's workflowTestUtil.pollAndCompleteTask / pollAndFailTask. Returns the task
    // (with the input the worker saw), or nothing when the queue had none.
    std::optional<TaskRun> pollAndComplete(const QString &queue, const QJsonObject &output = {})
    {
        std::optional<TaskRun> t = poll(queue);
        if (t && !finish(*t, TaskStatus::Completed, output).ok())
            return std::nullopt;
        return t;
    }
    std::optional<TaskRun> pollAndFail(const QString &queue)
    {
        std::optional<TaskRun> t = poll(queue);
        if (t && !finish(*t, TaskStatus::Failed).ok())
            return std::nullopt;
        return t;
    }

    ActionResult act(const QString &id, WorkflowAction::Kind kind)
    {
#ifdef JOINERY_FIXTURES_OVER_REST
        ActionResult r;
        switch (kind) {
        case WorkflowAction::Retry:
            r = expect(204, m_client.call("POST", QStringLiteral("/api/workflow/%1/retry").arg(id)));
            break;
        case WorkflowAction::Rerun:
            r = expect(200, m_client.call("POST", QStringLiteral("/api/workflow/%1/rerun").arg(id), "{}"));
            break;
        case WorkflowAction::Terminate:
            r = expect(204, m_client.call("DELETE", QStringLiteral("/api/workflow/%1?reason=test").arg(id)));
            break;
        default:
            r = ActionResult::failure(ErrorKind::BadRequest, QStringLiteral("the REST driver has no such action"));
        }
#else
        WorkflowAction action;
        action.kind = kind;
        const ActionResult r = executor().act(id, action);
#endif
        executor().waitIdle();
        return r;
    }

    ManualClock clock;
    QString error;

private:
#ifdef JOINERY_FIXTURES_OVER_REST
    static QByteArray body(const QJsonValue &v)
    {
        return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    }
    // Conductor answers 200 with the id (or nothing) on success, an error body otherwise; a few
    // actions answer 204. Either success status passes.
    static ActionResult expect(int okStatus, const http::test::HttpResult &r)
    {
        if (r.status == 200 || r.status == okStatus)
            return ActionResult::success(r.text());
        return ActionResult::failure(ErrorKind::BadRequest,
                                     QStringLiteral("HTTP %1: %2").arg(r.status).arg(r.text()));
    }
    // What a worker reads from a polled task: the fields the specs look at.
    static TaskRun taskOfPoll(const QJsonObject &t)
    {
        TaskRun task;
        task.taskId = t.value(QLatin1String("taskId")).toString();
        task.workflowId = t.value(QLatin1String("workflowInstanceId")).toString();
        task.referenceTaskName = t.value(QLatin1String("referenceTaskName")).toString();
        task.taskType = t.value(QLatin1String("taskType")).toString();
        task.inputData = t.value(QLatin1String("inputData")).toObject();
        task.retryCount = t.value(QLatin1String("retryCount")).toInt();
        task.seq = t.value(QLatin1String("seq")).toInt();
        task.pollCount = t.value(QLatin1String("pollCount")).toInt();
        task.status = TaskStatus::InProgress;
        return task;
    }
    std::unique_ptr<http::RestServer> m_server;
    http::test::RestClient m_client{[this] { return m_server->url(); }};
#endif
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
};

} // namespace joinery::test
