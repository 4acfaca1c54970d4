#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"
#include "definitions/duration.h"

namespace joinery::handlers {
namespace {

// WAIT: IN_PROGRESS until `duration` has passed or `until` is reached (a timer in the store
// brings the decide), or until someone completes it; with neither it waits for that update.
class WaitHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Wait, iteration, TaskStatus::InProgress);
        TaskRun &t = s.run.tasks[i];
        t.inputData = s.resolveInput(wt, t.taskId);
        const QString duration = t.inputData.value(QLatin1String("duration")).toString();
        const QString until = t.inputData.value(QLatin1String("until")).toString();
        if (!duration.isEmpty()) {
            if (auto ms = parseDuration(duration)) {
                t.waitUntil = s.now + *ms;
            } else {
                s.finishTask(i, TaskStatus::FailedWithTerminalError,
                             QStringLiteral("WAIT %1: '%2' is not a duration").arg(t.referenceTaskName, duration));
            }
        } else if (!until.isEmpty()) {
            if (auto at = parseUntil(until)) {
                t.waitUntil = *at;
            } else {
                s.finishTask(i, TaskStatus::FailedWithTerminalError,
                             QStringLiteral("WAIT %1: '%2' is not a date").arg(t.referenceTaskName, until));
            }
        }
    }

    bool evaluate(DecideState &s, int index) const override
    {
        const TaskRun &t = s.run.tasks.at(index);
        if (t.waitUntil <= 0 || s.now < t.waitUntil)
            return false;
        s.finishTask(index, TaskStatus::Completed);
        return true;
    }
};

// HUMAN: IN_PROGRESS until a person (an API call, the GUI) completes it.
class HumanHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, TaskType::Human, iteration, TaskStatus::InProgress);
        s.run.tasks[i].inputData = s.resolveInput(wt, s.run.tasks.at(i).taskId);
    }
};

} // namespace

const TaskHandler &wait()
{
    static const WaitHandler handler;
    return handler;
}

const TaskHandler &human()
{
    static const HumanHandler handler;
    return handler;
}

} // namespace joinery::handlers
