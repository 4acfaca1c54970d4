#include "execution/polllimiter.h"

#include <algorithm>

namespace joinery {

int PollLimiter::reserve(const TaskDef &def, int wanted, int inProgress, Millis now)
{
    std::lock_guard lock(m_mutex);
    State &s = m_states[def.name];
    int allowed = wanted;
    if (def.concurrentExecLimit > 0)
        allowed = std::min(allowed, def.concurrentExecLimit - inProgress - s.pendingClaims);
    if (def.rateLimitPerFrequency > 0) {
        const Millis window = Millis(std::max(1, def.rateLimitFrequencyInSeconds)) * 1000;
        while (!s.handedOut.empty() && now - s.handedOut.front() >= window)
            s.handedOut.pop_front();
        allowed = std::min(allowed, def.rateLimitPerFrequency - int(s.handedOut.size()));
    }
    allowed = std::max(0, allowed);
    s.pendingClaims += allowed;
    if (def.rateLimitPerFrequency > 0) {
        for (int i = 0; i < allowed; ++i)
            s.handedOut.push_back(now);
    }
    return allowed;
}

void PollLimiter::released(const QString &taskDefName, bool claimed)
{
    std::lock_guard lock(m_mutex);
    auto it = m_states.find(taskDefName);
    if (it == m_states.end())
        return;
    it->pendingClaims = std::max(0, it->pendingClaims - 1);
    if (!claimed && !it->handedOut.empty())
        it->handedOut.pop_back();
}

} // namespace joinery
