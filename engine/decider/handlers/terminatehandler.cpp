#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"

namespace joinery::handlers {
namespace {

// TERMINATE: ends the workflow with terminationStatus (COMPLETED, FAILED or TERMINATED), its
// output set to workflowOutput, and cancels whatever else is still running.
class TerminateHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Terminate, iteration, TaskStatus::InProgress);
        s.run.tasks[i].inputData = s.resolveInput(wt, s.run.tasks.at(i).taskId);
    }

    bool evaluate(DecideState &s, int index) const override
    {
        TaskRun &t = s.run.tasks[index];
        const QString status = t.inputData.value(QLatin1String("terminationStatus")).toString();
        const QString reason = t.inputData.value(QLatin1String("terminationReason")).toString();
        const QJsonValue workflowOutput = t.inputData.value(QLatin1String("workflowOutput"));
        QJsonObject output;
        if (workflowOutput.isObject())
            output = workflowOutput.toObject();
        else if (!workflowOutput.isUndefined() && !workflowOutput.isNull())
            output.insert(QStringLiteral("output"), workflowOutput);

        WorkflowStatus end;
        if (status == QLatin1String("COMPLETED"))
            end = WorkflowStatus::Completed;
        else if (status == QLatin1String("FAILED"))
            end = WorkflowStatus::Failed;
        else if (status == QLatin1String("TERMINATED"))
            end = WorkflowStatus::Terminated;
        else {
            s.finishTask(index, TaskStatus::FailedWithTerminalError,
                         QStringLiteral("terminationStatus must be COMPLETED, FAILED or TERMINATED, not '%1'").arg(status));
            return true;
        }
        t.outputData = output;
        t.executed = true;
        s.finishTask(index, TaskStatus::Completed);
        if (end == WorkflowStatus::Completed) {
            s.completeWorkflow(output);
        } else {
            s.run.output = output;
            s.failWorkflow(end, reason.isEmpty() ? QStringLiteral("terminated by %1").arg(t.referenceTaskName) : reason,
                           QString());
        }
        return true;
    }
};

} // namespace

const TaskHandler &terminate()
{
    static const TerminateHandler handler;
    return handler;
}

} // namespace joinery::handlers
