#pragma once

#include "definitions/workflowdef.h"
#include "model/taskrun.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace joinery {

// One execution of a workflow definition: Conductor's Workflow (§6.5) with its tasks in seq
// order. A plain value: the executor owns the live copy of a running workflow and hands out
// copies (snapshots) to everyone else.
struct WorkflowRun
{
    QString workflowId;
    QString workflowName;
    int workflowVersion = 1;
    WorkflowStatus status = WorkflowStatus::Running;
    QJsonObject input;
    QJsonObject output;
    QJsonObject variables;
    QString correlationId;
    int priority = 0;
    Millis createTime = 0;
    Millis startTime = 0;
    Millis endTime = 0;
    Millis updateTime = 0;
    Millis lastRetriedTime = 0;
    QString parentWorkflowId;
    QString parentWorkflowTaskId;
    QString reasonForIncompletion;
    QStringList failedReferenceTaskNames;
    QString reRunFromWorkflowId;
    QString createdBy;
    QJsonObject taskToDomain;
    WorkflowDefPtr definition; // the definition this execution runs (never null once started)
    QList<TaskRun> tasks;      // seq order

    bool isTerminal() const { return joinery::isTerminal(status); }
    int nextSeq() const { return tasks.isEmpty() ? 1 : tasks.last().seq + 1; }
    int indexOfTask(const QString &taskId) const;
    const TaskRun *taskById(const QString &taskId) const;
    // The latest attempt (highest seq) of a reference, exact match including any iteration suffix.
    const TaskRun *latestByReference(const QString &reference) const;
};

} // namespace joinery
