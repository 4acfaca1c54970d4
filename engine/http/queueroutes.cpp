#include "http/queueroutes.h"

#include "execution/taskqueues.h"
#include "execution/workflowexecutor.h"
#include "http/polldatatracker.h"
#include "http/restcontext.h"
#include "http/restrouter.h"
#include "http/routesupport.h"
#include "runtime/engine.h"

#include <QJsonArray>

#include <mutex>

namespace joinery::http {
namespace {

using M = RestRequest::Method;

QJsonArray pollDataJson(const QList<store::StoreReader::PollData> &list)
{
    QJsonArray out;
    for (const store::StoreReader::PollData &p : list) {
        QJsonObject o {{QStringLiteral("queueName"), p.queue},
            {QStringLiteral("workerId"), p.workerId},
            {QStringLiteral("lastPollTime"), double(p.lastPollTime)}};
        if (!p.domain.isEmpty())
            o.insert(QStringLiteral("domain"), p.domain);
        out.append(o);
    }
    return out;
}

} // namespace

void QueueRoutes::install(RestRouter &r, RestContext &context)
{
    RestContext *c = &context;
    r.add(M::Get, QStringLiteral("/api/tasks/queue/sizes"),
        [c](const RestRequest &req, RestReply reply) {
            const QHash<QString, int> sizes = c->engine().queues().sizes();
            QStringList types = req.queryValues(QStringLiteral("taskType"));
            if (types.isEmpty())
                types = sizes.keys();
            QJsonObject out;
            for (const QString &t : std::as_const(types))
                out.insert(t, sizes.value(t));
            reply.send(RestResponse::json(out));
        });
    r.add(M::Get, QStringLiteral("/api/tasks/queue/size"),
        [c](const RestRequest &req, RestReply reply) {
            const QString type = req.queryValue(QStringLiteral("taskType"));
            if (type.isEmpty())
                return reply.send(RouteSupport::badRequest(QStringLiteral("taskType is required")));
            reply.send(RestResponse::jsonValue(c->engine().queues().size(type)));
        });
    r.add(
        M::Get, QStringLiteral("/api/tasks/queue/all"), [c](const RestRequest &, RestReply reply) {
            const QHash<QString, int> sizes = c->engine().queues().sizes();
            QJsonObject out;
            for (auto it = sizes.constBegin(); it != sizes.constEnd(); ++it)
                out.insert(it.key(), it.value());
            reply.send(RestResponse::json(out));
        });
    r.add(M::Get, QStringLiteral("/api/tasks/queue/polldata"),
        [c](const RestRequest &req, RestReply reply) {
            const QString type = req.queryValue(QStringLiteral("taskType"));
            if (type.isEmpty())
                return reply.send(RouteSupport::badRequest(QStringLiteral("taskType is required")));
            reply.send(RestResponse::json(pollDataJson(c->pollData()->forQueue(type))));
        });
    r.add(M::Get, QStringLiteral("/api/tasks/queue/polldata/all"),
        [c](const RestRequest &, RestReply reply) {
            reply.send(RestResponse::json(pollDataJson(c->pollData()->all())));
        });
    r.add(M::Post, QStringLiteral("/api/tasks/queue/requeue/{taskType}"),
        [c](const RestRequest &req, RestReply reply) {
            const QString type = req.param(QStringLiteral("taskType"));
            WorkflowExecutor *x = &c->executor();
            const TaskQueues &queues = c->engine().queues();
            QStringList workflows;
            for (const RunPtr &run : x->liveRuns()) {
                for (const TaskRun &t : run->tasks) {
                    if (t.taskType == type && t.type == TaskType::Simple
                        && t.status == TaskStatus::Scheduled && !queues.contains(t.taskId)) {
                        workflows << run->workflowId;
                        break;
                    }
                }
            }
            if (workflows.isEmpty())
                return reply.send(RestResponse::text(QStringLiteral("0")));
            struct Gather
            {
                std::mutex mutex;
                qsizetype pending = 0;
                qint64 requeued = 0;
            };
            auto gather = std::make_shared<Gather>();
            gather->pending = workflows.size();
            WorkflowAction requeue;
            requeue.kind = WorkflowAction::Requeue;
            for (const QString &id : std::as_const(workflows)) {
                x->actAsync(
                    id, requeue, LockRole::ApiRequest, [gather, reply](const ActionResult &result) {
                        std::lock_guard lock(gather->mutex);
                        if (result.ok())
                            gather->requeued += result.id.toLongLong();
                        if (--gather->pending == 0)
                            reply.send(RestResponse::text(QString::number(gather->requeued)));
                    });
            }
        });
}

} // namespace joinery::http
