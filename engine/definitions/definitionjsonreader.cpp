// Reading half of definitionjson.h: Conductor JSON -> WorkflowDef / WorkflowTask / TaskDef.
#include "definitions/definitionjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <utility>

namespace joinery {

namespace {

using Keys = std::initializer_list<QLatin1String>;

// The fields each struct models; anything else goes to `extra`.
const Keys kWorkflowDefKeys = {
    QLatin1String("name"), QLatin1String("description"), QLatin1String("version"),
    QLatin1String("tasks"), QLatin1String("inputParameters"), QLatin1String("outputParameters"),
    QLatin1String("failureWorkflow"), QLatin1String("schemaVersion"), QLatin1String("restartable"),
    QLatin1String("ownerEmail"), QLatin1String("timeoutPolicy"), QLatin1String("timeoutSeconds"),
    QLatin1String("variables"), QLatin1String("inputTemplate"), QLatin1String("createTime"),
    QLatin1String("updateTime"),
};

const Keys kWorkflowTaskKeys = {
    QLatin1String("name"), QLatin1String("taskReferenceName"), QLatin1String("description"),
    QLatin1String("type"), QLatin1String("inputParameters"), QLatin1String("optional"),
    QLatin1String("permissive"), QLatin1String("retryCount"), QLatin1String("startDelay"),
    QLatin1String("asyncComplete"), QLatin1String("taskDefinition"), QLatin1String("forkTasks"),
    QLatin1String("joinOn"), QLatin1String("joinMode"), QLatin1String("decisionCases"),
    QLatin1String("defaultCase"), QLatin1String("caseValueParam"), QLatin1String("caseExpression"),
    QLatin1String("evaluatorType"), QLatin1String("expression"), QLatin1String("loopCondition"),
    QLatin1String("loopOver"), QLatin1String("dynamicForkTasksParam"),
    QLatin1String("dynamicForkTasksInputParamName"), QLatin1String("dynamicForkJoinTasksParam"),
    QLatin1String("dynamicTaskNameParam"), QLatin1String("subWorkflowParam"),
};

const Keys kSubWorkflowKeys = {
    QLatin1String("name"), QLatin1String("version"), QLatin1String("workflowDefinition"),
    QLatin1String("taskToDomain"), QLatin1String("priority"),
};

const Keys kTaskDefKeys = {
    QLatin1String("name"), QLatin1String("description"), QLatin1String("retryCount"),
    QLatin1String("timeoutSeconds"), QLatin1String("timeoutPolicy"), QLatin1String("retryLogic"),
    QLatin1String("retryDelaySeconds"), QLatin1String("responseTimeoutSeconds"),
    QLatin1String("pollTimeoutSeconds"), QLatin1String("backoffScaleFactor"),
    QLatin1String("maxRetryDelaySeconds"), QLatin1String("backoffJitterMs"),
    QLatin1String("totalTimeoutSeconds"), QLatin1String("concurrentExecLimit"),
    QLatin1String("rateLimitPerFrequency"), QLatin1String("rateLimitFrequencyInSeconds"),
    QLatin1String("inputTemplate"), QLatin1String("ownerEmail"), QLatin1String("createTime"),
    QLatin1String("updateTime"),
};

QJsonObject unknownFields(const QJsonObject &json, Keys known)
{
    QJsonObject extra;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (std::none_of(known.begin(), known.end(), [&](QLatin1String k) { return key == k; }))
            extra.insert(key, it.value());
    }
    return extra;
}

// Walks one document, stopping at the first error. Every accessor treats an absent or null field
// as "keep the default" (Jackson leaves the field alone for both) and refuses a value of the
// wrong JSON type, naming the field's path.
class Reader
{
public:
    explicit Reader(DefinitionError *error) : m_error(error) { }

