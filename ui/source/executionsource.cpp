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

} // namespace joinery::ui
