#include "http/workflowroutes.h"

#include "execution/workflowexecutor.h"
#include "http/conductorrequests.h"
#include "http/restcontext.h"
#include "http/restrouter.h"
#include "http/routesupport.h"
#include "http/searchqueryparser.h"
#include "model/executionjson.h"
#include "runtime/engine.h"
#include "store/storereader.h"

#include <QJsonArray>

#include <climits>

namespace joinery::http {
namespace {

using M = RestRequest::Method;

RestResponse idAnswer(const ActionResult &result)
{
    return RestResponse::text(result.id);
}

void installStart(RestRouter &r, RestContext *c)
{
    r.add(M::Post, QStringLiteral("/api/workflow"), [c](const RestRequest &req, RestReply reply) {
        QString error;
        QJsonObject json;
        StartRequest start;
        if (!req.jsonObject(&json, &error) || !startRequestFromJson(json, &start, &error))
            return reply.send(RouteSupport::badRequest(error));
        c->executor().startAsync(
            start, LockRole::ApiRequest, RouteSupport::answer(reply, idAnswer));
    });
    r.add(M::Post, QStringLiteral("/api/workflow/{name}"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            StartRequest start;
            qint64 version = 0, priority = 0;
            if (!req.queryInt(QStringLiteral("version"), 0, 0, INT_MAX, &version, &error)
                || !req.queryInt(QStringLiteral("priority"), 0, 0, 99, &priority, &error)
                || !req.jsonObject(&start.input, &error, true))
                return reply.send(RouteSupport::badRequest(error));
            start.name = req.param(QStringLiteral("name"));
            start.version = int(version);
            start.priority = int(priority);
            start.correlationId = req.queryValue(QStringLiteral("correlationId"));
            c->executor().startAsync(
                start, LockRole::ApiRequest, RouteSupport::answer(reply, idAnswer));
        });
}

void installReads(RestRouter &r, RestContext *c)
{
    r.add(M::Get, QStringLiteral("/api/workflow/{workflowId}"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            bool includeTasks = true;
            if (!req.queryBool(QStringLiteral("includeTasks"), true, &includeTasks, &error))
                return reply.send(RouteSupport::badRequest(error));
            const QString id = req.param(QStringLiteral("workflowId"));
            c->runBlocking(reply, [c, id, includeTasks] {
                const std::optional<WorkflowRun> run = c->executor().find(id, includeTasks);
                return run
                    ? RestResponse::json(workflowToJson(*run, includeTasks))
                    : RouteSupport::notFound(QStringLiteral("workflow %1 not found").arg(id));
            });
        });
    r.add(M::Get, QStringLiteral("/api/workflow/{workflowId}/status"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            bool output = false, variables = false;
            if (!req.queryBool(QStringLiteral("includeOutput"), false, &output, &error)
                || !req.queryBool(QStringLiteral("includeVariables"), false, &variables, &error))
                return reply.send(RouteSupport::badRequest(error));
            const QString id = req.param(QStringLiteral("workflowId"));
            c->runBlocking(reply, [c, id, output, variables] {
                const std::optional<WorkflowRun> run = c->executor().find(id, false);
                if (!run)
                    return RouteSupport::notFound(QStringLiteral("workflow %1 not found").arg(id));
                QJsonObject o {{QStringLiteral("workflowId"), run->workflowId},
                    {QStringLiteral("status"), workflowStatusName(run->status)}};
                if (!run->correlationId.isEmpty())
                    o.insert(QStringLiteral("correlationId"), run->correlationId);
                if (output)
                    o.insert(QStringLiteral("output"), run->output);
                if (variables)
                    o.insert(QStringLiteral("variables"), run->variables);
                return RestResponse::json(o);
            });
        });
    r.add(M::Get, QStringLiteral("/api/workflow/{workflowId}/tasks"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            qint64 start = 0, count = 15;
            if (!req.queryInt(QStringLiteral("start"), 0, 0, INT_MAX, &start, &error)
                || !req.queryInt(QStringLiteral("count"), 15, 0, 10'000, &count, &error))
                return reply.send(RouteSupport::badRequest(error));
            QList<TaskStatus> statuses;
            for (const QString &name : req.queryValues(QStringLiteral("status"))) {
                TaskStatus s;
                if (!taskStatusFromName(name, &s))
                    return reply.send(RouteSupport::badRequest(
                        QStringLiteral("status: unknown task status \"%1\"").arg(name)));
                statuses << s;
            }
            const QString id = req.param(QStringLiteral("workflowId"));
            c->runBlocking(reply, [c, id, start, count, statuses] {
                const std::optional<WorkflowRun> run = c->executor().find(id, true);
                if (!run)
                    return RouteSupport::notFound(QStringLiteral("workflow %1 not found").arg(id));
                QJsonArray page;
                qint64 total = 0;
                for (const TaskRun &t : run->tasks) {
                    if (!statuses.isEmpty() && !statuses.contains(t.status))
                        continue;
                    if (total >= start && page.size() < count)
                        page.append(taskToJson(t));
                    ++total;
                }
                return RestResponse::json(QJsonObject {{QStringLiteral("totalHits"), double(total)},
                    {QStringLiteral("results"), page}});
            });
        });
}

void installSearch(RestRouter &r, RestContext *c)
{
    for (const bool full : {false, true}) {
        const QString path = full ? QStringLiteral("/api/workflow/search-v2")
                                  : QStringLiteral("/api/workflow/search");
        r.add(M::Get, path, [c, full](const RestRequest &req, RestReply reply) {
            QString error;
            store::StoreReader::SearchQuery query;
            RouteSupport::Paging paging;
            if (!RouteSupport::readPaging(req, &paging, &error)
                || !SearchQueryParser::parseQuery(
                    req.queryValue(QStringLiteral("query")), &query, &error)
                || !SearchQueryParser::parseSort(
                    req.queryValue(QStringLiteral("sort")), &query, &error))
                return reply.send(RouteSupport::badRequest(error));
            query.freeText = paging.freeText;
            query.offset = paging.offset;
            query.limit = paging.limit;
            c->runBlocking(reply, [c, query, full] {
                const store::StoreReader::SearchResult found = c->engine().reader().search(query);
                QJsonArray results;
                for (const WorkflowRun &run : found.results)
                    results.append(full ? workflowToJson(run, false) : workflowSummaryToJson(run));
                return RouteSupport::searchResult(found.totalHits, results);
            });
        });
    }
}

// Executions of one workflow name with one correlation id, newest first.
QJsonArray correlated(RestContext *c, const QString &name, const QString &correlationId,
    bool includeClosed, bool includeTasks)
{
    store::StoreReader::SearchQuery query;
    query.names = {name};
    query.correlationId = correlationId;
    if (!includeClosed)
        query.statuses = {QStringLiteral("RUNNING"), QStringLiteral("PAUSED")};
    query.limit = 1000;
    QJsonArray list;
    for (const WorkflowRun &summary : c->engine().reader().search(query).results) {
        if (!includeTasks) {
            list.append(workflowToJson(summary, false));
        } else if (const std::optional<WorkflowRun> run
            = c->executor().find(summary.workflowId, true)) {
            list.append(workflowToJson(*run, true));
        }
    }
    return list;
}

void installQueries(RestRouter &r, RestContext *c)
{
    r.add(M::Get, QStringLiteral("/api/workflow/running/{name}"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            qint64 version = 0, startTime = 0, endTime = 0;
            if (!req.queryInt(QStringLiteral("version"), 0, 0, INT_MAX, &version, &error)
                || !req.queryInt(QStringLiteral("startTime"), 0, 0, LLONG_MAX, &startTime, &error)
                || !req.queryInt(QStringLiteral("endTime"), 0, 0, LLONG_MAX, &endTime, &error))
                return reply.send(RouteSupport::badRequest(error));
            // Conductor filters by version (default 1) unless a time window is given.
            const bool byTime = startTime > 0 || endTime > 0;
            if (!byTime && version == 0)
                version = 1;
            const QString name = req.param(QStringLiteral("name"));
            QList<RunPtr> runs = c->executor().liveRuns(); // every RUNNING execution is live
            std::sort(runs.begin(), runs.end(),
                [](const RunPtr &a, const RunPtr &b) { return a->createTime < b->createTime; });
            QJsonArray ids;
            for (const RunPtr &run : std::as_const(runs)) {
                if (run->workflowName != name || run->status != WorkflowStatus::Running)
                    continue;
                if (byTime ? (
                        run->createTime < startTime || (endTime > 0 && run->createTime > endTime))
                           : run->workflowVersion != version)
                    continue;
                ids.append(run->workflowId);
            }
            reply.send(RestResponse::json(ids));
        });
    r.add(M::Get, QStringLiteral("/api/workflow/{name}/correlated/{correlationId}"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            bool includeClosed = false, includeTasks = false;
            if (!req.queryBool(QStringLiteral("includeClosed"), false, &includeClosed, &error)
                || !req.queryBool(QStringLiteral("includeTasks"), false, &includeTasks, &error))
                return reply.send(RouteSupport::badRequest(error));
            const QString name = req.param(QStringLiteral("name"));
            const QString correlationId = req.param(QStringLiteral("correlationId"));
            c->runBlocking(reply, [c, name, correlationId, includeClosed, includeTasks] {
                return RestResponse::json(
                    correlated(c, name, correlationId, includeClosed, includeTasks));
            });
        });
    r.add(M::Post, QStringLiteral("/api/workflow/{name}/correlated"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            bool includeClosed = false, includeTasks = false;
            QJsonArray body;
            QStringList ids;
            if (!req.queryBool(QStringLiteral("includeClosed"), false, &includeClosed, &error)
                || !req.queryBool(QStringLiteral("includeTasks"), false, &includeTasks, &error)
                || !req.jsonArray(&body, &error)
                || !stringListFromJson(body, c->options().maxBulkIds, &ids, &error))
                return reply.send(RouteSupport::badRequest(error));
            const QString name = req.param(QStringLiteral("name"));
            c->runBlocking(reply, [c, name, ids, includeClosed, includeTasks] {
                QJsonObject byId;
                for (const QString &id : ids)
                    byId.insert(id, correlated(c, name, id, includeClosed, includeTasks));
                return RestResponse::json(byId);
            });
        });
}

} // namespace

void WorkflowRoutes::install(RestRouter &router, RestContext &context)
{
    installStart(router, &context);
    installReads(router, &context);
    installSearch(router, &context);
    installQueries(router, &context);
}

} // namespace joinery::http
