#pragma once

#include <QJsonValue>
#include <QString>

namespace joinery {

// What `${...}` expressions can see while one task's input is computed (Conductor's
// ParametersUtils document, reference/conductor-notes.md §6.4):
//   workflow.{input, output, status, workflowId, parentWorkflowId, parentWorkflowTaskId,
//             workflowType, version, correlationId, reasonForIncompletion, schemaVersion,
//             variables}
//   <taskRef>.{input, output, taskType, status, referenceTaskName, retryCount, pollCount,
//              taskDefName, scheduledTime, startTime, endTime, workflowInstanceId, taskId,
//              reasonForIncompletion, callbackAfterSeconds, workerId, iteration}
// Implementations answer one (root, field) pair at a time so that nothing is built that the
// expression does not read. Task references are addressed without the DO_WHILE "__n" suffix;
// the latest iteration wins.
class ExpressionContext
{
public:
    virtual ~ExpressionContext() = default;
    // `root` is "workflow" or a task reference; `field` the next path component. Returns an
    // undefined QJsonValue when either is unknown.
    virtual QJsonValue field(const QString &root, const QString &field) const = 0;
    // The whole object of `root` (for an expression such as ${t1} that stops there); undefined
    // when unknown.
    virtual QJsonValue object(const QString &root) const = 0;
};

} // namespace joinery
