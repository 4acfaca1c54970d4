#pragma once

#include "model/workflowrun.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace joinery {

// What went wrong with a request, in the classes Conductor's REST API maps to status codes.
enum class ErrorKind { None, BadRequest, NotFound, Conflict, Unavailable, Internal };

struct ActionResult
{
    ErrorKind error = ErrorKind::None;
    QString message;
    QString id; // the workflow (start, rerun) or task id the action produced
    bool ok() const { return error == ErrorKind::None; }
    static ActionResult success(const QString &id = QString()) { return {ErrorKind::None, QString(), id}; }
    static ActionResult failure(ErrorKind kind, const QString &message) { return {kind, message, QString()}; }
};

struct StartRequest
{
    QString name;
    int version = 0; // 0: latest
    QJsonObject input;
    QString correlationId;
    int priority = 0; // 0..99
    QJsonObject workflowDef; // inline definition, used instead of a registered one when given
    QJsonObject taskToDomain;
    QString createdBy;
    QString parentWorkflowId, parentWorkflowTaskId; // set for child workflows
    QString workflowId; // empty: a new random id
};

// A worker's report on a task (Conductor's TaskResult).
struct TaskResult
{
    QString workflowId;
    QString taskId;
    TaskStatus status = TaskStatus::Completed; // IN_PROGRESS, COMPLETED, FAILED, FAILED_WITH_TERMINAL_ERROR, CANCELED
    QJsonObject outputData;
    QString reasonForIncompletion;
    qint64 callbackAfterSeconds = 0;
    QString workerId;
    QStringList logs;
    bool extendLease = false;
};

// Workflow-level actions, applied by the workflow's owner (one at a time with every other change).
struct WorkflowAction
{
    enum Kind { Pause, Resume, Terminate, Restart, Retry, Rerun, SkipTask, Decide, Remove, Requeue };
    Kind kind = Decide;
    QString reason;          // Terminate
    bool useLatestDefinition = false; // Restart
    bool resumeSubworkflowTasks = false; // Retry
    QString taskId;          // Rerun: rerun from this task (empty: from the start)
    QString taskReference;   // SkipTask
    QJsonObject taskInput;   // Rerun, SkipTask
    QJsonObject taskOutput;  // SkipTask
    std::optional<QJsonObject> workflowInput; // Rerun
    QString correlationId;   // Rerun
};

QString workflowActionName(WorkflowAction::Kind kind);

} // namespace joinery
