// The remote client against a real Joinery REST server on loopback (an Engine on a temporary
// SQLite file plus joinery::http::RestServer in-process, as `joinery serve` runs them):
// definitions, search, fetch, start, every workflow action, task updates and logs, tokens, and
// live changes. Every wait is on the event loop (QTRY_*), which is also where the server runs.

#include "../../engine/http/resttestserver.h"

#include "common/version.h"
#include "execution/faultinjection.h"
#include "runtime/demoload.h"
#include "runtime/stalldetector.h"
#include "source/remotesource.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;
using joinery::http::RestServerOptions;
using joinery::http::test::RestTestServer;

namespace {

QJsonObject simpleTask(const QString &name)
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("taskReferenceName"), name},
        {QStringLiteral("type"), QStringLiteral("SIMPLE")}};
}

// fork [left] [right] -> join -> after: the shape whose JOIN can strand a workflow.
QJsonObject forkJoinDefinition(const QString &name, int version = 1)
{
    return QJsonObject {
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("ownerEmail"), QStringLiteral("test@joinery.local")},
        {QStringLiteral("tasks"),
            QJsonArray {
                QJsonObject {{QStringLiteral("name"), QStringLiteral("fork")},
                    {QStringLiteral("taskReferenceName"), QStringLiteral("fork")},
                    {QStringLiteral("type"), QStringLiteral("FORK_JOIN")},
                    {QStringLiteral("forkTasks"),
                        QJsonArray {QJsonArray {simpleTask(QStringLiteral("left"))},
                            QJsonArray {simpleTask(QStringLiteral("right"))}}}},
                QJsonObject {{QStringLiteral("name"), QStringLiteral("join")},
                    {QStringLiteral("taskReferenceName"), QStringLiteral("join")},
                    {QStringLiteral("type"), QStringLiteral("JOIN")},
                    {QStringLiteral("joinOn"), QJsonArray {QStringLiteral("left"), QStringLiteral("right")}}},
                simpleTask(QStringLiteral("after")),
            }},
    };
}

struct Server
{
    RestTestServer rest;
    explicit Server(RestServerOptions options = {})
        : rest(options)
    {
        const ActionResult r = rest.engine().registerWorkflowDef(forkJoinDefinition(QStringLiteral("remote_fork")), true);
        if (!r.ok())
            qFatal("cannot register: %s", qPrintable(r.message));
        rest.engine().registerMissingTaskDefs(QStringLiteral("remote_fork"));
    }
    QUrl url() const { return QUrl(rest.url(QString())); }
};

} // namespace

class TestRemoteSource : public QObject
{
    Q_OBJECT

