#pragma once

#include "execution/workflowexecutor.h"

#include <QHash>
#include <QSet>

#include <condition_variable>
#include <mutex>

namespace joinery {

// Watches an executor and lets a thread wait until given executions have ended (run, bench,
// soak, tests). Counts every execution that ends while it watches.
// Thread safety: all functions may be called from any thread.
class CompletionWaiter final : public ExecutionObserver
{
public:
    explicit CompletionWaiter(WorkflowExecutor &executor);
    ~CompletionWaiter() override;

    void executionChanged(const RunPtr &run, const QStringList &changedTaskIds) override;
    void executionRemoved(const QString &workflowId) override;

    // Waits until `workflowId` has ended (true) or `timeoutMs` passed (false); -1 waits forever.
    bool waitFor(const QString &workflowId, int timeoutMs = -1);
    // Waits until `count` executions named `name` (any name when empty) have ended.
    bool waitForEnded(int count, int timeoutMs = -1, const QString &name = QString());
    int ended(const QString &name = QString()) const;
    QHash<WorkflowStatus, int> endedByStatus() const;

private:
    WorkflowExecutor &m_executor;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QSet<QString> m_ended;
    QHash<QString, int> m_endedByName;
    QHash<WorkflowStatus, int> m_byStatus;
};

} // namespace joinery
