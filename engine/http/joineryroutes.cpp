#include "http/joineryroutes.h"

#include "common/version.h"
#include "execution/decidepreview.h"
#include "execution/faultinjection.h"
#include "execution/lockeventlog.h"
#include "execution/workflowexecutor.h"
#include "http/eventhub.h"
#include "http/eventstream.h"
#include "http/restcontext.h"
#include "http/restrouter.h"
#include "http/routesupport.h"
#include "runtime/demoload.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"
#include "runtime/workerhost.h"

#include <QJsonArray>

namespace joinery::http {
namespace {

using M = RestRequest::Method;

const QStringList kCapabilities {QStringLiteral("stalls"), QStringLiteral("locks"),
    QStringLiteral("metrics"), QStringLiteral("decidePreview"), QStringLiteral("faults"),
    QStringLiteral("demoLoad"), QStringLiteral("events"), QStringLiteral("taskLogs")};

QJsonObject faultsJson(Engine &engine)
{
    return engine.faults().toJson(); // carries legacyDecide too
}

QJsonObject demoLoadJson(Engine &engine)
{
    return QJsonObject {{QStringLiteral("running"), engine.demoLoad().isRunning()},
        {QStringLiteral("workflowsPerSecond"),
            engine.demoLoad().isRunning() ? engine.demoLoad().rate() : 0.0},
        {QStringLiteral("started"), double(engine.demoLoad().started())}};
}

void installReads(RestRouter &r, RestContext *c, EventHub *hub)
{
    Engine *engine = &c->engine();
    r.add(M::Get, QStringLiteral("/api/joinery/info"), [engine](const RestRequest &, RestReply reply) {
        reply.send(RestResponse::json(QJsonObject {
            {QStringLiteral("server"), QStringLiteral("joinery")},
            {QStringLiteral("version"), QString::fromLatin1(kVersion)},
            {QStringLiteral("database"), engine->databasePath()},
            {QStringLiteral("capabilities"), QJsonArray::fromStringList(kCapabilities)},
        }));
    });
    r.add(M::Get, QStringLiteral("/api/joinery/stalls"), [hub](const RestRequest &, RestReply reply) {
        QJsonArray list;
        for (const Stall &s : hub->latestStalls())
            list.append(stallToJson(s));
        reply.send(RestResponse::json(list));
    });
    r.add(M::Get, QStringLiteral("/api/joinery/locks"),
        [engine](const RestRequest &req, RestReply reply) {
            QString error;
            qint64 cursor = 0, limit = 2'000;
            if (!req.queryInt(QStringLiteral("cursor"), 0, 0, LLONG_MAX, &cursor, &error)
                || !req.queryInt(QStringLiteral("limit"), 2'000, 1, 10'000, &limit, &error))
                return reply.send(RouteSupport::badRequest(error));
            const LockEventLog::Page page = engine->locks().read(cursor, int(limit));
            QJsonArray events;
            for (const LockEvent &e : page.events)
                events.append(lockEventToJson(e));
            reply.send(RestResponse::json(QJsonObject {
                {QStringLiteral("nextCursor"), double(page.nextCursor)},
                {QStringLiteral("missed"), double(page.missed)},
                {QStringLiteral("events"), events},
            }));
        });
    r.add(M::Get, QStringLiteral("/api/joinery/metrics"), [hub](const RestRequest &, RestReply reply) {
        reply.send(RestResponse::json(engineMetricsToJson(hub->latestMetrics())));
    });
    r.add(M::Get, QStringLiteral("/api/joinery/workflow/{workflowId}/decide-preview"),
        [c](const RestRequest &req, RestReply reply) {
            const QString id = req.param(QStringLiteral("workflowId"));
            // A preview of a stored (ended) execution reads SQLite: off the server thread.
            c->runBlocking(reply, [c, id] {
                WorkflowExecutor &x = c->executor();
                const RunPtr live = x.snapshot(id);
                if (!live && !x.find(id, false))
                    return RouteSupport::notFound(QStringLiteral("no workflow %1").arg(id));
                return RestResponse::json(DecidePreview::from(x.preview(id), live.get()).toJson());
            });
        });
}

void installSettings(RestRouter &r, RestContext *c)
{
    Engine *engine = &c->engine();
    r.add(M::Get, QStringLiteral("/api/joinery/faults"), [engine](const RestRequest &, RestReply reply) {
        reply.send(RestResponse::json(faultsJson(*engine)));
    });
    r.add(M::Put, QStringLiteral("/api/joinery/faults"),
        [engine](const RestRequest &req, RestReply reply) {
            QString error;
            QJsonObject json;
            if (!req.jsonObject(&json, &error))
                return reply.send(RouteSupport::badRequest(error));
            const QJsonObject known = faultsJson(*engine);
            for (auto it = json.begin(); it != json.end(); ++it) {
                if (!known.contains(it.key()))
                    return reply.send(RouteSupport::badRequest(
                        QStringLiteral("unknown fault setting \"%1\"").arg(it.key())));
            }
            // Checked as a whole (legacyDecide included) before anything changes.
            if (!engine->faults().apply(json, &error))
                return reply.send(RouteSupport::badRequest(error));
            reply.send(RestResponse::json(faultsJson(*engine)));
        });
    r.add(M::Get, QStringLiteral("/api/joinery/demo-load"),
        [engine](const RestRequest &, RestReply reply) {
            reply.send(RestResponse::json(demoLoadJson(*engine)));
        });
    r.add(M::Put, QStringLiteral("/api/joinery/demo-load"),
        [engine](const RestRequest &req, RestReply reply) {
            QString error;
            QJsonObject json;
            if (!req.jsonObject(&json, &error))
                return reply.send(RouteSupport::badRequest(error));
            const QJsonValue running = json.value(QStringLiteral("running"));
            const QJsonValue rate = json.value(QStringLiteral("workflowsPerSecond"));
            if (!running.isBool())
                return reply.send(RouteSupport::badRequest(
                    QStringLiteral("running must be true or false")));
            if (!rate.isUndefined() && (!rate.isDouble() || rate.toDouble() <= 0 || rate.toDouble() > 1'000))
                return reply.send(RouteSupport::badRequest(
                    QStringLiteral("workflowsPerSecond must be a number above 0 and at most 1000")));
            if (!running.toBool()) {
                engine->demoLoad().stop();
            } else {
                // Workers that take 50–400 ms, as in the window's demo: forks visibly run in
                // parallel (unless the server was started with --demo-workers).
                engine->ensureDemoWorkers(DemoWorkerConfig {64, 50, 400});
                engine->demoLoad().start(rate.isDouble() ? rate.toDouble() : 1.0);
            }
            reply.send(RestResponse::json(demoLoadJson(*engine)));
        });
}

void installEvents(RestRouter &r, EventHub *hub)
{
    r.add(M::Get, QStringLiteral("/api/joinery/events"), [hub](const RestRequest &req, RestReply reply) {
        QString error;
        qint64 lockCursor = -1;
        if (!req.queryInt(QStringLiteral("lockCursor"), -1, -1, LLONG_MAX, &lockCursor, &error))
            return reply.send(RouteSupport::badRequest(error));
        const QStringList types = req.queryValues(QStringLiteral("types"));
        const int topics = types.isEmpty() ? int(EventHub::All) : EventHub::topicsFromNames(types);
        if (topics == 0)
            return reply.send(RouteSupport::badRequest(QStringLiteral(
                "types must name some of workflows, stalls, locks and metrics")));
        std::shared_ptr<EventStream> stream = reply.openStream({
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream")},
            {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")},
        });
        if (stream)
            hub->subscribe(std::move(stream), topics, lockCursor);
    });
}

} // namespace

void JoineryRoutes::install(RestRouter &router, RestContext &context, EventHub &hub)
{
    installReads(router, &context, &hub);
    installSettings(router, &context);
    installEvents(router, &hub);
}

} // namespace joinery::http
