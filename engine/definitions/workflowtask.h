#pragma once

#include "definitions/taskdef.h"
#include "definitions/tasktype.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace joinery {

struct WorkflowTask;
using TaskList = QList<WorkflowTask>;

// SUB_WORKFLOW's subWorkflowParam. `workflowDefinition` holds an inline definition (an object) or
// an expression string that yields one; it is kept as JSON and parsed when the task starts.
struct SubWorkflowParams
{
    QString name;
    std::optional<int> version;
    QJsonValue workflowDefinition; // undefined when absent
    QJsonObject taskToDomain;
    int priority = -1;             // -1: inherit
    QJsonObject extra;
};

// One node of a workflow definition, as Conductor's WorkflowTask: the blueprint a TaskRun is
// made from. Nested blocks (fork branches, switch cases, loop bodies) hold their tasks by value.
// `typeName` keeps the type as written (so an unknown type can be reported by name).
struct WorkflowTask
{
    QString name;
    QString taskReferenceName;
    QString description;
    TaskType type = TaskType::Simple;
    QString typeName = QStringLiteral("SIMPLE");
    QJsonObject inputParameters;
    bool optional = false;
    bool permissive = false;
    std::optional<int> retryCount;
    int startDelay = 0;
    bool asyncComplete = false;
    std::optional<TaskDef> taskDefinition; // inline TaskDef

    // FORK_JOIN
    QList<TaskList> forkTasks;
    // JOIN
    QStringList joinOn;
    QString joinMode; // "", "SYNC" or "ASYNC"; kept for round trips
    // SWITCH / DECISION: cases in key order (a parsed QJsonObject no longer knows the written one)
    QList<QPair<QString, TaskList>> decisionCases;
    TaskList defaultCase;
    bool hasDefaultCase = false; // distinguishes an absent default from an empty one
    QString caseValueParam;      // DECISION
    QString caseExpression;      // DECISION
    QString evaluatorType;       // SWITCH: "value-param" or "javascript"/"graaljs"
    QString expression;          // SWITCH
    // DO_WHILE
    QString loopCondition;
    TaskList loopOver;
    // FORK_JOIN_DYNAMIC
    QString dynamicForkTasksParam;
    QString dynamicForkTasksInputParamName;
    QString dynamicForkJoinTasksParam;
    // DYNAMIC (kept for round trips)
    QString dynamicTaskNameParam;
    // SUB_WORKFLOW
    std::optional<SubWorkflowParams> subWorkflowParam;

    QJsonObject extra; // unknown and unmodelled fields, written back as read

    bool isSystemTask() const { return taskTypeInfo(type).systemTask; }
    // Every nested list of tasks this node runs, in definition order (branches, cases, default,
    // loop body); useful for walks that do not care which kind of block they are in. As in
    // Conductor, only the blocks of the node's type count: forkTasks on a SWITCH are kept for
    // round trips but are not children.
    QList<const TaskList *> children() const;
};

} // namespace joinery