    // Each helper answers through an out-parameter, so that QTRY_* can end the test on a timeout.
    void connect(RemoteSource &source)
    {
        source.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(source.isReady(), 10000);
    }
    void start(RemoteSource &source, const QString &correlationId, QString *id)
    {
        StartRequest request;
        request.name = QStringLiteral("remote_fork");
        request.correlationId = correlationId;
        request.input = QJsonObject {{QStringLiteral("n"), 1}};
        ActionResult result;
        bool done = false;
        source.startWorkflow(request, [&](const ActionResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.id.isEmpty());
        *id = result.id;
    }
    void fetch(RemoteSource &source, const QString &id, RunSnapshot *out)
    {
        bool done = false;
        source.fetchExecution(id, [&](const RunSnapshot &run) {
            *out = run;
            done = true;
        });
        QTRY_VERIFY(done);
    }
    void act(RemoteSource &source, const QString &id, const WorkflowAction &action, ActionResult *out)
    {
        bool done = false;
        source.act(id, action, [&](const ActionResult &r) {
            *out = r;
            done = true;
        });
        QTRY_VERIFY(done);
    }
    void query(RemoteSource &source, const ExecutionQuery &q, ExecutionPage *out)
    {
        bool done = false;
        source.queryExecutions(q, [&](const ExecutionPage &page) {
            *out = page;
            done = true;
        });
        QTRY_VERIFY(done);
    }
    // Fetches until the run satisfies `condition` (each fetch is one round trip, no sleeping).
    template<typename Condition>
    void fetchUntil(RemoteSource &source, const QString &id, Condition condition, RunSnapshot *out)
    {
        for (int i = 0; i < 2000; ++i) {
            fetch(source, id, out);
            if (QTest::currentTestFailed() || (*out && condition(**out)))
                return;
        }
        QFAIL("the execution never reached the expected state");
    }
    static const TaskRun *task(const WorkflowRun &run, const QString &reference)
    {
        return run.latestByReference(reference);
    }

private slots:
    void connectsAndDescribes()
    {
        Server server;
        RemoteSource source(server.url(), QString());
        QSignalSpy states(&source, &ExecutionSource::stateChanged);
        connect(source);
        QVERIFY(source.serverKind() != RemoteSource::ServerKind::Unknown);
        QTRY_VERIFY(!states.isEmpty());
        QCOMPARE(states.first().first().toString(), QStringLiteral("connected"));
        QVERIFY(source.describe().startsWith(QStringLiteral("Server: ") + server.url().toString()));
        QVERIFY(source.capabilities().testFlag(ExecutionSource::Stalls));
        // `joinery serve` is a Joinery server: every extension, pushed over the event stream.
        QCOMPARE(source.serverKind(), RemoteSource::ServerKind::Joinery);
        QVERIFY(!source.stallsDerived());
        QCOMPARE(source.capabilities(),
            ExecutionSource::Stalls | ExecutionSource::LockEvents | ExecutionSource::Metrics
                | ExecutionSource::DecidePreview | ExecutionSource::Faults | ExecutionSource::DemoLoad
                | ExecutionSource::LiveEvents | ExecutionSource::TaskLogs);
        QCOMPARE(source.describe(),
            QStringLiteral("Server: %1 (Joinery %2)").arg(server.url().toString(), QString::fromLatin1(kVersion)));
    }

    void registersListsAndRemovesDefinitions()
    {
        Server server;
        RemoteSource source(server.url(), QString());
        connect(source);
        // QTRY_* cannot sit in a function that returns a value; wait by hand on the loop.
        auto reg = [&](const QJsonObject &def, bool overwrite) {
            ActionResult out = ActionResult::failure(ErrorKind::Internal, QStringLiteral("no answer"));
            bool done = false;
            source.registerDefinition(def, overwrite, [&](const ActionResult &r) {
                out = r;
                done = true;
            });
            QElapsedTimer waited;
            waited.start();
            while (!done && waited.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            return out;
        };
        ActionResult r = reg(forkJoinDefinition(QStringLiteral("remote_def"), 1), false);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.id, QStringLiteral("remote_def"));
        r = reg(forkJoinDefinition(QStringLiteral("remote_def"), 1), false);
        QCOMPARE(r.error, ErrorKind::Conflict);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(reg(forkJoinDefinition(QStringLiteral("remote_def"), 1), true).ok());
        QVERIFY(reg(forkJoinDefinition(QStringLiteral("remote_def"), 2), false).ok());

        QJsonObject invalid = forkJoinDefinition(QStringLiteral("remote_bad"));
        invalid.insert(QStringLiteral("tasks"), QJsonArray {simpleTask(QStringLiteral("x")), simpleTask(QStringLiteral("x"))});
        r = reg(invalid, false);
        QCOMPARE(r.error, ErrorKind::BadRequest);

        QList<WorkflowDefPtr> defs;
        bool done = false;
        source.fetchDefinitions([&](const QList<WorkflowDefPtr> &d) {
            defs = d;
            done = true;
        });
        QTRY_VERIFY(done);
        QStringList versions;
        for (const WorkflowDefPtr &d : std::as_const(defs))
            versions << d->name + QLatin1Char('/') + QString::number(d->version);
        QVERIFY2(versions.contains(QStringLiteral("remote_def/1")) && versions.contains(QStringLiteral("remote_def/2"))
                && versions.contains(QStringLiteral("remote_fork/1")),
            qPrintable(versions.join(QLatin1Char(' '))));

        done = false;
        source.removeDefinition(QStringLiteral("remote_def"), 1, [&](const ActionResult &res) {
            r = res;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(r.ok(), qPrintable(r.message));
        done = false;
        source.removeDefinition(QStringLiteral("remote_def"), 1, [&](const ActionResult &res) {
            r = res;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(r.error, ErrorKind::NotFound);
    }

    void startsFetchesAndUpdatesTasks()
    {
        Server server;
        RemoteSource source(server.url(), QString());
        connect(source);
        QString id;
        start(source, QStringLiteral("order-1"), &id);
        if (QTest::currentTestFailed())
            return;
        RunSnapshot run;
        fetchUntil(source, id, [](const WorkflowRun &r) { return r.tasks.size() >= 4; }, &run);
        QCOMPARE(run->workflowId, id);
        QCOMPARE(run->workflowName, QStringLiteral("remote_fork"));
        QCOMPARE(run->correlationId, QStringLiteral("order-1"));
        QCOMPARE(run->status, WorkflowStatus::Running);
        QCOMPARE(run->input.value(QLatin1String("n")).toInt(), 1);
        QVERIFY(run->definition);
        QCOMPARE(task(*run, QStringLiteral("join"))->type, TaskType::Join);
        const TaskRun left = *task(*run, QStringLiteral("left"));
        const TaskRun right = *task(*run, QStringLiteral("right"));
        QCOMPARE(left.status, TaskStatus::Scheduled);

        for (const TaskRun &t : {left, right}) {
            TaskResult result;
            result.workflowId = id;
            result.taskId = t.taskId;
            result.status = TaskStatus::Completed;
            result.outputData = QJsonObject {{QStringLiteral("by"), t.referenceTaskName}};
            result.logs = {QStringLiteral("did %1").arg(t.referenceTaskName)};
            ActionResult updated;
            bool done = false;
            source.updateTask(result, [&](const ActionResult &r) {
                updated = r;
                done = true;
            });
            QTRY_VERIFY(done);
            QVERIFY2(updated.ok(), qPrintable(updated.message));
        }
        fetchUntil(source, id, [](const WorkflowRun &r) {
            const TaskRun *after = r.latestByReference(QStringLiteral("after"));
            return after != nullptr;
        }, &run);
        QCOMPARE(task(*run, QStringLiteral("join"))->status, TaskStatus::Completed);
        QCOMPARE(task(*run, QStringLiteral("left"))->outputData.value(QLatin1String("by")).toString(),
            QStringLiteral("left"));

        QStringList logs;
        bool logged = false;
        source.fetchTaskLogs(left.taskId, [&](const QStringList &lines) {
            logs = lines;
            logged = true;
        });
        QTRY_VERIFY(logged);
        QCOMPARE(logs, QStringList {QStringLiteral("did left")});

        // A bad update: the server's message comes back as the failure.
        TaskResult bad;
        bad.workflowId = id;
        bad.taskId = QStringLiteral("no-such-task");
        ActionResult failed;
        bool done = false;
        source.updateTask(bad, [&](const ActionResult &r) {
            failed = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!failed.ok());
        QVERIFY(!failed.message.isEmpty());

        RunSnapshot missing = run;
        fetch(source, QStringLiteral("no-such-workflow"), &missing);
        QVERIFY(!missing);
    }

    void searchesWithFiltersAndPaging()
    {
        Server server;
        RemoteSource source(server.url(), QString());
        connect(source);
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            QString id;
            start(source, QStringLiteral("corr-%1").arg(i), &id);
            if (QTest::currentTestFailed())
                return;
            ids << id;
        }
        ExecutionQuery q;
        q.name = QStringLiteral("remote_fork");
        q.limit = 2;
        ExecutionPage page;
        query(source, q, &page);
        QCOMPARE(page.total, 5);
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows.at(0).workflowId, ids.at(4)); // newest first
        QCOMPARE(page.rows.at(0).name, QStringLiteral("remote_fork"));
        QCOMPARE(page.rows.at(0).status, WorkflowStatus::Running);

        q.offset = 4;
        query(source, q, &page);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.at(0).workflowId, ids.at(0));

        q.offset = 0;
        q.limit = 50;
        q.ascending = true;
        query(source, q, &page);
        QCOMPARE(page.rows.at(0).workflowId, ids.at(0));

        q.correlationId = QStringLiteral("corr-3");
        query(source, q, &page);
        QCOMPARE(page.total, 1);
        QCOMPARE(page.rows.at(0).workflowId, ids.at(3));
        QCOMPARE(page.rows.at(0).correlationId, QStringLiteral("corr-3"));

        WorkflowAction terminate;
        terminate.kind = WorkflowAction::Terminate;
        ActionResult result;
        act(source, ids.at(2), terminate, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        ExecutionQuery byStatus;
        byStatus.statuses = {QStringLiteral("TERMINATED")};
        query(source, byStatus, &page);
        QCOMPARE(page.total, 1);
        QCOMPARE(page.rows.at(0).workflowId, ids.at(2));
        byStatus.statuses = {QStringLiteral("TERMINATED"), QStringLiteral("RUNNING")};
        query(source, byStatus, &page);
        QCOMPARE(page.total, 5);

        ExecutionQuery later;
        later.startedAfter = QDateTime::currentMSecsSinceEpoch() + 60'000;
        query(source, later, &page);
        QCOMPARE(page.total, 0);
        ExecutionQuery earlier;
        earlier.startedBefore = QDateTime::currentMSecsSinceEpoch() + 60'000;
        query(source, earlier, &page);
        QCOMPARE(page.total, 5);
    }

    void everyWorkflowAction()
    {
        Server server;
        RemoteSource source(server.url(), QString());
        connect(source);
        QString id;
        start(source, QStringLiteral("acts"), &id);
        if (QTest::currentTestFailed())
            return;
        RunSnapshot run;
        ActionResult result;
        WorkflowAction a;

        a.kind = WorkflowAction::Pause;
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        fetch(source, id, &run);
        QCOMPARE(run->status, WorkflowStatus::Paused);
        a.kind = WorkflowAction::Resume;
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        fetch(source, id, &run);
        QCOMPARE(run->status, WorkflowStatus::Running);

        a.kind = WorkflowAction::Decide;
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        a.kind = WorkflowAction::Requeue;
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));

        a.kind = WorkflowAction::SkipTask;
        a.taskReference = QStringLiteral("left");
        a.taskOutput = QJsonObject {{QStringLiteral("skipped"), true}};
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        fetchUntil(source, id, [](const WorkflowRun &r) {
            const TaskRun *left = r.latestByReference(QStringLiteral("left"));
            return left && left->status == TaskStatus::Skipped;
        }, &run);

        a = WorkflowAction {};
        a.kind = WorkflowAction::Terminate;
        a.reason = QStringLiteral("stopped by the remote test & co");
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        fetch(source, id, &run);
        QCOMPARE(run->status, WorkflowStatus::Terminated);
        QCOMPARE(run->reasonForIncompletion, QStringLiteral("stopped by the remote test & co"));

        // The server's refusal, with its message.
        a = WorkflowAction {};
        a.kind = WorkflowAction::Pause;
        act(source, id, a, &result);
        QCOMPARE(result.error, ErrorKind::Conflict);
        QVERIFY(!result.message.isEmpty());

        a.kind = WorkflowAction::Retry;
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        fetch(source, id, &run);
        QCOMPARE(run->status, WorkflowStatus::Running);

        a.kind = WorkflowAction::Terminate;
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        a.kind = WorkflowAction::Restart;
        a.useLatestDefinition = true;
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        fetch(source, id, &run);
        QCOMPARE(run->status, WorkflowStatus::Running);

        a = WorkflowAction {};
        a.kind = WorkflowAction::Terminate;
        act(source, id, a, &result);
        a.kind = WorkflowAction::Rerun;
        a.workflowInput = QJsonObject {{QStringLiteral("n"), 2}};
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.id, id); // Conductor reruns in place and answers the same id
        fetch(source, id, &run);
        QCOMPARE(run->status, WorkflowStatus::Running);
        QCOMPARE(run->input.value(QLatin1String("n")).toInt(), 2);

        a = WorkflowAction {};
        a.kind = WorkflowAction::Remove;
        act(source, id, a, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        fetch(source, id, &run);
        QVERIFY(!run);

        a.kind = WorkflowAction::Pause;
        act(source, QStringLiteral("no-such-workflow"), a, &result);
        QCOMPARE(result.error, ErrorKind::NotFound);
    }

    void authenticatesWithTokens()
    {
        RestServerOptions options;
        options.token = QStringLiteral("s3cret");
        Server server(options);

        RemoteSource anonymous(server.url(), QString());
        QSignalSpy refused(&anonymous, &ExecutionSource::stateChanged);
        connect(anonymous);
        QCOMPARE(anonymous.serverKind(), RemoteSource::ServerKind::Unknown);
        QTRY_VERIFY(!refused.isEmpty());
        QVERIFY2(refused.first().first().toString().startsWith(QLatin1String("disconnected: ")),
            qPrintable(refused.first().first().toString()));

        for (const QString &token : {QStringLiteral("s3cret"), QStringLiteral("desktop:s3cret")}) {
            RemoteSource source(server.url(), token);
            connect(source);
            QVERIFY2(source.serverKind() != RemoteSource::ServerKind::Unknown, qPrintable(token));
            QString id;
            start(source, token, &id);
            if (QTest::currentTestFailed())
                return;
            RunSnapshot run;
            fetch(source, id, &run);
            QVERIFY(run);
        }

        RemoteSource wrong(server.url(), QStringLiteral("desktop:guess"));
        connect(wrong);
        QCOMPARE(wrong.serverKind(), RemoteSource::ServerKind::Unknown);
    }

    void liveChangesArrive()
    {
        Server server;
        RemoteSource source(server.url(), QString());
        QSignalSpy changed(&source, &ExecutionSource::executionsChanged);
        connect(source);
        QString id;
        start(source, QStringLiteral("live"), &id);
        if (QTest::currentTestFailed())
            return;
        auto seen = [&] {
            for (const QList<QVariant> &batch : std::as_const(changed)) {
                for (const RunSnapshot &run : batch.first().value<QList<RunSnapshot>>()) {
                    if (run && run->workflowId == id)
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(), 15000);
    }

    void joineryExtensions()
    {
        Server server;
        RemoteSource source(server.url(), QString());
        QSignalSpy locks(&source, &ExecutionSource::lockEventsArrived);
        QSignalSpy metrics(&source, &ExecutionSource::metricsSampled);
        connect(source);
        QString id;
        start(source, QStringLiteral("extensions"), &id);
        if (QTest::currentTestFailed())
            return;

        // Lock events and metrics come over the event stream on the server's timers.
        QTRY_VERIFY_WITH_TIMEOUT(!locks.isEmpty(), 10000);
        bool sawWorkflow = false;
        for (const QList<QVariant> &batch : std::as_const(locks)) {
            for (const LockEvent &e : batch.first().value<QList<LockEvent>>())
                sawWorkflow = sawWorkflow || e.workflowId == id;
        }
        QVERIFY(sawWorkflow);
        QTRY_VERIFY_WITH_TIMEOUT(!metrics.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(metrics.last().first().value<EngineMetrics>().running >= 1, 10000);

        QStringList lines;
        QString error;
        bool previewed = false;
        source.previewDecide(id, [&](const QStringList &l, const QString &e) {
            lines = l;
            error = e;
            previewed = true;
        });
        QTRY_VERIFY(previewed);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!lines.isEmpty());
        previewed = false;
        source.previewDecide(QStringLiteral("no-such-workflow"), [&](const QStringList &l, const QString &e) {
            lines = l;
            error = e;
            previewed = true;
        });
        QTRY_VERIFY(previewed);
        QVERIFY(!error.isEmpty());

        ActionResult result;
        bool done = false;
        source.setFaults(QJsonObject {{QStringLiteral("lockMissRate"), 0.25}, {QStringLiteral("decideDelayMs"), 5}},
            [&](const ActionResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(source.faults().value(QLatin1String("lockMissRate")).toDouble(), 0.25);
        QCOMPARE(server.rest.engine().faults().lockMissRate.load(), 0.25);
        done = false;
        source.setFaults(QJsonObject {{QStringLiteral("lockMissRate"), 3}}, [&](const ActionResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error, ErrorKind::BadRequest);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(source.faults().value(QLatin1String("lockMissRate")).toDouble(), 0.25);
        // Changed on the server by someone else: the event stream brings it to this window.
        QString applyError;
        QVERIFY(server.rest.engine().faults().apply(
            QJsonObject {{QStringLiteral("lockMissRate"), 0.0}}, &applyError));
        QTRY_COMPARE_WITH_TIMEOUT(source.faults().value(QLatin1String("lockMissRate")).toDouble(), 0.0, 10000);

        QSignalSpy changed(&source, &ExecutionSource::executionsChanged);
        QVERIFY(!source.demoLoadRunning());
        source.setDemoLoad(true, 20);
        QTRY_VERIFY_WITH_TIMEOUT(server.rest.engine().demoLoad().isRunning(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(server.rest.engine().demoLoad().started() >= 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 10000);
        source.setDemoLoad(false, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!server.rest.engine().demoLoad().isRunning(), 10000);
        QTRY_VERIFY(!source.demoLoadRunning());
    }

    // The stuck JOIN, reproduced on the server in legacy mode with every lock attempt failing,
    // reaches the client as a stall over the event stream; a decide from the client recovers it.
    void legacyJoinStallArrivesOverTheStream()
    {
        Server server;
        server.rest.engine().stalls().setThreshold(200);
        RemoteSource source(server.url(), QString());
        QSignalSpy stalls(&source, &ExecutionSource::stallsChanged);
        connect(source);
        QString id;
        start(source, QStringLiteral("stuck"), &id);
        if (QTest::currentTestFailed())
            return;
        RunSnapshot run;
        fetchUntil(source, id, [](const WorkflowRun &r) { return r.tasks.size() >= 4; }, &run);

        auto complete = [&](const QString &reference, ActionResult *out) {
            TaskResult result;
            result.workflowId = id;
            result.taskId = task(*run, reference)->taskId;
            bool done = false;
            source.updateTask(result, [&](const ActionResult &r) {
                *out = r;
                done = true;
            });
            QTRY_VERIFY(done);
        };
        ActionResult result;
        complete(QStringLiteral("left"), &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        bool done = false;
        source.setFaults(QJsonObject {{QStringLiteral("legacyDecide"), true}, {QStringLiteral("lockMissRate"), 1.0}},
            [&](const ActionResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY2(result.ok(), qPrintable(result.message));
        complete(QStringLiteral("right"), &result);
        QVERIFY2(result.ok(), qPrintable(result.message));

        auto stalledHere = [&] {
            if (stalls.isEmpty())
                return false;
            // The detector names the JOIN, even though the branch that finished last was not
            // advanced either.
            for (const Stall &s : stalls.last().first().value<QList<Stall>>()) {
                if (s.workflowId == id && s.reason == StallReason::JoinDoneSuccessorMissing
                    && s.taskReference == QLatin1String("join"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(stalledHere(), 15000);
        // The JOIN was marked COMPLETED, but the decide that would schedule what follows was
        // dropped on the lock miss.
        fetch(source, id, &run);
        QCOMPARE(task(*run, QStringLiteral("join"))->status, TaskStatus::Completed);
        QVERIFY(!task(*run, QStringLiteral("join"))->executed);
        QVERIFY(!task(*run, QStringLiteral("after")));

        done = false;
        source.setFaults(QJsonObject {{QStringLiteral("legacyDecide"), false}, {QStringLiteral("lockMissRate"), 0.0}},
            [&](const ActionResult &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY(done);
        WorkflowAction decide;
        decide.kind = WorkflowAction::Decide;
        act(source, id, decide, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        fetchUntil(source, id, [](const WorkflowRun &r) { return r.latestByReference(QStringLiteral("after")); }, &run);
        QTRY_VERIFY_WITH_TIMEOUT(!stalledHere(), 15000);
    }
};

QTEST_GUILESS_MAIN(TestRemoteSource)
#include "tst_remotesource.moc"
