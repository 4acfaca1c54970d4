#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"

#include <QJsonArray>

namespace joinery::handlers {
namespace {

// FORK_JOIN: in one step, a FORK task (already COMPLETED), the first task of every branch and
// the JOIN that follows, in that order (Conductor's ForkJoinTaskMapper; the JOIN therefore has a
// lower seq than the tasks later branches add).
class ForkJoinHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Fork, iteration, TaskStatus::Completed);
        QJsonArray forked;
        for (const TaskList &branch : wt.forkTasks) {
            if (!branch.isEmpty())
                forked.append(withIteration(branch.first().taskReferenceName, iteration));
        }
        TaskRun &fork = s.run.tasks[i];
        fork.inputData = QJsonObject{{QStringLiteral("forkedTasks"), forked}};
        fork.startTime = fork.endTime = s.now;
        fork.executed = true; // its successors are the branches scheduled right here
        for (const TaskList &branch : wt.forkTasks) {
            if (!branch.isEmpty())
                s.schedule(branch.first(), iteration);
        }
        if (const WorkflowTask *join = s.index->joinAfter(&wt))
            s.schedule(*join, iteration);
    }
};

} // namespace

const TaskHandler &forkJoin()
{
    static const ForkJoinHandler handler;
    return handler;
}

} // namespace joinery::handlers
