#include "http/metadataroutes.h"

#include "definitions/definitionjson.h"
#include "definitions/definitionvalidator.h"
#include "execution/metadataregistry.h"
#include "http/restcontext.h"
#include "http/restrouter.h"
#include "http/routesupport.h"
#include "runtime/engine.h"

#include <QJsonArray>

namespace joinery::http {
namespace {

using M = RestRequest::Method;

QString joinProblems(const QList<DefinitionError> &problems)
{
    QStringList lines;
    for (const DefinitionError &p : problems)
        lines << p.toString();
    return lines.join(QLatin1String("; "));
}

// Parses and validates a TaskDef the way Engine::registerTaskDef will, so that a list can be
// refused as a whole before any of it is stored.
bool checkTaskDef(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("%1: expected a task definition object").arg(where);
        return false;
    }
    TaskDef def;
    DefinitionError parseError;
    if (!taskDefFromJson(value.toObject(), &def, &parseError)) {
        *error = QStringLiteral("%1: %2").arg(where, parseError.toString());
        return false;
    }
    if (const QList<DefinitionError> problems = DefinitionValidator::validate(def);
        !problems.isEmpty()) {
        *error = QStringLiteral("%1 (%2): %3").arg(where, def.name, joinProblems(problems));
        return false;
    }
    return true;
}

void installWorkflowDefs(RestRouter &r, RestContext *c)
{
    r.add(M::Post, QStringLiteral("/api/metadata/workflow"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            bool overwrite = false;
            QJsonObject def;
            if (!req.queryBool(QStringLiteral("overwrite"), false, &overwrite, &error)
                || !req.jsonObject(&def, &error))
                return reply.send(RouteSupport::badRequest(error));
            c->runBlocking(reply, [c, def, overwrite] {
                const ActionResult result = c->engine().registerWorkflowDef(def, overwrite);
                return result.ok() ? RestResponse::empty() : RestResponse::failure(result);
            });
        });
    r.add(M::Put, QStringLiteral("/api/metadata/workflow"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            QJsonArray defs;
            if (!req.jsonArray(&defs, &error))
                return reply.send(RouteSupport::badRequest(error));
            for (qsizetype i = 0; i < defs.size(); ++i) {
                if (!defs.at(i).isObject())
                    return reply.send(RouteSupport::badRequest(
                        QStringLiteral("[%1]: expected a workflow definition").arg(i)));
            }
            c->runBlocking(reply, [c, defs] {
                QJsonObject errors;
                QJsonArray succeeded;
                for (const QJsonValue &v : defs) {
                    const QString name = v.toObject().value(QLatin1String("name")).toString();
                    const ActionResult result = c->engine().registerWorkflowDef(v.toObject(), true);
                    if (result.ok())
                        succeeded.append(name);
                    else
                        errors.insert(name, result.message);
                }
                return RestResponse::json(QJsonObject {{QStringLiteral("bulkErrorResults"), errors},
                    {QStringLiteral("bulkSuccessfulResults"), succeeded}});
            });
        });
    r.add(M::Post, QStringLiteral("/api/metadata/workflow/validate"),
        [](const RestRequest &req, RestReply reply) {
            QString error;
            QJsonObject json;
            if (!req.jsonObject(&json, &error))
                return reply.send(RouteSupport::badRequest(error));
            WorkflowDef def;
            DefinitionError parseError;
            QList<DefinitionError> problems;
            if (!workflowDefFromJson(json, &def, &parseError))
                problems << parseError;
            else
                problems = DefinitionValidator::validate(def);
            if (problems.isEmpty())
                return reply.send(RestResponse::empty());
            QJsonArray details;
            for (const DefinitionError &p : problems)
                details.append(QJsonObject {
                    {QStringLiteral("path"), p.path}, {QStringLiteral("message"), p.message}});
            QJsonObject body {{QStringLiteral("status"), 400},
                {QStringLiteral("message"), joinProblems(problems)},
                {QStringLiteral("retryable"), false},
                {QStringLiteral("validationErrors"), details}};
            reply.send(RestResponse::json(body, 400));
        });
    r.add(M::Get, QStringLiteral("/api/metadata/workflow"),
        [c](const RestRequest &, RestReply reply) {
            QJsonArray all;
            for (const WorkflowDefPtr &def : c->engine().metadata().workflowDefs())
                all.append(workflowDefToJson(*def));
            reply.send(RestResponse::json(all));
        });
    r.add(M::Get, QStringLiteral("/api/metadata/workflow/latest-versions"),
        [c](const RestRequest &, RestReply reply) {
            QJsonArray latest;
            const QList<WorkflowDefPtr> all
                = c->engine().metadata().workflowDefs(); // by name, then version
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (i + 1 == all.size() || all.at(i + 1)->name != all.at(i)->name)
                    latest.append(workflowDefToJson(*all.at(i)));
            }
            reply.send(RestResponse::json(latest));
        });
    r.add(M::Get, QStringLiteral("/api/metadata/workflow/names-and-versions"),
        [c](const RestRequest &, RestReply reply) {
            QJsonObject byName;
            for (const WorkflowDefPtr &def : c->engine().metadata().workflowDefs()) {
                QJsonArray versions = byName.value(def->name).toArray();
                versions.append(QJsonObject {{QStringLiteral("name"), def->name},
                    {QStringLiteral("version"), def->version},
                    {QStringLiteral("createTime"), double(def->createTime)}});
                byName.insert(def->name, versions);
            }
            reply.send(RestResponse::json(byName));
        });
    r.add(M::Get, QStringLiteral("/api/metadata/workflow/{name}"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            qint64 version = 0;
            if (!req.queryInt(QStringLiteral("version"), 0, 1, INT_MAX, &version, &error))
                return reply.send(RouteSupport::badRequest(error));
            const QString name = req.param(QStringLiteral("name"));
            const WorkflowDefPtr def = c->engine().metadata().workflowDef(name, int(version));
            if (!def)
                return reply.send(RouteSupport::notFound(version > 0
                        ? QStringLiteral("no workflow definition %1 version %2")
                              .arg(name)
                              .arg(version)
                        : QStringLiteral("no workflow definition named %1").arg(name)));
            reply.send(RestResponse::json(workflowDefToJson(*def)));
        });
    r.add(M::Delete, QStringLiteral("/api/metadata/workflow/{name}/{version}"),
        [c](const RestRequest &req, RestReply reply) {
            bool ok = false;
            const int version = req.param(QStringLiteral("version")).toInt(&ok);
            if (!ok || version < 1)
                return reply.send(
                    RouteSupport::badRequest(QStringLiteral("version must be a positive integer")));
            const QString name = req.param(QStringLiteral("name"));
            c->runBlocking(reply, [c, name, version] {
                const ActionResult result = c->engine().removeWorkflowDef(name, version);
                return result.ok() ? RestResponse::empty() : RestResponse::failure(result);
            });
        });
}

