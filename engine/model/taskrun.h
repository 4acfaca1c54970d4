#pragma once

#include "common/clock.h"
#include "definitions/tasktype.h"
#include "model/taskstatus.h"

#include <QJsonObject>
#include <QString>

namespace joinery {

// One task of one execution: Conductor's Task (reference/conductor-notes.md §6.5). A plain value;
// the engine copies it freely (QString/QJsonObject are implicitly shared).
//
// Invariants: taskId is unique; (workflowId, seq) is unique and seq grows in scheduling order;
// a retried task keeps its row and gets retried=true, the retry is a new TaskRun.
struct TaskRun
{
    QString taskId;
    QString workflowId;
    QString workflowType;
    TaskType type = TaskType::Simple;
    QString taskType;   // Conductor's taskType: the task name for SIMPLE, the type name otherwise
    QString taskDefName;
    QString referenceTaskName; // with the "__n" suffix inside DO_WHILE iterations
    TaskStatus status = TaskStatus::Scheduled;
    int seq = 0;
    int retryCount = 0;
    int pollCount = 0;
    QJsonObject inputData;
    QJsonObject outputData;
    Millis scheduledTime = 0;
    Millis startTime = 0;
    Millis endTime = 0;
    Millis updateTime = 0;
    QString workerId;
    QString reasonForIncompletion;
    qint64 callbackAfterSeconds = 0;
    int startDelayInSeconds = 0;
    qint64 responseTimeoutSeconds = 0;
    bool retried = false;
    bool executed = false;   // its successors have been scheduled (Conductor's flag)
    QString retriedTaskId;
    int iteration = 0;       // DO_WHILE iteration this task belongs to (0 outside loops)
    QString subWorkflowId;
    Millis waitUntil = 0;    // WAIT: when it completes by itself (0: only externally)
    // For tasks that are not in the definition (dynamic forks): the WorkflowTask they run, as JSON.
    QJsonObject dynamicWorkflowTask;
    // The task domain it was routed to (taskToDomain), empty for none; fixed when scheduled.
    QString domain;

    bool isTerminal() const { return joinery::isTerminal(status); }
    bool isSuccessful() const { return joinery::isSuccessful(status); }
    // The reference without the DO_WHILE "__n" suffix.
    QString baseReference() const;
};

// Strips a trailing "__<digits>" iteration suffix.
QString stripIteration(const QString &reference);
QString withIteration(const QString &reference, int iteration);

} // namespace joinery
