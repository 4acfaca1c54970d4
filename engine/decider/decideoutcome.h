#pragma once

#include "model/workflowrun.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace joinery {

// A child workflow that a SUB_WORKFLOW task asks for. The decider fixes the child's id, so the
// request is idempotent: applying the same outcome twice creates one child.
struct ChildWorkflowRequest
{
    QString childWorkflowId;
    QString parentTaskId;
    QString name;
    int version = 0; // 0: latest
    QJsonObject inlineDefinition; // non-empty: run this definition instead of a registered one
    QJsonObject input;
    QString correlationId;
    int priority = 0;
};

// The failure workflow a FAILED / TIMED_OUT / TERMINATE-by-failure execution starts.
struct FailureWorkflowRequest
{
    QString name;
    QJsonObject input;
};

// What one decide wants done (reference/conductor-notes.md §1.2, Conductor's DeciderOutcome),
// as a value: `after` is the execution as it will be once the outcome is applied; the lists name
// what changed so the executor writes only that. Applying it is the executor's job, so the same
// outcome can be previewed (dry run), explained, or replayed.
struct DecideOutcome
{
    WorkflowRun after;
    QStringList createdTaskIds;  // new tasks, in seq order
    QStringList updatedTaskIds;  // existing tasks whose fields changed
    bool workflowChanged = false; // status, output, variables or reason changed
    QList<ChildWorkflowRequest> childWorkflows;
    QStringList childWorkflowsToTerminate; // children of SUB_WORKFLOW tasks that were canceled
    QList<FailureWorkflowRequest> failureWorkflows;
    QStringList notes; // one line per decision, for explanations and logs

    bool changedAnything() const
    {
        return !createdTaskIds.isEmpty() || !updatedTaskIds.isEmpty() || workflowChanged
            || !childWorkflows.isEmpty() || !childWorkflowsToTerminate.isEmpty();
    }
};

} // namespace joinery
