#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"
#include "decider/scripting/jqtransform.h"

namespace joinery::handlers {
namespace {

// JSON_JQ_TRANSFORM: runs `queryExpression` over the task's input with libjq; output
// {result, resultList}, or FAILED with the jq message in output.error.
class JsonJqHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::JsonJqTransform, iteration, TaskStatus::InProgress);
        TaskRun &t = s.run.tasks[i];
        t.inputData = s.resolveInput(wt, t.taskId);
        const QString query = t.inputData.value(QLatin1String("queryExpression")).toString();
        const JqResult r = JqTransform::run(query, t.inputData);
        if (!r.ok) {
            t.outputData = QJsonObject{{QStringLiteral("error"), r.error}};
            s.finishTask(i, TaskStatus::Failed, r.error);
            return;
        }
        t.outputData = QJsonObject{{QStringLiteral("result"), r.result}, {QStringLiteral("resultList"), r.resultList}};
        s.finishTask(i, TaskStatus::Completed);
    }
};

} // namespace

const TaskHandler &jsonJq()
{
    static const JsonJqHandler handler;
    return handler;
}

} // namespace joinery::handlers
