#include "decider/retrypolicy.h"

#include <algorithm>

namespace joinery {

qint64 RetryPolicy::delaySeconds(const TaskDef &def, int attempt)
{
    qint64 delay = def.retryDelaySeconds;
    switch (def.retryLogic) {
    case RetryLogic::Fixed:
        break;
    case RetryLogic::LinearBackoff:
        delay = qint64(def.retryDelaySeconds) * std::max(1, def.backoffScaleFactor) * (attempt + 1);
        break;
    case RetryLogic::ExponentialBackoff:
        delay = qint64(def.retryDelaySeconds) << std::min(attempt, 30);
        break;
    }
    if (def.maxRetryDelaySeconds > 0)
        delay = std::min<qint64>(delay, def.maxRetryDelaySeconds);
    return std::max<qint64>(0, delay);
}

bool RetryPolicy::totalTimeoutExceeded(const WorkflowRun &run, const TaskRun &task,
                                       const std::optional<TaskDef> &def, Millis now)
{
    if (!def || def->totalTimeoutSeconds <= 0)
        return false;
    Millis first = task.scheduledTime;
    for (const TaskRun &t : run.tasks) {
        if (t.referenceTaskName == task.referenceTaskName && t.scheduledTime > 0)
            first = std::min(first, t.scheduledTime);
    }
    return now - first >= def->totalTimeoutSeconds * 1000;
}

RetryPolicy::Deadlines RetryPolicy::deadlines(const TaskRun &t, const TaskDef &def)
{
    Deadlines d;
    if (t.isTerminal())
        return d;
    const Millis callback = t.callbackAfterSeconds * 1000;
    if (t.status == TaskStatus::Scheduled && def.pollTimeoutSeconds && *def.pollTimeoutSeconds > 0)
        d.poll = t.scheduledTime + callback + t.startDelayInSeconds * 1000 + *def.pollTimeoutSeconds * 1000;
    if (t.status == TaskStatus::InProgress && def.responseTimeoutSeconds > 0)
        d.response = t.updateTime + callback + def.responseTimeoutSeconds * 1000;
    if (def.timeoutSeconds > 0 && t.startTime > 0)
        d.task = t.startTime + t.startDelayInSeconds * 1000 + def.timeoutSeconds * 1000;
    return d;
}

Millis RetryPolicy::Deadlines::earliest() const
{
    Millis e = 0;
    for (Millis m : {poll, response, task}) {
        if (m > 0 && (e == 0 || m < e))
            e = m;
    }
    return e;
}

} // namespace joinery
