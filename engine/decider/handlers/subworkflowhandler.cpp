#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"

namespace joinery::handlers {
namespace {

// SUB_WORKFLOW: asks for a child execution (the executor creates it in the same transaction)
// and stays IN_PROGRESS until the child ends; the executor then maps the child's status onto it
// (COMPLETED, FAILED, TERMINATED -> CANCELED, TIMED_OUT). The child id is derived from the task
// and attempt, so applying the request twice still makes one child.
class SubWorkflowHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::SubWorkflow, iteration, TaskStatus::InProgress);
        TaskRun &t = s.run.tasks[i];
        const QJsonObject input = s.resolveInput(wt, t.taskId);
        const SubWorkflowParams params = wt.subWorkflowParam.value_or(SubWorkflowParams{});

        ChildWorkflowRequest request;
        request.parentTaskId = t.taskId;
        request.childWorkflowId = Decider::childWorkflowIdFor(t.taskId, t.retryCount);
        request.name = s.resolve(params.name, t.taskId).toString();
        if (params.version)
            request.version = *params.version;
        const QJsonValue inlineDef = params.workflowDefinition.isString()
            ? s.resolve(params.workflowDefinition, t.taskId)
            : params.workflowDefinition;
        if (inlineDef.isObject()) {
            request.inlineDefinition = inlineDef.toObject();
            if (request.name.isEmpty())
                request.name = request.inlineDefinition.value(QLatin1String("name")).toString();
        }
        request.input = input;
        request.correlationId = s.run.correlationId;
        request.priority = params.priority >= 0 ? params.priority : s.run.priority;

        t.inputData = input;
        t.inputData.insert(QStringLiteral("subWorkflowName"), request.name);
        if (request.version > 0)
            t.inputData.insert(QStringLiteral("subWorkflowVersion"), request.version);
        t.inputData.insert(QStringLiteral("workflowInput"), input);
        t.subWorkflowId = request.childWorkflowId;
        t.outputData = QJsonObject{{QStringLiteral("subWorkflowId"), request.childWorkflowId}};
        s.outcome.childWorkflows << request;
    }
};

} // namespace

const TaskHandler &subWorkflow()
{
    static const SubWorkflowHandler handler;
    return handler;
}

} // namespace joinery::handlers
