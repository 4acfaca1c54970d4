// The REST server's own endpoints and limits over loopback sockets: health and version, unknown
// paths and methods, task and workflow definitions, chunked bodies, the request-size cap, tokens
// and the loopback rule. A refused request changes nothing.

#include "restscenario.h"

#include "common/version.h"

using namespace joinery;
using namespace joinery::http;
using namespace joinery::http::test;

class TestRestMetadata : public QObject, public RestScenario
{
    Q_OBJECT

private slots:
    void init() { s = std::make_unique<RestTestServer>(); }
    void cleanup() { s.reset(); }

    void healthAndVersion()
    {
        for (const QString &path : {QStringLiteral("/health"), QStringLiteral("/api/health")}) {
            const HttpResult r = s->get(path);
            QCOMPARE(r.status, 200);
            QVERIFY(r.isJson());
            QCOMPARE(r.object().value(QLatin1String("healthy")).toBool(), true);
        }
        const HttpResult version = s->get(QStringLiteral("/api/version"));
        QCOMPARE(version.status, 200);
        QVERIFY(version.isText());
        QCOMPARE(version.text(), QString::fromLatin1(kVersion));
        QVERIFY(!s->get(QStringLiteral("/api/version")).header("Keep-Alive").isEmpty());
    }

    void unknownPathsAndMethods()
    {
        const HttpResult missing = s->get(QStringLiteral("/api/nothing/here"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.isJson());
        QCOMPARE(missing.object().value(QLatin1String("status")).toInt(), 404);
        QVERIFY(missing.object().contains(QLatin1String("message")));
        QVERIFY(missing.object().contains(QLatin1String("retryable")));
        const HttpResult wrongMethod = s->call("PATCH", QStringLiteral("/api/metadata/taskdefs"));
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(wrongMethod.header("Allow").contains("GET"));
        QCOMPARE(s->put(QStringLiteral("/api/workflow/some-id")).status, 405);
    }

    void taskDefinitions()
    {
        QCOMPARE(s->post(QStringLiteral("/api/metadata/taskdefs"), kTaskDefs).status, 200);
        const HttpResult all = s->get(QStringLiteral("/api/metadata/taskdefs"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.array().size(), 3);
        const HttpResult one = s->get(QStringLiteral("/api/metadata/taskdefs/t_b"));
        QCOMPARE(one.object().value(QLatin1String("responseTimeoutSeconds")).toInt(), 600);

        QCOMPARE(
            s->put(QStringLiteral("/api/metadata/taskdefs"), R"({"name":"t_b","retryCount":5})")
                .status,
            200);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/taskdefs/t_b"))
                     .object()
                     .value(QLatin1String("retryCount"))
                     .toInt(),
            5);
        QCOMPARE(
            s->put(QStringLiteral("/api/metadata/taskdefs"), R"({"name":"nope","retryCount":5})")
                .status,
            404);

        // One bad definition refuses the whole list: the good one before it is not stored.
        const HttpResult bad = s->post(QStringLiteral("/api/metadata/taskdefs"),
            R"([{"name":"t_new"},{"name":"t_bad","retryCount":"3"}])");
        QCOMPARE(bad.status, 400);
        QVERIFY2(
            bad.object().value(QLatin1String("message")).toString().contains(QLatin1String("[1]")),
            bad.body.constData());
        QCOMPARE(s->get(QStringLiteral("/api/metadata/taskdefs/t_new")).status, 404);
        QCOMPARE(
            s->post(QStringLiteral("/api/metadata/taskdefs"), R"({"name":"single"})").status, 400);
        QCOMPARE(s->post(QStringLiteral("/api/metadata/taskdefs"), R"([{"name":"x",)").status, 400);

        QCOMPARE(s->del(QStringLiteral("/api/metadata/taskdefs/t_c")).status, 200);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/taskdefs/t_c")).status, 404);
        QCOMPARE(s->del(QStringLiteral("/api/metadata/taskdefs/t_c")).status, 404);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/taskdefs")).array().size(), 2);
    }

    void workflowDefinitions()
    {
        QCOMPARE(s->post(QStringLiteral("/api/metadata/workflow"), kForkJoin).status, 200);
        const HttpResult again
            = s->post(QStringLiteral("/api/metadata/workflow?overwrite=false"), kForkJoin);
        QCOMPARE(again.status, 409);
        QVERIFY(again.isJson());
        QCOMPARE(s->post(QStringLiteral("/api/metadata/workflow?overwrite=true"), kForkJoin).status,
            200);
        QCOMPARE(
            s->post(QStringLiteral("/api/metadata/workflow?overwrite=maybe"), kForkJoin).status,
            400);

        const HttpResult got
            = s->get(QStringLiteral("/api/metadata/workflow/http_fork?metadata=false"));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(QLatin1String("name")).toString(), QStringLiteral("http_fork"));
        QCOMPARE(got.object().value(QLatin1String("tasks")).toArray().size(), 4);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/workflow/http_fork?version=2")).status, 404);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/workflow/http_fork?version=x")).status, 400);

        QJsonObject v2 = QJsonDocument::fromJson(kForkJoin).object();
        v2.insert(QStringLiteral("version"), 2);
        const HttpResult bulk = s->put(
            QStringLiteral("/api/metadata/workflow"), RestTestServer::json(QJsonArray {v2}));
        QCOMPARE(bulk.status, 200);
        QCOMPARE(bulk.object().value(QLatin1String("bulkSuccessfulResults")).toArray().size(), 1);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/workflow")).array().size(), 2);
        QCOMPARE(
            s->get(QStringLiteral("/api/metadata/workflow/latest-versions")).array().size(), 1);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/workflow/names-and-versions"))
                     .object()
                     .value(QLatin1String("http_fork"))
                     .toArray()
                     .size(),
            2);

        QCOMPARE(s->post(QStringLiteral("/api/metadata/workflow/validate"), kForkJoin).status, 200);
        const QByteArray noJoin
            = R"({"name":"broken","version":1,"tasks":[{"name":"f","taskReferenceName":"f",
            "type":"FORK_JOIN","forkTasks":[[{"name":"t_a","taskReferenceName":"x"}]]}]})";
        const HttpResult invalid
            = s->post(QStringLiteral("/api/metadata/workflow/validate"), noJoin);
        QCOMPARE(invalid.status, 400);
        QVERIFY(!invalid.object().value(QLatin1String("validationErrors")).toArray().isEmpty());
        QCOMPARE(s->post(QStringLiteral("/api/metadata/workflow"), noJoin).status, 400);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/workflow/broken")).status, 404);
        QCOMPARE(s->post(QStringLiteral("/api/metadata/workflow"), R"({"name": 5})").status, 400);

        QCOMPARE(s->del(QStringLiteral("/api/metadata/workflow/http_fork/2")).status, 200);
        QCOMPARE(s->del(QStringLiteral("/api/metadata/workflow/http_fork/2")).status, 404);
        QCOMPARE(s->del(QStringLiteral("/api/metadata/workflow/http_fork/two")).status, 400);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/workflow")).array().size(), 1);
    }

    void chunkedRequestBodies()
    {
        // Every body the official SDK sends is chunked, without a Content-Length.
        const QByteArray defs = s->raw(
            RestTestServer::chunked("POST", QStringLiteral("/api/metadata/taskdefs"), kTaskDefs));
        QCOMPARE(rawStatus(defs), 200);
        const QByteArray wf = s->raw(RestTestServer::chunked(
            "POST", QStringLiteral("/api/metadata/workflow?overwrite=true"), kForkJoin, 3));
        QCOMPARE(rawStatus(wf), 200);
        const QByteArray started = s->raw(RestTestServer::chunked("POST",
            QStringLiteral("/api/workflow"), R"({"name":"http_fork","input":{"x":"chunked"}})"));
        QCOMPARE(rawStatus(started), 200);
        QVERIFY(started.contains("Content-Type: text/plain"));
        QVERIFY(started.contains("Connection: close"));
        const QString id = QString::fromUtf8(rawBody(started));
        QCOMPARE(s->get(QStringLiteral("/api/workflow/%1").arg(id))
                     .object()
                     .value(QLatin1String("input"))
                     .toObject()
                     .value(QLatin1String("x"))
                     .toString(),
            QStringLiteral("chunked"));
    }

    void requestSizeLimit()
    {
        RestServerOptions options;
        options.maxRequestBytes = 16 * 1024;
        RestTestServer small(options);
        QByteArray big = "[{\"name\":\"" + QByteArray(64 * 1024, 'x') + "\"}]";
        const HttpResult refused = small.post(QStringLiteral("/api/metadata/taskdefs"), big);
        QCOMPARE(refused.status, 413);
        QVERIFY(refused.isJson());
        QCOMPARE(refused.object().value(QLatin1String("status")).toInt(), 413);
        QCOMPARE(small.get(QStringLiteral("/api/metadata/taskdefs")).array().size(), 0);
        // Chunked bodies are counted as they arrive.
        const QByteArray chunkedRefused = small.raw(
            RestTestServer::chunked("POST", QStringLiteral("/api/metadata/taskdefs"), big, 4096));
        QCOMPARE(rawStatus(chunkedRefused), 413);
        QCOMPARE(small.get(QStringLiteral("/health")).status, 200);
        QCOMPARE(small.server().stats().refused, qint64(2));
    }

    void tokenAuthentication()
    {
        RestServerOptions options;
        options.token = QStringLiteral("s3cret");
        RestTestServer secured(options);
        const HttpResult missing = secured.get(QStringLiteral("/api/metadata/taskdefs"));
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.object().value(QLatin1String("error")).toString(),
            QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(secured
                     .call("GET", QStringLiteral("/api/metadata/taskdefs"), {},
                         {{"X-Authorization", "forged"}})
                     .status,
            401);
        QCOMPARE(secured.get(QStringLiteral("/health")).status, 200);
        QCOMPARE(secured.post(QStringLiteral("/api/token"), R"({"keyId":"k","keySecret":"wrong"})")
                     .status,
            403);
        QCOMPARE(secured.post(QStringLiteral("/api/token"), R"({"keyId":"k"})").status, 400);
        const HttpResult token
            = secured.post(QStringLiteral("/api/token"), R"({"keyId":"k","keySecret":"s3cret"})");
        QCOMPARE(token.status, 200);
        const QByteArray value = token.object().value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(value.size() >= 32);
        QCOMPARE(secured
                     .call("GET", QStringLiteral("/api/metadata/taskdefs"), {},
                         {{"X-Authorization", value}})
                     .status,
            200);
        QCOMPARE(
            secured.call("GET", QStringLiteral("/api/version"), {}, {{"X-Authorization", "s3cret"}})
                .status,
            200);

        // Without a token the exchange is a 404: the SDK then goes on without authentication.
        QCOMPARE(
            s->post(QStringLiteral("/api/token"), R"({"keyId":"k","keySecret":"x"})").status, 404);
    }

    void bindingIsLoopbackUnlessAToken()
    {
        QTemporaryDir dir;
        EngineOptions engineOptions;
        engineOptions.databasePath = dir.filePath(QStringLiteral("bind.sqlite"));
        engineOptions.startSweeper = false;
        QString error;
        auto engine = Engine::open(engineOptions, &error);
        QVERIFY(engine);
        RestServerOptions open;
        open.bindAddress = QStringLiteral("0.0.0.0");
        open.port = 0;
        RestServer refused(*engine, open);
        QVERIFY(!refused.start(&error));
        QVERIFY2(error.contains(QLatin1String("--token")), qPrintable(error));
        RestServerOptions bogus = open;
        bogus.bindAddress = QStringLiteral("not-an-address");
        RestServer invalid(*engine, bogus);
        QVERIFY(!invalid.start(&error));
        RestServerOptions tokened = open;
        tokened.token = QStringLiteral("t");
        RestServer allowed(*engine, tokened);
        QVERIFY2(allowed.start(&error), qPrintable(error));
        RestServerOptions ipv6;
        ipv6.bindAddress = QStringLiteral("::1");
        ipv6.port = 0;
        RestServer loopback6(*engine, ipv6);
        if (loopback6.start(&error))
            QVERIFY(loopback6.url().startsWith(QLatin1String("http://[::1]:")));
    }
};

QTEST_MAIN(TestRestMetadata)
#include "tst_restmetadata.moc"
