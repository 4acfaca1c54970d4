#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"
#include "decider/scripting/scriptevaluator.h"

namespace joinery::handlers {
namespace {

// DO_WHILE: runs its loopOver tasks as iterations 1, 2, … (each reference suffixed "__<n>") and,
// when an iteration has settled, evaluates loopCondition to decide whether another follows
// (Conductor's DoWhile). The condition sees the DO_WHILE's resolved inputParameters, its own
// output under its reference (so `$.loop['iteration']` works) and each loop task's latest output
// under the task's plain reference. Output: {iteration, "<n>": {ref: output…}}. A failed loop task
// fails the DO_WHILE; a condition error too (FAILED_WITH_TERMINAL_ERROR).
class DoWhileHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        Q_UNUSED(iteration); // loops do not nest iterations into each other's references
        if (wt.loopOver.isEmpty()) {
            const int i = s.appendTask(wt, TaskType::DoWhile, 0, TaskStatus::Completed);
            s.run.tasks[i].endTime = s.now;
            return;
        }
        // The first iteration starts when the DO_WHILE is evaluated, later in the same decide (as
        // Conductor's first execute() does), so its tasks follow whatever was scheduled with the
        // loop: inside a fork branch they come after the JOIN in seq order.
        const int i = s.appendTask(wt, TaskType::DoWhile, 0, TaskStatus::InProgress);
        TaskRun &t = s.run.tasks[i];
        t.inputData = s.resolveInput(wt, t.taskId);
        t.iteration = 1;
        t.outputData = QJsonObject{{QStringLiteral("iteration"), 1}};
    }

    bool evaluate(DecideState &s, int index) const override
    {
        const TaskRun loop = s.run.tasks.at(index);
        const WorkflowTask *wt = s.index->find(loop.referenceTaskName);
        if (!wt)
            return false;
        const int n = loop.iteration;
        const QStringList refs = s.index->loopReferences(wt);

        // Has iteration n settled? Every task of it ended and its successors were scheduled.
        QJsonObject iterationOutput;
        bool any = false;
        const TaskRun *failed = nullptr;
        for (const QString &ref : refs) {
            const TaskRun *t = s.run.latestByReference(withIteration(ref, n));
            if (!t)
                continue;
            any = true;
            if (!t->isTerminal() || !t->executed)
                return false;
            iterationOutput.insert(ref, t->outputData);
            if (!t->isSuccessful() && t->status != TaskStatus::CompletedWithErrors && !failed)
                failed = t;
        }
        if (!any) {
            // Iteration n has not started (a DO_WHILE scheduled in this decide).
            s.schedule(wt->loopOver.first(), n);
            return true;
        }

        TaskRun &t = s.run.tasks[index];
        t.outputData.insert(QString::number(n), iterationOutput);
        t.outputData.insert(QStringLiteral("iteration"), n);
        if (failed) {
            s.finishTask(index, TaskStatus::Failed,
                         QStringLiteral("loop task %1 ended %2").arg(failed->referenceTaskName, taskStatusName(failed->status)));
            return true;
        }

        QJsonObject conditionInput = s.resolveInput(*wt, t.taskId);
        conditionInput.insert(t.referenceTaskName, t.outputData);
        for (const QString &ref : refs) {
            if (const TaskRun *latest = s.run.latestByReference(withIteration(ref, n)))
                conditionInput.insert(ref, latest->outputData);
        }
        const ScriptResult r = ScriptEvaluator::evaluate(wt->loopCondition, conditionInput);
        if (!r.ok) {
            s.finishTask(index, TaskStatus::FailedWithTerminalError,
                         QStringLiteral("loopCondition of %1 failed: %2").arg(t.referenceTaskName, r.error));
            return true;
        }
        if (!ScriptEvaluator::isTruthy(r.value)) {
            s.finishTask(index, TaskStatus::Completed);
            s.note(QStringLiteral("%1 COMPLETED after %2 iteration(s)").arg(t.referenceTaskName).arg(n));
            return true;
        }
        t.iteration = n + 1;
        t.outputData.insert(QStringLiteral("iteration"), n + 1);
        s.touch(index);
        s.schedule(wt->loopOver.first(), n + 1);
        return true;
    }
};

} // namespace

const TaskHandler &doWhile()
{
    static const DoWhileHandler handler;
    return handler;
}

} // namespace joinery::handlers
