// Writing half of definitionjson.h: WorkflowDef / WorkflowTask / TaskDef -> Conductor JSON.
#include "definitions/definitionjson.h"

#include <QJsonArray>

namespace joinery {

namespace {

// Optional strings are written only when set; "" counts as set (see definitionjson.h).
void insertIfSet(QJsonObject *json, QLatin1String key, const QString &value)
{
    if (!value.isNull())
        json->insert(key, value);
}

QJsonArray tasksToJson(const TaskList &tasks)
{
    QJsonArray array;
    for (const WorkflowTask &task : tasks)
        array.append(workflowTaskToJson(task));
    return array;
}

QJsonObject subWorkflowParamsToJson(const SubWorkflowParams &params)
{
    QJsonObject json = params.extra;
    insertIfSet(&json, QLatin1String("name"), params.name);
    if (params.version)
        json.insert(QLatin1String("version"), *params.version);
    if (!params.workflowDefinition.isUndefined())
        json.insert(QLatin1String("workflowDefinition"), params.workflowDefinition);
    if (!params.taskToDomain.isEmpty())
        json.insert(QLatin1String("taskToDomain"), params.taskToDomain);
    if (params.priority != -1)
        json.insert(QLatin1String("priority"), params.priority);
    return json;
}

} // namespace

QJsonObject workflowTaskToJson(const WorkflowTask &task)
{
    // Modelled fields win over a same-named one a caller may have left in `extra`.
    QJsonObject json = task.extra;
    json.insert(QLatin1String("name"), task.name);
    json.insert(QLatin1String("taskReferenceName"), task.taskReferenceName);
    insertIfSet(&json, QLatin1String("description"), task.description);
    // An unknown type goes back out with the name it was read with.
    json.insert(QLatin1String("type"),
                task.type == TaskType::Unknown ? task.typeName : taskTypeName(task.type));
    json.insert(QLatin1String("inputParameters"), task.inputParameters);
    json.insert(QLatin1String("optional"), task.optional);
    json.insert(QLatin1String("permissive"), task.permissive);
    if (task.retryCount)
        json.insert(QLatin1String("retryCount"), *task.retryCount);
    json.insert(QLatin1String("startDelay"), task.startDelay);
    json.insert(QLatin1String("asyncComplete"), task.asyncComplete);
    if (task.taskDefinition)
        json.insert(QLatin1String("taskDefinition"), taskDefToJson(*task.taskDefinition));

    // Conductor initialises these collections, so its serializer always writes them.
    QJsonArray forkTasks;
    for (const TaskList &branch : task.forkTasks)
        forkTasks.append(tasksToJson(branch));
    json.insert(QLatin1String("forkTasks"), forkTasks);
    json.insert(QLatin1String("joinOn"), QJsonArray::fromStringList(task.joinOn));
    QJsonObject decisionCases;
    for (const auto &decisionCase : task.decisionCases)
        decisionCases.insert(decisionCase.first, tasksToJson(decisionCase.second));
    json.insert(QLatin1String("decisionCases"), decisionCases);
    if (task.hasDefaultCase || !task.defaultCase.isEmpty())
        json.insert(QLatin1String("defaultCase"), tasksToJson(task.defaultCase));
    json.insert(QLatin1String("loopOver"), tasksToJson(task.loopOver));

    insertIfSet(&json, QLatin1String("joinMode"), task.joinMode);
    insertIfSet(&json, QLatin1String("caseValueParam"), task.caseValueParam);
    insertIfSet(&json, QLatin1String("caseExpression"), task.caseExpression);
    insertIfSet(&json, QLatin1String("evaluatorType"), task.evaluatorType);
    insertIfSet(&json, QLatin1String("expression"), task.expression);
    insertIfSet(&json, QLatin1String("loopCondition"), task.loopCondition);
    insertIfSet(&json, QLatin1String("dynamicForkTasksParam"), task.dynamicForkTasksParam);
    insertIfSet(&json, QLatin1String("dynamicForkTasksInputParamName"),
                task.dynamicForkTasksInputParamName);
    insertIfSet(&json, QLatin1String("dynamicForkJoinTasksParam"), task.dynamicForkJoinTasksParam);
    insertIfSet(&json, QLatin1String("dynamicTaskNameParam"), task.dynamicTaskNameParam);
    if (task.subWorkflowParam)
        json.insert(QLatin1String("subWorkflowParam"), subWorkflowParamsToJson(*task.subWorkflowParam));
    return json;
}

QJsonObject taskDefToJson(const TaskDef &def)
{
    QJsonObject json = def.extra;
    json.insert(QLatin1String("name"), def.name);
    insertIfSet(&json, QLatin1String("description"), def.description);
    json.insert(QLatin1String("retryCount"), def.retryCount);
    json.insert(QLatin1String("timeoutSeconds"), def.timeoutSeconds);
    json.insert(QLatin1String("timeoutPolicy"), timeoutPolicyName(def.timeoutPolicy));
    json.insert(QLatin1String("retryLogic"), retryLogicName(def.retryLogic));
    json.insert(QLatin1String("retryDelaySeconds"), def.retryDelaySeconds);
    json.insert(QLatin1String("responseTimeoutSeconds"), def.responseTimeoutSeconds);
    if (def.pollTimeoutSeconds)
        json.insert(QLatin1String("pollTimeoutSeconds"), *def.pollTimeoutSeconds);
    json.insert(QLatin1String("backoffScaleFactor"), def.backoffScaleFactor);
    json.insert(QLatin1String("maxRetryDelaySeconds"), def.maxRetryDelaySeconds);
    json.insert(QLatin1String("backoffJitterMs"), def.backoffJitterMs);
    json.insert(QLatin1String("totalTimeoutSeconds"), def.totalTimeoutSeconds);
    json.insert(QLatin1String("concurrentExecLimit"), def.concurrentExecLimit);
    json.insert(QLatin1String("rateLimitPerFrequency"), def.rateLimitPerFrequency);
    json.insert(QLatin1String("rateLimitFrequencyInSeconds"), def.rateLimitFrequencyInSeconds);
    json.insert(QLatin1String("inputTemplate"), def.inputTemplate);
    insertIfSet(&json, QLatin1String("ownerEmail"), def.ownerEmail);
    // Conductor's audit times are nullable Longs; 0 stands for "never set".
    if (def.createTime != 0)
        json.insert(QLatin1String("createTime"), def.createTime);
    if (def.updateTime != 0)
        json.insert(QLatin1String("updateTime"), def.updateTime);
    return json;
}

QJsonObject workflowDefToJson(const WorkflowDef &def)
{
    QJsonObject json = def.extra;
    json.insert(QLatin1String("name"), def.name);
    insertIfSet(&json, QLatin1String("description"), def.description);
    json.insert(QLatin1String("version"), def.version);
    json.insert(QLatin1String("tasks"), tasksToJson(def.tasks));
    json.insert(QLatin1String("inputParameters"), QJsonArray::fromStringList(def.inputParameters));
    // Absent output parameters mean "the last task's output", so absence is kept.
    if (def.hasOutputParameters || !def.outputParameters.isEmpty())
        json.insert(QLatin1String("outputParameters"), def.outputParameters);
    insertIfSet(&json, QLatin1String("failureWorkflow"), def.failureWorkflow);
    json.insert(QLatin1String("schemaVersion"), def.schemaVersion);
    json.insert(QLatin1String("restartable"), def.restartable);
    insertIfSet(&json, QLatin1String("ownerEmail"), def.ownerEmail);
    json.insert(QLatin1String("timeoutPolicy"), timeoutPolicyName(def.timeoutPolicy));
    json.insert(QLatin1String("timeoutSeconds"), def.timeoutSeconds);
    json.insert(QLatin1String("variables"), def.variables);
    json.insert(QLatin1String("inputTemplate"), def.inputTemplate);
    if (def.createTime != 0)
        json.insert(QLatin1String("createTime"), def.createTime);
    if (def.updateTime != 0)
        json.insert(QLatin1String("updateTime"), def.updateTime);
    return json;
}

} // namespace joinery
