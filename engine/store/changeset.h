#pragma once

#include "common/clock.h"
#include "model/workflowrun.h"

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace joinery::store {

// A batch of store writes that must become durable together, built on the caller's thread (JSON
// is serialised here, so the writer thread only binds and steps) and applied by StoreWriter in
// one transaction, possibly together with other change sets (group commit). Order is kept.
class ChangeSet
{
public:
    struct WorkflowRow
    {
        QString workflowId, name, status, correlationId, parentWorkflowId, parentTaskId, reason;
        int version = 1, priority = 0;
        Millis createTime = 0, startTime = 0, endTime = 0, updateTime = 0, lastRetriedTime = 0, dueAt = 0;
        QByteArray input, output, variables, extra, definition; // definition: null keeps the stored one
    };
    // How much of a task row a write touches: the whole row (new tasks, rewritten input), its
    // state and output (completions), or its state alone (claims). Narrower writes skip
    // serialising and storing JSON that did not change.
    enum class TaskScope { Full, StateAndOutput, State };
    struct TaskRow
    {
        TaskScope scope = TaskScope::Full;
        QString taskId, workflowId, ref, type, taskType, taskDefName, status, workerId, reason, retriedTaskId,
            subWorkflowId;
        int seq = 0, retryCount = 0, pollCount = 0, startDelay = 0, iteration = 0;
        qint64 callbackAfter = 0, responseTimeout = 0;
        Millis scheduledTime = 0, startTime = 0, endTime = 0, updateTime = 0, waitUntil = 0, dueAt = 0;
        bool retried = false, executed = false;
        QByteArray input, output, dynamicTask;
        QString domain;
    };
    struct Enqueue
    {
        QString taskId, queue, workflowId;
        int priority = 0;
        Millis visibleAt = 0, enqueuedAt = 0;
    };
    struct Dequeue { QString taskId; };
    struct TouchMarker
    {
        QString workflowId, reason;
        Millis dueAt = 0, now = 0;
    };
    struct ClearMarker
    {
        QString workflowId;
        qint64 generation = 0;
    };
    struct RemoveWorkflow { QString workflowId; };
    struct RemoveTask { QString taskId; };
    struct PutWorkflowDef
    {
        QString name;
        int version = 1;
        QByteArray json;
        Millis now = 0;
    };
    struct RemoveWorkflowDef
    {
        QString name;
        int version = 1;
    };
    struct PutTaskDef
    {
        QString name;
        QByteArray json;
        Millis now = 0;
    };
    struct RemoveTaskDef { QString name; };
    struct PollRecord
    {
        QString queue, domain, workerId;
        Millis time = 0;
    };
    struct TaskLog
    {
        QString taskId, log;
        Millis time = 0;
    };
    using Op = std::variant<WorkflowRow, TaskRow, Enqueue, Dequeue, TouchMarker, ClearMarker, RemoveWorkflow, RemoveTask,
                            PutWorkflowDef, RemoveWorkflowDef, PutTaskDef, RemoveTaskDef, PollRecord, TaskLog>;

    // `definitionJson` is written only when not null (on the first write of an execution).
    void putWorkflow(const WorkflowRun &run, Millis dueAt, const QByteArray &definitionJson = QByteArray());
    void putTask(const TaskRun &task, Millis dueAt, TaskScope scope = TaskScope::Full);
    void enqueue(const QString &taskId, const QString &queue, const QString &workflowId, int priority,
                 Millis visibleAt, Millis now);
    void dequeue(const QString &taskId);
    // Writes (or bumps the generation of) the workflow's decide marker; due_at only moves earlier.
    void touchMarker(const QString &workflowId, Millis dueAt, const QString &reason, Millis now);
    // Deletes the marker only if its generation is still `generation` (compare-and-delete).
    void clearMarker(const QString &workflowId, qint64 generation);
    void removeWorkflow(const QString &workflowId);
    void removeTask(const QString &taskId); // the row and its queue entry
    void putWorkflowDef(const QString &name, int version, const QByteArray &json, Millis now);
    void removeWorkflowDef(const QString &name, int version);
    void putTaskDef(const QString &name, const QByteArray &json, Millis now);
    void removeTaskDef(const QString &name);
    void recordPoll(const QString &queue, const QString &domain, const QString &workerId, Millis time);
    void addTaskLog(const QString &taskId, const QString &log, Millis time);

    bool isEmpty() const { return m_ops.empty(); }
    size_t size() const { return m_ops.size(); }
    const std::vector<Op> &ops() const { return m_ops; }
    void append(ChangeSet &&other);

    static QByteArray json(const QJsonObject &o);

private:
    std::vector<Op> m_ops;
};

} // namespace joinery::store
