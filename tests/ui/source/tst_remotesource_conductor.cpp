// The remote client against recorded Conductor answers (and a recorded Joinery event stream),
// served by a fake HTTP server on loopback: what it infers about the server, the stalls it
// derives from plain execution JSON, the paths and bodies its actions send, and how it parses
// Server-Sent Events however the bytes are split.

#include "fakeconductorserver.h"

#include "source/eventstreamreader.h"
#include "source/remotesource.h"
#include "source/runjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace joinery;
using namespace joinery::ui;
using joinery::ui::test::FakeConductorServer;

namespace {
const QString kStuck = QStringLiteral("7d5c5b7e-1f0a-4c43-9b1e-3c3f6b7f0a01");
const QString kDone = QStringLiteral("2a9e4c7b-88d1-4a52-a1d3-55e0c9d2b002");

// The routes a plain Conductor server answers in these tests.
void serveConductor(FakeConductorServer &server)
{
    server.answerFile("GET /api/joinery/info", QStringLiteral("info-404.json"), 404);
    server.answerFile("GET /api/workflow/search", QStringLiteral("search.json"));
    server.answerFile("GET /api/workflow/" + kStuck.toUtf8(), QStringLiteral("workflow-stuck-join.json"));
    server.answerFile("GET /api/workflow/" + kDone.toUtf8(), QStringLiteral("workflow-completed.json"));
    server.answerFile("GET /api/metadata/workflow", QStringLiteral("metadata-workflow.json"));
}
} // namespace

class TestRemoteSourceConductor : public QObject
{
    Q_OBJECT

private slots:
    void plainConductorCapabilities()
    {
        FakeConductorServer server;
        serveConductor(server);
        RemoteSource source(server.url(), QString());
        QSignalSpy states(&source, &ExecutionSource::stateChanged);
        QSignalSpy ready(&source, &RemoteSource::ready);
        source.connectToServer();
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(source.serverKind(), RemoteSource::ServerKind::Conductor);
        QVERIFY(source.stallsDerived());
        QCOMPARE(source.capabilities(), ExecutionSource::Stalls | ExecutionSource::TaskLogs);
        QCOMPARE(source.describe(), QStringLiteral("Server: %1 (Conductor)").arg(server.url().toString()));
        QTRY_VERIFY(!states.isEmpty());
        QCOMPARE(states.first().first().toString(), QStringLiteral("connected"));

        // Without the extensions: no preview, no faults, and no call to a path that is not there.
        QString previewError;
        bool previewed = false;
        source.previewDecide(kStuck, [&](const QStringList &, const QString &error) {
            previewError = error;
            previewed = true;
        });
        QTRY_VERIFY(previewed);
        QVERIFY(previewError.contains(QLatin1String("not available")));
        ActionResult faultResult;
        bool faulted = false;
        source.setFaults(QJsonObject {{QStringLiteral("lockMissRate"), 0.5}}, [&](const ActionResult &r) {
            faultResult = r;
            faulted = true;
        });
        QTRY_VERIFY(faulted);
        QCOMPARE(faultResult.error, ErrorKind::Unavailable);
        QVERIFY(!server.calls().contains(QStringLiteral("PUT /api/joinery/faults")));
    }

