#include "decider/decidestate.h"

#include "decider/expressions/parameterresolver.h"
#include "decider/handlers/taskhandler.h"
#include "definitions/definitionjson.h"

namespace joinery {
namespace {

// What `${...}` sees: the workflow and the latest attempt of every task reference.
class RunExpressionContext final : public ExpressionContext
{
public:
    RunExpressionContext(const WorkflowRun &run, const QString &selfTaskId) : m_run(run), m_self(selfTaskId) { }

    QJsonValue field(const QString &root, const QString &name) const override
    {
        if (root == QLatin1String("workflow"))
            return workflowField(name);
        const TaskRun *t = latest(root);
        return t ? taskField(*t, name) : QJsonValue(QJsonValue::Undefined);
    }

    QJsonValue object(const QString &root) const override
    {
        static const char *const workflowFields[] = {"input", "output", "status", "workflowId", "parentWorkflowId",
                                                     "parentWorkflowTaskId", "workflowType", "version",
                                                     "correlationId", "reasonForIncompletion", "schemaVersion",
                                                     "variables"};
        static const char *const taskFields[] = {"input", "output", "taskType", "status", "referenceTaskName",
                                                 "retryCount", "pollCount", "taskDefName", "scheduledTime",
                                                 "startTime", "endTime", "workflowInstanceId", "taskId",
                                                 "reasonForIncompletion", "callbackAfterSeconds", "workerId",
                                                 "iteration"};
        QJsonObject o;
        if (root == QLatin1String("workflow")) {
            for (const char *f : workflowFields)
                o.insert(QLatin1String(f), workflowField(QLatin1String(f)));
            return o;
        }
        const TaskRun *t = latest(root);
        if (!t)
            return QJsonValue(QJsonValue::Undefined);
        for (const char *f : taskFields)
            o.insert(QLatin1String(f), taskField(*t, QLatin1String(f)));
        return o;
    }

private:
    const TaskRun *latest(const QString &ref) const
    {
        if (ref == QLatin1String("CPEWF_TASK_ID"))
            return nullptr;
        for (int i = m_run.tasks.size() - 1; i >= 0; --i) {
            const TaskRun &t = m_run.tasks.at(i);
            if (t.referenceTaskName == ref || (t.iteration > 0 && t.baseReference() == ref))
                return &t;
        }
        return nullptr;
    }

    QJsonValue workflowField(const QString &name) const
    {
        if (name == QLatin1String("input"))
            return m_run.input;
        if (name == QLatin1String("output"))
            return m_run.output;
        if (name == QLatin1String("variables"))
            return m_run.variables;
        if (name == QLatin1String("workflowId"))
            return m_run.workflowId;
        if (name == QLatin1String("status"))
            return workflowStatusName(m_run.status);
        if (name == QLatin1String("correlationId"))
            return m_run.correlationId;
        if (name == QLatin1String("workflowType"))
            return m_run.workflowName;
        if (name == QLatin1String("version"))
            return m_run.workflowVersion;
        if (name == QLatin1String("parentWorkflowId"))
            return m_run.parentWorkflowId;
        if (name == QLatin1String("parentWorkflowTaskId"))
            return m_run.parentWorkflowTaskId;
        if (name == QLatin1String("reasonForIncompletion"))
            return m_run.reasonForIncompletion;
        if (name == QLatin1String("schemaVersion"))
            return m_run.definition ? m_run.definition->schemaVersion : 2;
        return QJsonValue(QJsonValue::Undefined);
    }

    static QJsonValue taskField(const TaskRun &t, const QString &name)
    {
        if (name == QLatin1String("output"))
            return t.outputData;
        if (name == QLatin1String("input"))
            return t.inputData;
        if (name == QLatin1String("status"))
            return taskStatusName(t.status);
        if (name == QLatin1String("taskId"))
            return t.taskId;
        if (name == QLatin1String("referenceTaskName"))
            return t.referenceTaskName;
        if (name == QLatin1String("taskType"))
            return t.taskType;
        if (name == QLatin1String("taskDefName"))
            return t.taskDefName;
        if (name == QLatin1String("retryCount"))
            return t.retryCount;
        if (name == QLatin1String("pollCount"))
            return t.pollCount;
        if (name == QLatin1String("scheduledTime"))
            return double(t.scheduledTime);
        if (name == QLatin1String("startTime"))
            return double(t.startTime);
        if (name == QLatin1String("endTime"))
            return double(t.endTime);
        if (name == QLatin1String("workflowInstanceId"))
            return t.workflowId;
        if (name == QLatin1String("reasonForIncompletion"))
            return t.reasonForIncompletion;
        if (name == QLatin1String("callbackAfterSeconds"))
            return double(t.callbackAfterSeconds);
        if (name == QLatin1String("workerId"))
            return t.workerId;
        if (name == QLatin1String("iteration"))
            return t.iteration;
        return QJsonValue(QJsonValue::Undefined);
    }

