#include "store/changeset.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace joinery::store {

QByteArray ChangeSet::json(const QJsonObject &o)
{
    if (o.isEmpty())
        return QByteArrayLiteral("{}");
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void ChangeSet::putWorkflow(const WorkflowRun &run, Millis dueAt, const QByteArray &definitionJson)
{
    WorkflowRow r;
    r.workflowId = run.workflowId;
    r.name = run.workflowName;
    r.version = run.workflowVersion;
    r.status = workflowStatusName(run.status);
    r.correlationId = run.correlationId;
    r.priority = run.priority;
    r.parentWorkflowId = run.parentWorkflowId;
    r.parentTaskId = run.parentWorkflowTaskId;
    r.createTime = run.createTime;
    r.startTime = run.startTime;
    r.endTime = run.endTime;
    r.updateTime = run.updateTime;
    r.lastRetriedTime = run.lastRetriedTime;
    r.reason = run.reasonForIncompletion;
    r.input = json(run.input);
    r.output = json(run.output);
    r.variables = json(run.variables);
    QJsonObject extra;
    if (!run.failedReferenceTaskNames.isEmpty())
        extra.insert(QStringLiteral("failedReferenceTaskNames"), QJsonArray::fromStringList(run.failedReferenceTaskNames));
    if (!run.reRunFromWorkflowId.isEmpty())
        extra.insert(QStringLiteral("reRunFromWorkflowId"), run.reRunFromWorkflowId);
    if (!run.createdBy.isEmpty())
        extra.insert(QStringLiteral("createdBy"), run.createdBy);
    if (!run.taskToDomain.isEmpty())
        extra.insert(QStringLiteral("taskToDomain"), run.taskToDomain);
    r.extra = extra.isEmpty() ? QByteArray() : json(extra);
    r.dueAt = dueAt;
    r.definition = definitionJson;
    m_ops.emplace_back(std::move(r));
}

void ChangeSet::putTask(const TaskRun &t, Millis dueAt, TaskScope scope)
{
    TaskRow r;
    r.scope = scope;
    r.taskId = t.taskId;
    r.workflowId = t.workflowId;
    r.seq = t.seq;
    r.ref = t.referenceTaskName;
    r.type = taskTypeName(t.type);
    r.taskType = t.taskType;
    r.taskDefName = t.taskDefName;
    r.status = taskStatusName(t.status);
    r.retryCount = t.retryCount;
    r.pollCount = t.pollCount;
    r.scheduledTime = t.scheduledTime;
    r.startTime = t.startTime;
    r.endTime = t.endTime;
    r.updateTime = t.updateTime;
    r.workerId = t.workerId;
    r.reason = t.reasonForIncompletion;
    r.callbackAfter = t.callbackAfterSeconds;
    r.startDelay = t.startDelayInSeconds;
    r.responseTimeout = t.responseTimeoutSeconds;
    r.retried = t.retried;
    r.executed = t.executed;
    r.retriedTaskId = t.retriedTaskId;
    r.iteration = t.iteration;
    r.subWorkflowId = t.subWorkflowId;
    r.waitUntil = t.waitUntil;
    if (scope == TaskScope::Full) {
        r.input = json(t.inputData);
        if (!t.dynamicWorkflowTask.isEmpty())
            r.dynamicTask = json(t.dynamicWorkflowTask);
        r.domain = t.domain;
    }
    if (scope != TaskScope::State)
        r.output = json(t.outputData);
    r.dueAt = dueAt;
    m_ops.emplace_back(std::move(r));
}

void ChangeSet::enqueue(const QString &taskId, const QString &queue, const QString &workflowId, int priority,
                        Millis visibleAt, Millis now)
{
    m_ops.emplace_back(Enqueue{taskId, queue, workflowId, priority, visibleAt, now});
}

void ChangeSet::dequeue(const QString &taskId)
{
    m_ops.emplace_back(Dequeue{taskId});
}

void ChangeSet::touchMarker(const QString &workflowId, Millis dueAt, const QString &reason, Millis now)
{
    m_ops.emplace_back(TouchMarker{workflowId, reason, dueAt, now});
}

void ChangeSet::clearMarker(const QString &workflowId, qint64 generation)
{
    m_ops.emplace_back(ClearMarker{workflowId, generation});
}

void ChangeSet::removeWorkflow(const QString &workflowId)
{
    m_ops.emplace_back(RemoveWorkflow{workflowId});
}

void ChangeSet::removeTask(const QString &taskId)
{
    m_ops.emplace_back(RemoveTask{taskId});
}

void ChangeSet::putWorkflowDef(const QString &name, int version, const QByteArray &json, Millis now)
{
    m_ops.emplace_back(PutWorkflowDef{name, version, json, now});
}

void ChangeSet::removeWorkflowDef(const QString &name, int version)
{
    m_ops.emplace_back(RemoveWorkflowDef{name, version});
}

void ChangeSet::putTaskDef(const QString &name, const QByteArray &json, Millis now)
{
    m_ops.emplace_back(PutTaskDef{name, json, now});
}

void ChangeSet::removeTaskDef(const QString &name)
{
    m_ops.emplace_back(RemoveTaskDef{name});
}

void ChangeSet::recordPoll(const QString &queue, const QString &domain, const QString &workerId, Millis time)
{
    m_ops.emplace_back(PollRecord{queue, domain, workerId, time});
}

void ChangeSet::addTaskLog(const QString &taskId, const QString &log, Millis time)
{
    m_ops.emplace_back(TaskLog{taskId, log, time});
}

void ChangeSet::append(ChangeSet &&other)
{
    m_ops.reserve(m_ops.size() + other.m_ops.size());
    for (Op &op : other.m_ops)
        m_ops.push_back(std::move(op));
    other.m_ops.clear();
}

} // namespace joinery::store
