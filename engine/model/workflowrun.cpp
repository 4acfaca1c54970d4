#include "model/workflowrun.h"

namespace joinery {

int WorkflowRun::indexOfTask(const QString &taskId) const
{
    for (int i = tasks.size() - 1; i >= 0; --i) {
        if (tasks.at(i).taskId == taskId)
            return i;
    }
    return -1;
}

const TaskRun *WorkflowRun::taskById(const QString &taskId) const
{
    const int i = indexOfTask(taskId);
    return i < 0 ? nullptr : &tasks.at(i);
}

const TaskRun *WorkflowRun::latestByReference(const QString &reference) const
{
    for (int i = tasks.size() - 1; i >= 0; --i) {
        if (tasks.at(i).referenceTaskName == reference)
            return &tasks.at(i);
    }
    return nullptr;
}

} // namespace joinery
