#include "model/executionjson.h"

#include "definitions/definitionjson.h"
#include "decider/definitionindex.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace joinery {
namespace {

QString iso(Millis t)
{
    return t > 0 ? QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject taskToJson(const TaskRun &t)
{
    QJsonObject o{
        {QStringLiteral("taskType"), t.taskType},
        {QStringLiteral("status"), taskStatusName(t.status)},
        {QStringLiteral("inputData"), t.inputData},
        {QStringLiteral("referenceTaskName"), t.referenceTaskName},
        {QStringLiteral("retryCount"), t.retryCount},
        {QStringLiteral("seq"), t.seq},
        {QStringLiteral("pollCount"), t.pollCount},
        {QStringLiteral("taskDefName"), t.taskDefName},
        {QStringLiteral("domain"), t.domain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.domain)},
        {QStringLiteral("scheduledTime"), double(t.scheduledTime)},
        {QStringLiteral("startTime"), double(t.startTime)},
        {QStringLiteral("endTime"), double(t.endTime)},
        {QStringLiteral("updateTime"), double(t.updateTime)},
        {QStringLiteral("startDelayInSeconds"), t.startDelayInSeconds},
        {QStringLiteral("retried"), t.retried},
        {QStringLiteral("executed"), t.executed},
        {QStringLiteral("callbackFromWorker"), true},
        {QStringLiteral("responseTimeoutSeconds"), double(t.responseTimeoutSeconds)},
        {QStringLiteral("workflowInstanceId"), t.workflowId},
        {QStringLiteral("workflowType"), t.workflowType},
        {QStringLiteral("taskId"), t.taskId},
        {QStringLiteral("callbackAfterSeconds"), double(t.callbackAfterSeconds)},
        {QStringLiteral("outputData"), t.outputData},
        {QStringLiteral("iteration"), t.iteration},
        {QStringLiteral("queueWaitTime"), double(t.startTime > 0 && t.scheduledTime > 0 ? t.startTime - t.scheduledTime : 0)},
        {QStringLiteral("workflowPriority"), 0},
    };
    if (!t.workerId.isEmpty())
        o.insert(QStringLiteral("workerId"), t.workerId);
    if (!t.reasonForIncompletion.isEmpty())
        o.insert(QStringLiteral("reasonForIncompletion"), t.reasonForIncompletion);
    if (!t.retriedTaskId.isEmpty())
        o.insert(QStringLiteral("retriedTaskId"), t.retriedTaskId);
    if (!t.subWorkflowId.isEmpty())
        o.insert(QStringLiteral("subWorkflowId"), t.subWorkflowId);
    if (!t.dynamicWorkflowTask.isEmpty())
        o.insert(QStringLiteral("workflowTask"), t.dynamicWorkflowTask);
    return o;
}

QJsonObject workflowToJson(const WorkflowRun &run, bool includeTasks)
{
    QJsonObject o{
        {QStringLiteral("workflowId"), run.workflowId},
        {QStringLiteral("workflowName"), run.workflowName},
        {QStringLiteral("workflowVersion"), run.workflowVersion},
        {QStringLiteral("status"), workflowStatusName(run.status)},
        {QStringLiteral("input"), run.input},
        {QStringLiteral("output"), run.output},
        {QStringLiteral("variables"), run.variables},
        {QStringLiteral("priority"), run.priority},
        {QStringLiteral("createTime"), double(run.createTime)},
        {QStringLiteral("startTime"), double(run.startTime)},
        {QStringLiteral("endTime"), double(run.endTime)},
        {QStringLiteral("updateTime"), double(run.updateTime)},
        {QStringLiteral("lastRetriedTime"), double(run.lastRetriedTime)},
        {QStringLiteral("failedReferenceTaskNames"), QJsonArray::fromStringList(run.failedReferenceTaskNames)},
        {QStringLiteral("taskToDomain"), run.taskToDomain},
    };
    if (!run.correlationId.isEmpty())
        o.insert(QStringLiteral("correlationId"), run.correlationId);
    if (!run.reasonForIncompletion.isEmpty())
        o.insert(QStringLiteral("reasonForIncompletion"), run.reasonForIncompletion);
    if (!run.parentWorkflowId.isEmpty()) {
        o.insert(QStringLiteral("parentWorkflowId"), run.parentWorkflowId);
        o.insert(QStringLiteral("parentWorkflowTaskId"), run.parentWorkflowTaskId);
    }
    if (!run.reRunFromWorkflowId.isEmpty())
        o.insert(QStringLiteral("reRunFromWorkflowId"), run.reRunFromWorkflowId);
    if (!run.createdBy.isEmpty())
        o.insert(QStringLiteral("createdBy"), run.createdBy);
    if (run.definition)
        o.insert(QStringLiteral("workflowDefinition"), workflowDefToJson(*run.definition));
    if (includeTasks) {
        QJsonArray tasks;
        std::shared_ptr<const DefinitionIndex> index = run.definition ? DefinitionIndex::of(run.definition) : nullptr;
        for (const TaskRun &t : run.tasks) {
            QJsonObject task = taskToJson(t);
            if (index && !task.contains(QLatin1String("workflowTask"))) {
                if (const WorkflowTask *wt = index->find(t.baseReference()))
                    task.insert(QStringLiteral("workflowTask"), workflowTaskToJson(*wt));
            }
            tasks.append(task);
        }
        o.insert(QStringLiteral("tasks"), tasks);
    }
    return o;
}

QJsonObject workflowSummaryToJson(const WorkflowRun &run)
{
    const qint64 execution = run.endTime > 0 ? run.endTime - run.startTime : 0;
    return QJsonObject{
        {QStringLiteral("workflowType"), run.workflowName},
        {QStringLiteral("version"), run.workflowVersion},
        {QStringLiteral("workflowId"), run.workflowId},
        {QStringLiteral("correlationId"), run.correlationId},
        {QStringLiteral("startTime"), iso(run.startTime)},
        {QStringLiteral("updateTime"), iso(run.updateTime)},
        {QStringLiteral("endTime"), iso(run.endTime)},
        {QStringLiteral("status"), workflowStatusName(run.status)},
        {QStringLiteral("input"), QString::fromUtf8(QJsonDocument(run.input).toJson(QJsonDocument::Compact))},
        {QStringLiteral("output"), QString::fromUtf8(QJsonDocument(run.output).toJson(QJsonDocument::Compact))},
        {QStringLiteral("reasonForIncompletion"), run.reasonForIncompletion},
        {QStringLiteral("executionTime"), double(execution)},
        {QStringLiteral("failedReferenceTaskNames"), run.failedReferenceTaskNames.join(QLatin1Char(','))},
        {QStringLiteral("priority"), run.priority},
        {QStringLiteral("createdBy"), run.createdBy},
        {QStringLiteral("parentWorkflowId"), run.parentWorkflowId},
    };
}

QJsonObject taskSummaryToJson(const TaskRun &task, const QString &workflowType,
    const QString &correlationId, int workflowPriority)
{
    const qint64 execution = task.endTime > 0 && task.startTime > 0 ? task.endTime - task.startTime : 0;
    const qint64 queueWait = task.startTime > 0 ? task.startTime - task.scheduledTime : 0;
    return QJsonObject{
        {QStringLiteral("workflowId"), task.workflowId},
        {QStringLiteral("workflowType"), workflowType},
        {QStringLiteral("correlationId"), correlationId},
        {QStringLiteral("scheduledTime"), iso(task.scheduledTime)},
        {QStringLiteral("startTime"), iso(task.startTime)},
        {QStringLiteral("updateTime"), iso(task.updateTime)},
        {QStringLiteral("endTime"), iso(task.endTime)},
        {QStringLiteral("status"), taskStatusName(task.status)},
        {QStringLiteral("reasonForIncompletion"), task.reasonForIncompletion},
        {QStringLiteral("executionTime"), double(execution)},
        {QStringLiteral("queueWaitTime"), double(queueWait)},
        {QStringLiteral("taskDefName"), task.taskDefName.isEmpty() ? task.taskType : task.taskDefName},
        {QStringLiteral("taskType"), task.taskType},
        {QStringLiteral("taskReferenceName"), task.referenceTaskName},
        {QStringLiteral("input"), QString::fromUtf8(QJsonDocument(task.inputData).toJson(QJsonDocument::Compact))},
        {QStringLiteral("output"), QString::fromUtf8(QJsonDocument(task.outputData).toJson(QJsonDocument::Compact))},
        {QStringLiteral("taskId"), task.taskId},
        {QStringLiteral("workflowPriority"), workflowPriority},
        {QStringLiteral("domain"), task.domain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(task.domain)},
    };
}

} // namespace joinery
