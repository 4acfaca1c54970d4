#include "definitions/workflowdef.h"

namespace joinery {

namespace {

void collect(const TaskList &list, QList<const WorkflowTask *> *out)
{
    for (const WorkflowTask &task : list) {
        out->append(&task);
        for (const TaskList *child : task.children())
            collect(*child, out);
    }
}

const WorkflowTask *find(const TaskList &list, const QString &ref)
{
    for (const WorkflowTask &task : list) {
        if (task.taskReferenceName == ref)
            return &task;
        for (const TaskList *child : task.children()) {
            if (const WorkflowTask *found = find(*child, ref))
                return found;
        }
    }
    return nullptr;
}

} // namespace

QList<const WorkflowTask *> WorkflowDef::allTasks() const
{
    QList<const WorkflowTask *> out;
    collect(tasks, &out);
    return out;
}

const WorkflowTask *WorkflowDef::taskByRef(const QString &ref) const
{
    // Conductor's getTaskByRefName: the first match in depth-first order. References are unique
    // in a valid definition, so "first" only matters for one the validator refuses.
    return find(tasks, ref);
}

} // namespace joinery
