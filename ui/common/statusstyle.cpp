#include "common/statusstyle.h"

namespace joinery::ui {

QString StatusStyle::text(WorkflowStatus status)
{
    switch (status) {
    case WorkflowStatus::Running:
        return tr("Running");
    case WorkflowStatus::Completed:
        return tr("Completed");
    case WorkflowStatus::Failed:
        return tr("Failed");
    case WorkflowStatus::TimedOut:
        return tr("Timed out");
    case WorkflowStatus::Terminated:
        return tr("Terminated");
    case WorkflowStatus::Paused:
        return tr("Paused");
    }
    return QString();
}

QString StatusStyle::text(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Scheduled:
        return tr("Scheduled");
    case TaskStatus::InProgress:
        return tr("In progress");
    case TaskStatus::Completed:
        return tr("Completed");
    case TaskStatus::CompletedWithErrors:
        return tr("Completed with errors");
    case TaskStatus::Failed:
        return tr("Failed");
    case TaskStatus::FailedWithTerminalError:
        return tr("Failed (terminal)");
    case TaskStatus::TimedOut:
        return tr("Timed out");
    case TaskStatus::Canceled:
        return tr("Canceled");
    case TaskStatus::Skipped:
        return tr("Skipped");
    }
    return QString();
}

QColor StatusStyle::color(WorkflowStatus status)
{
    switch (status) {
    case WorkflowStatus::Running:
        return QColor(0x1f, 0x6f, 0xd0);
    case WorkflowStatus::Completed:
        return QColor(0x2e, 0x8b, 0x3e);
    case WorkflowStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case WorkflowStatus::TimedOut:
        return QColor(0xd0, 0x6a, 0x00);
    case WorkflowStatus::Terminated:
        return QColor(0x6d, 0x5a, 0x9c);
    case WorkflowStatus::Paused:
        return QColor(0xb0, 0x8a, 0x00);
    }
    return QColor(Qt::gray);
}

QColor StatusStyle::color(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Scheduled:
        return QColor(0x6b, 0x8e, 0xb8);
    case TaskStatus::InProgress:
        return QColor(0x1f, 0x6f, 0xd0);
    case TaskStatus::Completed:
        return QColor(0x2e, 0x8b, 0x3e);
    case TaskStatus::CompletedWithErrors:
        return QColor(0x7c, 0x96, 0x20);
    case TaskStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case TaskStatus::FailedWithTerminalError:
        return QColor(0x8e, 0x16, 0x16);
    case TaskStatus::TimedOut:
        return QColor(0xd0, 0x6a, 0x00);
    case TaskStatus::Canceled:
        return QColor(0x80, 0x80, 0x80);
    case TaskStatus::Skipped:
        return QColor(0xa0, 0xa0, 0xa0);
    }
    return QColor(Qt::gray);
}

QString StatusStyle::stallReason(StallReason reason)
{
    switch (reason) {
    case StallReason::JoinDoneSuccessorMissing:
        return tr("JOIN done, next task not scheduled");
    case StallReason::EndedTaskNotAdvanced:
        return tr("Task ended, next task not scheduled");
    case StallReason::DecideOwedNotRun:
        return tr("Decide owed but not run");
    case StallReason::TaskNeverPolled:
        return tr("No worker polls the task");
    case StallReason::TaskNotQueued:
        return tr("Task missing from its queue");
    case StallReason::ChildEndedParentNotUpdated:
        return tr("Sub-workflow ended, parent not updated");
    case StallReason::SweeperNotRunning:
        return tr("Sweeper not running");
    }
    return QString();
}

QString StatusStyle::stallDescription(const Stall &s, Millis now)
{
    const QString task = s.taskReference;
    switch (s.reason) {
    case StallReason::JoinDoneSuccessorMissing:
        return task.isEmpty() ? tr("A JOIN is done, but the task after it was never scheduled")
                              : tr("JOIN %1 is done, but the task after it was never scheduled").arg(task);
    case StallReason::EndedTaskNotAdvanced:
        return task.isEmpty() ? tr("A task ended, but what follows it was never scheduled")
                              : tr("Task %1 ended, but what follows it was never scheduled").arg(task);
    case StallReason::DecideOwedNotRun:
        return tr("A decide is owed but has not run");
    case StallReason::TaskNeverPolled:
        if (s.lastPollTime <= 0 || now <= 0)
            return tr("Task %1 waits in queue %2, which no worker has polled").arg(task, s.queue);
        return tr("Task %1 waits in queue %2, last polled %3 ago")
            .arg(task, s.queue, ago(qMax<Millis>(0, now - s.lastPollTime)));
    case StallReason::TaskNotQueued:
        return tr("Task %1 is neither queued nor waiting on a timer").arg(task);
    case StallReason::ChildEndedParentNotUpdated:
        return tr("The child workflow of %1 ended, but the parent task did not follow").arg(task);
    case StallReason::SweeperNotRunning:
        return tr("The sweeper is paused or has not run recently");
    }
    return s.detail;
}

QString StatusStyle::ago(Millis ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d").arg(s / 86400);
}

QString StatusStyle::recovery(Recovery recovery)
{
    switch (recovery) {
    case Recovery::ForceDecide:
        return tr("Re-decide");
    case Recovery::Requeue:
        return tr("Requeue the task");
    case Recovery::StartWorker:
        return tr("Start a worker for the queue");
    case Recovery::ResumeSweeper:
        return tr("Resume the sweeper");
    }
    return QString();
}

} // namespace joinery::ui
