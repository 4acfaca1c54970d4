// HTTP system tasks end to end: a real engine on a SQLite file, the HTTP runner, and a canned
// HTTP responder on 127.0.0.1 running on its own thread (so that the test thread may block in
// CompletionWaiter while it answers).

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

#include "cannedhttpserver.h"
#include "execution/workflowexecutor.h"
#include "runtime/completionwaiter.h"
#include "runtime/engine.h"
#include "runtime/httptaskrequest.h"
#include "runtime/httptaskrunner.h"

using namespace joinery;
using joinery::testing::CannedHttpServer;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Engine> openEngine(const QString &path, bool httpRunner)
{
    EngineOptions options;
    options.databasePath = path;
    options.startSweeper = false;
    options.startLegacyJoinWorker = false;
    options.startHttpRunner = httpRunner;
    QString error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("engine did not open: %s", qPrintable(error));
    return engine;
}

// JSON written with single quotes. (No raw strings in this file: moc 6.4 lexes "http://" inside
// one as a comment and loses the test class.)
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// One HTTP task whose whole http_request comes from the workflow input.
bool registerHttpCall(Engine &engine, const QString &name, int retryCount, bool asyncComplete = false)
{
    QJsonObject def = QJsonDocument::fromJson(json("{'version': 1, 'schemaVersion': 2, 'ownerEmail': 't@example.com',"
        "'tasks': [{'name': 'call', 'taskReferenceName': 'call', 'type': 'HTTP',"
        "           'inputParameters': {'http_request': '${workflow.input.request}'}}],"
        "'outputParameters': {'statusCode': '${call.output.response.statusCode}'}}")).object();
    def.insert(QStringLiteral("name"), name);
    QJsonArray tasks = def.value(QLatin1String("tasks")).toArray();
    QJsonObject task = tasks.first().toObject();
    task.insert(QStringLiteral("retryCount"), retryCount);
    task.insert(QStringLiteral("asyncComplete"), asyncComplete);
    tasks[0] = task;
    def.insert(QStringLiteral("tasks"), tasks);
    const ActionResult r = engine.registerWorkflowDef(def, true);
    if (!r.ok())
        qWarning("%s", qPrintable(r.message));
    return r.ok();
}

QString startCall(Engine &engine, const QJsonObject &request, const QString &name = QStringLiteral("http_call"))
{
    StartRequest start;
    start.name = name;
    start.input.insert(QStringLiteral("request"), request);
    const ActionResult r = engine.executor().start(start);
    if (!r.ok())
        qWarning("start: %s", qPrintable(r.message));
    return r.id;
}

QJsonObject get(const QString &uri, const QJsonObject &extra = {})
{
    QJsonObject request = extra;
    request.insert(QStringLiteral("uri"), uri);
    return request;
}

WorkflowRun finalRun(Engine &engine, const QString &id)
{
    engine.executor().waitIdle();
    return engine.executor().find(id).value_or(WorkflowRun{});
}

// Waits until an execution's task reaches a status (for tasks that do not end the workflow).
class TaskStatusWaiter final : public ExecutionObserver
{
public:
    explicit TaskStatusWaiter(WorkflowExecutor &executor) : m_executor(executor) { m_executor.addObserver(this); }
    ~TaskStatusWaiter() override { m_executor.removeObserver(this); }

    void executionChanged(const RunPtr &run, const QStringList &) override
    {
        {
            std::lock_guard lock(m_mutex);
            m_runs.insert(run->workflowId, run);
        }
        m_changed.notify_all();
    }
    bool waitFor(const QString &workflowId, const QString &reference, TaskStatus status, int timeoutMs)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
            const RunPtr run = m_runs.value(workflowId);
            const TaskRun *task = run ? run->latestByReference(reference) : nullptr;
            return task && task->status == status;
        });
    }

private:
    WorkflowExecutor &m_executor;
    std::mutex m_mutex; // guards m_runs
    std::condition_variable m_changed;
    QHash<QString, RunPtr> m_runs;
};

QJsonObject responseOf(const TaskRun *task)
{
    return task ? task->outputData.value(QLatin1String("response")).toObject() : QJsonObject();
}

} // namespace

class TestHttpTaskRunner : public QObject
{
    Q_OBJECT

    CannedHttpServer m_server;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_files)); }

