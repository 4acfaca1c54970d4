#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"
#include "decider/scripting/scriptevaluator.h"

namespace joinery::handlers {
namespace {

// INLINE: evaluates `expression` (evaluatorType javascript/graaljs, or value-param) with the
// task's input as `$`; output {result}. A script error or time-out is FAILED_WITH_TERMINAL_ERROR.
class InlineHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Inline, iteration, TaskStatus::InProgress);
        TaskRun &t = s.run.tasks[i];
        t.inputData = s.resolveInput(wt, t.taskId);
        const QString evaluator = t.inputData.value(QLatin1String("evaluatorType")).toString(QStringLiteral("javascript"));
        const QString expression = t.inputData.value(QLatin1String("expression")).toString();
        if (evaluator == QLatin1String("value-param")) {
            t.outputData = QJsonObject{{QStringLiteral("result"), t.inputData.value(expression)}};
            s.finishTask(i, TaskStatus::Completed);
            return;
        }
        if (evaluator != QLatin1String("javascript") && evaluator != QLatin1String("graaljs")) {
            s.finishTask(i, TaskStatus::FailedWithTerminalError,
                         QStringLiteral("evaluatorType '%1' is not supported (javascript, graaljs, value-param)").arg(evaluator));
            return;
        }
        const ScriptResult r = ScriptEvaluator::evaluate(expression, t.inputData);
        if (!r.ok) {
            s.run.tasks[i].outputData = QJsonObject{{QStringLiteral("error"), r.error}};
            s.finishTask(i, TaskStatus::FailedWithTerminalError, r.error);
            return;
        }
        s.run.tasks[i].outputData = QJsonObject{{QStringLiteral("result"), r.value}};
        s.finishTask(i, TaskStatus::Completed);
    }
};

// LAMBDA: Conductor's older script task. `scriptExpression` is a function body (it uses
// `return`) run with the task's input as `$`; output {result}.
class LambdaHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Lambda, iteration, TaskStatus::InProgress);
        TaskRun &t = s.run.tasks[i];
        t.inputData = s.resolveInput(wt, t.taskId);
        const QString body = t.inputData.value(QLatin1String("scriptExpression")).toString();
        const ScriptResult r = ScriptEvaluator::evaluate(QStringLiteral("(function(){ %1 \n})()").arg(body), t.inputData);
        if (!r.ok) {
            s.run.tasks[i].outputData = QJsonObject{{QStringLiteral("error"), r.error}};
            s.finishTask(i, TaskStatus::Failed, r.error);
            return;
        }
        s.run.tasks[i].outputData = QJsonObject{{QStringLiteral("result"), r.value}};
        s.finishTask(i, TaskStatus::Completed);
    }
};

} // namespace

const TaskHandler &lambda()
{
    static const LambdaHandler handler;
    return handler;
}

const TaskHandler &inlineScript()
{
    static const InlineHandler handler;
    return handler;
}

} // namespace joinery::handlers
