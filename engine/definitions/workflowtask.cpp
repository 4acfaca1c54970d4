#include "definitions/workflowtask.h"

namespace joinery {

QList<const TaskList *> WorkflowTask::children() const
{
    // As Conductor's WorkflowTask.children(): only the blocks the type executes. A list a type
    // does not use (say forkTasks on a SWITCH) is kept for round trips but never runs, so walks
    // must not see it either.
    QList<const TaskList *> lists;
    switch (type) {
    case TaskType::ForkJoin:
        lists.reserve(forkTasks.size());
        for (const TaskList &branch : forkTasks)
            lists.append(&branch);
        break;
    case TaskType::Switch:
    case TaskType::Decision:
        lists.reserve(decisionCases.size() + 1);
        for (const auto &decisionCase : decisionCases)
            lists.append(&decisionCase.second);
        lists.append(&defaultCase);
        break;
    case TaskType::DoWhile:
        lists.append(&loopOver);
        break;
    default:
        break;
    }
    return lists;
}

} // namespace joinery
