#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"

namespace joinery::handlers {
namespace {

// SIMPLE: a task for an external or in-process worker, put in the queue named after the task.
// Its timeouts and retries are the decider's common rules (decider.cpp).
class SimpleHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Simple, iteration, TaskStatus::Scheduled);
        TaskRun &t = s.run.tasks[i];
        t.inputData = s.resolveInput(wt, t.taskId);
        t.callbackAfterSeconds = wt.startDelay;
    }
};

} // namespace

const TaskHandler &simple()
{
    static const SimpleHandler handler;
    return handler;
}

} // namespace joinery::handlers
