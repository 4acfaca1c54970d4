#pragma once

#include "definitions/workflowtask.h"

namespace joinery {

class DecideState;

// One task type's part of the decider (Conductor's TaskMapper + system task): how a WorkflowTask
// becomes TaskRuns, and, for system tasks that run inside decide, how a live one progresses.
// Handlers are stateless singletons registered by type in taskhandler.cpp; adding a task type
// touches its own file and that table.
class TaskHandler
{
public:
    virtual ~TaskHandler() = default;
    // Appends the task(s) for `wt` to the execution.
    virtual void schedule(DecideState &state, const WorkflowTask &wt, int iteration) const = 0;
    // Called on every decide pass for a non-terminal task of this type; returns true when it
    // changed the task (or anything else), so the decider runs another pass.
    virtual bool evaluate(DecideState &state, int taskIndex) const
    {
        Q_UNUSED(state);
        Q_UNUSED(taskIndex);
        return false;
    }
};

const TaskHandler &handlerFor(TaskType type);

} // namespace joinery
