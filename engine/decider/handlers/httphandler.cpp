#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"

namespace joinery::handlers {
namespace {

// HTTP: SCHEDULED with its resolved http_request; the runtime's HTTP runner performs the call
// asynchronously and reports the response as a task update (2xx COMPLETED, anything else FAILED).
class HttpHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Http, iteration, TaskStatus::Scheduled);
        TaskRun &t = s.run.tasks[i];
        t.inputData = s.resolveInput(wt, t.taskId);
    }
};

} // namespace

const TaskHandler &http()
{
    static const HttpHandler handler;
    return handler;
}

} // namespace joinery::handlers
