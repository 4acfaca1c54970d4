#include "execution/workflowactions.h"

#include "decider/decider.h"

namespace joinery {
namespace {

ActionEffect refuse(ErrorKind kind, const QString &message)
{
    ActionEffect e;
    e.result = ActionResult::failure(kind, message);
    return e;
}

QString statusText(const WorkflowRun &run)
{
    return workflowStatusName(run.status);
}

void cancelRunning(WorkflowRun &run, Millis now, ActionEffect &e)
{
    for (TaskRun &t : run.tasks) {
        if (t.isTerminal())
            continue;
        if (t.type == TaskType::SubWorkflow && !t.subWorkflowId.isEmpty())
            e.childrenToTerminate << t.subWorkflowId;
        t.status = TaskStatus::Canceled;
        t.endTime = now;
        t.updateTime = now;
        e.changedTaskIds << t.taskId;
    }
}

void reopen(WorkflowRun &run, Millis now)
{
    run.status = WorkflowStatus::Running;
    run.endTime = 0;
    run.updateTime = now;
    run.reasonForIncompletion.clear();
    run.failedReferenceTaskNames.clear();
    run.output = QJsonObject();
}

ActionEffect terminate(WorkflowRun &run, const WorkflowAction &a, Millis now)
{
    if (run.isTerminal())
        return refuse(ErrorKind::Conflict, QStringLiteral("workflow %1 is already %2").arg(run.workflowId, statusText(run)));
    ActionEffect e;
    run.status = WorkflowStatus::Terminated;
    run.reasonForIncompletion = a.reason.isEmpty() ? QStringLiteral("terminated by request") : a.reason;
    run.endTime = now;
    run.updateTime = now;
    cancelRunning(run, now, e);
    e.workflowChanged = true;
    return e;
}

ActionEffect restart(WorkflowRun &run, const WorkflowAction &a, Millis now, const MetadataRegistry &metadata)
{
    if (!run.isTerminal())
        return refuse(ErrorKind::Conflict,
                      QStringLiteral("workflow %1 is %2; only an ended workflow can be restarted").arg(run.workflowId, statusText(run)));
    if (run.definition && !run.definition->restartable)
        return refuse(ErrorKind::Conflict, QStringLiteral("workflow %1 is not restartable").arg(run.workflowName));
    if (a.useLatestDefinition) {
        WorkflowDefPtr latest = metadata.workflowDef(run.workflowName);
        if (!latest)
            return refuse(ErrorKind::NotFound, QStringLiteral("no registered definition named %1").arg(run.workflowName));
        run.definition = latest;
        run.workflowVersion = latest->version;
    }
    ActionEffect e;
    for (const TaskRun &t : std::as_const(run.tasks))
        e.removedTaskIds << t.taskId;
    run.tasks.clear();
    reopen(run, now);
    run.startTime = now;
    run.lastRetriedTime = 0;
    run.createTime = now;
    run.variables = run.definition ? run.definition->variables : QJsonObject();
    e.workflowChanged = true;
    e.decideAfter = true;
    return e;
}

// Conductor's retry: the failed and canceled tasks get new attempts, built-in tasks (JOIN,
// DO_WHILE…) that ended with them go back to IN_PROGRESS in place, and the workflow runs again.
ActionEffect retry(WorkflowRun &run, Millis now)
{
    if (run.status != WorkflowStatus::Failed && run.status != WorkflowStatus::TimedOut
        && run.status != WorkflowStatus::Terminated)
        return refuse(ErrorKind::Conflict, QStringLiteral("workflow %1 is %2; only a FAILED, TIMED_OUT or TERMINATED "
                                                          "workflow can be retried").arg(run.workflowId, statusText(run)));
    ActionEffect e;
    const int count = run.tasks.size();
    bool any = false;
    for (int i = 0; i < count; ++i) {
        TaskRun &t = run.tasks[i];
        if (t.retried || t.isSuccessful())
            continue;
        any = true;
        if (taskTypeInfo(t.type).builtIn) {
            t.status = TaskStatus::InProgress;
            t.endTime = 0;
            t.executed = false;
            t.reasonForIncompletion.clear();
            t.updateTime = now;
            e.changedTaskIds << t.taskId;
            continue;
        }
        TaskRun copy = t;
        t.retried = true;
        t.updateTime = now;
        e.changedTaskIds << t.taskId;
        copy.seq = run.nextSeq();
        copy.taskId = Decider::taskIdFor(run.workflowId, copy.seq);
        copy.retriedTaskId = t.taskId;
        copy.retryCount = t.retryCount + 1;
        copy.status = copy.type == TaskType::Simple || copy.type == TaskType::Http ? TaskStatus::Scheduled : TaskStatus::InProgress;
        copy.pollCount = 0;
        copy.scheduledTime = now;
        copy.startTime = copy.status == TaskStatus::InProgress ? now : 0;
        copy.endTime = 0;
        copy.updateTime = now;
        copy.outputData = QJsonObject();
        copy.reasonForIncompletion.clear();
        copy.workerId.clear();
        copy.callbackAfterSeconds = 0;
        copy.executed = false;
        copy.retried = false;
        if (copy.type == TaskType::SubWorkflow)
            copy.subWorkflowId.clear(); // the owner starts a new child for the new attempt
        run.tasks.append(copy);
        e.changedTaskIds << copy.taskId;
    }
    if (!any)
        return refuse(ErrorKind::Conflict, QStringLiteral("workflow %1 has no failed task to retry").arg(run.workflowId));
    reopen(run, now);
    run.lastRetriedTime = now;
    e.workflowChanged = true;
    e.decideAfter = true;
    return e;
}

ActionEffect rerun(WorkflowRun &run, const WorkflowAction &a, Millis now)
{
    ActionEffect e;
    if (a.workflowInput)
        run.input = *a.workflowInput;
    if (!a.correlationId.isEmpty())
        run.correlationId = a.correlationId;
    if (a.taskId.isEmpty()) {
        cancelRunning(run, now, e);
        for (const TaskRun &t : std::as_const(run.tasks))
            e.removedTaskIds << t.taskId;
        run.tasks.clear();
        run.variables = run.definition ? run.definition->variables : QJsonObject();
    } else {
        const int index = run.indexOfTask(a.taskId);
        if (index < 0)
            return refuse(ErrorKind::NotFound, QStringLiteral("task %1 is not part of workflow %2").arg(a.taskId, run.workflowId));
        const int seq = run.tasks.at(index).seq;
        QList<TaskRun> kept;
        for (const TaskRun &t : std::as_const(run.tasks)) {
            if (t.seq > seq) {
                if (!t.isTerminal() && t.type == TaskType::SubWorkflow && !t.subWorkflowId.isEmpty())
                    e.childrenToTerminate << t.subWorkflowId;
                e.removedTaskIds << t.taskId;
            } else {
                kept.append(t);
            }
        }
        run.tasks = kept;
        TaskRun &target = run.tasks.last();
        target.status = target.type == TaskType::Simple || target.type == TaskType::Http ? TaskStatus::Scheduled
                                                                                        : TaskStatus::InProgress;
        if (!a.taskInput.isEmpty())
            target.inputData = a.taskInput;
        target.outputData = QJsonObject();
        target.reasonForIncompletion.clear();
        target.pollCount = 0;
        target.scheduledTime = now;
        target.startTime = target.status == TaskStatus::InProgress ? now : 0;
        target.endTime = 0;
        target.workerId.clear();
        target.retried = false;
        target.executed = false;
        target.callbackAfterSeconds = 0;
        target.updateTime = now;
        if (target.type == TaskType::SubWorkflow)
            target.subWorkflowId.clear();
        e.changedTaskIds << target.taskId;
        // Successors of the tasks that remain may have been among the removed ones: let the
        // decider work them out again (it never schedules a reference twice).
        for (TaskRun &t : run.tasks) {
            if (t.isTerminal() && t.executed && t.type != TaskType::Fork && t.type != TaskType::Switch
                && t.type != TaskType::Decision) {
                t.executed = false;
                e.changedTaskIds << t.taskId;
            }
        }
    }
    reopen(run, now);
    run.lastRetriedTime = now;
    e.workflowChanged = true;
    e.decideAfter = true;
    e.result = ActionResult::success(run.workflowId);
    return e;
}

ActionEffect skipTask(WorkflowRun &run, const WorkflowAction &a, Millis now)
{
    if (run.isTerminal())
        return refuse(ErrorKind::Conflict, QStringLiteral("workflow %1 is already %2").arg(run.workflowId, statusText(run)));
    const WorkflowTask *wt = run.definition ? run.definition->taskByRef(a.taskReference) : nullptr;
    ActionEffect e;
    for (int i = run.tasks.size() - 1; i >= 0; --i) {
        TaskRun &t = run.tasks[i];
        if (t.referenceTaskName != a.taskReference || t.retried)
            continue;
        if (t.isTerminal())
            return refuse(ErrorKind::Conflict, QStringLiteral("task %1 has already ended (%2)").arg(a.taskReference, taskStatusName(t.status)));
        t.status = TaskStatus::Skipped;
        t.outputData = a.taskOutput;
        t.endTime = now;
        t.updateTime = now;
        e.changedTaskIds << t.taskId;
        e.decideAfter = true;
        return e;
    }
    if (!wt)
        return refuse(ErrorKind::NotFound, QStringLiteral("workflow %1 has no task %2").arg(run.workflowName, a.taskReference));
    // Not reached yet: leave a SKIPPED placeholder that the decider passes over when it gets there.
    TaskRun t;
    t.seq = run.nextSeq();
    t.taskId = Decider::taskIdFor(run.workflowId, t.seq);
    t.workflowId = run.workflowId;
    t.workflowType = run.workflowName;
    t.type = wt->type;
    t.taskType = wt->type == TaskType::Simple ? wt->name : taskTypeName(wt->type);
    t.taskDefName = wt->name;
    t.referenceTaskName = wt->taskReferenceName;
    t.status = TaskStatus::Skipped;
    t.inputData = a.taskInput;
    t.outputData = a.taskOutput;
    t.updateTime = now;
    t.executed = true;
    run.tasks.append(t);
    e.changedTaskIds << t.taskId;
    return e;
}

} // namespace

ActionEffect WorkflowActions::apply(WorkflowRun &run, const WorkflowAction &a, Millis now, const MetadataRegistry &metadata)
{
    ActionEffect e;
    switch (a.kind) {
    case WorkflowAction::Pause:
        if (run.isTerminal())
            return refuse(ErrorKind::Conflict, QStringLiteral("workflow %1 is already %2").arg(run.workflowId, statusText(run)));
        if (run.status != WorkflowStatus::Paused) {
            run.status = WorkflowStatus::Paused;
            run.updateTime = now;
            e.workflowChanged = true;
        }
        return e;
    case WorkflowAction::Resume:
        if (run.status != WorkflowStatus::Paused)
            return refuse(ErrorKind::Conflict, QStringLiteral("workflow %1 is %2, not PAUSED").arg(run.workflowId, statusText(run)));
        run.status = WorkflowStatus::Running;
        run.updateTime = now;
        e.workflowChanged = true;
        e.decideAfter = true;
        return e;
    case WorkflowAction::Terminate:
        return terminate(run, a, now);
    case WorkflowAction::Restart:
        return restart(run, a, now, metadata);
    case WorkflowAction::Retry:
        return retry(run, now);
    case WorkflowAction::Rerun:
        return rerun(run, a, now);
    case WorkflowAction::SkipTask:
        return skipTask(run, a, now);
    case WorkflowAction::Decide:
        if (run.isTerminal())
            return e; // nothing to do, and not an error (Conductor answers 200)
        e.decideAfter = true;
        return e;
    case WorkflowAction::Remove:
    case WorkflowAction::Requeue:
        return e; // the owner does these: they touch rows and queues, not the execution
    }
    return e;
}

} // namespace joinery