    void searchAndFetchFromRecordedJson()
    {
        FakeConductorServer server;
        serveConductor(server);
        RemoteSource source(server.url(), QString());
        source.connectToServer();
        QTRY_VERIFY(source.isReady());

        ExecutionQuery query;
        query.statuses = {QStringLiteral("RUNNING"), QStringLiteral("COMPLETED")};
        query.name = QStringLiteral("fork_join_demo");
        query.correlationId = QStringLiteral("order 17");
        query.startedAfter = 1000;
        query.sortField = QStringLiteral("updateTime");
        query.ascending = true;
        query.offset = 20;
        query.limit = 10;
        ExecutionPage page;
        bool answered = false;
        source.queryExecutions(query, [&](const ExecutionPage &p) {
            page = p;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(page.total, 2);
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows.at(0).workflowId, kStuck);
        QCOMPARE(page.rows.at(0).status, WorkflowStatus::Running);
        QCOMPARE(page.rows.at(0).correlationId, QStringLiteral("order-17"));
        QCOMPARE(page.rows.at(0).startTime, 1795770000000);
        QCOMPARE(page.rows.at(1).endTime, 1795769943500);

        QString sent;
        for (const FakeConductorServer::Request &r : std::as_const(server.requests)) {
            if (r.path == QLatin1String("/api/workflow/search") && r.query.contains(QLatin1String("start=20")))
                sent = r.query;
        }
        QVERIFY2(sent.contains(QLatin1String("query=status IN (RUNNING,COMPLETED) AND workflowType IN "
                                             "(fork_join_demo) AND correlationId = \"order 17\" AND startTime > 1000")),
            qPrintable(sent));
        QVERIFY2(sent.contains(QLatin1String("sort=updateTime:ASC")), qPrintable(sent));
        QVERIFY2(sent.contains(QLatin1String("size=10")), qPrintable(sent));

        RunSnapshot run;
        source.fetchExecution(kStuck, [&](const RunSnapshot &r) { run = r; });
        QTRY_VERIFY(run);
        QCOMPARE(run->tasks.size(), 4);
        QCOMPARE(run->tasks.at(3).type, TaskType::Join);
        QCOMPARE(run->tasks.at(3).status, TaskStatus::Completed);
        QVERIFY(!run->tasks.at(3).executed);
        QCOMPARE(run->tasks.at(1).type, TaskType::Simple);
        QVERIFY(run->definition);
        QCOMPARE(run->definition->tasks.size(), 3);

        QList<WorkflowDefPtr> defs;
        bool fetched = false;
        source.fetchDefinitions([&](const QList<WorkflowDefPtr> &d) {
            defs = d;
            fetched = true;
        });
        QTRY_VERIFY(fetched);
        QCOMPARE(defs.size(), 2); // every version
        QCOMPARE(defs.at(1)->version, 2);
    }

    void derivesTheStuckJoin()
    {
        FakeConductorServer server;
        serveConductor(server);
        RemoteSource source(server.url(), QString());
        QSignalSpy stalls(&source, &ExecutionSource::stallsChanged);
        QSignalSpy changed(&source, &ExecutionSource::executionsChanged);
        source.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(!stalls.isEmpty(), 10000);
        const auto list = stalls.last().first().value<QList<Stall>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().workflowId, kStuck);
        QCOMPARE(list.first().reason, StallReason::JoinDoneSuccessorMissing);
        QCOMPARE(list.first().taskReference, QStringLiteral("join"));
        QCOMPARE(list.first().recommended, Recovery::ForceDecide);
        // The poll's fetches came out as a change batch too.
        QTRY_VERIFY(!changed.isEmpty());

        QList<Stall> asked;
        bool answered = false;
        source.fetchStalls([&](const QList<Stall> &s) {
            asked = s;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(asked.size(), 1);
    }

    void actionsHitConductorPaths_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        const QString id = kStuck;
        QTest::newRow("pause") << int(WorkflowAction::Pause) << QStringLiteral("PUT /api/workflow/%1/pause").arg(id);
        QTest::newRow("resume") << int(WorkflowAction::Resume) << QStringLiteral("PUT /api/workflow/%1/resume").arg(id);
        QTest::newRow("terminate") << int(WorkflowAction::Terminate) << QStringLiteral("DELETE /api/workflow/%1").arg(id);
        QTest::newRow("restart") << int(WorkflowAction::Restart) << QStringLiteral("POST /api/workflow/%1/restart").arg(id);
        QTest::newRow("retry") << int(WorkflowAction::Retry) << QStringLiteral("POST /api/workflow/%1/retry").arg(id);
        QTest::newRow("rerun") << int(WorkflowAction::Rerun) << QStringLiteral("POST /api/workflow/%1/rerun").arg(id);
        QTest::newRow("skip_task") << int(WorkflowAction::SkipTask)
                                   << QStringLiteral("PUT /api/workflow/%1/skiptask/ship").arg(id);
        QTest::newRow("decide") << int(WorkflowAction::Decide) << QStringLiteral("PUT /api/workflow/decide/%1").arg(id);
        QTest::newRow("remove") << int(WorkflowAction::Remove) << QStringLiteral("DELETE /api/workflow/%1/remove").arg(id);
        QTest::newRow("requeue") << int(WorkflowAction::Requeue)
                                 << QStringLiteral("POST /api/admin/sweep/requeue/%1").arg(id);
    }

    void actionsHitConductorPaths()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        FakeConductorServer server;
        server.answerFile("GET /api/joinery/info", QStringLiteral("info-404.json"), 404);
        // Conductor answers a rerun with the new id as text, the others with an empty body.
        server.answer(expected.toUtf8(),
            {200, kind == WorkflowAction::Rerun ? QByteArrayLiteral("new-run-id") : QByteArray(), "text/plain"});
        RemoteSource source(server.url(), QString());

        WorkflowAction action;
        action.kind = WorkflowAction::Kind(kind);
        action.reason = QStringLiteral("stuck & gone");
        action.taskReference = QStringLiteral("ship");
        action.taskOutput = QJsonObject {{QStringLiteral("skipped"), true}};
        action.useLatestDefinition = true;
        ActionResult result;
        bool done = false;
        source.act(kStuck, action, [&](const ActionResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(server.calls().contains(expected), qPrintable(server.calls().join(QLatin1String("; "))));
        const FakeConductorServer::Request &sent = server.requests.last();
        if (kind == WorkflowAction::Rerun) {
            QCOMPARE(result.id, QStringLiteral("new-run-id"));
            QCOMPARE(QJsonDocument::fromJson(sent.body).object().value(QLatin1String("reRunFromWorkflowId")).toString(),
                kStuck);
        } else {
            QCOMPARE(result.id, kStuck);
        }
        if (kind == WorkflowAction::Terminate)
            QCOMPARE(sent.query, QStringLiteral("reason=stuck & gone"));
        if (kind == WorkflowAction::Restart)
            QCOMPARE(sent.query, QStringLiteral("useLatestDefinitions=true"));
        if (kind == WorkflowAction::SkipTask)
            QVERIFY(QJsonDocument::fromJson(sent.body).object().value(QLatin1String("taskOutput")).toObject().value(
                QLatin1String("skipped")).toBool());
    }

    void serverErrorsBecomeFailures()
    {
        FakeConductorServer server;
        server.answerFile("GET /api/joinery/info", QStringLiteral("info-404.json"), 404);
        server.answerFile("PUT /api/workflow/" + kDone.toUtf8() + "/pause", QStringLiteral("error-409.json"), 409);
        RemoteSource source(server.url(), QString());
        WorkflowAction pause;
        pause.kind = WorkflowAction::Pause;
        ActionResult result;
        bool done = false;
        source.act(kDone, pause, [&](const ActionResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error, ErrorKind::Conflict);
        QCOMPARE(result.message,
            QStringLiteral("Workflow is in a terminal state; cannot pause 2a9e4c7b-88d1-4a52-a1d3-55e0c9d2b002"));

        // Nobody listening: the network error, as a failure that says so.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        RemoteSource nowhere(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QString());
        QSignalSpy states(&nowhere, &ExecutionSource::stateChanged);
        nowhere.connectToServer();
        QTRY_VERIFY(nowhere.isReady());
        QTRY_VERIFY(!states.isEmpty());
        QVERIFY2(states.first().first().toString().startsWith(QLatin1String("disconnected: ")),
            qPrintable(states.first().first().toString()));
        done = false;
        nowhere.act(kDone, pause, [&](const ActionResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error, ErrorKind::Unavailable);
        QVERIFY(!result.message.isEmpty());
    }

    void tokenIsSentOrExchanged()
    {
        FakeConductorServer server;
        server.answerFile("GET /api/joinery/info", QStringLiteral("info-404.json"), 404);
        server.answerFile("GET /api/workflow/search", QStringLiteral("search.json"));
        server.answer("POST /api/token", {200, QByteArrayLiteral("{\"token\":\"issued-token\"}")});

        RemoteSource plain(server.url(), QStringLiteral("s3cret"));
        plain.connectToServer();
        QTRY_VERIFY(plain.isReady());
        QCOMPARE(server.requests.first().authorization, QByteArrayLiteral("s3cret"));

        FakeConductorServer issuing;
        issuing.answerFile("GET /api/joinery/info", QStringLiteral("info-404.json"), 404);
        issuing.answer("POST /api/token", {200, QByteArrayLiteral("{\"token\":\"issued-token\"}")});
        RemoteSource exchanged(issuing.url(), QStringLiteral("app-key:s3cret"));
        exchanged.connectToServer();
        QTRY_VERIFY(exchanged.isReady());
        QCOMPARE(issuing.requests.first().path, QStringLiteral("/api/token"));
        const QJsonObject keys = QJsonDocument::fromJson(issuing.requests.first().body).object();
        QCOMPARE(keys.value(QLatin1String("keyId")).toString(), QStringLiteral("app-key"));
        QCOMPARE(keys.value(QLatin1String("keySecret")).toString(), QStringLiteral("s3cret"));
        QCOMPARE(issuing.requests.at(1).authorization, QByteArrayLiteral("issued-token"));
    }

    void joineryStreamFeedsSignals()
    {
        FakeConductorServer server;
        server.answerFile("GET /api/joinery/info", QStringLiteral("joinery-info.json"));
        server.answer("GET /api/joinery/faults",
            {200, QByteArrayLiteral("{\"lockMissRate\":0.5,\"legacyDecide\":true,\"decideDelayMs\":0,"
                                    "\"workerFailureRate\":0,\"sweeperPaused\":false}")});
        server.answerFile("GET /api/workflow/search", QStringLiteral("search.json"));
        server.answerFile("GET /api/workflow/" + kStuck.toUtf8(), QStringLiteral("workflow-stuck-join.json"));
        server.answerFile("GET /api/workflow/" + kDone.toUtf8(), QStringLiteral("workflow-completed.json"));
        server.answer("GET /api/joinery/stalls", {200, QByteArrayLiteral("[]")});
        server.answer("GET /api/joinery/demo-load",
            {200, QByteArrayLiteral("{\"running\":true,\"workflowsPerSecond\":2,\"started\":9}")});
        // Split in the middle of an event, as a network read may be.
        const QByteArray events = FakeConductorServer::recorded(QStringLiteral("joinery-events.txt"));
        const qsizetype cut = events.indexOf("event: stalls") + 9;
        server.streamAt(QStringLiteral("/api/joinery/events"), events.left(cut));

        RemoteSource source(server.url(), QString());
        QSignalSpy changed(&source, &ExecutionSource::executionsChanged);
        QSignalSpy stalls(&source, &ExecutionSource::stallsChanged);
        QSignalSpy locks(&source, &ExecutionSource::lockEventsArrived);
        QSignalSpy metrics(&source, &ExecutionSource::metricsSampled);
        QSignalSpy removed(&source, &ExecutionSource::executionsRemoved);
        source.connectToServer();
        QTRY_VERIFY(source.isReady());
        QCOMPARE(source.serverKind(), RemoteSource::ServerKind::Joinery);
        QCOMPARE(source.describe(), QStringLiteral("Server: %1 (Joinery 0.3.0)").arg(server.url().toString()));
        QVERIFY(source.capabilities().testFlag(ExecutionSource::LiveEvents));
        QVERIFY(source.capabilities().testFlag(ExecutionSource::Faults));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        const auto runs = changed.first().first().value<QList<RunSnapshot>>();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first()->workflowId, kStuck);
        QCOMPARE(runs.first()->tasks.size(), 4);
        QVERIFY(stalls.isEmpty()); // not complete yet

        QTRY_COMPARE(server.streamsOpened, 1);
        server.pushEvents(events.mid(cut));
        QTRY_COMPARE(stalls.size(), 1);
        QTRY_COMPARE(locks.size(), 1);
        QTRY_COMPARE(metrics.size(), 1);
        QTRY_COMPARE(removed.size(), 1);
        const auto stallList = stalls.first().first().value<QList<Stall>>();
        QCOMPARE(stallList.size(), 1);
        QCOMPARE(stallList.first().reason, StallReason::JoinDoneSuccessorMissing);
        const auto lockList = locks.first().first().value<QList<LockEvent>>();
        QCOMPARE(lockList.first().sequence, 41);
        QVERIFY(lockList.first().dropped);
        QCOMPARE(metrics.first().first().value<EngineMetrics>().stalled, 1);
        QCOMPARE(removed.first().first().toStringList(), QStringList {kDone});
        QTRY_VERIFY(source.demoLoadRunning());
        QTRY_COMPARE(source.faults().value(QLatin1String("lockMissRate")).toDouble(), 0.5);

        // A dropped stream is reported and reopened, resuming after the last lock event seen.
        QSignalSpy states(&source, &ExecutionSource::stateChanged);
        server.closeStreams();
        QTRY_VERIFY(!states.isEmpty());
        QVERIFY(states.first().first().toString().startsWith(QLatin1String("disconnected: ")));
        changed.clear();
        stalls.clear();
        QTRY_COMPARE_WITH_TIMEOUT(server.streamsOpened, 2, 10000);
        const auto streamRequest = std::find_if(server.requests.cbegin(), server.requests.cend(),
            [](const FakeConductorServer::Request &r) { return r.path == QLatin1String("/api/joinery/events"); });
        QCOMPARE(std::find_if(streamRequest + 1, server.requests.cend(), [](const FakeConductorServer::Request &r) {
            return r.path == QLatin1String("/api/joinery/events");
        })->query, QStringLiteral("lockCursor=42"));
        // What the stream missed is read back: the recently updated workflows and the stall list.
        QTRY_VERIFY(!changed.isEmpty());
        QTRY_VERIFY(!stalls.isEmpty());
        QVERIFY(server.calls().contains(QStringLiteral("GET /api/workflow/search")));
        QVERIFY(server.calls().contains(QStringLiteral("GET /api/joinery/stalls")));
    }

    void eventStreamReaderSplitsAnywhere_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 3, 7, 64, 100000})
            QTest::newRow(qPrintable(QStringLiteral("chunks_of_%1").arg(chunk))) << chunk;
    }

