#include "definitions/definitionvalidator.h"

#include "definitions/duration.h"

#include <QJsonArray>
#include <QSet>

namespace joinery {

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// Values that Conductor resolves at run time: anything holding a `${`.
bool isExpression(const QString &text)
{
    return text.contains(QLatin1String("${"));
}

// A short excerpt of `text` from `start`, for messages about long scripts.
QString excerpt(const QString &text, qsizetype start)
{
    constexpr qsizetype maxLength = 40;
    const QString rest = text.mid(start);
    return rest.size() <= maxLength ? rest : rest.left(maxLength) + QStringLiteral("...");
}

// What is wrong with the `${...}` placeholders of one string, or "" when nothing is. Mirrors how
// the parameter resolver reads them (reference/conductor-notes.md §6.4): `$${` is a literal,
// placeholders nest (`${${...}}`), a `}` outside any placeholder is plain text.
QString expressionProblem(const QString &text)
{
    QList<qsizetype> open; // start of each unclosed `${`
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'$' && text.mid(i + 1, 2) == QLatin1String("${")) {
            i += 2; // escaped: `$${` stands for a literal `${`
        } else if (c == u'$' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            open.append(i);
            ++i;
        } else if (c == u'}' && !open.isEmpty()) {
            const qsizetype start = open.takeLast();
            if (text.mid(start + 2, i - start - 2).trimmed().isEmpty())
                return QStringLiteral("empty expression %1").arg(quoted(text.mid(start, i - start + 1)));
        }
    }
    if (!open.isEmpty())
        return QStringLiteral("unterminated expression %1").arg(quoted(excerpt(text, open.first())));
    return QString();
}

// Prefixes every error of a nested document (an inline sub-workflow) with where it sits.
QString nestedPath(const QString &prefix, const QString &path)
{
    if (path.isEmpty())
        return prefix;
    if (path.startsWith(u'['))
        return prefix + path;
    return prefix + u'.' + path;
}

// One validation run: walks the definition once, collecting every error in definition order.
class Checker
{
public:
    QList<DefinitionError> errors;

    void workflow(const WorkflowDef &def);

private:
    void add(const QString &path, const QString &message) { errors.append({path, message}); }

    void list(const TaskList &tasks, const QString &path);
    void task(const WorkflowTask &task, const QString &path);
    void forkJoin(const WorkflowTask &task, const QString &path);
    void dynamicFork(const WorkflowTask &task, const QString &path);
    void join(const WorkflowTask &join, const QString &path, const WorkflowTask *before);
    void subWorkflow(const WorkflowTask &task, const QString &path);
    void terminate(const WorkflowTask &task, const QString &path);
    void wait(const WorkflowTask &task, const QString &path);
    void http(const WorkflowTask &task, const QString &path);
    // An inputParameters entry that must be a non-blank string.
    void requiredInput(const WorkflowTask &task, const QString &path, QLatin1String key);
    void expressions(const QJsonValue &value, const QString &path);

    QSet<QString> m_references; // every reference seen so far, at any depth
};

void Checker::workflow(const WorkflowDef &def)
{
    if (def.name.trimmed().isEmpty())
        add(QStringLiteral("name"), QStringLiteral("missing workflow name"));
    if (def.version < 1)
        add(QStringLiteral("version"), QStringLiteral("must be 1 or more, not %1").arg(def.version));
    list(def.tasks, QStringLiteral("tasks"));
    if (!def.outputParameters.isEmpty())
        expressions(def.outputParameters, QStringLiteral("outputParameters"));
}

void Checker::list(const TaskList &tasks, const QString &path)
{
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const WorkflowTask &t = tasks.at(i);
        const QString here = jsonPathIndex(path, i);
        task(t, here);

        // Conductor's fork mappers schedule the JOIN that follows them in the same list.
        if (t.type == TaskType::ForkJoin || t.type == TaskType::ForkJoinDynamic) {
            if (i + 1 >= tasks.size() || tasks.at(i + 1).type != TaskType::Join) {
                add(here, QStringLiteral("%1 %2 must be followed directly by a JOIN")
                              .arg(taskTypeName(t.type), quoted(t.taskReferenceName)));
            }
        }
        if (t.type == TaskType::Join)
            join(t, here, i > 0 ? &tasks.at(i - 1) : nullptr);
    }
}