    bool workflowDef(const QJsonObject &json, const QString &path, WorkflowDef *out);
    bool task(const QJsonObject &json, const QString &path, WorkflowTask *out);
    bool taskDef(const QJsonObject &json, const QString &path, TaskDef *out);

private:
    bool fail(const QString &path, const QString &message)
    {
        if (m_error)
            *m_error = DefinitionError{path, message};
        return false;
    }

    // Returns the field's value, or an undefined QJsonValue when absent or null.
    static QJsonValue field(const QJsonObject &json, QLatin1String key)
    {
        const QJsonValue v = json.value(key);
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
    }

    bool string(const QJsonObject &json, const QString &path, QLatin1String key, QString *out);
    bool boolean(const QJsonObject &json, const QString &path, QLatin1String key, bool *out);
    bool integer(const QJsonValue &v, const QString &path, qint64 min, qint64 max, qint64 *out);
    bool int64(const QJsonObject &json, const QString &path, QLatin1String key, qint64 *out);
    bool int32(const QJsonObject &json, const QString &path, QLatin1String key, int *out);
    bool optionalInt32(const QJsonObject &json, const QString &path, QLatin1String key,
                       std::optional<int> *out);
    bool object(const QJsonObject &json, const QString &path, QLatin1String key, QJsonObject *out,
                bool *present = nullptr);
    bool stringList(const QJsonObject &json, const QString &path, QLatin1String key,
                    QStringList *out);
    template<typename Enum>
    bool enumeration(const QJsonObject &json, const QString &path, QLatin1String key,
                     std::initializer_list<Enum> values, QString (*nameOf)(Enum), Enum *out);
    bool taskList(const QJsonValue &v, const QString &path, TaskList *out);
    bool forkTasks(const QJsonObject &json, const QString &path, QList<TaskList> *out);
    bool decisionCases(const QJsonObject &json, const QString &path,
                       QList<QPair<QString, TaskList>> *out);
    bool subWorkflowParams(const QJsonObject &json, const QString &path, SubWorkflowParams *out);

    DefinitionError *m_error;
};

bool Reader::string(const QJsonObject &json, const QString &path, QLatin1String key, QString *out)
{
    const QJsonValue v = field(json, key);
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return fail(jsonPathMember(path, key), QStringLiteral("expected a string"));
    *out = v.toString();
    // A field written as "" stays distinguishable from an absent one (see definitionjson.h).
    if (out->isNull())
        *out = QString(QLatin1String(""));
    return true;
}

bool Reader::boolean(const QJsonObject &json, const QString &path, QLatin1String key, bool *out)
{
    const QJsonValue v = field(json, key);
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return fail(jsonPathMember(path, key), QStringLiteral("expected a boolean"));
    *out = v.toBool();
    return true;
}

bool Reader::integer(const QJsonValue &v, const QString &path, qint64 min, qint64 max, qint64 *out)
{
    if (!v.isDouble())
        return fail(path, QStringLiteral("expected an integer"));
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d)
        return fail(path, QStringLiteral("expected an integer"));
    // `double(max) + 1.0` is exact for int and rounds to 2^63 for qint64: both exclusive bounds.
    if (d < double(min) || d >= double(max) + 1.0)
        return fail(path, QStringLiteral("integer out of range"));
    // toInteger keeps full 64-bit precision for integers the parser stored as such.
    *out = std::clamp(v.toInteger(qint64(d)), min, max);
    return true;
}

bool Reader::int64(const QJsonObject &json, const QString &path, QLatin1String key, qint64 *out)
{
    const QJsonValue v = field(json, key);
    if (v.isUndefined())
        return true;
    return integer(v, jsonPathMember(path, key), std::numeric_limits<qint64>::min(),
                   std::numeric_limits<qint64>::max(), out);
}

bool Reader::int32(const QJsonObject &json, const QString &path, QLatin1String key, int *out)
{
    const QJsonValue v = field(json, key);
    if (v.isUndefined())
        return true;
    qint64 value = 0;
    if (!integer(v, jsonPathMember(path, key), std::numeric_limits<int>::min(),
                 std::numeric_limits<int>::max(), &value)) {
        return false;
    }
    *out = int(value);
    return true;
}

