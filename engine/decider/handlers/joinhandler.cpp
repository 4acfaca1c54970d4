#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"

#include <QJsonArray>

namespace joinery::handlers {
namespace {

// JOIN: waits until every task in joinOn has ended, then COMPLETED (COMPLETED_WITH_ERRORS when an
// optional one ended with errors), or FAILED when a permissive one failed — CANCELED when every
// unsuccessful one was canceled (Conductor's Join since cb6e3cbb3). Its output maps each joined
// reference to that task's output.
//
// Joinery evaluates it inside the decide that sees the last branch end, so the task after it is
// scheduled in the same transaction. A joined task counts once it is settled: terminal and its
// own retry / optional / permissive handling done (executed), so a failure that is about to be
// retried never ends the JOIN early. In legacy mode the JOIN is left to the asynchronous
// system-task worker instead (execution/legacyjoinworker), as in Conductor before v3.31.2.
class JoinHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Join, iteration, TaskStatus::InProgress);
        QJsonArray joinOn;
        for (const QString &ref : wt.joinOn)
            joinOn.append(withIteration(ref, iteration));
        s.run.tasks[i].inputData = QJsonObject{{QStringLiteral("joinOn"), joinOn}};
    }

    bool evaluate(DecideState &s, int index) const override
    {
        if (!s.options.evaluateJoinInline)
            return false;
        return evaluateJoin(s, index);
    }

    static bool evaluateJoin(DecideState &s, int index)
    {
        const QJsonArray joinOn = s.run.tasks.at(index).inputData.value(QLatin1String("joinOn")).toArray();
        QJsonObject output;
        bool withErrors = false;
        bool failed = false;
        bool onlyCanceled = true; // every unsuccessful joined task was canceled
        QString failureReason;
        for (const QJsonValue &v : joinOn) {
            const QString ref = v.toString();
            const TaskRun *t = s.run.latestByReference(ref);
            if (!t || !t->isTerminal() || !t->executed)
                return false;
            output.insert(ref, t->outputData);
            if (t->status == TaskStatus::CompletedWithErrors)
                withErrors = true;
            if (!t->isSuccessful()) {
                if (t->status != TaskStatus::Canceled)
                    onlyCanceled = false;
                if (!failed)
                    failureReason = t->reasonForIncompletion.isEmpty()
                        ? QStringLiteral("joined task %1 ended %2").arg(ref, taskStatusName(t->status))
                        : t->reasonForIncompletion;
                failed = true;
            }
        }
        TaskRun &join = s.run.tasks[index];
        join.outputData = output;
        TaskStatus status = withErrors ? TaskStatus::CompletedWithErrors : TaskStatus::Completed;
        if (failed)
            status = onlyCanceled ? TaskStatus::Canceled : TaskStatus::Failed;
        s.finishTask(index, status, failed ? failureReason : QString());
        s.note(QStringLiteral("%1 %2: all %3 joined tasks ended")
                   .arg(join.referenceTaskName, taskStatusName(status)).arg(joinOn.size()));
        return true;
    }
};

} // namespace

const TaskHandler &join()
{
    static const JoinHandler handler;
    return handler;
}

} // namespace joinery::handlers
