#pragma once

#include "execution/workflowexecutor.h"

namespace joinery {

// A change waiting for a workflow's owner (internal to the executor).
struct WorkflowExecutor::Event
{
    enum Kind { Create, Signal, Update, Poll, Action };
    Kind kind = Signal;
    LockRole role = LockRole::Engine;
    Millis receivedAt = 0;

    WorkflowRun initial;      // Create
    QByteArray definitionJson; // Create
    TaskResult result;        // Update
    QString taskId;           // Poll
    QString workerId;         // Poll
    WorkflowAction action;    // Action

    Reply reply;                                         // Create, Update, Action
    std::function<void(std::optional<TaskRun>)> claimed; // Poll
};

} // namespace joinery
