#pragma once

#include <QString>

namespace joinery {

// Conductor's task statuses with their properties in one table (taskstatus.cpp), as Conductor's
// TaskModel.Status(terminal, successful, retriable) carries them.
enum class TaskStatus {
    Scheduled,
    InProgress,
    Completed,
    CompletedWithErrors,
    Failed,
    FailedWithTerminalError,
    TimedOut,
    Canceled,
    Skipped,
};

struct TaskStatusInfo
{
    TaskStatus status;
    const char *name;
    bool terminal;
    bool successful;
    bool retriable;
};

const TaskStatusInfo &taskStatusInfo(TaskStatus s);
inline bool isTerminal(TaskStatus s) { return taskStatusInfo(s).terminal; }
inline bool isSuccessful(TaskStatus s) { return taskStatusInfo(s).successful; }
inline bool isRetriable(TaskStatus s) { return taskStatusInfo(s).retriable; }
QString taskStatusName(TaskStatus s);
// Parses Conductor's name; false for anything else.
bool taskStatusFromName(const QString &name, TaskStatus *out);

enum class WorkflowStatus { Running, Completed, Failed, TimedOut, Terminated, Paused };

struct WorkflowStatusInfo
{
    WorkflowStatus status;
    const char *name;
    bool terminal;
    bool successful;
};

const WorkflowStatusInfo &workflowStatusInfo(WorkflowStatus s);
inline bool isTerminal(WorkflowStatus s) { return workflowStatusInfo(s).terminal; }
QString workflowStatusName(WorkflowStatus s);
bool workflowStatusFromName(const QString &name, WorkflowStatus *out);

} // namespace joinery
