#pragma once

#include "source/executionsource.h"

#include <QJsonObject>
#include <QJsonValue>

namespace joinery::ui {

// Conductor's execution JSON read back into the engine's value types, for sources that get
// executions over REST (reference/conductor-notes.md §6.5). The inverse of
// engine/model/executionjson.h, and lenient the way a client must be with any Conductor build:
// unknown fields are ignored, missing ones keep their defaults, times may be epoch milliseconds
// or ISO strings (WorkflowSummary writes ISO strings), and an unknown status leaves the default.
// The definition (`workflowDefinition`) is read when the server sends it; a run without one has
// a null `definition`, which every reader of a snapshot already tolerates for stored runs.
//
// Pure functions; thread-safe.
Millis millisFromJson(const QJsonValue &value);
TaskRun taskRunFromJson(const QJsonObject &json);
WorkflowRun workflowRunFromJson(const QJsonObject &json);
// One row of a search result: a WorkflowSummary (search) or a Workflow (search-v2).
ExecutionSummary executionSummaryFromJson(const QJsonObject &json);

} // namespace joinery::ui
