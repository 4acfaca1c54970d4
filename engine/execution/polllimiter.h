#pragma once

#include "common/clock.h"
#include "definitions/taskdef.h"

#include <QHash>
#include <QString>

#include <deque>
#include <mutex>

namespace joinery {

// Conductor's TaskDef limits on handing out worker tasks: `concurrentExecLimit` (at most that
// many IN_PROGRESS at once) and `rateLimitPerFrequency` per `rateLimitFrequencyInSeconds`. A poll
// asks how many it may take before it pops the queue; the answer counts the tasks already
// running, the claims still on their way to their owners, and the hand-outs inside the current
// window, under one lock, so two polls racing never exceed the limit together. What it does not
// hand out stays queued for a later poll.
//
// Thread safety: all functions may be called from any thread.
class PollLimiter
{
public:
    // How many of `wanted` tasks of `def` a poll may take now; `inProgress` is the number of
    // that definition's tasks IN_PROGRESS in the live executions. The answer is reserved: call
    // released() once per reserved task whose claim has resolved (claimed or not).
    int reserve(const TaskDef &def, int wanted, int inProgress, Millis now);
    // A claim taken out by reserve() that turned out empty (the task was gone): give the hand-out
    // back to the rate window as well.
    void released(const QString &taskDefName, bool claimed);

    static bool limits(const TaskDef &def)
    {
        return def.concurrentExecLimit > 0 || def.rateLimitPerFrequency > 0;
    }

private:
    struct State
    {
        int pendingClaims = 0;
        std::deque<Millis> handedOut; // inside the rate window, oldest first
    };
    std::mutex m_mutex;
    QHash<QString, State> m_states;
};

} // namespace joinery