void Checker::task(const WorkflowTask &t, const QString &path)
{
    if (t.name.trimmed().isEmpty())
        add(jsonPathMember(path, QStringLiteral("name")), QStringLiteral("missing task name"));
    const QString refPath = jsonPathMember(path, QStringLiteral("taskReferenceName"));
    if (t.taskReferenceName.trimmed().isEmpty()) {
        add(refPath, QStringLiteral("missing task reference name"));
    } else if (m_references.contains(t.taskReferenceName)) {
        add(refPath, QStringLiteral("duplicate reference %1").arg(quoted(t.taskReferenceName)));
    } else {
        m_references.insert(t.taskReferenceName);
    }

    const QString typePath = jsonPathMember(path, QStringLiteral("type"));
    if (t.type == TaskType::Unknown) {
        add(typePath, QStringLiteral("unsupported task type %1").arg(quoted(t.typeName)));
    } else if (!taskTypeInfo(t.type).allowedInDefinition) {
        add(typePath, QStringLiteral("task type %1 only exists at run time; use FORK_JOIN")
                          .arg(quoted(taskTypeName(t.type))));
    }

    expressions(t.inputParameters, jsonPathMember(path, QStringLiteral("inputParameters")));

    switch (t.type) {
    case TaskType::ForkJoin:
        forkJoin(t, path);
        break;
    case TaskType::ForkJoinDynamic:
        dynamicFork(t, path);
        break;
    case TaskType::Switch: {
        const QString evaluatorPath = jsonPathMember(path, QStringLiteral("evaluatorType"));
        static const QStringList evaluators = {QStringLiteral("value-param"),
                                               QStringLiteral("javascript"),
                                               QStringLiteral("graaljs")};
        if (t.evaluatorType.trimmed().isEmpty())
            add(evaluatorPath, QStringLiteral("SWITCH needs an evaluatorType"));
        else if (!evaluators.contains(t.evaluatorType))
            add(evaluatorPath, QStringLiteral("unsupported evaluator %1").arg(quoted(t.evaluatorType)));
        if (t.expression.trimmed().isEmpty())
            add(jsonPathMember(path, QStringLiteral("expression")), QStringLiteral("SWITCH needs an expression"));
        break;
    }
    case TaskType::Decision:
        if (t.caseValueParam.trimmed().isEmpty() && t.caseExpression.trimmed().isEmpty()) {
            add(jsonPathMember(path, QStringLiteral("caseValueParam")),
                QStringLiteral("DECISION needs a caseValueParam or a caseExpression"));
        }
        break;
    case TaskType::DoWhile:
        // List iteration (`items`) ends when the items do, so it needs no condition.
        if (t.loopCondition.trimmed().isEmpty() && !t.inputParameters.contains(QLatin1String("items"))) {
            add(jsonPathMember(path, QStringLiteral("loopCondition")),
                QStringLiteral("DO_WHILE needs a loopCondition"));
        }
        if (t.loopOver.isEmpty())
            add(jsonPathMember(path, QStringLiteral("loopOver")), QStringLiteral("DO_WHILE needs at least one task"));
        break;
    case TaskType::SubWorkflow:
        subWorkflow(t, path);
        break;
    case TaskType::Terminate:
        terminate(t, path);
        break;
    case TaskType::Inline:
        requiredInput(t, path, QLatin1String("expression"));
        break;
    case TaskType::Lambda:
        requiredInput(t, path, QLatin1String("scriptExpression"));
        break;
    case TaskType::JsonJqTransform:
        requiredInput(t, path, QLatin1String("queryExpression"));
        break;
    case TaskType::Http:
        http(t, path);
        break;
    case TaskType::Wait:
        wait(t, path);
        break;
    default:
        break;
    }

    // The nested blocks the type runs, as WorkflowTask::children() lists them.
    switch (t.type) {
    case TaskType::ForkJoin:
        for (qsizetype b = 0; b < t.forkTasks.size(); ++b)
            list(t.forkTasks.at(b), jsonPathIndex(jsonPathMember(path, QStringLiteral("forkTasks")), b));
        break;
    case TaskType::Switch:
    case TaskType::Decision: {
        const QString casesPath = jsonPathMember(path, QStringLiteral("decisionCases"));
        for (const auto &decisionCase : t.decisionCases)
            list(decisionCase.second, jsonPathMember(casesPath, decisionCase.first));
        list(t.defaultCase, jsonPathMember(path, QStringLiteral("defaultCase")));
        break;
    }
    case TaskType::DoWhile:
        list(t.loopOver, jsonPathMember(path, QStringLiteral("loopOver")));
        break;
    default:
        break;
    }
}

