// Workflow starts, actions, search and bulk actions over REST: each with its status code and
// body, illegal transitions answered 409 without a change, and searches in Conductor's syntax.

#include "restscenario.h"

using namespace joinery;
using namespace joinery::http;
using namespace joinery::http::test;

class TestRestWorkflows : public QObject, public RestScenario
{
    Q_OBJECT

private slots:
    void init() { s = std::make_unique<RestTestServer>(); }
    void cleanup() { s.reset(); }

    void startVariantsAndRefusals()
    {
        registerDefinitions();
        const HttpResult byName = s->post(
            QStringLiteral("/api/workflow/http_fork?version=1&correlationId=corr-1&priority=5"),
            R"({"x":1})");
        QCOMPARE(byName.status, 200);
        QVERIFY(byName.isText());
        const QJsonObject wf
            = s->get(QStringLiteral("/api/workflow/%1?includeTasks=false").arg(byName.text()))
                  .object();
        QCOMPARE(wf.value(QLatin1String("correlationId")).toString(), QStringLiteral("corr-1"));
        QCOMPARE(wf.value(QLatin1String("priority")).toInt(), 5);
        QCOMPARE(wf.value(QLatin1String("input")).toObject().value(QLatin1String("x")).toInt(), 1);
        // An empty body (Content-Length: 0) is an empty input.
        QCOMPARE(s->post(QStringLiteral("/api/workflow/http_fork")).status, 200);

        const QByteArray inlineDef
            = RestTestServer::json(QJsonObject {{QStringLiteral("workflowDef"),
                QJsonDocument::fromJson(R"({"name":"inline_one","version":1,"tasks":[
                {"name":"t_a","taskReferenceName":"only"}]})")
                    .object()}});
        QCOMPARE(s->post(QStringLiteral("/api/workflow"), inlineDef).status, 200);

        const qint64 before = s->get(QStringLiteral("/api/workflow/search?size=0"))
                                  .object()
                                  .value(QLatin1String("totalHits"))
                                  .toInteger();
        QCOMPARE(s->post(QStringLiteral("/api/workflow"), R"({"name":"http_fork","priority":100})")
                     .status,
            400);
        QCOMPARE(
            s->post(QStringLiteral("/api/workflow"), R"({"name":"http_fork","input":[1]})").status,
            400);
        QCOMPARE(
            s->post(QStringLiteral("/api/workflow"), R"({"name":"no_such_workflow"})").status, 404);
        QCOMPARE(s->post(QStringLiteral("/api/workflow"), R"({"input":{}})").status, 400);
        QCOMPARE(s->post(QStringLiteral("/api/workflow"), R"({"name":"http_fork",)").status, 400);
        QCOMPARE(s->post(QStringLiteral("/api/workflow/http_fork?priority=high")).status, 400);
        QCOMPARE(s->post(QStringLiteral("/api/workflow/http_fork"), "[1,2]").status, 400);
        QCOMPARE(s->get(QStringLiteral("/api/workflow/search?size=0"))
                     .object()
                     .value(QLatin1String("totalHits"))
                     .toInteger(),
            before);
        QCOMPARE(s->get(QStringLiteral("/api/workflow/no-such-id")).status, 404);
        QCOMPARE(s->get(QStringLiteral("/api/workflow/no-such-id/status")).status, 404);
    }

    void actionsAndIllegalTransitions()
    {
        registerDefinitions();
        const QString id = start();
        QCOMPARE(
            s->put(QStringLiteral("/api/workflow/%1/resume").arg(id)).status, 409); // not paused
        QCOMPARE(statusOf(id), QStringLiteral("RUNNING"));
        QCOMPARE(s->put(QStringLiteral("/api/workflow/%1/pause").arg(id)).status, 200);
        QCOMPARE(statusOf(id), QStringLiteral("PAUSED"));
        QCOMPARE(s->put(QStringLiteral("/api/workflow/%1/resume").arg(id)).status, 200);
        QCOMPARE(statusOf(id), QStringLiteral("RUNNING"));
        QCOMPARE(s->put(QStringLiteral("/api/workflow/decide/%1").arg(id)).status, 200);
        QCOMPARE(s->post(QStringLiteral("/api/workflow/%1/retry").arg(id)).status,
            409); // nothing failed
        QCOMPARE(s->post(QStringLiteral("/api/workflow/%1/restart").arg(id)).status,
            409); // still running

        // Skip the first task (the SDK sends a JSON body): the fork follows.
        const HttpResult skipped = s->put(
            QStringLiteral("/api/workflow/%1/skiptask/a").arg(id), R"({"taskOutput":{"s":1}})");
        QCOMPARE(skipped.status, 200);
        QCOMPARE(
            s->put(QStringLiteral("/api/workflow/%1/skiptask/nope").arg(id), "{}").status, 404);

        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1?reason=enough").arg(id)).status, 200);
        QCOMPARE(statusOf(id), QStringLiteral("TERMINATED"));
        QCOMPARE(s->put(QStringLiteral("/api/workflow/%1/pause").arg(id)).status, 409);
        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1").arg(id)).status, 409);
        QCOMPARE(statusOf(id), QStringLiteral("TERMINATED"));

        const HttpResult retried = s->post(
            QStringLiteral("/api/workflow/%1/retry?resumeSubworkflowTasks=false").arg(id));
        QCOMPARE(retried.status, 204);
        QVERIFY(retried.body.isEmpty());
        QCOMPARE(statusOf(id), QStringLiteral("RUNNING"));
        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1").arg(id)).status, 200);
        QCOMPARE(
            s->post(QStringLiteral("/api/workflow/%1/restart?useLatestDefinitions=true").arg(id))
                .status,
            204);
        QCOMPARE(statusOf(id), QStringLiteral("RUNNING"));
        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1").arg(id)).status, 200);
        const HttpResult rerun = s->post(
            QStringLiteral("/api/workflow/%1/rerun").arg(id), R"({"workflowInput":{"x":3}})");
        QCOMPARE(rerun.status, 200);
        QVERIFY(rerun.isText());
        QCOMPARE(rerun.text(), id);
        QCOMPARE(statusOf(id), QStringLiteral("RUNNING"));
        QCOMPARE(s->post(QStringLiteral("/api/workflow/%1/rerun").arg(id), R"({"workflowInput":5})")
                     .status,
            400);

        QCOMPARE(
            s->del(QStringLiteral("/api/workflow/%1/terminate-remove?reason=x").arg(id)).status,
            200);
        QCOMPARE(s->get(QStringLiteral("/api/workflow/%1").arg(id)).status, 404);
        const QString other = start();
        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1").arg(other)).status, 200);
        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1/remove").arg(other)).status, 200);
        QCOMPARE(s->get(QStringLiteral("/api/workflow/%1").arg(other)).status, 404);

        for (const QByteArray &method : {QByteArray("PUT"), QByteArray("POST")}) {
            const QString path = method == "PUT" ? QStringLiteral("/api/workflow/unknown-id/pause")
                                                 : QStringLiteral("/api/workflow/unknown-id/retry");
            QCOMPARE(s->call(method, path).status, 404);
        }
        QCOMPARE(s->put(QStringLiteral("/api/workflow/decide/unknown-id")).status, 404);
    }

    void searchRunningAndCorrelated()
    {
        registerDefinitions();
        const QString a = start({}, QStringLiteral("order-1"));
        const QString b = start({}, QStringLiteral("order-2"));
        const QString c = start({}, QStringLiteral("order-2"));
        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1").arg(c)).status, 200);

        auto search = [&](const QString &query) {
            return s->get(QStringLiteral("/api/workflow/search?") + query);
        };
        HttpResult r
            = search(QStringLiteral("start=0&size=10&sort=&freeText=*&query=workflowType%20IN%20("
                                    "http_fork)%20AND%20status%20IN%20(RUNNING)&skipCache=false"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("totalHits")).toInt(), 2);
        const QJsonObject summary
            = r.object().value(QLatin1String("results")).toArray().first().toObject();
        QVERIFY(summary.value(QLatin1String("input")).isString()); // WorkflowSummary: JSON as text
        QVERIFY(summary.value(QLatin1String("startTime")).isString());
        QCOMPARE(search(QStringLiteral("query=status%20%3D%20TERMINATED"))
                     .object()
                     .value(QLatin1String("totalHits"))
                     .toInt(),
            1);
        QCOMPARE(search(QStringLiteral("freeText=order-2"))
                     .object()
                     .value(QLatin1String("totalHits"))
                     .toInt(),
            2);
        QCOMPARE(search(QStringLiteral("query=correlationId='order-1'"))
                     .object()
                     .value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("workflowId"))
                     .toString(),
            a);
        const QJsonArray paged = search(QStringLiteral("start=1&size=1&sort=startTime:ASC"))
                                     .object()
                                     .value(QLatin1String("results"))
                                     .toArray();
        QCOMPARE(paged.size(), 1);
        QCOMPARE(paged.first().toObject().value(QLatin1String("workflowId")).toString(), b);
        const HttpResult full
            = s->get(QStringLiteral("/api/workflow/search-v2?query=workflowType%3Dhttp_fork"));
        QVERIFY(full.object()
                    .value(QLatin1String("results"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("input"))
                    .isObject());
        QCOMPARE(
            search(QStringLiteral("query=status%20IN%20(RUNNING)%20OR%20status%20IN%20(PAUSED)"))
                .status,
            400);
        QCOMPARE(search(QStringLiteral("query=owner%3Dme")).status, 400);
        QCOMPARE(search(QStringLiteral("query=status%3DSLEEPING")).status, 400);
        QCOMPARE(search(QStringLiteral("sort=colour:ASC")).status, 400);
        QCOMPARE(search(QStringLiteral("size=-1")).status, 400);

        const QJsonArray running
            = s->get(QStringLiteral("/api/workflow/running/http_fork")).array();
        QCOMPARE(running.size(), 2);
        QVERIFY(running.contains(a) && running.contains(b));
        QCOMPARE(
            s->get(QStringLiteral("/api/workflow/running/http_fork?version=2")).array().size(), 0);

        QCOMPARE(
            s->get(QStringLiteral("/api/workflow/http_fork/correlated/order-2")).array().size(), 1);
        QCOMPARE(s->get(QStringLiteral("/api/workflow/http_fork/correlated/"
                                       "order-2?includeClosed=true&includeTasks=true"))
                     .array()
                     .size(),
            2);
        const QJsonObject byId
            = s->post(QStringLiteral("/api/workflow/http_fork/correlated?includeClosed=true"),
                   R"(["order-1","order-2","order-3"])")
                  .object();
        QCOMPARE(byId.value(QLatin1String("order-1")).toArray().size(), 1);
        QCOMPARE(byId.value(QLatin1String("order-2")).toArray().size(), 2);
        QCOMPARE(byId.value(QLatin1String("order-3")).toArray().size(), 0);
    }

    void bulkActions()
    {
        registerDefinitions();
        const QString a = start(), b = start();
        const HttpResult paused = s->put(QStringLiteral("/api/workflow/bulk/pause"),
            RestTestServer::json(QJsonArray {a, b, QStringLiteral("missing")}));
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.object().value(QLatin1String("bulkSuccessfulResults")).toArray().size(), 2);
        QVERIFY(paused.object()
                    .value(QLatin1String("bulkErrorResults"))
                    .toObject()
                    .contains(QLatin1String("missing")));
        QCOMPARE(statusOf(a), QStringLiteral("PAUSED"));
        QCOMPARE(s->put(QStringLiteral("/api/workflow/bulk/resume"),
                      RestTestServer::json(QJsonArray {a, b}))
                     .status,
            200);
        QCOMPARE(statusOf(b), QStringLiteral("RUNNING"));
        QCOMPARE(s->post(QStringLiteral("/api/workflow/bulk/terminate?reason=bulk"),
                      RestTestServer::json(QJsonArray {a}))
                     .status,
            200);
        QCOMPARE(statusOf(a), QStringLiteral("TERMINATED"));
        QCOMPARE(s->post(QStringLiteral("/api/workflow/bulk/restart"),
                      RestTestServer::json(QJsonArray {a}))
                     .object()
                     .value(QLatin1String("bulkSuccessfulResults"))
                     .toArray()
                     .size(),
            1);
        QCOMPARE(s->post(QStringLiteral("/api/workflow/bulk/retry"),
                      RestTestServer::json(QJsonArray {a}))
                     .object()
                     .value(QLatin1String("bulkErrorResults"))
                     .toObject()
                     .size(),
            1); // running: nothing to retry
        QCOMPARE(s->call("DELETE", QStringLiteral("/api/workflow/bulk/terminate-remove"),
                      RestTestServer::json(QJsonArray {a}))
                     .status,
            200);
        QCOMPARE(s->get(QStringLiteral("/api/workflow/%1").arg(a)).status, 404);

        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(QStringLiteral("id-%1").arg(i));
        const HttpResult refused
            = s->put(QStringLiteral("/api/workflow/bulk/pause"), RestTestServer::json(tooMany));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.object()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("1000")));
        QCOMPARE(s->put(QStringLiteral("/api/workflow/bulk/pause"), R"([1,2])").status, 400);
        QCOMPARE(s->put(QStringLiteral("/api/workflow/bulk/pause"), R"({"ids":[]})").status, 400);
        QCOMPARE(statusOf(b), QStringLiteral("RUNNING"));
    }
};

QTEST_MAIN(TestRestWorkflows)
#include "tst_restworkflows.moc"
