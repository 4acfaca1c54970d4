#pragma once

#include "definitions/taskdef.h"
#include "model/workflowrun.h"

#include <optional>

namespace joinery {

// Retry delays and the deadlines of a worker task, from its TaskDef (reference/conductor-notes.md
// §1.6). Pure functions: the decider uses them to time tasks out, the executor to write the
// task's next timer into the store.
class RetryPolicy
{
public:
    // FIXED: retryDelaySeconds; LINEAR_BACKOFF: retryDelaySeconds*backoffScaleFactor*(attempt+1);
    // EXPONENTIAL_BACKOFF: retryDelaySeconds*2^attempt; capped by maxRetryDelaySeconds.
    static qint64 delaySeconds(const TaskDef &def, int attempt);
    static bool totalTimeoutExceeded(const WorkflowRun &run, const TaskRun &task,
                                     const std::optional<TaskDef> &def, Millis now);

    struct Deadlines
    {
        Millis poll = 0;     // SCHEDULED and not polled by then (pollTimeoutSeconds)
        Millis response = 0; // IN_PROGRESS with no update by then (responseTimeoutSeconds)
        Millis task = 0;     // started and not ended by then (timeoutSeconds)
        Millis earliest() const;
    };
    static Deadlines deadlines(const TaskRun &task, const TaskDef &def);
};

} // namespace joinery
