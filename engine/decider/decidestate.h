#pragma once

#include "decider/decider.h"
#include "decider/definitionindex.h"
#include "decider/expressions/expressioncontext.h"

#include <QSet>

#include <memory>

namespace joinery {

// The working state of one decide: the execution being changed (outcome.after) and the
// operations task handlers use on it. Internal to the decider; lives for one Decider::decide call
// on one thread.
class DecideState
{
public:
    DecideState(const WorkflowRun &run, Millis now, const TaskDefLookup &taskDefs,
                const DecideOptions &options);

    DecideOutcome outcome;
    WorkflowRun &run; // == outcome.after
    const Millis now;
    const DecideOptions options;
    std::shared_ptr<const DefinitionIndex> index;

    // TaskDef for a task: its inline taskDefinition, else the registered one, else Conductor's
    // defaults (SIMPLE tasks) or none (system tasks).
    std::optional<TaskDef> taskDefFor(const WorkflowTask &wt) const;
    // The WorkflowTask a TaskRun was made from: the definition's, or the one a dynamic fork stored.
    const WorkflowTask *blueprint(const TaskRun &task);

    // Appends a new task made from `wt` and returns its index in run.tasks.
    int appendTask(const WorkflowTask &wt, TaskType type, int iteration, TaskStatus status);
    // Records that run.tasks[index] changed (ignored for tasks created in this decide).
    void touch(int index);
    void note(const QString &line) { outcome.notes << line; }

    // `${...}` resolution against this execution (latest attempt of each reference).
    QJsonObject resolveInput(const WorkflowTask &wt, const QString &taskId);
    QJsonValue resolve(const QJsonValue &value, const QString &taskId = QString());

    // Schedules `wt` (and whatever its handler schedules with it) unless a live task already
    // has that reference. A task skipped ahead of time (skip task) is passed over.
    void schedule(const WorkflowTask &wt, int iteration);
    // The step Conductor calls "executed": schedules what follows a terminal task.
    void scheduleSuccessors(int index);

    void finishTask(int index, TaskStatus status, const QString &reason = QString());
    // Ends the execution unsuccessfully and cancels every task still running.
    void failWorkflow(WorkflowStatus status, const QString &reason, const QString &failedReference = QString());
    // Ends the execution with COMPLETED and its output.
    void completeWorkflow(const QJsonObject &output);
    void cancelNonTerminalTasks();
    bool ended() const { return run.isTerminal(); }

    // What to schedule after `wt` completes; nullptr at the end of the workflow or of a loop body.
    const WorkflowTask *nextToSchedule(const WorkflowTask *wt) const;
    // Whether `wt` sits inside a DO_WHILE body.
    bool insideLoop(const WorkflowTask &wt) const;

private:
    const TaskDefLookup &m_taskDefs;
    QSet<QString> m_createdIds;
    QHash<QString, std::shared_ptr<WorkflowTask>> m_dynamicBlueprints;
};

} // namespace joinery
