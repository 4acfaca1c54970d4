#include "runtime/stalldetector.h"

#include "execution/taskqueues.h"
#include "execution/workflowexecutor.h"
#include "runtime/sweeper.h"
#include "store/storereader.h"

#include <QJsonArray>

namespace joinery {
namespace {

Stall make(const WorkflowRun &run, StallReason reason, Recovery recovery, const QString &task, const QString &detail,
           Millis since)
{
    Stall s;
    s.workflowId = run.workflowId;
    s.workflowName = run.workflowName;
    s.reason = reason;
    s.recommended = recovery;
    s.taskReference = task;
    s.detail = detail;
    s.since = since;
    return s;
}

} // namespace

Millis StallDetector::lastProgress(const WorkflowRun &run)
{
    Millis last = std::max(run.updateTime, run.startTime);
    for (const TaskRun &t : run.tasks)
        last = std::max({last, t.updateTime, t.endTime});
    return last;
}

std::optional<Stall> StallDetector::analyze(const WorkflowRun &run, const Context &c)
{
    if (run.status != WorkflowStatus::Running)
        return std::nullopt;
    const Millis since = lastProgress(run);
    if (c.now - since < c.threshold)
        return std::nullopt;

    // JOINs first: when a JOIN is done (or all it waits for has ended) and nothing follows, that
    // is the stall to name, even if a branch's last task, with a lower seq, was not advanced
    // either (legacy mode leaves both behind).
    for (const TaskRun &t : run.tasks) {
        if (t.retried || t.type != TaskType::Join)
            continue;
        if (t.isTerminal() && !t.executed)
            return make(run, StallReason::JoinDoneSuccessorMissing, Recovery::ForceDecide, t.referenceTaskName,
                        QStringLiteral("JOIN %1 is %2 but the task after it was never scheduled")
                            .arg(t.referenceTaskName, taskStatusName(t.status)),
                        since);
        if (!t.isTerminal()) {
            bool allEnded = true;
            const QJsonArray joinOn = t.inputData.value(QLatin1String("joinOn")).toArray();
            for (const QJsonValue &ref : joinOn) {
                const TaskRun *joined = run.latestByReference(ref.toString());
                allEnded = allEnded && joined && joined->isTerminal();
            }
            if (allEnded && !joinOn.isEmpty())
                return make(run, StallReason::JoinDoneSuccessorMissing, Recovery::ForceDecide, t.referenceTaskName,
                            QStringLiteral("all %1 branches of JOIN %2 have ended but the JOIN was never evaluated")
                                .arg(joinOn.size()).arg(t.referenceTaskName),
                            since);
        }
    }
    for (const TaskRun &t : run.tasks) {
        if (t.retried || t.type == TaskType::Join)
            continue;
        if (t.isTerminal() && !t.executed)
            return make(run, StallReason::EndedTaskNotAdvanced, Recovery::ForceDecide, t.referenceTaskName,
                        QStringLiteral("task %1 ended %2 but what follows it was never scheduled")
                            .arg(t.referenceTaskName, taskStatusName(t.status)),
                        since);
        if (t.type == TaskType::SubWorkflow && !t.isTerminal() && c.childStatus && !t.subWorkflowId.isEmpty()) {
            if (auto child = c.childStatus(t.subWorkflowId); child && isTerminal(*child))
                return make(run, StallReason::ChildEndedParentNotUpdated, Recovery::ForceDecide, t.referenceTaskName,
                            QStringLiteral("child workflow %1 ended %2 but task %3 did not follow")
                                .arg(t.subWorkflowId, workflowStatusName(*child), t.referenceTaskName),
                            since);
        }
        if (t.type == TaskType::Simple && t.status == TaskStatus::Scheduled) {
            const QString queue = TaskQueues::queueName(t.taskType, t.domain);
            if (c.isQueued && !c.isQueued(t.taskId)) {
                Stall s = make(run, StallReason::TaskNotQueued, Recovery::Requeue, t.referenceTaskName,
                               QStringLiteral("task %1 is SCHEDULED but not in queue %2, and no timer will bring it back")
                                   .arg(t.referenceTaskName, queue),
                               since);
                s.queue = queue;
                return s;
            }
            if (c.lastPollTime) {
                const Millis lastPoll = c.lastPollTime(queue);
                if (lastPoll < t.scheduledTime) {
                    Stall s = make(run, StallReason::TaskNeverPolled, Recovery::StartWorker, t.referenceTaskName,
                                   lastPoll > 0 ? QStringLiteral("no worker has polled queue %1 since task %2 was scheduled")
                                                      .arg(queue, t.referenceTaskName)
                                                : QStringLiteral("no worker has ever polled queue %1 (task %2)")
                                                      .arg(queue, t.referenceTaskName),
                                   since);
                    s.queue = queue;
                    s.lastPollTime = lastPoll;
                    return s;
                }
            }
        }
    }
    if (c.markerDueAt > 0 && c.now - c.markerDueAt >= c.threshold) {
        if (!c.sweeperRunning)
            return make(run, StallReason::SweeperNotRunning, Recovery::ResumeSweeper, QString(),
                        QStringLiteral("a decide is owed but the sweeper is not running"), since);
        return make(run, StallReason::DecideOwedNotRun, Recovery::ForceDecide, QString(),
                    QStringLiteral("a decide has been owed for %1 s and has not run").arg((c.now - c.markerDueAt) / 1000),
                    since);
    }
    return std::nullopt;
}

StallDetector::StallDetector(const Clock &clock, WorkflowExecutor &executor, TaskQueues &queues,
                             store::StoreReader &reader, Sweeper &sweeper)
    : m_clock(clock), m_executor(executor), m_queues(queues), m_reader(reader), m_sweeper(sweeper)
{
}

StallDetector::~StallDetector()
{
    stop();
}

QList<Stall> StallDetector::scan()
{
    QHash<QString, Millis> markers;
    for (const auto &m : m_reader.loadMarkers())
        markers.insert(m.workflowId, m.dueAt);
    const Sweeper::Stats sweeps = m_sweeper.stats();
    Context c;
    c.now = m_clock.now();
    c.threshold = threshold();
    c.isQueued = [this](const QString &taskId) { return m_queues.contains(taskId); };
    c.lastPollTime = [this](const QString &queue) { return m_executor.lastPollTime(queue); };
    c.childStatus = [this](const QString &id) -> std::optional<WorkflowStatus> {
        if (auto run = m_executor.find(id, false))
            return run->status;
        return std::nullopt;
    };
    c.sweeperRunning = m_sweeper.isRunning() && c.now - sweeps.lastCycleAt < std::max<Millis>(10'000, 3 * m_sweeper.options().intervalMs);

    QList<Stall> found;
    for (const RunPtr &run : m_executor.liveRuns()) {
        c.markerDueAt = markers.value(run->workflowId, 0);
        if (auto stall = analyze(*run, c))
            found.append(*stall);
    }
    std::sort(found.begin(), found.end(), [](const Stall &a, const Stall &b) {
        return std::tie(a.since, a.workflowId) < std::tie(b.since, b.workflowId);
    });
    std::lock_guard lock(m_mutex);
    m_stalls = found;
    return found;
}

QList<Stall> StallDetector::stalls() const
{
    std::lock_guard lock(m_mutex);
    return m_stalls;
}

void StallDetector::setThreshold(Millis threshold)
{
    std::lock_guard lock(m_mutex);
    m_threshold = std::max<Millis>(0, threshold);
}

Millis StallDetector::threshold() const
{
    std::lock_guard lock(m_mutex);
    return m_threshold;
}

void StallDetector::start(int intervalMs, std::function<void(const QList<Stall> &)> listener)
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this, intervalMs, listener] {
        QList<QPair<QString, StallReason>> previous;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [&] { return m_stopping; }))
                    return;
            }
            const QList<Stall> now = scan();
            QList<QPair<QString, StallReason>> key;
            for (const Stall &s : now)
                key.append({s.workflowId, s.reason});
            if (key != previous && listener)
                listener(now);
            previous = key;
        }
    });
}

void StallDetector::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace joinery