bool Reader::optionalInt32(const QJsonObject &json, const QString &path, QLatin1String key,
                           std::optional<int> *out)
{
    int value = 0;
    if (field(json, key).isUndefined())
        return true;
    if (!int32(json, path, key, &value))
        return false;
    *out = value;
    return true;
}

bool Reader::object(const QJsonObject &json, const QString &path, QLatin1String key,
                    QJsonObject *out, bool *present)
{
    const QJsonValue v = field(json, key);
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return fail(jsonPathMember(path, key), QStringLiteral("expected an object"));
    *out = v.toObject();
    if (present)
        *present = true;
    return true;
}

bool Reader::stringList(const QJsonObject &json, const QString &path, QLatin1String key,
                        QStringList *out)
{
    const QJsonValue v = field(json, key);
    if (v.isUndefined())
        return true;
    const QString here = jsonPathMember(path, key);
    if (!v.isArray())
        return fail(here, QStringLiteral("expected an array of strings"));
    const QJsonArray array = v.toArray();
    out->clear();
    out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fail(jsonPathIndex(here, i), QStringLiteral("expected a string"));
        out->append(array.at(i).toString());
    }
    return true;
}

template<typename Enum>
bool Reader::enumeration(const QJsonObject &json, const QString &path, QLatin1String key,
                         std::initializer_list<Enum> values, QString (*nameOf)(Enum), Enum *out)
{
    QString name;
    if (!string(json, path, key, &name))
        return false;
    if (name.isNull())
        return true;
    QStringList names;
    for (const Enum value : values) {
        if (nameOf(value) == name) {
            *out = value;
            return true;
        }
        names.append(nameOf(value));
    }
    return fail(jsonPathMember(path, key), QStringLiteral("unknown value \"%1\" (expected %2)")
                                               .arg(name, names.join(QStringLiteral(", "))));
}

bool Reader::taskList(const QJsonValue &v, const QString &path, TaskList *out)
{
    if (!v.isArray())
        return fail(path, QStringLiteral("expected an array of tasks"));
    const QJsonArray array = v.toArray();
    out->clear();
    out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = jsonPathIndex(path, i);
        if (!array.at(i).isObject())
            return fail(here, QStringLiteral("expected an object"));
        WorkflowTask t;
        if (!task(array.at(i).toObject(), here, &t))
            return false;
        out->append(std::move(t));
    }
    return true;
}

bool Reader::forkTasks(const QJsonObject &json, const QString &path, QList<TaskList> *out)
{
    const QJsonValue v = field(json, QLatin1String("forkTasks"));
    if (v.isUndefined())
        return true;
    const QString here = jsonPathMember(path, QStringLiteral("forkTasks"));
    if (!v.isArray())
        return fail(here, QStringLiteral("expected an array of arrays"));
    const QJsonArray branches = v.toArray();
    out->reserve(branches.size());
    for (qsizetype i = 0; i < branches.size(); ++i) {
        TaskList branch;
        if (!taskList(branches.at(i), jsonPathIndex(here, i), &branch))
            return false;
        out->append(std::move(branch));
    }
    return true;
}

bool Reader::decisionCases(const QJsonObject &json, const QString &path,
                           QList<QPair<QString, TaskList>> *out)
{
    const QJsonValue v = field(json, QLatin1String("decisionCases"));
    if (v.isUndefined())
        return true;
    const QString here = jsonPathMember(path, QStringLiteral("decisionCases"));
    if (!v.isObject())
        return fail(here, QStringLiteral("expected an object"));
    // QJsonObject iterates its keys sorted, so that is the order the cases keep.
    const QJsonObject cases = v.toObject();
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        TaskList list;
        if (!taskList(it.value(), jsonPathMember(here, it.key()), &list))
            return false;
        out->append(qMakePair(it.key(), std::move(list)));
    }
    return true;
}