void Checker::forkJoin(const WorkflowTask &t, const QString &path)
{
    const QString branchesPath = jsonPathMember(path, QStringLiteral("forkTasks"));
    if (t.forkTasks.isEmpty()) {
        add(branchesPath, QStringLiteral("FORK_JOIN needs at least one branch"));
        return;
    }
    for (qsizetype b = 0; b < t.forkTasks.size(); ++b) {
        if (t.forkTasks.at(b).isEmpty())
            add(jsonPathIndex(branchesPath, b), QStringLiteral("empty branch"));
    }
}

void Checker::dynamicFork(const WorkflowTask &t, const QString &path)
{
    const bool legacy = !t.dynamicForkJoinTasksParam.isEmpty();
    const bool current = !t.dynamicForkTasksParam.isEmpty() || !t.dynamicForkTasksInputParamName.isEmpty();
    // The "simple" form names one task (or workflow) to run once per entry of forkTaskInputs.
    const bool simple = t.inputParameters.contains(QLatin1String("forkTaskName"))
        || t.inputParameters.contains(QLatin1String("forkTaskWorkflow"));
    if (legacy && current) {
        add(jsonPathMember(path, QStringLiteral("dynamicForkJoinTasksParam")),
            QStringLiteral("use either dynamicForkJoinTasksParam or dynamicForkTasksParam with "
                           "dynamicForkTasksInputParamName, not both"));
        return;
    }
    if (simple && !legacy && !current)
        return;

    // Each named parameter must be an input the fork receives, or it resolves to nothing.
    auto named = [&](QLatin1String field, const QString &param) {
        const QString fieldPath = jsonPathMember(path, field);
        if (param.isEmpty()) {
            add(fieldPath, QStringLiteral("FORK_JOIN_DYNAMIC needs %1").arg(field));
        } else if (!t.inputParameters.contains(param)) {
            add(fieldPath, QStringLiteral("%1 is not one of the task's inputParameters").arg(quoted(param)));
        }
    };
    if (legacy) {
        named(QLatin1String("dynamicForkJoinTasksParam"), t.dynamicForkJoinTasksParam);
    } else {
        named(QLatin1String("dynamicForkTasksParam"), t.dynamicForkTasksParam);
        named(QLatin1String("dynamicForkTasksInputParamName"), t.dynamicForkTasksInputParamName);
    }
}

void Checker::join(const WorkflowTask &t, const QString &path, const WorkflowTask *before)
{
    if (!before || (before->type != TaskType::ForkJoin && before->type != TaskType::ForkJoinDynamic)) {
        add(path, QStringLiteral("JOIN %1 must directly follow a FORK_JOIN or FORK_JOIN_DYNAMIC")
                      .arg(quoted(t.taskReferenceName)));
        return;
    }
    // A dynamic fork's JOIN waits for whatever the fork created; its joinOn is computed then.
    if (before->type == TaskType::ForkJoinDynamic)
        return;

    QSet<QString> inside;
    std::function<void(const TaskList &)> collect = [&](const TaskList &tasks) {
        for (const WorkflowTask &task : tasks) {
            inside.insert(task.taskReferenceName);
            for (const TaskList *child : task.children())
                collect(*child);
        }
    };
    for (const TaskList &branch : before->forkTasks)
        collect(branch);

    const QString joinOnPath = jsonPathMember(path, QStringLiteral("joinOn"));
    for (qsizetype k = 0; k < t.joinOn.size(); ++k) {
        if (!inside.contains(t.joinOn.at(k))) {
            add(jsonPathIndex(joinOnPath, k), QStringLiteral("%1 is not a task inside the FORK_JOIN %2")
                                                  .arg(quoted(t.joinOn.at(k)), quoted(before->taskReferenceName)));
        }
    }
}