void installTaskDefs(RestRouter &r, RestContext *c)
{
    r.add(M::Post, QStringLiteral("/api/metadata/taskdefs"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            QJsonArray defs;
            if (!req.jsonArray(&defs, &error))
                return reply.send(RouteSupport::badRequest(
                    error + QStringLiteral(" (a list of task definitions)")));
            for (qsizetype i = 0; i < defs.size(); ++i) {
                if (!checkTaskDef(defs.at(i), QStringLiteral("[%1]").arg(i), &error))
                    return reply.send(RouteSupport::badRequest(error));
            }
            c->runBlocking(reply, [c, defs] {
                for (const QJsonValue &v : defs) {
                    const ActionResult result = c->engine().registerTaskDef(v.toObject());
                    if (!result.ok())
                        return RestResponse::failure(result);
                }
                return RestResponse::empty();
            });
        });
    r.add(M::Put, QStringLiteral("/api/metadata/taskdefs"),
        [c](const RestRequest &req, RestReply reply) {
            QString error;
            QJsonObject def;
            if (!req.jsonObject(&def, &error)
                || !checkTaskDef(def, QStringLiteral("task definition"), &error))
                return reply.send(RouteSupport::badRequest(error));
            const QString name = def.value(QLatin1String("name")).toString();
            if (!c->engine().metadata().findTaskDef(name))
                return reply.send(RouteSupport::notFound(
                    QStringLiteral("no task definition named %1").arg(name)));
            c->runBlocking(reply, [c, def] {
                const ActionResult result = c->engine().registerTaskDef(def);
                return result.ok() ? RestResponse::empty() : RestResponse::failure(result);
            });
        });
    r.add(M::Get, QStringLiteral("/api/metadata/taskdefs"),
        [c](const RestRequest &, RestReply reply) {
            QList<TaskDef> defs = c->engine().metadata().taskDefs();
            std::sort(defs.begin(), defs.end(),
                [](const TaskDef &a, const TaskDef &b) { return a.name < b.name; });
            QJsonArray all;
            for (const TaskDef &def : std::as_const(defs))
                all.append(taskDefToJson(def));
            reply.send(RestResponse::json(all));
        });
    r.add(M::Get, QStringLiteral("/api/metadata/taskdefs/{name}"),
        [c](const RestRequest &req, RestReply reply) {
            const QString name = req.param(QStringLiteral("name"));
            const std::optional<TaskDef> def = c->engine().metadata().findTaskDef(name);
            reply.send(def ? RestResponse::json(taskDefToJson(*def))
                           : RouteSupport::notFound(
                               QStringLiteral("no task definition named %1").arg(name)));
        });
    r.add(M::Delete, QStringLiteral("/api/metadata/taskdefs/{name}"),
        [c](const RestRequest &req, RestReply reply) {
            const QString name = req.param(QStringLiteral("name"));
            c->runBlocking(reply, [c, name] {
                const ActionResult result = c->engine().removeTaskDef(name);
                return result.ok() ? RestResponse::empty() : RestResponse::failure(result);
            });
        });
}

} // namespace

void MetadataRoutes::install(RestRouter &router, RestContext &context)
{
    installWorkflowDefs(router, &context);
    installTaskDefs(router, &context);
}

} // namespace joinery::http
