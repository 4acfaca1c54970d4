#include "source/runjson.h"

#include "definitions/definitionjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace joinery::ui {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Millis millis(const QJsonObject &o, const char *key)
{
    return millisFromJson(o.value(QLatin1String(key)));
}

// Summaries carry input and output as JSON text, full executions as objects.
QJsonObject objectOrText(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    if (value.isString())
        return QJsonDocument::fromJson(value.toString().toUtf8()).object();
    return {};
}

} // namespace

Millis millisFromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return Millis(value.toDouble());
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty())
            return 0;
        bool isNumber = false;
        const qint64 n = text.toLongLong(&isNumber);
        if (isNumber)
            return n;
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        return at.isValid() ? at.toMSecsSinceEpoch() : 0;
    }
    return 0;
}

TaskRun taskRunFromJson(const QJsonObject &o)
{
    TaskRun t;
    t.taskId = str(o, "taskId");
    t.workflowId = str(o, "workflowInstanceId");
    t.workflowType = str(o, "workflowType");
    t.taskType = str(o, "taskType");
    t.type = taskTypeFromName(t.taskType);
    // A SIMPLE task's taskType is its name, which no type name matches.
    if (t.type == TaskType::Unknown)
        t.type = TaskType::Simple;
    t.taskDefName = str(o, "taskDefName");
    t.referenceTaskName = str(o, "referenceTaskName");
    taskStatusFromName(str(o, "status"), &t.status);
    t.seq = o.value(QLatin1String("seq")).toInt();
    t.retryCount = o.value(QLatin1String("retryCount")).toInt();
    t.pollCount = o.value(QLatin1String("pollCount")).toInt();
    t.inputData = o.value(QLatin1String("inputData")).toObject();
    t.outputData = o.value(QLatin1String("outputData")).toObject();
    t.scheduledTime = millis(o, "scheduledTime");
    t.startTime = millis(o, "startTime");
    t.endTime = millis(o, "endTime");
    t.updateTime = millis(o, "updateTime");
    t.workerId = str(o, "workerId");
    t.reasonForIncompletion = str(o, "reasonForIncompletion");
    t.callbackAfterSeconds = qint64(o.value(QLatin1String("callbackAfterSeconds")).toDouble());
    t.startDelayInSeconds = o.value(QLatin1String("startDelayInSeconds")).toInt();
    t.responseTimeoutSeconds = qint64(o.value(QLatin1String("responseTimeoutSeconds")).toDouble());
    t.retried = o.value(QLatin1String("retried")).toBool();
    t.executed = o.value(QLatin1String("executed")).toBool();
    t.retriedTaskId = str(o, "retriedTaskId");
    t.iteration = o.value(QLatin1String("iteration")).toInt();
    t.subWorkflowId = str(o, "subWorkflowId");
    return t;
}

WorkflowRun workflowRunFromJson(const QJsonObject &o)
{
    WorkflowRun run;
    run.workflowId = str(o, "workflowId");
    run.workflowName = str(o, "workflowName");
    if (run.workflowName.isEmpty())
        run.workflowName = str(o, "workflowType");
    run.workflowVersion = o.value(QLatin1String("workflowVersion")).toInt(1);
    workflowStatusFromName(str(o, "status"), &run.status);
    run.input = objectOrText(o.value(QLatin1String("input")));
    run.output = objectOrText(o.value(QLatin1String("output")));
    run.variables = o.value(QLatin1String("variables")).toObject();
    run.correlationId = str(o, "correlationId");
    run.priority = o.value(QLatin1String("priority")).toInt();
    run.createTime = millis(o, "createTime");
    run.startTime = millis(o, "startTime");
    run.endTime = millis(o, "endTime");
    run.updateTime = millis(o, "updateTime");
    run.lastRetriedTime = millis(o, "lastRetriedTime");
    run.parentWorkflowId = str(o, "parentWorkflowId");
    run.parentWorkflowTaskId = str(o, "parentWorkflowTaskId");
    run.reasonForIncompletion = str(o, "reasonForIncompletion");
    for (const QJsonValue &name : o.value(QLatin1String("failedReferenceTaskNames")).toArray())
        run.failedReferenceTaskNames << name.toString();
    run.reRunFromWorkflowId = str(o, "reRunFromWorkflowId");
    run.createdBy = str(o, "createdBy");
    run.taskToDomain = o.value(QLatin1String("taskToDomain")).toObject();
    const QJsonObject definition = o.value(QLatin1String("workflowDefinition")).toObject();
    if (!definition.isEmpty()) {
        auto def = std::make_shared<WorkflowDef>();
        DefinitionError error;
        if (workflowDefFromJson(definition, def.get(), &error))
            run.definition = std::move(def);
    }
    const QJsonArray tasks = o.value(QLatin1String("tasks")).toArray();
    run.tasks.reserve(tasks.size());
    for (const QJsonValue &task : tasks)
        run.tasks.append(taskRunFromJson(task.toObject()));
    return run;
}

ExecutionSummary executionSummaryFromJson(const QJsonObject &o)
{
    if (o.contains(QLatin1String("tasks")) || o.contains(QLatin1String("workflowName")))
        return summarize(workflowRunFromJson(o));
    ExecutionSummary s;
    s.workflowId = str(o, "workflowId");
    s.name = str(o, "workflowType");
    s.version = o.value(QLatin1String("version")).toInt(1);
    workflowStatusFromName(str(o, "status"), &s.status);
    s.correlationId = str(o, "correlationId");
    s.startTime = millis(o, "startTime");
    s.updateTime = millis(o, "updateTime");
    s.endTime = millis(o, "endTime");
    s.reasonForIncompletion = str(o, "reasonForIncompletion");
    return s;
}

} // namespace joinery::ui
