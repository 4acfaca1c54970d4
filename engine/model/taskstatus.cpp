#include "model/taskstatus.h"

#include <array>

namespace joinery {
namespace {

constexpr std::array<TaskStatusInfo, 9> kTaskStatuses{{
    //                                  name                          terminal successful retriable
    {TaskStatus::Scheduled, "SCHEDULED", false, true, true},
    {TaskStatus::InProgress, "IN_PROGRESS", false, true, true},
    {TaskStatus::Completed, "COMPLETED", true, true, true},
    {TaskStatus::CompletedWithErrors, "COMPLETED_WITH_ERRORS", true, true, true},
    {TaskStatus::Failed, "FAILED", true, false, true},
    {TaskStatus::FailedWithTerminalError, "FAILED_WITH_TERMINAL_ERROR", true, false, false},
    {TaskStatus::TimedOut, "TIMED_OUT", true, false, true},
    {TaskStatus::Canceled, "CANCELED", true, false, false},
    {TaskStatus::Skipped, "SKIPPED", true, true, false},
}};

constexpr std::array<WorkflowStatusInfo, 6> kWorkflowStatuses{{
    {WorkflowStatus::Running, "RUNNING", false, false},
    {WorkflowStatus::Completed, "COMPLETED", true, true},
    {WorkflowStatus::Failed, "FAILED", true, false},
    {WorkflowStatus::TimedOut, "TIMED_OUT", true, false},
    {WorkflowStatus::Terminated, "TERMINATED", true, false},
    {WorkflowStatus::Paused, "PAUSED", false, true},
}};

} // namespace

const TaskStatusInfo &taskStatusInfo(TaskStatus s)
{
    return kTaskStatuses[static_cast<size_t>(s)];
}

QString taskStatusName(TaskStatus s)
{
    return QString::fromLatin1(taskStatusInfo(s).name);
}

bool taskStatusFromName(const QString &name, TaskStatus *out)
{
    for (const auto &info : kTaskStatuses) {
        if (name == QLatin1String(info.name)) {
            *out = info.status;
            return true;
        }
    }
    return false;
}

const WorkflowStatusInfo &workflowStatusInfo(WorkflowStatus s)
{
    return kWorkflowStatuses[static_cast<size_t>(s)];
}

QString workflowStatusName(WorkflowStatus s)
{
    return QString::fromLatin1(workflowStatusInfo(s).name);
}

bool workflowStatusFromName(const QString &name, WorkflowStatus *out)
{
    for (const auto &info : kWorkflowStatuses) {
        if (name == QLatin1String(info.name)) {
            *out = info.status;
            return true;
        }
    }
    return false;
}

} // namespace joinery
