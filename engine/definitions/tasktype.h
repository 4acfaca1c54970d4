#pragma once

#include <QString>

namespace joinery {

// The task types Joinery runs, with their properties in one table (tasktype.cpp), the way
// Conductor's TaskType carries isBuiltIn. Unknown type names parse to TaskType::Unknown and are
// refused by the validator with the name they had.
enum class TaskType {
    Simple,
    ForkJoin,
    Join,
    ForkJoinDynamic,
    Switch,
    Decision,
    DoWhile,
    SubWorkflow,
    Wait,
    Human,
    Terminate,
    SetVariable,
    Inline,
    JsonJqTransform,
    Http,
    Lambda, // Conductor's older INLINE: `scriptExpression` with `return`, output {result}
    Fork, // the runtime task a FORK_JOIN / FORK_JOIN_DYNAMIC produces; never written in a definition
    Unknown,
};

struct TaskTypeInfo
{
    TaskType type;
    const char *name;    // Conductor's name, e.g. "FORK_JOIN"
    bool systemTask;     // executed by the engine, not polled by a worker
    bool builtIn;        // Conductor's isBuiltIn: never retried (DECISION, SWITCH, FORK, JOIN, DO_WHILE)
    bool inlineInDecide; // completes inside the decide that schedules it (sync system task)
    bool allowedInDefinition;
};

const TaskTypeInfo &taskTypeInfo(TaskType type);
TaskType taskTypeFromName(const QString &name); // "" means SIMPLE; unknown names give Unknown
QString taskTypeName(TaskType type);

} // namespace joinery