bool Reader::subWorkflowParams(const QJsonObject &json, const QString &path, SubWorkflowParams *out)
{
    if (!string(json, path, QLatin1String("name"), &out->name)
        || !optionalInt32(json, path, QLatin1String("version"), &out->version)
        || !object(json, path, QLatin1String("taskToDomain"), &out->taskToDomain)
        || !int32(json, path, QLatin1String("priority"), &out->priority)) {
        return false;
    }
    // An inline definition, or an expression that yields one at run time.
    const QJsonValue definition = field(json, QLatin1String("workflowDefinition"));
    if (!definition.isUndefined() && !definition.isObject() && !definition.isString()) {
        return fail(jsonPathMember(path, QStringLiteral("workflowDefinition")),
                    QStringLiteral("expected an object or a string"));
    }
    out->workflowDefinition = definition;
    out->extra = unknownFields(json, kSubWorkflowKeys);
    return true;
}

bool Reader::task(const QJsonObject &json, const QString &path, WorkflowTask *out)
{
    QString typeName;
    if (!string(json, path, QLatin1String("type"), &typeName))
        return false;
    if (!typeName.isNull()) {
        out->typeName = typeName;
        out->type = taskTypeFromName(typeName);
    }

    if (!string(json, path, QLatin1String("name"), &out->name)
        || !string(json, path, QLatin1String("taskReferenceName"), &out->taskReferenceName)
        || !string(json, path, QLatin1String("description"), &out->description)
        || !object(json, path, QLatin1String("inputParameters"), &out->inputParameters)
        || !boolean(json, path, QLatin1String("optional"), &out->optional)
        || !boolean(json, path, QLatin1String("permissive"), &out->permissive)
        || !optionalInt32(json, path, QLatin1String("retryCount"), &out->retryCount)
        || !int32(json, path, QLatin1String("startDelay"), &out->startDelay)
        || !boolean(json, path, QLatin1String("asyncComplete"), &out->asyncComplete)
        || !forkTasks(json, path, &out->forkTasks)
        || !stringList(json, path, QLatin1String("joinOn"), &out->joinOn)
        || !string(json, path, QLatin1String("joinMode"), &out->joinMode)
        || !decisionCases(json, path, &out->decisionCases)
        || !string(json, path, QLatin1String("caseValueParam"), &out->caseValueParam)
        || !string(json, path, QLatin1String("caseExpression"), &out->caseExpression)
        || !string(json, path, QLatin1String("evaluatorType"), &out->evaluatorType)
        || !string(json, path, QLatin1String("expression"), &out->expression)
        || !string(json, path, QLatin1String("loopCondition"), &out->loopCondition)
        || !string(json, path, QLatin1String("dynamicForkTasksParam"), &out->dynamicForkTasksParam)
        || !string(json, path, QLatin1String("dynamicForkTasksInputParamName"),
                   &out->dynamicForkTasksInputParamName)
        || !string(json, path, QLatin1String("dynamicForkJoinTasksParam"),
                   &out->dynamicForkJoinTasksParam)
        || !string(json, path, QLatin1String("dynamicTaskNameParam"), &out->dynamicTaskNameParam)) {
        return false;
    }

    const QJsonValue defaultCase = field(json, QLatin1String("defaultCase"));
    if (!defaultCase.isUndefined()) {
        if (!taskList(defaultCase, jsonPathMember(path, QStringLiteral("defaultCase")),
                      &out->defaultCase)) {
            return false;
        }
        out->hasDefaultCase = true;
    }
    const QJsonValue loopOver = field(json, QLatin1String("loopOver"));
    if (!loopOver.isUndefined()
        && !taskList(loopOver, jsonPathMember(path, QStringLiteral("loopOver")), &out->loopOver)) {
        return false;
    }

    QJsonObject taskDefinition;
    bool hasTaskDefinition = false;
    if (!object(json, path, QLatin1String("taskDefinition"), &taskDefinition, &hasTaskDefinition))
        return false;
    if (hasTaskDefinition) {
        TaskDef def;
        if (!taskDef(taskDefinition, jsonPathMember(path, QStringLiteral("taskDefinition")), &def))
            return false;
        out->taskDefinition = std::move(def);
    }

    QJsonObject subWorkflow;
    bool hasSubWorkflow = false;
    if (!object(json, path, QLatin1String("subWorkflowParam"), &subWorkflow, &hasSubWorkflow))
        return false;
    if (hasSubWorkflow) {
        SubWorkflowParams params;
        if (!subWorkflowParams(subWorkflow, jsonPathMember(path, QStringLiteral("subWorkflowParam")),
                               &params)) {
            return false;
        }
        out->subWorkflowParam = std::move(params);
    }

    out->extra = unknownFields(json, kWorkflowTaskKeys);
    return true;
}

