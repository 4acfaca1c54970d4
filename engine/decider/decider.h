#pragma once

#include "common/clock.h"
#include "decider/decideoutcome.h"
#include "definitions/taskdef.h"

#include <QString>

#include <optional>

namespace joinery {

// Where the decider finds TaskDefs by name. Implementations must be safe to call from the thread
// that runs the decide while other threads register definitions.
class TaskDefLookup
{
public:
    virtual ~TaskDefLookup() = default;
    virtual std::optional<TaskDef> findTaskDef(const QString &name) const = 0;
};

struct DecideOptions
{
    // Joinery evaluates a JOIN inside the decide that sees its last branch end. Legacy mode
    // (Conductor before v3.31.2) leaves it to an asynchronous system-task worker instead.
    bool evaluateJoinInline = true;
};

// The pure decider: (workflow snapshot, now, definitions) -> outcome. No I/O, no clock reads,
// no randomness: task ids are derived from (workflowId, seq), so a decide can be replayed and
// previewed and gives the same answer. Runs sync system tasks (SWITCH, INLINE, DO_WHILE, JOIN…)
// to a fixed point, as Conductor's decide loop does. Thread-safe; holds no state.
class Decider
{
public:
    static DecideOutcome decide(const WorkflowRun &run, Millis now, const TaskDefLookup &taskDefs,
                                const DecideOptions &options = {});

    // The id of the task with `seq` in `workflowId` (a name-based UUID).
    static QString taskIdFor(const QString &workflowId, int seq);
    // The id of the child workflow a SUB_WORKFLOW task starts for a given attempt.
    static QString childWorkflowIdFor(const QString &parentTaskId, int retryCount);
};

} // namespace joinery
