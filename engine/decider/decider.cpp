#include "decider/decider.h"

#include "decider/decidestate.h"
#include "decider/handlers/taskhandler.h"
#include "decider/retrypolicy.h"

#include <QUuid>

namespace joinery {
namespace {

// Guards against a definition that loops without end inside one decide (e.g. a DO_WHILE of
// only system tasks whose condition never turns false).
constexpr int kMaxPasses = 10'000;

WorkflowStatus workflowStatusForFailed(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Canceled:
        return WorkflowStatus::Terminated;
    case TaskStatus::TimedOut:
        return WorkflowStatus::TimedOut;
    default:
        return WorkflowStatus::Failed;
    }
}

// A task ended unsuccessfully: retry it, tolerate it (optional, permissive) or end the
// workflow (Conductor's DeciderService.retry, reference/conductor-notes.md §1.6).
void handleFailure(DecideState &s, int index)
{
    const TaskRun failed = s.run.tasks.at(index);
    const WorkflowTask *wt = s.blueprint(failed);
    if (!wt) {
        s.failWorkflow(workflowStatusForFailed(failed.status),
                       QStringLiteral("task %1 ended %2 and is not in the definition")
                           .arg(failed.referenceTaskName, taskStatusName(failed.status)),
                       failed.referenceTaskName);
        return;
    }
    const std::optional<TaskDef> def = s.taskDefFor(*wt);
    const int allowed = wt->retryCount ? *wt->retryCount : (def ? def->retryCount : 0);
    const bool retriable = isRetriable(failed.status) && !taskTypeInfo(failed.type).builtIn;

    if (retriable && failed.retryCount < allowed && !RetryPolicy::totalTimeoutExceeded(s.run, failed, def, s.now)) {
        const qint64 delaySeconds = def ? RetryPolicy::delaySeconds(*def, failed.retryCount) : 0;
        s.run.tasks[index].retried = true;
        s.touch(index);
        const int before = s.run.tasks.size();
        // A retry is a new task from the same blueprint: a fresh id and seq, input recomputed.
        handlerFor(wt->type).schedule(s, *wt, failed.iteration);
        for (int i = before; i < s.run.tasks.size(); ++i) {
            TaskRun &t = s.run.tasks[i];
            if (t.referenceTaskName != failed.referenceTaskName)
                continue;
            t.retryCount = failed.retryCount + 1;
            t.retriedTaskId = failed.taskId;
            t.callbackAfterSeconds = std::max<qint64>(t.callbackAfterSeconds, delaySeconds);
            t.dynamicWorkflowTask = failed.dynamicWorkflowTask;
            if (!failed.dynamicWorkflowTask.isEmpty())
                t.inputData = failed.inputData;
            if (t.type == TaskType::SubWorkflow) {
                const QString childId = Decider::childWorkflowIdFor(t.taskId, t.retryCount);
                for (ChildWorkflowRequest &r : s.outcome.childWorkflows) {
                    if (r.parentTaskId == t.taskId)
                        r.childWorkflowId = childId;
                }
                t.subWorkflowId = childId;
                t.outputData.insert(QStringLiteral("subWorkflowId"), childId);
            }
        }
        s.note(QStringLiteral("%1 %2: retry %3 of %4 in %5 s")
                   .arg(failed.referenceTaskName, taskStatusName(failed.status))
                   .arg(failed.retryCount + 1).arg(allowed).arg(delaySeconds));
        return;
    }
    if (wt->optional) {
        s.run.tasks[index].status = TaskStatus::CompletedWithErrors;
        s.touch(index);
        s.note(QStringLiteral("%1 is optional: COMPLETED_WITH_ERRORS").arg(failed.referenceTaskName));
        return;
    }
    if (wt->permissive) {
        s.note(QStringLiteral("%1 is permissive: the workflow continues").arg(failed.referenceTaskName));
        return;
    }
    const QString reason = failed.reasonForIncompletion.isEmpty()
        ? QStringLiteral("task %1 ended %2").arg(failed.referenceTaskName, taskStatusName(failed.status))
        : failed.reasonForIncompletion;
    s.failWorkflow(workflowStatusForFailed(failed.status), reason, failed.referenceTaskName);
}

// Poll, response and task timeouts of worker tasks (Conductor's checkTaskTimeout,
// checkTaskPollTimeout, isResponseTimedOut). Returns true when it changed something.
bool checkTimeouts(DecideState &s, int index)
{
    const TaskRun &t = s.run.tasks.at(index);
    if (t.type != TaskType::Simple)
        return false;
    const WorkflowTask *wt = s.blueprint(t);
    if (!wt)
        return false;
    const std::optional<TaskDef> def = s.taskDefFor(*wt);
    if (!def)
        return false;

    auto timeOut = [&](TimeoutPolicy policy, const QString &reason) {
        if (policy == TimeoutPolicy::AlertOnly) {
            s.note(QStringLiteral("%1: %2 (ALERT_ONLY)").arg(t.referenceTaskName, reason));
            return false;
        }
        s.finishTask(index, TaskStatus::TimedOut, reason);
        if (policy == TimeoutPolicy::TimeOutWorkflow)
            s.failWorkflow(WorkflowStatus::TimedOut, reason, s.run.tasks.at(index).referenceTaskName);
        return true;
    };

    // Conductor's order: timeoutSeconds, then pollTimeoutSeconds, then responseTimeoutSeconds; so
    // when a task's timeout and response timeout pass together, the timeout policy decides
    // (TIME_OUT_WF ends the workflow instead of a retry).
    const RetryPolicy::Deadlines d = RetryPolicy::deadlines(t, *def);
    // (ALERT_ONLY only notes a passed deadline and goes on to the next check.)
    if (d.task > 0 && s.now >= d.task
        && timeOut(def->timeoutPolicy, QStringLiteral("task %1 timed out after %2 s")
                                           .arg(t.referenceTaskName).arg(def->timeoutSeconds)))
        return true;
    if (d.poll > 0 && s.now >= d.poll
        && timeOut(def->timeoutPolicy, QStringLiteral("task %1 was not polled within %2 s")
                                           .arg(t.referenceTaskName).arg(*def->pollTimeoutSeconds)))
        return true;
    if (d.response > 0 && s.now >= d.response) {
        // A response timeout times the task out whatever the policy says (Conductor).
        s.finishTask(index, TaskStatus::TimedOut,
                     QStringLiteral("responseTimeoutSeconds: %1 exceeded").arg(def->responseTimeoutSeconds));
        return true;
    }
    return false;
}

void checkCompletion(DecideState &s)
{
    bool anyFailure = false;
    QString failedRef;
    for (const TaskRun &t : std::as_const(s.run.tasks)) {
        if (!t.isTerminal() || (!t.executed && !t.retried))
            return;
        if (!t.retried && !t.isSuccessful()) {
            anyFailure = true;
            failedRef = t.referenceTaskName;
        }
    }
    if (anyFailure) {
        // Permissive tasks let the workflow run on; it still fails at the end.
        s.failWorkflow(WorkflowStatus::Failed,
                       QStringLiteral("permissive task %1 failed").arg(failedRef), failedRef);
        return;
    }
    const WorkflowDef &def = *s.run.definition;
    QJsonObject output;
    // An empty outputParameters means the same as none (Conductor): the last task's output.
    if (def.hasOutputParameters && !def.outputParameters.isEmpty())
        output = s.resolve(def.outputParameters).toObject();
    else if (!s.run.tasks.isEmpty())
        output = s.run.tasks.last().outputData;
    s.completeWorkflow(output);
}

} // namespace

