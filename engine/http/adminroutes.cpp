#include "http/adminroutes.h"

#include "common/version.h"
#include "execution/taskqueues.h"
#include "execution/workflowexecutor.h"
#include "http/restcontext.h"
#include "http/restrouter.h"
#include "http/routesupport.h"
#include "http/tokenauthenticator.h"
#include "model/executionjson.h"
#include "runtime/engine.h"
#include "store/storewriter.h"

#include <QJsonArray>

#include <climits>

namespace joinery::http {
namespace {

using M = RestRequest::Method;

WorkflowAction actionOf(WorkflowAction::Kind kind)
{
    WorkflowAction a;
    a.kind = kind;
    return a;
}

void installAdmin(RestRouter &r, RestContext *c)
{
    WorkflowExecutor *x = &c->executor();
    r.add(M::Get, QStringLiteral("/api/admin/task/{taskType}"),
        [x](const RestRequest &req, RestReply reply) {
            QString error;
            qint64 start = 0, count = 100;
            if (!req.queryInt(QStringLiteral("start"), 0, 0, INT_MAX, &start, &error)
                || !req.queryInt(QStringLiteral("count"), 100, 0, 10'000, &count, &error))
                return reply.send(RouteSupport::badRequest(error));
            const QString type = req.param(QStringLiteral("taskType"));
            QList<TaskRun> pending;
            for (const RunPtr &run : x->liveRuns()) {
                for (const TaskRun &t : run->tasks) {
                    if (t.taskType == type && !t.isTerminal())
                        pending << t;
                }
            }
            std::sort(pending.begin(), pending.end(), [](const TaskRun &a, const TaskRun &b) {
                return a.scheduledTime != b.scheduledTime ? a.scheduledTime < b.scheduledTime
                                                          : a.taskId < b.taskId;
            });
            QJsonArray page;
            for (qsizetype i = start; i < pending.size() && page.size() < count; ++i)
                page.append(taskToJson(pending.at(i)));
            reply.send(RestResponse::json(page));
        });
    r.add(M::Post, QStringLiteral("/api/admin/sweep/requeue/{workflowId}"),
        [x](const RestRequest &req, RestReply reply) {
            const QString id = req.param(QStringLiteral("workflowId"));
            x->actAsync(id, actionOf(WorkflowAction::Decide), LockRole::ApiRequest,
                RouteSupport::answer(
                    reply, [id](const ActionResult &) { return RestResponse::text(id); }));
        });
    r.add(M::Post, QStringLiteral("/api/admin/consistency/verifyAndRepair/{workflowId}"),
        [x](const RestRequest &req, RestReply reply) {
            const QString id = req.param(QStringLiteral("workflowId"));
            // Requeue first (it also owes a decide), then an explicit decide: together they repair
            // a task missing from its queue and a successor that was never scheduled.
            x->actAsync(id, actionOf(WorkflowAction::Requeue), LockRole::ApiRequest,
                [x, id, reply](const ActionResult &requeued) {
                    if (!requeued.ok())
                        return reply.send(RestResponse::failure(requeued));
                    const bool repaired = requeued.id.toLongLong() > 0;
                    x->actAsync(id, actionOf(WorkflowAction::Decide), LockRole::ApiRequest,
                        RouteSupport::answer(reply, [repaired](const ActionResult &) {
                            return RestResponse::jsonValue(repaired);
                        }));
                });
        });
    r.add(M::Get, QStringLiteral("/api/admin/queues"), [c](const RestRequest &, RestReply reply) {
        const QHash<QString, int> sizes = c->engine().queues().sizes();
        QJsonObject out;
        for (auto it = sizes.constBegin(); it != sizes.constEnd(); ++it)
            out.insert(it.key(), it.value());
        reply.send(RestResponse::json(out));
    });
    r.add(M::Get, QStringLiteral("/api/admin/config"), [c](const RestRequest &, RestReply reply) {
        const RestServerOptions &o = c->options();
        reply.send(RestResponse::json(QJsonObject {
            {QStringLiteral("server"), QStringLiteral("Joinery")},
            {QStringLiteral("version"), QString::fromLatin1(kVersion)},
            {QStringLiteral("database"), c->engine().databasePath()},
            {QStringLiteral("authentication"),
                o.token.isEmpty() ? QStringLiteral("none") : QStringLiteral("token")},
            {QStringLiteral("maxRequestBytes"), double(o.maxRequestBytes)},
            {QStringLiteral("maxPollTimeoutMs"), o.maxPollTimeoutMs},
            {QStringLiteral("maxBulkIds"), o.maxBulkIds},
        }));
    });
}

void installService(RestRouter &r, RestContext *c)
{
    for (const QString &path : {QStringLiteral("/health"), QStringLiteral("/api/health")}) {
        r.add(M::Get, path, [c](const RestRequest &, RestReply reply) {
            const bool healthy = !c->engine().writer().hasFailed();
            QJsonArray results;
            results.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("store")},
                {QStringLiteral("healthy"), healthy},
                {QStringLiteral("details"),
                    healthy ? QString() : c->engine().writer().failureMessage()}});
            reply.send(
                RestResponse::json(QJsonObject {{QStringLiteral("healthy"), healthy},
                                       {QStringLiteral("healthResults"), results},
                                       {QStringLiteral("suppressedHealthResults"), QJsonArray()}},
                    healthy ? 200 : 503));
        });
    }
    r.add(M::Get, QStringLiteral("/api/version"), [](const RestRequest &, RestReply reply) {
        reply.send(RestResponse::text(QString::fromLatin1(kVersion)));
    });
    r.add(M::Post, QStringLiteral("/api/token"), [c](const RestRequest &req, RestReply reply) {
        if (!c->auth().enabled())
            return reply.send(
                RestResponse::error(404, QStringLiteral("this server does not use tokens")));
        QString error;
        QJsonObject json;
        if (!req.jsonObject(&json, &error))
            return reply.send(RouteSupport::badRequest(error));
        const QJsonValue keyId = json.value(QLatin1String("keyId"));
        const QJsonValue keySecret = json.value(QLatin1String("keySecret"));
        if (!keyId.isString() || !keySecret.isString())
            return reply.send(
                RouteSupport::badRequest(QStringLiteral("keyId and keySecret must be strings")));
        const std::optional<QString> token
            = c->auth().issue(keyId.toString(), keySecret.toString());
        if (!token)
            return reply.send(
                RestResponse::error(403, QStringLiteral("unknown key or wrong secret")));
        reply.send(RestResponse::json(QJsonObject {{QStringLiteral("token"), *token}}));
    });
}

} // namespace

void AdminRoutes::install(RestRouter &router, RestContext &context)
{
    installAdmin(router, &context);
    installService(router, &context);
}

} // namespace joinery::http