void Checker::subWorkflow(const WorkflowTask &t, const QString &path)
{
    const QString paramPath = jsonPathMember(path, QStringLiteral("subWorkflowParam"));
    if (!t.subWorkflowParam) {
        add(paramPath, QStringLiteral("SUB_WORKFLOW needs a subWorkflowParam"));
        return;
    }
    const SubWorkflowParams &params = *t.subWorkflowParam;
    const QJsonValue &definition = params.workflowDefinition;
    const QString definitionPath = jsonPathMember(paramPath, QStringLiteral("workflowDefinition"));
    if (definition.isUndefined()) {
        if (params.name.trimmed().isEmpty()) {
            add(jsonPathMember(paramPath, QStringLiteral("name")),
                QStringLiteral("SUB_WORKFLOW needs a workflow name or a workflowDefinition"));
        }
    } else if (definition.isString()) {
        if (!isExpression(definition.toString()))
            add(definitionPath, QStringLiteral("expected an object or an expression"));
        expressions(definition, definitionPath);
    } else {
        // An inline child definition: validated here so that it cannot fail only when started.
        WorkflowDef child;
        DefinitionError error;
        if (!workflowDefFromJson(definition.toObject(), &child, &error)) {
            add(nestedPath(definitionPath, error.path), error.message);
            return;
        }
        for (const DefinitionError &e : DefinitionValidator::validate(child))
            add(nestedPath(definitionPath, e.path), e.message);
    }
}

void Checker::terminate(const WorkflowTask &t, const QString &path)
{
    const QString statusPath = jsonPathMember(jsonPathMember(path, QStringLiteral("inputParameters")),
                                              QStringLiteral("terminationStatus"));
    const QJsonValue status = t.inputParameters.value(QLatin1String("terminationStatus"));
    if (status.isUndefined() || status.isNull()) {
        add(statusPath, QStringLiteral("TERMINATE needs a terminationStatus"));
        return;
    }
    static const QStringList allowed = {QStringLiteral("COMPLETED"), QStringLiteral("FAILED"),
                                        QStringLiteral("TERMINATED")};
    const QString text = status.toString();
    if (!status.isString() || (!allowed.contains(text) && !isExpression(text))) {
        add(statusPath, QStringLiteral("must be COMPLETED, FAILED or TERMINATED, not %1")
                            .arg(status.isString() ? quoted(text) : QStringLiteral("a non-string")));
    }
}

void Checker::wait(const WorkflowTask &t, const QString &path)
{
    const QString inputPath = jsonPathMember(path, QStringLiteral("inputParameters"));
    const QJsonValue duration = t.inputParameters.value(QLatin1String("duration"));
    const QJsonValue until = t.inputParameters.value(QLatin1String("until"));
    // Conductor reads both through toString(); blank means "not given".
    auto given = [](const QJsonValue &v) {
        return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().trimmed().isEmpty());
    };
    if (given(duration) && given(until)) {
        add(inputPath, QStringLiteral("WAIT takes a duration or an until, not both"));
        return;
    }
    if (given(duration)) {
        const QString durationPath = jsonPathMember(inputPath, QStringLiteral("duration"));
        if (duration.isDouble()) {
            if (!parseDuration(QString::number(duration.toDouble(), 'g', 17)))
                add(durationPath, QStringLiteral("not a duration: %1").arg(duration.toDouble()));
        } else if (!duration.isString()) {
            add(durationPath, QStringLiteral("expected a string"));
        } else if (!isExpression(duration.toString()) && !parseDuration(duration.toString())) {
            add(durationPath, QStringLiteral("not a duration: %1 (expected e.g. \"30s\", \"5m\", \"1h 30m\")")
                                  .arg(quoted(duration.toString())));
        }
    }
    if (given(until)) {
        const QString untilPath = jsonPathMember(inputPath, QStringLiteral("until"));
        if (!until.isString()) {
            add(untilPath, QStringLiteral("expected a string"));
        } else if (!isExpression(until.toString()) && !parseUntil(until.toString())) {
            add(untilPath, QStringLiteral("not a date: %1 (expected \"yyyy-MM-dd HH:mm\", "
                                          "\"yyyy-MM-dd HH:mm z\" or \"yyyy-MM-dd\")")
                               .arg(quoted(until.toString())));
        }
    }
}