    void eventStreamReaderSplitsAnywhere()
    {
        QFETCH(int, chunk);
        const QByteArray stream = QByteArrayLiteral(": keep-alive\r\n\r\nevent: hello\r\ndata: {\"a\":1}\r\n\r\n"
                                                    "data: one\ndata: two\n\nevent: empty\n\n"
                                                    "event: stalls\rdata:[]\r\r: more\n");
        EventStreamReader reader;
        QList<EventStreamReader::Event> events;
        for (qsizetype i = 0; i < stream.size(); i += chunk)
            events += reader.feed(stream.mid(i, chunk));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).name, QStringLiteral("hello"));
        QCOMPARE(events.at(0).data, QByteArrayLiteral("{\"a\":1}"));
        QCOMPARE(events.at(1).name, QStringLiteral("message"));
        QCOMPARE(events.at(1).data, QByteArrayLiteral("one\ntwo"));
        QCOMPARE(events.at(2).name, QStringLiteral("stalls"));
        QCOMPARE(events.at(2).data, QByteArrayLiteral("[]"));
    }

    void runJsonAcceptsIsoAndEpochTimes()
    {
        QCOMPARE(millisFromJson(QJsonValue(1795770000000.0)), 1795770000000);
        QCOMPARE(millisFromJson(QJsonValue(QStringLiteral("2026-11-27T09:00:00.000Z"))), 1795770000000);
        QCOMPARE(millisFromJson(QJsonValue(QStringLiteral("1795770000000"))), 1795770000000);
        QCOMPARE(millisFromJson(QJsonValue(QString())), 0);
    }
};

QTEST_GUILESS_MAIN(TestRemoteSourceConductor)
#include "tst_remotesource_conductor.moc"