    const WorkflowRun &m_run;
    QString m_self;
};

} // namespace

DecideState::DecideState(const WorkflowRun &source, Millis now, const TaskDefLookup &taskDefs,
                         const DecideOptions &options)
    : outcome{source}
    , run(outcome.after)
    , now(now)
    , options(options)
    , index(DefinitionIndex::of(source.definition))
    , m_taskDefs(taskDefs)
{
}

std::optional<TaskDef> DecideState::taskDefFor(const WorkflowTask &wt) const
{
    if (wt.taskDefinition)
        return wt.taskDefinition;
    if (auto def = m_taskDefs.findTaskDef(wt.name))
        return def;
    if (wt.type == TaskType::Simple)
        return TaskDef::defaultsFor(wt.name);
    return std::nullopt;
}

const WorkflowTask *DecideState::blueprint(const TaskRun &task)
{
    if (task.dynamicWorkflowTask.isEmpty())
        return index->find(task.baseReference());
    auto it = m_dynamicBlueprints.constFind(task.taskId);
    if (it != m_dynamicBlueprints.constEnd())
        return it.value().get();
    auto wt = std::make_shared<WorkflowTask>();
    DefinitionError error;
    if (!workflowTaskFromJson(task.dynamicWorkflowTask, QString(), wt.get(), &error))
        return nullptr;
    m_dynamicBlueprints.insert(task.taskId, wt);
    return wt.get();
}

int DecideState::appendTask(const WorkflowTask &wt, TaskType type, int iteration, TaskStatus status)
{
    TaskRun t;
    t.seq = run.nextSeq();
    t.taskId = Decider::taskIdFor(run.workflowId, t.seq);
    t.workflowId = run.workflowId;
    t.workflowType = run.workflowName;
    t.type = type;
    t.taskType = type == TaskType::Simple ? wt.name : taskTypeName(type);
    t.taskDefName = type == TaskType::Fork ? taskTypeName(TaskType::Fork) : wt.name;
    t.referenceTaskName = withIteration(wt.taskReferenceName, iteration);
    t.iteration = iteration;
    t.status = status;
    t.scheduledTime = now;
    t.updateTime = now;
    if (status == TaskStatus::InProgress)
        t.startTime = now;
    t.startDelayInSeconds = wt.startDelay;
    if (type == TaskType::Simple) {
        if (auto def = taskDefFor(wt))
            t.responseTimeoutSeconds = def->responseTimeoutSeconds;
    }
    run.tasks.append(t);
    m_createdIds.insert(t.taskId);
    outcome.createdTaskIds << t.taskId;
    return run.tasks.size() - 1;
}

void DecideState::touch(int i)
{
    TaskRun &t = run.tasks[i];
    t.updateTime = now;
    if (m_createdIds.contains(t.taskId) || outcome.updatedTaskIds.contains(t.taskId))
        return;
    outcome.updatedTaskIds << t.taskId;
}

QJsonObject DecideState::resolveInput(const WorkflowTask &wt, const QString &taskId)
{
    QJsonObject params = wt.inputParameters;
    if (auto def = taskDefFor(wt); def && !def->inputTemplate.isEmpty()) {
        for (auto it = def->inputTemplate.constBegin(); it != def->inputTemplate.constEnd(); ++it) {
            if (!params.contains(it.key()))
                params.insert(it.key(), it.value());
        }
    }
    if (params.isEmpty())
        return params;
    RunExpressionContext context(run, taskId);
    return ParameterResolver::resolve(params, context);
}

QJsonValue DecideState::resolve(const QJsonValue &value, const QString &taskId)
{
    RunExpressionContext context(run, taskId);
    return ParameterResolver::resolve(value, context);
}

const WorkflowTask *DecideState::nextToSchedule(const WorkflowTask *wt) const
{
    const WorkflowTask *n = index->next(wt);
    const DefinitionIndex::Position *p = index->position(wt);
    // The end of a loop body leads back to its DO_WHILE, which is already running and decides
    // by itself whether another iteration follows.
    if (n && p && n == p->loop)
        return nullptr;
    return n;
}

bool DecideState::insideLoop(const WorkflowTask &wt) const
{
    const DefinitionIndex::Position *p = index->position(&wt);
    return p && p->loop;
}

void DecideState::schedule(const WorkflowTask &wt, int iteration)
{
    const QString ref = withIteration(wt.taskReferenceName, iteration);
    for (const TaskRun &t : std::as_const(run.tasks)) {
        if (t.referenceTaskName != ref || t.retried)
            continue;
        if (t.status == TaskStatus::Skipped && !t.executed) {
            // Skipped ahead of time: pass over it, as Conductor's getNextTask does.
            const int i = int(&t - run.tasks.constData());
            run.tasks[i].executed = true;
            touch(i);
            if (const WorkflowTask *n = nextToSchedule(&wt))
                schedule(*n, insideLoop(*n) ? iteration : 0);
        }
        return; // already scheduled
    }
    handlerFor(wt.type).schedule(*this, wt, iteration);
}

void DecideState::scheduleSuccessors(int i)
{
    TaskRun &t = run.tasks[i];
    t.executed = true;
    touch(i);
    const TaskRun task = t; // copy: scheduling appends to run.tasks
    if (task.type == TaskType::Terminate || task.type == TaskType::Fork || !task.dynamicWorkflowTask.isEmpty())
        return;
    const WorkflowTask *wt = index->find(task.baseReference());
    if (!wt)
        return;
    const WorkflowTask *n = nextToSchedule(wt);
    if (n)
        schedule(*n, insideLoop(*n) ? task.iteration : 0);
}

void DecideState::finishTask(int i, TaskStatus status, const QString &reason)
{
    TaskRun &t = run.tasks[i];
    t.status = status;
    if (!reason.isEmpty())
        t.reasonForIncompletion = reason;
    if (t.startTime == 0)
        t.startTime = now;
    t.endTime = now;
    touch(i);
}

void DecideState::cancelNonTerminalTasks()
{
    for (int i = 0; i < run.tasks.size(); ++i) {
        TaskRun &t = run.tasks[i];
        if (t.isTerminal())
            continue;
        if (t.type == TaskType::SubWorkflow && !t.subWorkflowId.isEmpty())
            outcome.childWorkflowsToTerminate << t.subWorkflowId;
        t.status = TaskStatus::Canceled;
        t.endTime = now;
        touch(i);
    }
}

void DecideState::failWorkflow(WorkflowStatus status, const QString &reason, const QString &failedReference)
{
    if (run.isTerminal())
        return;
    run.status = status;
    run.reasonForIncompletion = reason;
    run.endTime = now;
    run.updateTime = now;
    if (!failedReference.isEmpty() && !run.failedReferenceTaskNames.contains(failedReference))
        run.failedReferenceTaskNames << failedReference;
    outcome.workflowChanged = true;
    cancelNonTerminalTasks();
    note(QStringLiteral("workflow %1: %2").arg(workflowStatusName(status), reason));
    const WorkflowDef &def = *run.definition;
    QString failureWorkflow = def.failureWorkflow;
    if (failureWorkflow.startsWith(QLatin1Char('$'))) {
        // Conductor's indirection: "$workflow.input.NAME" names the failure workflow by an input.
        const QStringList path = failureWorkflow.split(QLatin1Char('.'));
        failureWorkflow = path.size() >= 3 ? run.input.value(path.at(2)).toString() : QString();
    }
    if (!failureWorkflow.isEmpty() && status != WorkflowStatus::Completed) {
        QJsonObject input{{QStringLiteral("workflowId"), run.workflowId},
                          {QStringLiteral("reason"), reason},
                          {QStringLiteral("failureStatus"), workflowStatusName(status)},
                          {QStringLiteral("failedWorkflow"), QJsonObject{{QStringLiteral("workflowId"), run.workflowId},
                                                                         {QStringLiteral("workflowType"), run.workflowName},
                                                                         {QStringLiteral("input"), run.input}}}};
        outcome.failureWorkflows << FailureWorkflowRequest{failureWorkflow, input};
    }
}

void DecideState::completeWorkflow(const QJsonObject &output)
{
    run.status = WorkflowStatus::Completed;
    run.output = output;
    run.endTime = now;
    run.updateTime = now;
    outcome.workflowChanged = true;
    cancelNonTerminalTasks();
    note(QStringLiteral("workflow COMPLETED"));
}

} // namespace joinery
