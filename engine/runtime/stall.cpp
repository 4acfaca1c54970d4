#include "runtime/stall.h"

namespace joinery {

QString stallReasonName(StallReason reason)
{
    switch (reason) {
    case StallReason::JoinDoneSuccessorMissing:
        return QStringLiteral("JOIN_DONE_SUCCESSOR_MISSING");
    case StallReason::EndedTaskNotAdvanced:
        return QStringLiteral("ENDED_TASK_NOT_ADVANCED");
    case StallReason::DecideOwedNotRun:
        return QStringLiteral("DECIDE_OWED_NOT_RUN");
    case StallReason::TaskNeverPolled:
        return QStringLiteral("TASK_NEVER_POLLED");
    case StallReason::TaskNotQueued:
        return QStringLiteral("TASK_NOT_QUEUED");
    case StallReason::ChildEndedParentNotUpdated:
        return QStringLiteral("CHILD_ENDED_PARENT_NOT_UPDATED");
    case StallReason::SweeperNotRunning:
        return QStringLiteral("SWEEPER_NOT_RUNNING");
    }
    return QString();
}

QString recoveryName(Recovery recovery)
{
    switch (recovery) {
    case Recovery::ForceDecide:
        return QStringLiteral("FORCE_DECIDE");
    case Recovery::Requeue:
        return QStringLiteral("REQUEUE");
    case Recovery::StartWorker:
        return QStringLiteral("START_WORKER");
    case Recovery::ResumeSweeper:
        return QStringLiteral("RESUME_SWEEPER");
    }
    return QString();
}

} // namespace joinery
