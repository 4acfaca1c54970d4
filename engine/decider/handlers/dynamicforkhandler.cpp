#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"
#include "definitions/definitionjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace joinery::handlers {
namespace {

QString compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// FORK_JOIN_DYNAMIC: the branches come from the task's input at run time (Conductor's
// ForkJoinDynamicTaskMapper): `dynamicForkTasksParam` names the input holding a list of
// WorkflowTasks and `dynamicForkTasksInputParamName` the input holding {ref: input}. The "simple"
// form takes forkTaskName / forkTaskType / forkTaskInputs[] instead. Produces a FORK, one task
// per entry (each keeps its WorkflowTask as JSON, since the definition does not have it) and the
// JOIN, whose joinOn is the forked references. Bad input fails the workflow at once, with no
// FORK task (as Conductor's mapper, which throws).
class DynamicForkHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const QJsonObject input = s.resolveInput(wt, QString());
        QList<WorkflowTask> forked;
        QString error;
        if (!collect(wt, input, &forked, &error)) {
            // Conductor's mapper throws before any task exists: the workflow fails with the tasks
            // it had (a workflow that starts with a bad dynamic fork ends with none).
            s.failWorkflow(WorkflowStatus::Failed, error, wt.taskReferenceName);
            return;
        }

        const int forkIndex = s.appendTask(wt, TaskType::Fork, iteration, TaskStatus::Completed);
        QJsonArray refs;
        for (const WorkflowTask &f : forked)
            refs.append(withIteration(f.taskReferenceName, iteration));
        {
            TaskRun &fork = s.run.tasks[forkIndex];
            fork.inputData = input;
            fork.inputData.insert(QStringLiteral("forkedTasks"), refs);
            fork.startTime = fork.endTime = s.now;
            fork.executed = true;
        }
        for (const WorkflowTask &f : forked) {
            const int before = s.run.tasks.size();
            handlerFor(f.type).schedule(s, f, iteration);
            const QJsonObject blueprint = workflowTaskToJson(f);
            for (int i = before; i < s.run.tasks.size(); ++i)
                s.run.tasks[i].dynamicWorkflowTask = blueprint;
        }
        const WorkflowTask *joinDef = s.index->joinAfter(&wt);
        if (!joinDef)
            return;
        const int j = s.appendTask(*joinDef, TaskType::Join, iteration, TaskStatus::InProgress);
        s.run.tasks[j].inputData = QJsonObject{{QStringLiteral("joinOn"), refs}};
    }

private:
    static bool collect(const WorkflowTask &wt, const QJsonObject &input, QList<WorkflowTask> *out, QString *error)
    {
        if (!wt.dynamicForkTasksParam.isEmpty()) {
            const QJsonValue tasks = input.value(wt.dynamicForkTasksParam);
            if (!tasks.isArray()) {
                *error = QStringLiteral("dynamic fork %1: input '%2' is not a list of tasks")
                             .arg(wt.taskReferenceName, wt.dynamicForkTasksParam);
                return false;
            }
            const QJsonValue inputs = input.value(wt.dynamicForkTasksInputParamName);
            if (!inputs.isUndefined() && !inputs.isNull() && !inputs.isObject()) {
                *error = QStringLiteral("Input to the dynamically forked tasks is not a map -> expecting a map of K,V  but found %1")
                             .arg(compactJson(inputs));
                return false;
            }
            const QJsonObject inputMap = inputs.toObject();
            const QJsonArray list = tasks.toArray();
            for (int k = 0; k < list.size(); ++k) {
                WorkflowTask f;
                DefinitionError e;
                if (!list.at(k).isObject()
                    || !workflowTaskFromJson(list.at(k).toObject(), QStringLiteral("%1[%2]").arg(wt.dynamicForkTasksParam).arg(k), &f, &e)) {
                    *error = QStringLiteral("dynamic fork %1: %2").arg(wt.taskReferenceName, e.toString());
                    return false;
                }
                if (f.taskReferenceName.isEmpty() || f.name.isEmpty()) {
                    *error = QStringLiteral("dynamic fork %1: task %2 needs a name and a taskReferenceName")
                                 .arg(wt.taskReferenceName).arg(k);
                    return false;
                }
                const QJsonValue taskInput = inputMap.value(f.taskReferenceName);
                if (!taskInput.isUndefined() && !taskInput.isNull() && !taskInput.isObject()) {
                    *error = QStringLiteral("Input to the dynamically forked task %1 is not a map").arg(f.taskReferenceName);
                    return false;
                }
                QJsonObject merged = f.inputParameters;
                const QJsonObject given = taskInput.toObject();
                for (auto it = given.constBegin(); it != given.constEnd(); ++it)
                    merged.insert(it.key(), it.value());
                f.inputParameters = merged;
                out->append(f);
            }
            return true;
        }
        // The "simple" form.
        const QString name = input.value(QLatin1String("forkTaskName")).toString();
        const QJsonValue inputs = input.value(QLatin1String("forkTaskInputs"));
        if (name.isEmpty() || !inputs.isArray()) {
            *error = QStringLiteral("dynamic fork %1: give dynamicForkTasksParam, or forkTaskName and forkTaskInputs")
                         .arg(wt.taskReferenceName);
            return false;
        }
        const QString typeName = input.value(QLatin1String("forkTaskType")).toString(QStringLiteral("SIMPLE"));
        const QJsonArray list = inputs.toArray();
        for (int k = 0; k < list.size(); ++k) {
            WorkflowTask f;
            f.name = name;
            f.taskReferenceName = QStringLiteral("_%1_%2").arg(name).arg(k);
            f.typeName = typeName;
            f.type = taskTypeFromName(typeName);
            f.inputParameters = list.at(k).toObject();
            if (f.type == TaskType::SubWorkflow) {
                SubWorkflowParams p;
                p.name = input.value(QLatin1String("forkTaskWorkflow")).toString();
                if (input.contains(QLatin1String("forkTaskWorkflowVersion")))
                    p.version = input.value(QLatin1String("forkTaskWorkflowVersion")).toInt();
                f.subWorkflowParam = p;
            }
            out->append(f);
        }
        return true;
    }
};

} // namespace

const TaskHandler &dynamicFork()
{
    static const DynamicForkHandler handler;
    return handler;
}

} // namespace joinery::handlers
