#pragma once

#include "decider/decideoutcome.h"
#include "model/workflowrun.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace joinery {

// What a decide would do to a workflow right now, without doing it (the dry-run before a
// re-decide). It is the part of a DecideOutcome a person reads, in a form that travels over REST
// (GET /api/joinery/workflow/{id}/decide-preview) so that the embedded and the remote window
// word it the same way.
struct DecidePreview
{
    struct Scheduled
    {
        QString referenceTaskName;
        QString taskType;
    };
    struct Change
    {
        QString referenceTaskName;
        QString from; // task statuses; equal when only other fields change
        QString to;
    };

    bool running = false; // false: the workflow is not running, there is nothing to decide
    QList<Scheduled> schedule;
    QList<Change> changes;
    QStringList startSubWorkflows;     // names of the child workflows it would start
    QStringList terminateSubWorkflows; // ids of the child workflows it would terminate
    QString workflowStatusAfter;       // empty: the workflow's status stays

    bool isEmpty() const
    {
        return schedule.isEmpty() && changes.isEmpty() && startSubWorkflows.isEmpty()
            && terminateSubWorkflows.isEmpty() && workflowStatusAfter.isEmpty();
    }

    // `outcome` is the executor's preview (none when not running), `before` the workflow as it is.
    static DecidePreview from(const std::optional<DecideOutcome> &outcome, const WorkflowRun *before);
    QJsonObject toJson() const;
    static DecidePreview fromJson(const QJsonObject &json);
};

} // namespace joinery