void Checker::http(const WorkflowTask &t, const QString &path)
{
    const QString requestPath = jsonPathMember(jsonPathMember(path, QStringLiteral("inputParameters")),
                                               QStringLiteral("http_request"));
    const QJsonValue request = t.inputParameters.value(QLatin1String("http_request"));
    if (request.isUndefined() || request.isNull()) {
        add(requestPath, QStringLiteral("HTTP needs an http_request"));
    } else if (request.isString()) {
        if (!isExpression(request.toString()))
            add(requestPath, QStringLiteral("expected an object or an expression"));
    } else if (!request.isObject()) {
        add(requestPath, QStringLiteral("expected an object"));
    } else {
        const QJsonValue uri = request.toObject().value(QLatin1String("uri"));
        const QString uriPath = jsonPathMember(requestPath, QStringLiteral("uri"));
        if (uri.isUndefined() || uri.isNull() || (uri.isString() && uri.toString().trimmed().isEmpty()))
            add(uriPath, QStringLiteral("HTTP needs a uri"));
        else if (!uri.isString())
            add(uriPath, QStringLiteral("expected a string"));
    }
}

void Checker::requiredInput(const WorkflowTask &t, const QString &path, QLatin1String key)
{
    const QString inputPath = jsonPathMember(jsonPathMember(path, QStringLiteral("inputParameters")), key);
    const QJsonValue value = t.inputParameters.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        add(inputPath, QStringLiteral("%1 needs %2").arg(taskTypeName(t.type), key));
    else if (!value.isString())
        add(inputPath, QStringLiteral("expected a string"));
}

void Checker::expressions(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        const QString problem = expressionProblem(value.toString());
        if (!problem.isEmpty())
            add(path, problem);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            expressions(it.value(), jsonPathMember(path, it.key()));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            expressions(array.at(i), jsonPathIndex(path, i));
    }
}

} // namespace

QList<DefinitionError> DefinitionValidator::validate(const WorkflowDef &def)
{
    Checker checker;
    checker.workflow(def);
    return checker.errors;
}

QList<DefinitionError> DefinitionValidator::validate(const TaskDef &def)
{
    QList<DefinitionError> errors;
    auto add = [&](const char *field, const QString &message) {
        errors.append({QLatin1String(field), message});
    };
    auto notNegative = [&](const char *field, qint64 value) {
        if (value < 0)
            add(field, QStringLiteral("must not be negative, not %1").arg(value));
    };

    if (def.name.trimmed().isEmpty())
        add("name", QStringLiteral("missing task name"));
    notNegative("retryCount", def.retryCount);
    notNegative("timeoutSeconds", def.timeoutSeconds);
    notNegative("retryDelaySeconds", def.retryDelaySeconds);
    notNegative("responseTimeoutSeconds", def.responseTimeoutSeconds);
    if (def.pollTimeoutSeconds)
        notNegative("pollTimeoutSeconds", *def.pollTimeoutSeconds);
    if (def.backoffScaleFactor < 1)
        add("backoffScaleFactor", QStringLiteral("must be 1 or more, not %1").arg(def.backoffScaleFactor));
    notNegative("maxRetryDelaySeconds", def.maxRetryDelaySeconds);
    notNegative("backoffJitterMs", def.backoffJitterMs);
    notNegative("totalTimeoutSeconds", def.totalTimeoutSeconds);
    notNegative("concurrentExecLimit", def.concurrentExecLimit);
    notNegative("rateLimitPerFrequency", def.rateLimitPerFrequency);
    if (def.rateLimitPerFrequency > 0 && def.rateLimitFrequencyInSeconds < 1) {
        add("rateLimitFrequencyInSeconds",
            QStringLiteral("must be 1 or more when rateLimitPerFrequency is set, not %1")
                .arg(def.rateLimitFrequencyInSeconds));
    }
    // Conductor's TaskTimeoutConstraint: a response can never be waited for longer than the task.
    if (def.timeoutSeconds > 0 && def.responseTimeoutSeconds > def.timeoutSeconds) {
        add("responseTimeoutSeconds", QStringLiteral("must not exceed timeoutSeconds (%1 > %2)")
                                          .arg(def.responseTimeoutSeconds)
                                          .arg(def.timeoutSeconds));
    }
    if (def.totalTimeoutSeconds > 0 && def.timeoutSeconds > def.totalTimeoutSeconds) {
        add("timeoutSeconds", QStringLiteral("must not exceed totalTimeoutSeconds (%1 > %2)")
                                  .arg(def.timeoutSeconds)
                                  .arg(def.totalTimeoutSeconds));
    }
    return errors;
}

} // namespace joinery
