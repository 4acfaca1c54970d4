#include "definitions/tasktype.h"

#include <array>

namespace joinery {

namespace {

// One row per TaskType, in enum order (checked below), so taskTypeInfo() is an index.
// inlineInDecide: the decide that schedules the task also completes it (Conductor's synchronous
// system tasks), except JOIN, which Conductor runs asynchronously; Joinery evaluates it inside
// decide so that the last branch finishing and the JOIN completing are one step (DESIGN.md).
// builtIn follows Conductor's TaskType.isBuiltIn: such tasks are never retried.
constexpr std::array<TaskTypeInfo, 18> kTaskTypes{{
    //  type                        name                 system builtIn inline  inDefinition
    {TaskType::Simple,          "SIMPLE",            false, false, false, true},
    {TaskType::ForkJoin,        "FORK_JOIN",         true,  true,  true,  true},
    {TaskType::Join,            "JOIN",              true,  true,  true,  true},
    {TaskType::ForkJoinDynamic, "FORK_JOIN_DYNAMIC", true,  true,  true,  true},
    {TaskType::Switch,          "SWITCH",            true,  true,  true,  true},
    {TaskType::Decision,        "DECISION",          true,  true,  true,  true},
    {TaskType::DoWhile,         "DO_WHILE",          true,  true,  true,  true},
    {TaskType::SubWorkflow,     "SUB_WORKFLOW",      true,  false, false, true},
    {TaskType::Wait,            "WAIT",              true,  false, false, true},
    {TaskType::Human,           "HUMAN",             true,  false, false, true},
    {TaskType::Terminate,       "TERMINATE",         true,  false, true,  true},
    {TaskType::SetVariable,     "SET_VARIABLE",      true,  false, true,  true},
    {TaskType::Inline,          "INLINE",            true,  false, true,  true},
    {TaskType::JsonJqTransform, "JSON_JQ_TRANSFORM", true,  false, true,  true},
    {TaskType::Http,            "HTTP",              true,  false, false, true},
    {TaskType::Lambda,          "LAMBDA",            true,  false, true,  true},
    {TaskType::Fork,            "FORK",              true,  true,  true,  false},
    // Never produced for a known name; the WorkflowTask keeps the name it was written with.
    {TaskType::Unknown,         "UNKNOWN",           true,  false, false, false},
}};

constexpr bool tableIsInEnumOrder()
{
    for (std::size_t i = 0; i < kTaskTypes.size(); ++i) {
        if (static_cast<std::size_t>(kTaskTypes[i].type) != i)
            return false;
    }
    return static_cast<std::size_t>(TaskType::Unknown) + 1 == kTaskTypes.size();
}
static_assert(tableIsInEnumOrder(), "kTaskTypes must list every TaskType once, in enum order");

} // namespace

const TaskTypeInfo &taskTypeInfo(TaskType type)
{
    const auto index = static_cast<std::size_t>(type);
    return index < kTaskTypes.size() ? kTaskTypes[index] : kTaskTypes.back();
}

TaskType taskTypeFromName(const QString &name)
{
    // Conductor's WorkflowTask.type defaults to SIMPLE; names are case-sensitive (TaskType.valueOf).
    if (name.isEmpty())
        return TaskType::Simple;
    for (const TaskTypeInfo &info : kTaskTypes) {
        if (info.type != TaskType::Unknown && name == QLatin1String(info.name))
            return info.type;
    }
    return TaskType::Unknown;
}

QString taskTypeName(TaskType type)
{
    return QLatin1String(taskTypeInfo(type).name);
}

} // namespace joinery