bool Reader::taskDef(const QJsonObject &json, const QString &path, TaskDef *out)
{
    std::optional<int> pollTimeout;
    if (!string(json, path, QLatin1String("name"), &out->name)
        || !string(json, path, QLatin1String("description"), &out->description)
        || !int32(json, path, QLatin1String("retryCount"), &out->retryCount)
        || !int64(json, path, QLatin1String("timeoutSeconds"), &out->timeoutSeconds)
        || !enumeration<TimeoutPolicy>(json, path, QLatin1String("timeoutPolicy"),
                                       {TimeoutPolicy::Retry, TimeoutPolicy::TimeOutWorkflow,
                                        TimeoutPolicy::AlertOnly},
                                       timeoutPolicyName, &out->timeoutPolicy)
        || !enumeration<RetryLogic>(json, path, QLatin1String("retryLogic"),
                                    {RetryLogic::Fixed, RetryLogic::ExponentialBackoff,
                                     RetryLogic::LinearBackoff},
                                    retryLogicName, &out->retryLogic)
        || !int32(json, path, QLatin1String("retryDelaySeconds"), &out->retryDelaySeconds)
        || !int64(json, path, QLatin1String("responseTimeoutSeconds"), &out->responseTimeoutSeconds)
        || !optionalInt32(json, path, QLatin1String("pollTimeoutSeconds"), &pollTimeout)
        || !int32(json, path, QLatin1String("backoffScaleFactor"), &out->backoffScaleFactor)
        || !int32(json, path, QLatin1String("maxRetryDelaySeconds"), &out->maxRetryDelaySeconds)
        || !int32(json, path, QLatin1String("backoffJitterMs"), &out->backoffJitterMs)
        || !int64(json, path, QLatin1String("totalTimeoutSeconds"), &out->totalTimeoutSeconds)
        || !int32(json, path, QLatin1String("concurrentExecLimit"), &out->concurrentExecLimit)
        || !int32(json, path, QLatin1String("rateLimitPerFrequency"), &out->rateLimitPerFrequency)
        || !int32(json, path, QLatin1String("rateLimitFrequencyInSeconds"),
                  &out->rateLimitFrequencyInSeconds)
        || !object(json, path, QLatin1String("inputTemplate"), &out->inputTemplate)
        || !string(json, path, QLatin1String("ownerEmail"), &out->ownerEmail)
        || !int64(json, path, QLatin1String("createTime"), &out->createTime)
        || !int64(json, path, QLatin1String("updateTime"), &out->updateTime)) {
        return false;
    }
    if (pollTimeout)
        out->pollTimeoutSeconds = *pollTimeout;
    out->extra = unknownFields(json, kTaskDefKeys);
    return true;
}

