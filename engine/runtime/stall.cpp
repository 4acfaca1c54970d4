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

bool stallReasonFromName(const QString &name, StallReason *out)
{
    for (StallReason r : {StallReason::JoinDoneSuccessorMissing, StallReason::EndedTaskNotAdvanced,
             StallReason::DecideOwedNotRun, StallReason::TaskNeverPolled, StallReason::TaskNotQueued,
             StallReason::ChildEndedParentNotUpdated, StallReason::SweeperNotRunning}) {
        if (stallReasonName(r) == name) {
            *out = r;
            return true;
        }
    }
    return false;
}

bool recoveryFromName(const QString &name, Recovery *out)
{
    for (Recovery r : {Recovery::ForceDecide, Recovery::Requeue, Recovery::StartWorker,
             Recovery::ResumeSweeper}) {
        if (recoveryName(r) == name) {
            *out = r;
            return true;
        }
    }
    return false;
}

QJsonObject stallToJson(const Stall &s)
{
    return QJsonObject {
        {QStringLiteral("workflowId"), s.workflowId},
        {QStringLiteral("workflowName"), s.workflowName},
        {QStringLiteral("reason"), stallReasonName(s.reason)},
        {QStringLiteral("taskReferenceName"), s.taskReference},
        {QStringLiteral("queue"), s.queue},
        {QStringLiteral("lastPollTime"), double(s.lastPollTime)},
        {QStringLiteral("since"), double(s.since)},
        {QStringLiteral("recommended"), recoveryName(s.recommended)},
        {QStringLiteral("detail"), s.detail},
    };
}

Stall stallFromJson(const QJsonObject &json)
{
    Stall s;
    s.workflowId = json.value(QStringLiteral("workflowId")).toString();
    s.workflowName = json.value(QStringLiteral("workflowName")).toString();
    stallReasonFromName(json.value(QStringLiteral("reason")).toString(), &s.reason);
    s.taskReference = json.value(QStringLiteral("taskReferenceName")).toString();
    s.queue = json.value(QStringLiteral("queue")).toString();
    s.lastPollTime = Millis(json.value(QStringLiteral("lastPollTime")).toDouble());
    s.since = Millis(json.value(QStringLiteral("since")).toDouble());
    recoveryFromName(json.value(QStringLiteral("recommended")).toString(), &s.recommended);
    s.detail = json.value(QStringLiteral("detail")).toString();
    return s;
}

} // namespace joinery
