#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"

#include <QJsonDocument>

namespace joinery::handlers {
namespace {

constexpr qsizetype kMaxVariablesBytes = 256 * 1024;

// SET_VARIABLE: merges its input into workflow.variables (a size cap keeps one task from
// bloating every later snapshot).
class SetVariableHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::SetVariable, iteration, TaskStatus::InProgress);
        TaskRun &t = s.run.tasks[i];
        t.inputData = s.resolveInput(wt, t.taskId);
        QJsonObject variables = s.run.variables;
        for (auto it = t.inputData.constBegin(); it != t.inputData.constEnd(); ++it)
            variables.insert(it.key(), it.value());
        const qsizetype size = QJsonDocument(variables).toJson(QJsonDocument::Compact).size();
        if (size > kMaxVariablesBytes) {
            s.finishTask(i, TaskStatus::FailedWithTerminalError,
                         QStringLiteral("workflow variables would grow to %1 bytes, over the %2-byte limit")
                             .arg(size).arg(kMaxVariablesBytes));
            return;
        }
        s.run.variables = variables;
        s.outcome.workflowChanged = true;
        s.finishTask(i, TaskStatus::Completed);
    }
};

} // namespace

const TaskHandler &setVariable()
{
    static const SetVariableHandler handler;
    return handler;
}

} // namespace joinery::handlers
