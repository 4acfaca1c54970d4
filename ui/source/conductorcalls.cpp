#include "source/conductorcalls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace joinery::ui::ConductorCalls {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A value for Conductor's query syntax, quoted when it is more than one plain word.
QString queryValue(const QString &value)
{
    static const QString special = QStringLiteral(" ()=,<>!\"'");
    bool plain = !value.isEmpty();
    for (const QChar c : value)
        plain = plain && !special.contains(c);
    if (plain)
        return value;
    const QChar quote = value.contains(QLatin1Char('"')) ? QLatin1Char('\'') : QLatin1Char('"');
    return quote + value + quote;
}

} // namespace

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString workflowPath(const QString &workflowId, const QString &suffix)
{
    return QStringLiteral("/api/workflow/") + segment(workflowId) + suffix;
}

QUrlQuery search(const ExecutionQuery &q)
{
    QStringList conditions;
    auto list = [](const QStringList &values) {
        QStringList quoted;
        for (const QString &v : values)
            quoted << queryValue(v);
        return quoted.join(QLatin1Char(','));
    };
    if (!q.statuses.isEmpty())
        conditions << QStringLiteral("status IN (%1)").arg(list(q.statuses));
    if (!q.name.isEmpty())
        conditions << QStringLiteral("workflowType IN (%1)").arg(queryValue(q.name));
    if (!q.correlationId.isEmpty())
        conditions << QStringLiteral("correlationId = %1").arg(queryValue(q.correlationId));
    if (q.startedAfter > 0)
        conditions << QStringLiteral("startTime > %1").arg(q.startedAfter);
    if (q.startedBefore > 0)
        conditions << QStringLiteral("startTime < %1").arg(q.startedBefore);

    QUrlQuery out;
    if (!conditions.isEmpty())
        out.addQueryItem(QStringLiteral("query"), conditions.join(QLatin1String(" AND ")));
    out.addQueryItem(QStringLiteral("freeText"), q.freeText.isEmpty() ? QStringLiteral("*") : q.freeText);
    out.addQueryItem(QStringLiteral("sort"),
        q.sortField + (q.ascending ? QLatin1String(":ASC") : QLatin1String(":DESC")));
    out.addQueryItem(QStringLiteral("start"), QString::number(q.offset));
    out.addQueryItem(QStringLiteral("size"), QString::number(q.limit));
    return out;
}

ConductorCall start(const StartRequest &request)
{
    QJsonObject body {
        {QStringLiteral("name"), request.name},
        {QStringLiteral("input"), request.input},
        {QStringLiteral("priority"), request.priority},
        {QStringLiteral("createdBy"),
            request.createdBy.isEmpty() ? QStringLiteral("joinery-ui") : request.createdBy},
    };
    if (request.version > 0)
        body.insert(QStringLiteral("version"), request.version);
    if (!request.correlationId.isEmpty())
        body.insert(QStringLiteral("correlationId"), request.correlationId);
    if (!request.workflowDef.isEmpty())
        body.insert(QStringLiteral("workflowDef"), request.workflowDef);
    if (!request.taskToDomain.isEmpty())
        body.insert(QStringLiteral("taskToDomain"), request.taskToDomain);
    return {QByteArrayLiteral("POST"), QStringLiteral("/api/workflow"), {}, json(body)};
}

ConductorCall taskUpdate(const TaskResult &result)
{
    QJsonArray logs;
    for (const QString &line : result.logs)
        logs.append(QJsonObject {{QStringLiteral("log"), line}});
    QJsonObject body {
        {QStringLiteral("workflowInstanceId"), result.workflowId},
        {QStringLiteral("taskId"), result.taskId},
        {QStringLiteral("status"), taskStatusName(result.status)},
        {QStringLiteral("outputData"), result.outputData},
        {QStringLiteral("callbackAfterSeconds"), double(result.callbackAfterSeconds)},
        {QStringLiteral("workerId"),
            result.workerId.isEmpty() ? QStringLiteral("joinery-ui") : result.workerId},
        {QStringLiteral("extendLease"), result.extendLease},
    };
    if (!result.reasonForIncompletion.isEmpty())
        body.insert(QStringLiteral("reasonForIncompletion"), result.reasonForIncompletion);
    if (!logs.isEmpty())
        body.insert(QStringLiteral("logs"), logs);
    return {QByteArrayLiteral("POST"), QStringLiteral("/api/tasks"), {}, json(body)};
}

ConductorCall action(const QString &workflowId, const WorkflowAction &action)
{
    QByteArray method = QByteArrayLiteral("PUT");
    QString path;
    QUrlQuery query;
    QByteArray body;
    auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    switch (action.kind) {
    case WorkflowAction::Pause:
        path = workflowPath(workflowId, QStringLiteral("/pause"));
        break;
    case WorkflowAction::Resume:
        path = workflowPath(workflowId, QStringLiteral("/resume"));
        break;
    case WorkflowAction::Terminate:
        method = QByteArrayLiteral("DELETE");
        path = workflowPath(workflowId);
        if (!action.reason.isEmpty())
            query.addQueryItem(QStringLiteral("reason"), action.reason);
        break;
    case WorkflowAction::Restart:
        method = QByteArrayLiteral("POST");
        path = workflowPath(workflowId, QStringLiteral("/restart"));
        query.addQueryItem(QStringLiteral("useLatestDefinitions"), flag(action.useLatestDefinition));
        break;
    case WorkflowAction::Retry:
        method = QByteArrayLiteral("POST");
        path = workflowPath(workflowId, QStringLiteral("/retry"));
        query.addQueryItem(QStringLiteral("resumeSubworkflowTasks"), flag(action.resumeSubworkflowTasks));
        break;
    case WorkflowAction::Rerun: {
        method = QByteArrayLiteral("POST");
        path = workflowPath(workflowId, QStringLiteral("/rerun"));
        QJsonObject rerun {{QStringLiteral("reRunFromWorkflowId"), workflowId}};
        if (!action.taskId.isEmpty())
            rerun.insert(QStringLiteral("reRunFromTaskId"), action.taskId);
        if (!action.taskInput.isEmpty())
            rerun.insert(QStringLiteral("taskInput"), action.taskInput);
        if (action.workflowInput)
            rerun.insert(QStringLiteral("workflowInput"), *action.workflowInput);
        if (!action.correlationId.isEmpty())
            rerun.insert(QStringLiteral("correlationId"), action.correlationId);
        body = json(rerun);
        break;
    }
    case WorkflowAction::SkipTask:
        path = workflowPath(workflowId, QStringLiteral("/skiptask/") + segment(action.taskReference));
        body = json(QJsonObject {{QStringLiteral("taskInput"), action.taskInput},
            {QStringLiteral("taskOutput"), action.taskOutput}});
        break;
    case WorkflowAction::Decide:
        path = QStringLiteral("/api/workflow/decide/") + segment(workflowId);
        break;
    case WorkflowAction::Remove:
        method = QByteArrayLiteral("DELETE");
        path = workflowPath(workflowId, QStringLiteral("/remove"));
        break;
    case WorkflowAction::Requeue:
        method = QByteArrayLiteral("POST");
        path = QStringLiteral("/api/admin/sweep/requeue/") + segment(workflowId);
        break;
    }
    return {method, path, query, body};
}

} // namespace joinery::ui::ConductorCalls
