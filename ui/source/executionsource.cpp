#include "source/executionsource.h"

namespace joinery::ui {

ExecutionSummary summarize(const WorkflowRun &run)
{
    ExecutionSummary s;
    s.workflowId = run.workflowId;
    s.name = run.workflowName;
    s.version = run.workflowVersion;
    s.status = run.status;
    s.correlationId = run.correlationId;
    s.startTime = run.startTime;
    s.updateTime = run.updateTime;
    s.endTime = run.endTime;
    s.reasonForIncompletion = run.reasonForIncompletion;
    for (const TaskRun &t : run.tasks) {
        if (!t.isTerminal() && t.type != TaskType::Join && t.type != TaskType::DoWhile)
            s.runningTasks << t.referenceTaskName;
    }
    return s;
}

void ExecutionSource::describePreview(
    const QString &workflowId, const joinery::DecidePreview &preview, QStringList *lines, QString *error)
{
    lines->clear();
    error->clear();
    if (!preview.running) {
        *error = tr("Workflow %1 is not running, so there is nothing to decide.").arg(workflowId);
        return;
    }
    for (const joinery::DecidePreview::Scheduled &s : preview.schedule)
        *lines << tr("Schedule %1 (%2)").arg(s.referenceTaskName, s.taskType);
    for (const joinery::DecidePreview::Change &c : preview.changes) {
        if (c.from != c.to)
            *lines << tr("Set %1 to %2").arg(c.referenceTaskName, c.to);
        else
            *lines << tr("Update %1").arg(c.referenceTaskName);
    }
    for (const QString &name : preview.startSubWorkflows)
        *lines << tr("Start sub-workflow %1").arg(name);
    for (const QString &id : preview.terminateSubWorkflows)
        *lines << tr("Terminate sub-workflow %1").arg(id);
    if (!preview.workflowStatusAfter.isEmpty())
        *lines << tr("Workflow becomes %1").arg(preview.workflowStatusAfter);
    if (lines->isEmpty())
        *lines << tr("Nothing to do: the workflow is up to date.");
}

} // namespace joinery::ui
