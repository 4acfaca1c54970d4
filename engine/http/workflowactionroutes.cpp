#include "http/workflowactionroutes.h"

#include "execution/workflowexecutor.h"
#include "http/conductorrequests.h"
#include "http/restcontext.h"
#include "http/restrouter.h"
#include "http/routesupport.h"

#include <QJsonArray>

#include <mutex>

namespace joinery::http {
namespace {

using M = RestRequest::Method;

// Reads the query parameters an action takes; false (and a 400 sent) when one is malformed.
using ActionBuilder
    = std::function<bool(const RestRequest &request, WorkflowAction *action, QString *error)>;

RestResponse emptyAnswer(const ActionResult &)
{
    return RestResponse::empty();
}

RestResponse noContentAnswer(const ActionResult &)
{
    return RestResponse::empty(204);
}

RestResponse idAnswer(const ActionResult &result)
{
    return RestResponse::text(result.id);
}

WorkflowAction simple(WorkflowAction::Kind kind)
{
    WorkflowAction a;
    a.kind = kind;
    return a;
}

// terminate-remove: the terminate must be durable before the remove; an already ended
// workflow (409 from terminate) is still removed, as Conductor does.
void terminateThenRemove(WorkflowExecutor *executor, const QString &id, const QString &reason,
    const WorkflowExecutor::Reply &done)
{
    WorkflowAction terminate = simple(WorkflowAction::Terminate);
    terminate.reason = reason;
    executor->actAsync(
        id, terminate, LockRole::ApiRequest, [executor, id, done](const ActionResult &result) {
            if (!result.ok() && result.error != ErrorKind::Conflict)
                return done(result);
            executor->actAsync(id, simple(WorkflowAction::Remove), LockRole::ApiRequest, done);
        });
}

void installSingle(RestRouter &r, RestContext *c)
{
    WorkflowExecutor *x = &c->executor();
    auto act
        = [x](WorkflowAction::Kind kind, RouteSupport::Success answer, ActionBuilder build = {}) {
              return [x, kind, answer, build](const RestRequest &req, RestReply reply) {
                  WorkflowAction action = simple(kind);
                  QString error;
                  if (build && !build(req, &action, &error))
                      return reply.send(RouteSupport::badRequest(error));
                  x->actAsync(req.param(QStringLiteral("workflowId")), action, LockRole::ApiRequest,
                      RouteSupport::answer(reply, answer));
              };
          };
    r.add(M::Put, QStringLiteral("/api/workflow/decide/{workflowId}"),
        act(WorkflowAction::Decide, emptyAnswer));
    r.add(M::Put, QStringLiteral("/api/workflow/{workflowId}/pause"),
        act(WorkflowAction::Pause, emptyAnswer));
    r.add(M::Put, QStringLiteral("/api/workflow/{workflowId}/resume"),
        act(WorkflowAction::Resume, emptyAnswer));
    r.add(M::Post, QStringLiteral("/api/workflow/{workflowId}/restart"),
        act(WorkflowAction::Restart, noContentAnswer,
            [](const RestRequest &req, WorkflowAction *a, QString *error) {
                return req.queryBool(
                    QStringLiteral("useLatestDefinitions"), false, &a->useLatestDefinition, error);
            }));
    r.add(M::Post, QStringLiteral("/api/workflow/{workflowId}/retry"),
        act(WorkflowAction::Retry, noContentAnswer,
            [](const RestRequest &req, WorkflowAction *a, QString *error) {
                return req.queryBool(QStringLiteral("resumeSubworkflowTasks"), false,
                    &a->resumeSubworkflowTasks, error);
            }));
    r.add(M::Delete, QStringLiteral("/api/workflow/{workflowId}"),
        act(WorkflowAction::Terminate, emptyAnswer,
            [](const RestRequest &req, WorkflowAction *a, QString *) {
                a->reason = req.queryValue(QStringLiteral("reason"));
                return true;
            }));
    r.add(M::Delete, QStringLiteral("/api/workflow/{workflowId}/remove"),
        act(WorkflowAction::Remove, emptyAnswer,
            [](const RestRequest &req, WorkflowAction *, QString *error) {
                bool archive = true; // accepted for compatibility; removal deletes the rows
                return req.queryBool(QStringLiteral("archiveWorkflow"), true, &archive, error);
            }));
    r.add(M::Post, QStringLiteral("/api/workflow/{workflowId}/rerun"),
        act(WorkflowAction::Rerun, idAnswer,
            [](const RestRequest &req, WorkflowAction *a, QString *error) {
                QJsonObject json;
                return req.jsonObject(&json, error, true) && rerunActionFromJson(json, a, error);
            }));
    // The SDK sends SkipTaskRequest {taskInput, taskOutput} as a JSON body (stock Conductor binds
    // it from query parameters and so ignores it); here the body is read, and may be empty.
    r.add(M::Put, QStringLiteral("/api/workflow/{workflowId}/skiptask/{taskReferenceName}"),
        act(WorkflowAction::SkipTask, emptyAnswer,
            [](const RestRequest &req, WorkflowAction *a, QString *error) {
                QJsonObject json;
                if (!req.jsonObject(&json, error, true) || !skipTaskActionFromJson(json, a, error))
                    return false;
                a->taskReference = req.param(QStringLiteral("taskReferenceName"));
                return true;
            }));
    r.add(M::Delete, QStringLiteral("/api/workflow/{workflowId}/terminate-remove"),
        [x](const RestRequest &req, RestReply reply) {
            terminateThenRemove(x, req.param(QStringLiteral("workflowId")),
                req.queryValue(QStringLiteral("reason")), RouteSupport::answer(reply, emptyAnswer));
        });
}

// Runs one action per id concurrently and answers a BulkResponse when the last one is durable.
void runBulk(WorkflowExecutor *x, const QStringList &ids, const WorkflowAction &action,
    bool thenRemove, const RestReply &reply)
{
    struct Gather
    {
        std::mutex mutex;
        QJsonObject errors;
        QJsonArray succeeded;
        qsizetype pending = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->pending = ids.size();
    if (ids.isEmpty())
        return reply.send(
            RestResponse::json(QJsonObject {{QStringLiteral("bulkErrorResults"), QJsonObject()},
                {QStringLiteral("bulkSuccessfulResults"), QJsonArray()}}));
    for (const QString &id : ids) {
        WorkflowExecutor::Reply done = [gather, id, reply](const ActionResult &result) {
            QJsonObject body;
            {
                std::lock_guard lock(gather->mutex);
                if (result.ok())
                    gather->succeeded.append(id);
                else
                    gather->errors.insert(id, result.message);
                if (--gather->pending > 0)
                    return;
                body = QJsonObject {{QStringLiteral("bulkErrorResults"), gather->errors},
                    {QStringLiteral("bulkSuccessfulResults"), gather->succeeded}};
            }
            reply.send(RestResponse::json(body));
        };
        if (thenRemove)
            terminateThenRemove(x, id, action.reason, done);
        else
            x->actAsync(id, action, LockRole::ApiRequest, done);
    }
}

void installBulk(RestRouter &r, RestContext *c)
{
    WorkflowExecutor *x = &c->executor();
    const int limit = c->options().maxBulkIds;
    auto bulk = [x, limit](WorkflowAction::Kind kind, bool thenRemove = false) {
        return [x, limit, kind, thenRemove](const RestRequest &req, RestReply reply) {
            QString error;
            QJsonArray body;
            QStringList ids;
            WorkflowAction action = simple(kind);
            action.reason = req.queryValue(QStringLiteral("reason"));
            if (!req.jsonArray(&body, &error) || !stringListFromJson(body, limit, &ids, &error)
                || !req.queryBool(QStringLiteral("useLatestDefinitions"), false,
                    &action.useLatestDefinition, &error))
                return reply.send(RouteSupport::badRequest(error));
            ids.removeDuplicates();
            runBulk(x, ids, action, thenRemove, reply);
        };
    };
    r.add(M::Put, QStringLiteral("/api/workflow/bulk/pause"), bulk(WorkflowAction::Pause));
    r.add(M::Put, QStringLiteral("/api/workflow/bulk/resume"), bulk(WorkflowAction::Resume));
    r.add(M::Post, QStringLiteral("/api/workflow/bulk/restart"), bulk(WorkflowAction::Restart));
    r.add(M::Post, QStringLiteral("/api/workflow/bulk/retry"), bulk(WorkflowAction::Retry));
    r.add(M::Post, QStringLiteral("/api/workflow/bulk/terminate"), bulk(WorkflowAction::Terminate));
    r.add(M::Delete, QStringLiteral("/api/workflow/bulk/remove"), bulk(WorkflowAction::Remove));
    r.add(M::Delete, QStringLiteral("/api/workflow/bulk/terminate-remove"),
        bulk(WorkflowAction::Terminate, true));
}

} // namespace

void WorkflowActionRoutes::install(RestRouter &router, RestContext &context)
{
    installSingle(router, &context);
    installBulk(router, &context);
}

} // namespace joinery::http
