#pragma once

#include "model/workflowrun.h"

#include <QJsonObject>

namespace joinery {

// Executions as Conductor's JSON (reference/conductor-notes.md §6.5): `Workflow` with its
// `tasks`, and `Task`. Field names and value shapes are Conductor's so that SDKs and tools that
// read Conductor's output read ours.
QJsonObject taskToJson(const TaskRun &task);
QJsonObject workflowToJson(const WorkflowRun &run, bool includeTasks = true);
// Conductor's WorkflowSummary (search results): times as ISO strings, input/output as JSON text.
QJsonObject workflowSummaryToJson(const WorkflowRun &run);
// Conductor's TaskSummary (GET /api/tasks/search): times as ISO strings, input and output as
// JSON text, with the owning workflow's type, correlation id and priority.
QJsonObject taskSummaryToJson(const TaskRun &task, const QString &workflowType,
    const QString &correlationId, int workflowPriority);

} // namespace joinery