bool Reader::workflowDef(const QJsonObject &json, const QString &path, WorkflowDef *out)
{
    if (!string(json, path, QLatin1String("name"), &out->name)
        || !string(json, path, QLatin1String("description"), &out->description)
        || !int32(json, path, QLatin1String("version"), &out->version)
        || !stringList(json, path, QLatin1String("inputParameters"), &out->inputParameters)
        || !object(json, path, QLatin1String("outputParameters"), &out->outputParameters,
                   &out->hasOutputParameters)
        || !string(json, path, QLatin1String("failureWorkflow"), &out->failureWorkflow)
        || !int32(json, path, QLatin1String("schemaVersion"), &out->schemaVersion)
        || !boolean(json, path, QLatin1String("restartable"), &out->restartable)
        || !string(json, path, QLatin1String("ownerEmail"), &out->ownerEmail)
        // A workflow only knows these two (Conductor's WorkflowDef.TimeoutPolicy).
        || !enumeration<TimeoutPolicy>(json, path, QLatin1String("timeoutPolicy"),
                                       {TimeoutPolicy::TimeOutWorkflow, TimeoutPolicy::AlertOnly},
                                       timeoutPolicyName, &out->timeoutPolicy)
        || !int64(json, path, QLatin1String("timeoutSeconds"), &out->timeoutSeconds)
        || !object(json, path, QLatin1String("variables"), &out->variables)
        || !object(json, path, QLatin1String("inputTemplate"), &out->inputTemplate)
        || !int64(json, path, QLatin1String("createTime"), &out->createTime)
        || !int64(json, path, QLatin1String("updateTime"), &out->updateTime)) {
        return false;
    }
    const QJsonValue tasks = field(json, QLatin1String("tasks"));
    if (!tasks.isUndefined()
        && !taskList(tasks, jsonPathMember(path, QStringLiteral("tasks")), &out->tasks)) {
        return false;
    }
    out->extra = unknownFields(json, kWorkflowDefKeys);
    return true;
}

bool isPlainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'$';
    });
}

} // namespace

QString jsonPathMember(const QString &path, const QString &key)
{
    if (!isPlainKey(key)) {
        QString quoted = key;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
    }
    return path.isEmpty() ? key : path + u'.' + key;
}

QString jsonPathIndex(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool workflowDefFromJson(const QJsonObject &json, WorkflowDef *out, DefinitionError *error)
{
    return Reader(error).workflowDef(json, QString(), out);
}

bool workflowTaskFromJson(const QJsonObject &json, const QString &path, WorkflowTask *out,
                          DefinitionError *error)
{
    return Reader(error).task(json, path, out);
}

bool taskDefFromJson(const QJsonObject &json, TaskDef *out, DefinitionError *error)
{
    return Reader(error).taskDef(json, QString(), out);
}

bool parseJsonObject(const QByteArray &bytes, QJsonObject *out, DefinitionError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError only has a byte offset; people and editors think in lines and columns.
        // Qt's offset is where its cursor stopped: past the structural character it choked on,
        // but at the start of a bad number or trailing garbage, and at the end of the input for
        // a string that never closes. Point at the offending character in each case.
        qsizetype offset = parseError.offset;
        switch (parseError.error) {
        case QJsonParseError::IllegalNumber:
        case QJsonParseError::TerminationByNumber:
        case QJsonParseError::GarbageAtEnd:
        case QJsonParseError::UnterminatedString:
        case QJsonParseError::IllegalEscapeSequence:
        case QJsonParseError::IllegalUTF8String:
            break;
        default:
            --offset;
            break;
        }
        offset = std::clamp<qsizetype>(offset, 0, bytes.size());
        qsizetype line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset; ++i) {
            if (bytes.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        // Columns count characters, so a multi-byte UTF-8 sequence is one column.
        const qsizetype column =
            QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).toUcs4().size() + 1;
        if (error) {
            *error = DefinitionError{QString(), QStringLiteral("malformed JSON at line %1, column %2: %3")
                                                    .arg(line)
                                                    .arg(column)
                                                    .arg(parseError.errorString())};
        }
        return false;
    }
    if (!document.isObject()) {
        if (error)
            *error = DefinitionError{QString(), QStringLiteral("expected a JSON object")};
        return false;
    }
    *out = document.object();
    return true;
}

} // namespace joinery