private slots:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); // 127.0.0.1 even behind a proxy
        QVERIFY(m_server.isListening());
    }

    void performsRequest_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("taskStatus");
        QTest::addColumn<QString>("workflowStatus");
        QTest::addColumn<int>("statusCode"); // 0: no response in the output
        QTest::addColumn<QString>("reasonPart");
        const QJsonObject none;
        QTest::newRow("ok_200_json") << m_server.url(QStringLiteral("/ok")) << none << u"COMPLETED"_s << u"COMPLETED"_s << 200 << u""_s;
        QTest::newRow("text_200_kept_as_string") << m_server.url(QStringLiteral("/text")) << none << u"COMPLETED"_s << u"COMPLETED"_s << 200 << u""_s;
        QTest::newRow("not_found_404_fails") << m_server.url(QStringLiteral("/missing")) << none << u"FAILED"_s << u"FAILED"_s << 404 << u"HTTP 404 Not Found"_s;
        QTest::newRow("read_timeout_fails") << m_server.url(QStringLiteral("/slow")) << QJsonObject{{QStringLiteral("readTimeOut"), 200}}
                                            << u"FAILED"_s << u"FAILED"_s << 0 << u"read timed out"_s;
        QTest::newRow("ftp_scheme_refused") << QStringLiteral("ftp://127.0.0.1/ok") << none << u"FAILED"_s << u"FAILED"_s << 0 << u"unsupported scheme 'ftp'"_s;
        QTest::newRow("file_scheme_refused") << QStringLiteral("file:///etc/passwd") << none << u"FAILED"_s << u"FAILED"_s << 0 << u"unsupported scheme 'file'"_s;
        QTest::newRow("garbage_response_fails") << m_server.url(QStringLiteral("/garbage")) << none << u"FAILED"_s << u"FAILED"_s << 0 << u"failed"_s;
    }

    void performsRequest()
    {
        QFETCH(QString, uri);
        QFETCH(QJsonObject, extra);
        QFETCH(QString, taskStatus);
        QFETCH(QString, workflowStatus);
        QFETCH(int, statusCode);
        QFETCH(QString, reasonPart);
        auto engine = openEngine(freshPath(), true);
        QVERIFY(registerHttpCall(*engine, QStringLiteral("http_call"), 0));
        CompletionWaiter waiter(engine->executor());
        const QString id = startCall(*engine, get(uri, extra));
        QVERIFY(!id.isEmpty());
        QVERIFY(waiter.waitFor(id, 10000));
        const WorkflowRun run = finalRun(*engine, id);
        const TaskRun *task = run.latestByReference(QStringLiteral("call"));
        QVERIFY(task);
        QCOMPARE(taskStatusName(task->status), taskStatus);
        QCOMPARE(workflowStatusName(run.status), workflowStatus);
        QCOMPARE(responseOf(task).value(QLatin1String("statusCode")).toInt(), statusCode);
        QVERIFY2(task->reasonForIncompletion.contains(reasonPart), qPrintable(task->reasonForIncompletion));
        QCOMPARE(task->reasonForIncompletion.isEmpty(), reasonPart.isEmpty());
        QCOMPARE(engine->httpTasks().inFlight(), 0);
    }

    void completedOutputHasParsedBodyAndHeaders()
    {
        auto engine = openEngine(freshPath(), true);
        QVERIFY(registerHttpCall(*engine, QStringLiteral("http_call"), 0));
        CompletionWaiter waiter(engine->executor());
        const int before = m_server.hits(QStringLiteral("/ok"));
        const QString id = startCall(*engine, get(m_server.url(QStringLiteral("/ok"))));
        QVERIFY(waiter.waitFor(id, 10000));
        const WorkflowRun run = finalRun(*engine, id);
        const QJsonObject response = responseOf(run.latestByReference(QStringLiteral("call")));
        QCOMPARE(response.value(QLatin1String("reasonPhrase")).toString(), QStringLiteral("OK"));
        const QJsonObject body = response.value(QLatin1String("body")).toObject();
        QCOMPARE(body.value(QLatin1String("greeting")).toString(), QStringLiteral("hello"));
        QCOMPARE(body.value(QLatin1String("n")).toInt(), 7);
        QCOMPARE(body.value(QLatin1String("list")).toArray().size(), 2);
        QCOMPARE(response.value(QLatin1String("headers")).toObject().value(QLatin1String("Content-Type")).toArray(),
                 QJsonArray{QStringLiteral("application/json; charset=utf-8")});
        QCOMPARE(run.output.value(QLatin1String("statusCode")).toInt(), 200);
        QCOMPARE(m_server.hits(QStringLiteral("/ok")), before + 1); // performed once
    }

    void sendsMethodHeadersAndJsonBody()
    {
        auto engine = openEngine(freshPath(), true);
        QVERIFY(registerHttpCall(*engine, QStringLiteral("http_call"), 0));
        CompletionWaiter waiter(engine->executor());
        const QJsonObject payload{{QStringLiteral("a"), 1}, {QStringLiteral("list"), QJsonArray{1, 2}}};
        const QString id = startCall(*engine, get(m_server.url(QStringLiteral("/echo")),
                                                  {{QStringLiteral("method"), QStringLiteral("post")},
                                                   {QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Joinery-Test"), QStringLiteral("yes")}}},
                                                   {QStringLiteral("body"), payload}}));
        QVERIFY(waiter.waitFor(id, 10000));
        const WorkflowRun run = finalRun(*engine, id);
        const QJsonObject echo = responseOf(run.latestByReference(QStringLiteral("call"))).value(QLatin1String("body")).toObject();
        QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(echo.value(QLatin1String("contentType")).toString(), QStringLiteral("application/json"));
        QCOMPARE(echo.value(QLatin1String("accept")).toString(), QStringLiteral("application/json"));
        QCOMPARE(echo.value(QLatin1String("custom")).toString(), QStringLiteral("yes"));
        QCOMPARE(QJsonDocument::fromJson(echo.value(QLatin1String("body")).toString().toUtf8()).object(), payload);
    }

    void retriesFollowTheTaskPolicy()
    {
        auto engine = openEngine(freshPath(), true);
        QVERIFY(registerHttpCall(*engine, QStringLiteral("http_call_retry"), 1));
        CompletionWaiter waiter(engine->executor());
        const int before = m_server.hits(QStringLiteral("/missing"));
        const QString id = startCall(*engine, get(m_server.url(QStringLiteral("/missing"))), QStringLiteral("http_call_retry"));
        QVERIFY(waiter.waitFor(id, 10000));
        const WorkflowRun run = finalRun(*engine, id);
        QCOMPARE(workflowStatusName(run.status), QStringLiteral("FAILED"));
        QCOMPARE(run.tasks.size(), 2);
        QCOMPARE(run.tasks.at(1).retryCount, 1);
        QCOMPARE(m_server.hits(QStringLiteral("/missing")), before + 2);
    }

    // asyncComplete: a 2xx leaves the task IN_PROGRESS with its response, for someone else to end.
    void asyncCompleteLeavesTaskInProgress()
    {
        auto engine = openEngine(freshPath(), true);
        QVERIFY(registerHttpCall(*engine, QStringLiteral("http_call_async"), 0, true));
        TaskStatusWaiter waiter(engine->executor());
        const QString id = startCall(*engine, get(m_server.url(QStringLiteral("/ok"))), QStringLiteral("http_call_async"));
        QVERIFY(waiter.waitFor(id, QStringLiteral("call"), TaskStatus::InProgress, 10000));
        const WorkflowRun run = finalRun(*engine, id);
        QCOMPARE(workflowStatusName(run.status), QStringLiteral("RUNNING"));
        QCOMPARE(responseOf(run.latestByReference(QStringLiteral("call"))).value(QLatin1String("statusCode")).toInt(), 200);
    }

    // A runner started late picks up what was scheduled before; the size cap fails the task.
    void startPicksUpScheduledAndCapsResponseSize()
    {
        auto engine = openEngine(freshPath(), false);
        QVERIFY(registerHttpCall(*engine, QStringLiteral("http_call"), 0));
        CompletionWaiter waiter(engine->executor());
        const QString id = startCall(*engine, get(m_server.url(QStringLiteral("/big"))));
        QCOMPARE(taskStatusName(finalRun(*engine, id).tasks.at(0).status), QStringLiteral("SCHEDULED"));
        HttpTaskRunner runner(engine->executor(), engine->clock(), HttpTaskRunnerOptions{10000, 10000, 1024});
        runner.start();
        QVERIFY(waiter.waitFor(id, 10000));
        const TaskRun task = finalRun(*engine, id).tasks.at(0);
        QCOMPARE(taskStatusName(task.status), QStringLiteral("FAILED"));
        QVERIFY2(task.reasonForIncompletion.contains(QLatin1String("response too large")), qPrintable(task.reasonForIncompletion));
    }

    // The engine stops with the task SCHEDULED; the next engine on the same file performs it.
    void restartPerformsScheduledTask()
    {
        const QString path = freshPath();
        QString id;
        {
            auto engine = openEngine(path, false);
            QVERIFY(registerHttpCall(*engine, QStringLiteral("http_call"), 0));
            id = startCall(*engine, get(m_server.url(QStringLiteral("/ok"))));
            QCOMPARE(taskStatusName(finalRun(*engine, id).tasks.at(0).status), QStringLiteral("SCHEDULED"));
        }
        auto engine = openEngine(path, true);
        CompletionWaiter waiter(engine->executor());
        QVERIFY(waiter.waitFor(id, 10000));
        QCOMPARE(workflowStatusName(finalRun(*engine, id).status), QStringLiteral("COMPLETED"));
    }

    // stop() aborts a call in flight without reporting it; start() performs it again.
    void stopAbortsInFlightAndStartRedoes()
    {
        auto engine = openEngine(freshPath(), false);
        QVERIFY(registerHttpCall(*engine, QStringLiteral("http_call"), 0));
        CompletionWaiter waiter(engine->executor());
        HttpTaskRunner runner(engine->executor(), engine->clock());
        runner.start();
        const QString id = startCall(*engine, get(m_server.url(QStringLiteral("/slow-once"))));
        QVERIFY(m_server.waitForHits(QStringLiteral("/slow-once"), 1));
        QCOMPARE(runner.inFlight(), 1);
        runner.stop();
        QCOMPARE(runner.inFlight(), 0);
        QCOMPARE(taskStatusName(finalRun(*engine, id).tasks.at(0).status), QStringLiteral("SCHEDULED"));
        runner.start();
        QVERIFY(waiter.waitFor(id, 10000));
        QCOMPARE(workflowStatusName(finalRun(*engine, id).status), QStringLiteral("COMPLETED"));
        QCOMPARE(m_server.hits(QStringLiteral("/slow-once")), 2);
    }

    void requestRules_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("expected"); // "method|contentType|body|connect|read" or "error: …"
        QTest::newRow("defaults") << json("{'uri':'https://h/x'}") << u"GET|application/json||0|0"_s;
        QTest::newRow("object_body_as_json") << json("{'uri':'http://h','method':'put','body':{'k':[1]}}")
                                             << u"PUT|application/json|{\"k\":[1]}|0|0"_s;
        QTest::newRow("string_body_as_is") << json("{'uri':'http://h','method':'POST','body':'a=1','contentType':'text/plain'}")
                                           << u"POST|text/plain|a=1|0|0"_s;
        QTest::newRow("timeouts_from_strings") << json("{'uri':'http://h','connectionTimeOut':'150','readTimeOut':250}")
                                               << u"GET|application/json||150|250"_s;
        QTest::newRow("no_request") << QByteArray() << u"error: missing HTTP request"_s;
        QTest::newRow("bad_method") << json("{'uri':'http://h','method':'FETCH'}") << u"error: unsupported HTTP method"_s;
        QTest::newRow("header_injection") << json("{'uri':'http://h','headers':{'X-A':'1\\r\\nX-B: 2'}}") << u"error: invalid HTTP header"_s;
        QTest::newRow("relative_uri") << json("{'uri':'/only/a/path'}") << u"error: invalid uri"_s;
    }

    void requestRules()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, expected);
        QJsonObject input;
        if (!request.isEmpty())
            input.insert(QStringLiteral("http_request"), QJsonDocument::fromJson(request).object());
        HttpTaskRequest r;
        QString error;
        const QString actual = HttpTaskRequest::fromInput(input, &r, &error)
            ? QStringLiteral("%1|%2|%3|%4|%5").arg(QString::fromLatin1(r.method), QString::fromLatin1(r.contentType),
                                                     QString::fromUtf8(r.body)).arg(r.connectTimeoutMs).arg(r.readTimeoutMs)
            : QStringLiteral("error: ") + error;
        QVERIFY2(actual.startsWith(expected), qPrintable(actual));
    }

    void bodyDecoding()
    {
        QCOMPARE(HttpTaskRequest::decodeBody("application/json", "[1,2]"), QJsonValue(QJsonArray{1, 2}));
        QCOMPARE(HttpTaskRequest::decodeBody("application/problem+json", "\"just a string\""), QJsonValue(QStringLiteral("just a string")));
        QCOMPARE(HttpTaskRequest::decodeBody("application/json", "42"), QJsonValue(42));
        QCOMPARE(HttpTaskRequest::decodeBody("application/json", "{not json"), QJsonValue(QStringLiteral("{not json")));
        QCOMPARE(HttpTaskRequest::decodeBody("text/plain", "{\"a\":1}"), QJsonValue(QStringLiteral("{\"a\":1}")));
        QCOMPARE(HttpTaskRequest::decodeBody("application/json", ""), QJsonValue(QJsonValue::Null));
    }
};

QTEST_GUILESS_MAIN(TestHttpTaskRunner)
#include "tst_httptaskrunner.moc"
