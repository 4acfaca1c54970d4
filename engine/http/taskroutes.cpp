#include "http/taskroutes.h"

#include "execution/taskqueues.h"
#include "execution/workflowexecutor.h"
#include "http/conductorrequests.h"
#include "http/polldatatracker.h"
#include "http/restcontext.h"
#include "http/restrouter.h"
#include "http/routesupport.h"
#include "http/searchqueryparser.h"
#include "http/taskpoller.h"
#include "model/executionjson.h"
#include "runtime/engine.h"
#include "store/changeset.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QJsonArray>

#include <climits>

namespace joinery::http {
namespace {

using M = RestRequest::Method;

bool pollRequest(const RestRequest &req, const RestContext &c, bool batch, TaskPoller::Request *out,
    QString *error)
{
    out->queue = req.param(QStringLiteral("taskType"));
    out->domain = req.queryValue(QStringLiteral("domain"));
    out->workerId = req.queryValue(QStringLiteral("workerid"));
    if (!batch)
        return true;
    qint64 count = 1, timeout = 100;
    if (!req.queryInt(QStringLiteral("count"), 1, 1, c.options().maxPollCount, &count, error)
        || !req.queryInt(
            QStringLiteral("timeout"), 100, 0, c.options().maxPollTimeoutMs, &timeout, error))
        return false;
    out->count = int(count);
    out->timeoutMs = int(timeout);
    return true;
}

void installPolls(RestRouter &r, RestContext *c)
{
    r.add(M::Get, QStringLiteral("/api/tasks/poll/{taskType}"),
        [c](const RestRequest &req, RestReply reply) {
            TaskPoller::Request poll;
            QString error;
            pollRequest(req, *c, false, &poll, &error);
            TaskPoller::poll(*c, poll, [reply](QList<TaskRun> tasks) {
                reply.send(tasks.isEmpty() ? RestResponse::empty(204)
                                           : RestResponse::json(taskToJson(tasks.first())));
            });
        });
    r.add(M::Get, QStringLiteral("/api/tasks/poll/batch/{taskType}"),
        [c](const RestRequest &req, RestReply reply) {
            TaskPoller::Request poll;
            QString error;
            if (!pollRequest(req, *c, true, &poll, &error))
                return reply.send(RouteSupport::badRequest(error));
            TaskPoller::poll(*c, poll, [reply](QList<TaskRun> tasks) {
                QJsonArray list;
                for (const TaskRun &t : tasks)
                    list.append(taskToJson(t));
                reply.send(RestResponse::json(list));
            });
        });
}

// The task a worker means when it names a reference: the pending attempt with exactly that
// reference, or (inside DO_WHILE) the latest pending iteration of it.
const TaskRun *pendingByReference(const WorkflowRun &run, const QString &reference)
{
    const TaskRun *iteration = nullptr;
    for (qsizetype i = run.tasks.size() - 1; i >= 0; --i) {
        const TaskRun &t = run.tasks.at(i);
        if (t.isTerminal())
            continue;
        if (t.referenceTaskName == reference)
            return &t;
        if (!iteration && t.baseReference() == reference)
            iteration = &t;
    }
    return iteration;
}

void installUpdates(RestRouter &r, RestContext *c)
{
    WorkflowExecutor *x = &c->executor();
    r.add(M::Post, QStringLiteral("/api/tasks"), [x](const RestRequest &req, RestReply reply) {
        QString error;
        QJsonObject json;
        TaskResult result;
        if (!req.jsonObject(&json, &error) || !taskResultFromJson(json, &result, &error))
            return reply.send(RouteSupport::badRequest(error));
        x->updateTaskAsync(result, LockRole::ApiRequest,
            RouteSupport::answer(
                reply, [](const ActionResult &r) { return RestResponse::text(r.id); }));
    });
    r.add(M::Post, QStringLiteral("/api/tasks/update-v2"),
        [c, x](const RestRequest &req, RestReply reply) {
            QString error;
            QJsonObject json;
            TaskResult result;
            if (!req.jsonObject(&json, &error) || !taskResultFromJson(json, &result, &error))
                return reply.send(RouteSupport::badRequest(error));
            // The type decides which queue the next task comes from; it is read before the update,
            // while the execution is certainly live.
            QString taskType;
            if (const RunPtr run = x->snapshot(result.workflowId)) {
                if (const TaskRun *t = run->taskById(result.taskId);
                    t && t->type == TaskType::Simple)
                    taskType = t->taskType;
            }
            TaskPoller::Request next {
                taskType, req.queryValue(QStringLiteral("domain")), result.workerId, 1, 0};
            auto pollData = c->pollData();
            const Clock *clock = &c->engine().clock();
            x->updateTaskAsync(result, LockRole::ApiRequest,
                [x, reply, next, pollData, clock](const ActionResult &r) {
                    if (!r.ok())
                        return reply.send(RestResponse::failure(r));
                    if (next.queue.isEmpty())
                        return reply.send(RestResponse::empty(204));
                    pollData->record(next.queue, next.domain, next.workerId, clock->now());
                    x->pollAsync(TaskQueues::queueName(next.queue, next.domain), next.workerId, 1,
                        [reply](QList<TaskRun> tasks) {
                        reply.send(tasks.isEmpty() ? RestResponse::empty(204)
                                                   : RestResponse::json(taskToJson(tasks.first())));
                    });
                });
        });
    for (const bool sync : {false, true}) {
        const QString path = QStringLiteral("/api/tasks/{workflowId}/{taskRefName}/{status}")
            + (sync ? QStringLiteral("/sync") : QString());
        r.add(M::Post, path, [c, x, sync](const RestRequest &req, RestReply reply) {
            TaskResult result;
            QString error;
            const QString status = req.param(QStringLiteral("status"));
            if (!workerStatusFromName(status, &result.status))
                return reply.send(RouteSupport::badRequest(QStringLiteral(
                    "status: a worker cannot report \"%1\" (IN_PROGRESS, COMPLETED, FAILED, "
                    "FAILED_WITH_TERMINAL_ERROR or CANCELED)")
                                                               .arg(status)));
            if (!req.jsonObject(&result.outputData, &error, true))
                return reply.send(RouteSupport::badRequest(error));
            result.workflowId = req.param(QStringLiteral("workflowId"));
            result.workerId = req.queryValue(QStringLiteral("workerid"));
            const QString reference = req.param(QStringLiteral("taskRefName"));
            const RunPtr run = x->snapshot(result.workflowId);
            const TaskRun *task = run ? pendingByReference(*run, reference) : nullptr;
            if (!task)
                return reply.send(RouteSupport::notFound(run
                        ? QStringLiteral("workflow %1 has no pending task %2")
                              .arg(result.workflowId, reference)
                        : QStringLiteral("workflow %1 is not running").arg(result.workflowId)));
            result.taskId = task->taskId;
            if (!sync)
                return x->updateTaskAsync(result, LockRole::ApiRequest,
                    RouteSupport::answer(
                        reply, [](const ActionResult &r) { return RestResponse::text(r.id); }));
            c->runBlocking(reply, [x, result] {
                const ActionResult r = x->updateTask(result, LockRole::ApiRequest);
                if (!r.ok())
                    return RestResponse::failure(r);
                const std::optional<WorkflowRun> after = x->find(result.workflowId, true);
                return after ? RestResponse::json(workflowToJson(*after, true))
                             : RouteSupport::notFound(
                                 QStringLiteral("workflow %1 not found").arg(result.workflowId));
            });
        });
    }
}

void installTaskReads(RestRouter &r, RestContext *c)
{
    r.add(M::Get, QStringLiteral("/api/tasks/{taskId}"),
        [c](const RestRequest &req, RestReply reply) {
            const QString id = req.param(QStringLiteral("taskId"));
            c->runBlocking(reply, [c, id] {
                const std::optional<TaskRun> task = c->engine().reader().loadTask(id);
                return task ? RestResponse::json(taskToJson(*task))
                            : RouteSupport::notFound(QStringLiteral("task %1 not found").arg(id));
            });
        });
    r.add(M::Get, QStringLiteral("/api/tasks/{taskId}/log"),
        [c](const RestRequest &req, RestReply reply) {
            const QString id = req.param(QStringLiteral("taskId"));
            c->runBlocking(reply, [c, id] {
                QJsonArray logs;
                for (const store::StoreReader::TaskLog &l : c->engine().reader().taskLogs(id))
                    logs.append(QJsonObject {{QStringLiteral("log"), l.log},
                        {QStringLiteral("taskId"), l.taskId},
                        {QStringLiteral("createdTime"), double(l.createdTime)}});
                return RestResponse::json(logs);
            });
        });
    r.add(M::Post, QStringLiteral("/api/tasks/{taskId}/log"),
        [c](const RestRequest &req, RestReply reply) {
            // The SDK sends a JSON string; curl users send plain text. Both are the log line.
            QString line;
            QJsonValue value;
            QString error;
            if (req.contentType.startsWith("application/json") || req.body.startsWith('"')) {
                if (!req.jsonValue(&value, &error) || !value.isString())
                    return reply.send(RouteSupport::badRequest(
                        error.isEmpty() ? QStringLiteral("the log must be a JSON string") : error));
                line = value.toString();
            } else {
                line = QString::fromUtf8(req.body);
            }
            if (line.isEmpty())
                return reply.send(
                    RouteSupport::badRequest(QStringLiteral("the log line is empty")));
            const QString id = req.param(QStringLiteral("taskId"));
            c->runBlocking(reply, [c, id, line] {
                if (!c->engine().reader().loadTask(id))
                    return RouteSupport::notFound(QStringLiteral("task %1 not found").arg(id));
                store::ChangeSet changes;
                changes.addTaskLog(id, line, c->engine().clock().now());
                return c->engine().writer().submitAndWait(std::move(changes))
                    ? RestResponse::empty()
                    : RestResponse::error(500, QStringLiteral("the log could not be stored"));
            });
        });
}


// GET /api/tasks/search (TaskSummary) and /search-v2 (whole tasks), from the store.
void installTaskSearch(RestRouter &r, RestContext *c)
{
    for (const bool full : {false, true}) {
        const QString path = full ? QStringLiteral("/api/tasks/search-v2")
                                  : QStringLiteral("/api/tasks/search");
        r.add(M::Get, path, [c, full](const RestRequest &req, RestReply reply) {
            QString error;
            store::StoreReader::TaskSearchQuery query;
            RouteSupport::Paging paging;
            if (!RouteSupport::readPaging(req, &paging, &error)
                || !SearchQueryParser::parseTaskQuery(
                    req.queryValue(QStringLiteral("query")), &query, &error)
                || !SearchQueryParser::parseTaskSort(
                    req.queryValue(QStringLiteral("sort")), &query, &error))
                return reply.send(RouteSupport::badRequest(error));
            query.freeText = paging.freeText;
            query.offset = paging.offset;
            query.limit = paging.limit;
            c->runBlocking(reply, [c, query, full] {
                const store::StoreReader::TaskSearchResult found
                    = c->engine().reader().searchTasks(query);
                QJsonArray results;
                for (const store::StoreReader::TaskHit &hit : found.results)
                    results.append(full ? taskToJson(hit.task)
                                        : taskSummaryToJson(hit.task, hit.workflowName,
                                            hit.correlationId, hit.workflowPriority));
                return RouteSupport::searchResult(found.totalHits, results);
            });
        });
    }
}

} // namespace

void TaskRoutes::install(RestRouter &router, RestContext &context)
{
    installTaskSearch(router, &context);
    installPolls(router, &context);
    installUpdates(router, &context);
    installTaskReads(router, &context);
}

} // namespace joinery::http
