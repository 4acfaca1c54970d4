#include "runtime/completionwaiter.h"

#include <chrono>

namespace joinery {

CompletionWaiter::CompletionWaiter(WorkflowExecutor &executor) : m_executor(executor)
{
    m_executor.addObserver(this);
}

CompletionWaiter::~CompletionWaiter()
{
    m_executor.removeObserver(this);
}

void CompletionWaiter::executionChanged(const RunPtr &run, const QStringList &)
{
    if (!run->isTerminal())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_ended.contains(run->workflowId))
            return;
        m_ended.insert(run->workflowId);
        ++m_endedByName[run->workflowName];
        ++m_byStatus[run->status];
    }
    m_changed.notify_all();
}

void CompletionWaiter::executionRemoved(const QString &workflowId)
{
    {
        std::lock_guard lock(m_mutex);
        m_ended.insert(workflowId);
    }
    m_changed.notify_all();
}

bool CompletionWaiter::waitFor(const QString &workflowId, int timeoutMs)
{
    if (std::optional<WorkflowRun> run = m_executor.find(workflowId, false); run && run->isTerminal())
        return true;
    std::unique_lock lock(m_mutex);
    auto done = [&] { return m_ended.contains(workflowId); };
    if (timeoutMs < 0) {
        m_changed.wait(lock, done);
        return true;
    }
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

bool CompletionWaiter::waitForEnded(int count, int timeoutMs, const QString &name)
{
    std::unique_lock lock(m_mutex);
    auto done = [&] { return (name.isEmpty() ? int(m_ended.size()) : m_endedByName.value(name)) >= count; };
    if (timeoutMs < 0) {
        m_changed.wait(lock, done);
        return true;
    }
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

int CompletionWaiter::ended(const QString &name) const
{
    std::lock_guard lock(m_mutex);
    return name.isEmpty() ? int(m_ended.size()) : m_endedByName.value(name);
}

QHash<WorkflowStatus, int> CompletionWaiter::endedByStatus() const
{
    std::lock_guard lock(m_mutex);
    return m_byStatus;
}

} // namespace joinery
