#pragma once

// Test support for the REST tests that run workflows: the task and workflow definitions they
// register, a TaskResult body, and a fixture with the steps every scenario repeats (register,
// start, poll-and-complete, read the status) over a RestTestServer.

#include "resttestserver.h"

namespace joinery::http::test {

inline const QByteArray kTaskDefs = QByteArrayLiteral(R"([
    {"name": "t_a", "retryCount": 0, "ownerEmail": ""},
    {"name": "t_b", "retryCount": 0, "responseTimeoutSeconds": 600, "someFutureField": {"x": 1}},
    {"name": "t_c", "retryCount": 0}])");

// a -> fork(b1 | b2) -> join -> c
inline const QByteArray kForkJoin = QByteArrayLiteral(R"({
    "name": "http_fork", "version": 1, "ownerEmail": "", "unknownField": true,
    "tasks": [
        {"name": "t_a", "taskReferenceName": "a", "type": "SIMPLE", "inputParameters": {"x": "${workflow.input.x}"}},
        {"name": "fork", "taskReferenceName": "fork", "type": "FORK_JOIN",
         "forkTasks": [[{"name": "t_b", "taskReferenceName": "b1", "type": "SIMPLE"}],
                       [{"name": "t_b", "taskReferenceName": "b2", "type": "SIMPLE"}]]},
        {"name": "join", "taskReferenceName": "join", "type": "JOIN", "joinOn": ["b1", "b2"]},
        {"name": "t_c", "taskReferenceName": "c", "type": "SIMPLE"}]})");

inline QByteArray taskResult(
    const QJsonObject &task, const QString &status, const QJsonObject &output = {})
{
    return RestTestServer::json(QJsonObject {
        {QStringLiteral("workflowInstanceId"), task.value(QLatin1String("workflowInstanceId"))},
        {QStringLiteral("taskId"), task.value(QLatin1String("taskId"))},
        {QStringLiteral("status"), status}, {QStringLiteral("outputData"), output},
        {QStringLiteral("workerId"), QStringLiteral("test-worker")},
        {QStringLiteral("someUnknownField"), 42}});
}

class RestScenario
{
protected:
    std::unique_ptr<RestTestServer> s;

    void registerDefinitions()
    {
        QCOMPARE(s->post(QStringLiteral("/api/metadata/taskdefs"), kTaskDefs).status, 200);
        QCOMPARE(s->post(QStringLiteral("/api/metadata/workflow"), kForkJoin).status, 200);
    }
    QString start(const QJsonObject &input = {}, const QString &correlationId = QString())
    {
        QJsonObject body {{QStringLiteral("name"), QStringLiteral("http_fork")},
            {QStringLiteral("input"), input}};
        if (!correlationId.isEmpty())
            body.insert(QStringLiteral("correlationId"), correlationId);
        const HttpResult r = s->post(QStringLiteral("/api/workflow"), RestTestServer::json(body));
        if (r.status != 200 || !r.isText())
            qWarning("start failed: %d %s", r.status, r.body.constData());
        return r.text();
    }
    // Polls one task of `type` (long poll) and completes it; returns the task.
    QJsonObject completeOne(const QString &type, const QJsonObject &output = {})
    {
        const HttpResult polled = s->get(
            QStringLiteral("/api/tasks/poll/batch/%1?workerid=w1&count=1&timeout=5000").arg(type));
        if (polled.status != 200 || polled.array().size() != 1) {
            qWarning("no %s task: %d %s", qPrintable(type), polled.status, polled.body.constData());
            return {};
        }
        const QJsonObject task = polled.array().first().toObject();
        const HttpResult updated = s->post(
            QStringLiteral("/api/tasks"), taskResult(task, QStringLiteral("COMPLETED"), output));
        if (updated.status != 200
            || updated.text() != task.value(QLatin1String("taskId")).toString())
            qWarning("update failed: %d %s", updated.status, updated.body.constData());
        return task;
    }
    QString statusOf(const QString &workflowId)
    {
        return s->get(QStringLiteral("/api/workflow/%1/status").arg(workflowId))
            .object()
            .value(QLatin1String("status"))
            .toString();
    }
};

} // namespace joinery::http::test
