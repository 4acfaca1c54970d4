#include "http/conductorrequests.h"

#include <climits>
#include <cmath>

namespace joinery::http {
namespace {

bool present(const QJsonObject &json, const QString &key)
{
    const auto it = json.constFind(key);
    return it != json.constEnd() && !it->isNull() && !it->isUndefined();
}

bool readString(const QJsonObject &json, const QString &key, QString *out, QString *error)
{
    if (!present(json, key))
        return true;
    const QJsonValue v = json.value(key);
    if (!v.isString()) {
        *error = QStringLiteral("%1: expected a string").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readObject(const QJsonObject &json, const QString &key, QJsonObject *out, QString *error)
{
    if (!present(json, key))
        return true;
    const QJsonValue v = json.value(key);
    if (!v.isObject()) {
        *error = QStringLiteral("%1: expected an object").arg(key);
        return false;
    }
    *out = v.toObject();
    return true;
}

bool readInteger(const QJsonObject &json, const QString &key, qint64 min, qint64 max, qint64 *out,
    QString *error)
{
    if (!present(json, key))
        return true;
    const QJsonValue v = json.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
        *error = QStringLiteral("%1: expected an integer from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = qint64(d);
    return true;
}

bool readBool(const QJsonObject &json, const QString &key, bool *out, QString *error)
{
    if (!present(json, key))
        return true;
    const QJsonValue v = json.value(key);
    if (!v.isBool()) {
        *error = QStringLiteral("%1: expected true or false").arg(key);
        return false;
    }
    *out = v.toBool();
    return true;
}

} // namespace

bool workerStatusFromName(const QString &name, TaskStatus *out)
{
    TaskStatus s;
    if (!taskStatusFromName(name, &s))
        return false;
    switch (s) {
    case TaskStatus::InProgress:
    case TaskStatus::Completed:
    case TaskStatus::Failed:
    case TaskStatus::FailedWithTerminalError:
    case TaskStatus::Canceled:
        *out = s;
        return true;
    default:
        return false;
    }
}

bool startRequestFromJson(const QJsonObject &json, StartRequest *out, QString *error)
{
    qint64 version = 0, priority = 0;
    if (!readString(json, QStringLiteral("name"), &out->name, error)
        || !readInteger(json, QStringLiteral("version"), 0, INT_MAX, &version, error)
        || !readString(json, QStringLiteral("correlationId"), &out->correlationId, error)
        || !readObject(json, QStringLiteral("input"), &out->input, error)
        || !readObject(json, QStringLiteral("taskToDomain"), &out->taskToDomain, error)
        || !readObject(json, QStringLiteral("workflowDef"), &out->workflowDef, error)
        || !readInteger(json, QStringLiteral("priority"), 0, 99, &priority, error)
        || !readString(json, QStringLiteral("createdBy"), &out->createdBy, error))
        return false;
    for (auto it = out->taskToDomain.constBegin(); it != out->taskToDomain.constEnd(); ++it) {
        if (!it->isString()) {
            *error = QStringLiteral("taskToDomain.%1: expected a string").arg(it.key());
            return false;
        }
    }
    if (!out->workflowDef.isEmpty() && out->name.isEmpty())
        out->name = out->workflowDef.value(QLatin1String("name")).toString();
    if (out->name.isEmpty() && out->workflowDef.isEmpty()) {
        *error = QStringLiteral("name: a workflow name (or a workflowDef) is required");
        return false;
    }
    out->version = int(version);
    out->priority = int(priority);
    return true;
}

bool taskResultFromJson(const QJsonObject &json, TaskResult *out, QString *error)
{
    QString status;
    qint64 callback = 0;
    if (!readString(json, QStringLiteral("workflowInstanceId"), &out->workflowId, error)
        || !readString(json, QStringLiteral("taskId"), &out->taskId, error)
        || !readString(json, QStringLiteral("status"), &status, error)
        || !readObject(json, QStringLiteral("outputData"), &out->outputData, error)
        || !readString(
            json, QStringLiteral("reasonForIncompletion"), &out->reasonForIncompletion, error)
        || !readInteger(
            json, QStringLiteral("callbackAfterSeconds"), 0, qint64(1) << 40, &callback, error)
        || !readString(json, QStringLiteral("workerId"), &out->workerId, error)
        || !readBool(json, QStringLiteral("extendLease"), &out->extendLease, error))
        return false;
    if (out->workflowId.isEmpty() || out->taskId.isEmpty()) {
        *error = QStringLiteral("workflowInstanceId and taskId are required");
        return false;
    }
    if (status.isEmpty()) {
        *error = QStringLiteral("status is required (IN_PROGRESS, COMPLETED, FAILED, "
                                "FAILED_WITH_TERMINAL_ERROR or CANCELED)");
        return false;
    }
    if (!workerStatusFromName(status, &out->status)) {
        *error = QStringLiteral(
            "status: a worker cannot report \"%1\" (IN_PROGRESS, COMPLETED, FAILED, "
            "FAILED_WITH_TERMINAL_ERROR or CANCELED)")
                     .arg(status);
        return false;
    }
    out->callbackAfterSeconds = callback;
    if (present(json, QStringLiteral("logs"))) {
        const QJsonValue logs = json.value(QLatin1String("logs"));
        if (!logs.isArray()) {
            *error = QStringLiteral("logs: expected an array");
            return false;
        }
        const QJsonArray entries = logs.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonValue entry = entries.at(i);
            if (entry.isString()) {
                out->logs << entry.toString();
            } else if (entry.isObject()
                && entry.toObject().value(QLatin1String("log")).isString()) {
                out->logs << entry.toObject().value(QLatin1String("log")).toString();
            } else {
                *error = QStringLiteral("logs[%1]: expected {\"log\": \"...\"}").arg(i);
                return false;
            }
        }
    }
    return true;
}

bool rerunActionFromJson(const QJsonObject &json, WorkflowAction *out, QString *error)
{
    out->kind = WorkflowAction::Rerun;
    QJsonObject input;
    if (!readString(json, QStringLiteral("reRunFromTaskId"), &out->taskId, error)
        || !readObject(json, QStringLiteral("taskInput"), &out->taskInput, error)
        || !readObject(json, QStringLiteral("workflowInput"), &input, error)
        || !readString(json, QStringLiteral("correlationId"), &out->correlationId, error))
        return false;
    if (present(json, QStringLiteral("workflowInput")))
        out->workflowInput = input;
    return true;
}

bool skipTaskActionFromJson(const QJsonObject &json, WorkflowAction *out, QString *error)
{
    out->kind = WorkflowAction::SkipTask;
    return readObject(json, QStringLiteral("taskInput"), &out->taskInput, error)
        && readObject(json, QStringLiteral("taskOutput"), &out->taskOutput, error);
}

bool stringListFromJson(const QJsonArray &json, int limit, QStringList *out, QString *error)
{
    if (json.size() > limit) {
        *error
            = QStringLiteral("cannot process more than %1 items in one request (got %2); split it")
                  .arg(limit)
                  .arg(json.size());
        return false;
    }
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (!json.at(i).isString() || json.at(i).toString().isEmpty()) {
            *error = QStringLiteral("[%1]: expected a non-empty string").arg(i);
            return false;
        }
        *out << json.at(i).toString();
    }
    return true;
}

} // namespace joinery::http
