#include "runtime/legacyjoinworker.h"

#include "execution/faultinjection.h"
#include "execution/workflowexecutor.h"

#include <QJsonArray>
#include <QThread>

namespace joinery {
namespace {

// Conductor's Join.execute on a snapshot: every joinOn task ended -> the JOIN's outcome.
std::optional<TaskStatus> evaluate(const WorkflowRun &run, const TaskRun &join, QJsonObject *output, QString *reason)
{
    bool withErrors = false;
    std::optional<TaskStatus> failure;
    for (const QJsonValue &v : join.inputData.value(QLatin1String("joinOn")).toArray()) {
        const TaskRun *t = run.latestByReference(v.toString());
        if (!t || !t->isTerminal())
            return std::nullopt;
        output->insert(v.toString(), t->outputData);
        if (t->status == TaskStatus::CompletedWithErrors)
            withErrors = true;
        if (!t->isSuccessful() && !failure) {
            failure = t->status == TaskStatus::Canceled ? TaskStatus::Canceled : TaskStatus::Failed;
            *reason = QStringLiteral("joined task %1 ended %2").arg(t->referenceTaskName, taskStatusName(t->status));
        }
    }
    if (failure)
        return failure;
    return withErrors ? TaskStatus::CompletedWithErrors : TaskStatus::Completed;
}

} // namespace

LegacyJoinWorker::LegacyJoinWorker(const Clock &clock, WorkflowExecutor &executor, FaultInjection &faults)
    : m_clock(clock), m_executor(executor), m_faults(faults)
{
}

LegacyJoinWorker::~LegacyJoinWorker()
{
    stop();
}

void LegacyJoinWorker::start(int intervalMs)
{
    m_stopping = false;
    m_thread = std::thread([this, intervalMs] {
        QThread::currentThread()->setObjectName(QStringLiteral("system-task worker"));
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [&] { return m_stopping; }))
                    return;
            }
            if (m_faults.legacyDecide.load())
                runOnce();
        }
    });
}

void LegacyJoinWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int LegacyJoinWorker::runOnce()
{
    int completed = 0;
    for (const RunPtr &run : m_executor.liveRuns()) {
        if (run->status != WorkflowStatus::Running)
            continue;
        for (const TaskRun &join : run->tasks) {
            if (join.type != TaskType::Join || join.isTerminal() || m_done.contains(join.taskId))
                continue;
            QJsonObject output;
            QString reason;
            const std::optional<TaskStatus> status = evaluate(*run, join, &output, &reason);
            if (!status)
                continue;
            const Millis now = m_clock.now();
            const QString joinId = join.taskId;
            // Written outside the lock, as AsyncSystemTaskExecutor does; `executed` stays false.
            const bool written = m_executor.legacyWrite(run->workflowId, [&](WorkflowRun &live, QStringList *changed) {
                const int i = live.indexOfTask(joinId);
                if (i < 0 || live.tasks.at(i).isTerminal())
                    return false;
                TaskRun &t = live.tasks[i];
                t.status = *status;
                t.outputData = output;
                t.reasonForIncompletion = reason;
                t.endTime = t.updateTime = now;
                changed->append(joinId);
                return true;
            });
            m_done.insert(joinId); // the queue message is removed: this JOIN is never polled again
            if (written) {
                ++completed;
                m_executor.legacyDecide(run->workflowId, LockRole::SystemTaskWorker,
                                        WorkflowExecutor::kLegacyLockTimeToTryMs);
            }
        }
    }
    return completed;
}

} // namespace joinery
