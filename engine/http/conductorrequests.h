#pragma once

#include "execution/executiontypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace joinery::http {

// Conductor's request bodies read into the engine's types (reference/conductor-notes.md §5).
// Lenient like Conductor's Jackson mapping — unknown fields are ignored, null counts as absent —
// but strict about types: a field of the wrong JSON type is refused with a message naming it
// ("priority: expected an integer"), and nothing is changed. Each returns false and sets `error`
// on failure.

// StartWorkflowRequest {name, version, correlationId, input, taskToDomain, workflowDef, priority,
// createdBy}.
bool startRequestFromJson(const QJsonObject &json, StartRequest *out, QString *error);
// TaskResult {workflowInstanceId, taskId, status, outputData, reasonForIncompletion,
// callbackAfterSeconds, workerId, logs[{log}], extendLease}.
bool taskResultFromJson(const QJsonObject &json, TaskResult *out, QString *error);
// RerunWorkflowRequest {reRunFromTaskId, workflowInput, taskInput, correlationId} into a Rerun
// action.
bool rerunActionFromJson(const QJsonObject &json, WorkflowAction *out, QString *error);
// SkipTaskRequest {taskInput, taskOutput} into a SkipTask action.
bool skipTaskActionFromJson(const QJsonObject &json, WorkflowAction *out, QString *error);
// A JSON array of strings (workflow ids for the bulk endpoints, correlation ids), at most `limit`.
bool stringListFromJson(const QJsonArray &json, int limit, QStringList *out, QString *error);

// The statuses a worker may report, by Conductor name; false for any other.
bool workerStatusFromName(const QString &name, TaskStatus *out);

} // namespace joinery::http