QString Decider::taskIdFor(const QString &workflowId, int seq)
{
    static const QUuid ns = QUuid::fromString(QLatin1String("6f3c9a52-0d0e-4f5e-9a51-4a6f1f1b7d10"));
    return QUuid::createUuidV5(ns, workflowId + QLatin1Char('/') + QString::number(seq)).toString(QUuid::WithoutBraces);
}

QString Decider::childWorkflowIdFor(const QString &parentTaskId, int retryCount)
{
    static const QUuid ns = QUuid::fromString(QLatin1String("1d7f0c88-5b7b-4a0f-8f8e-2f9f5d8c3e21"));
    return QUuid::createUuidV5(ns, parentTaskId + QLatin1String("/child/") + QString::number(retryCount))
        .toString(QUuid::WithoutBraces);
}

DecideOutcome Decider::decide(const WorkflowRun &run, Millis now, const TaskDefLookup &taskDefs,
                              const DecideOptions &options)
{
    DecideState s(run, now, taskDefs, options);
    if (run.isTerminal() || run.status == WorkflowStatus::Paused || !run.definition)
        return std::move(s.outcome);

    const WorkflowDef &def = *run.definition;
    const Millis since = run.lastRetriedTime > 0 ? run.lastRetriedTime : run.createTime;
    if (def.timeoutSeconds > 0 && now - since >= def.timeoutSeconds * 1000) {
        if (def.timeoutPolicy == TimeoutPolicy::TimeOutWorkflow) {
            s.failWorkflow(WorkflowStatus::TimedOut,
                           QStringLiteral("workflow timed out after %1 s").arg(def.timeoutSeconds));
            return std::move(s.outcome);
        }
    }

    bool started = false;
    for (const TaskRun &t : std::as_const(s.run.tasks)) {
        if (!t.retried && t.scheduledTime > 0) {
            started = true;
            break;
        }
    }
    if (!started) {
        if (def.tasks.isEmpty()) {
            s.completeWorkflow({});
            return std::move(s.outcome);
        }
        s.schedule(def.tasks.first(), 0);
    }

    for (int pass = 0; pass < kMaxPasses && !s.ended(); ++pass) {
        bool changed = false;
        for (int i = 0; i < s.run.tasks.size() && !s.ended(); ++i) {
            {
                const TaskRun &t = s.run.tasks.at(i);
                if (t.retried || (t.executed && t.isTerminal()))
                    continue;
                if (!t.isTerminal()) {
                    if (taskTypeInfo(t.type).systemTask && handlerFor(t.type).evaluate(s, i))
                        changed = true;
                    else if (checkTimeouts(s, i))
                        changed = true;
                    if (s.ended() || !s.run.tasks.at(i).isTerminal())
                        continue;
                }
            }
            if (!s.run.tasks.at(i).isSuccessful()) {
                handleFailure(s, i);
                changed = true;
                if (s.ended() || s.run.tasks.at(i).retried)
                    continue;
            }
            if (!s.run.tasks.at(i).executed) {
                s.scheduleSuccessors(i);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    if (!s.ended())
        checkCompletion(s);
    if (s.outcome.changedAnything() && !s.outcome.workflowChanged)
        s.run.updateTime = now;
    return std::move(s.outcome);
}

} // namespace joinery
