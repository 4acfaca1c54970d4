// Workers over REST: a fork/join run by polling and updating through the API (batch and single
// poll, update-v2, update by reference, logs), refused updates, empty and long polls, queues,
// poll data and the admin endpoints.

#include "restscenario.h"

#include "common/version.h"
#include "runtime/completionwaiter.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace joinery;
using namespace joinery::http;
using namespace joinery::http::test;

namespace {

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class TestRestTasks : public QObject, public RestScenario
{
    Q_OBJECT

private slots:
    void init() { s = std::make_unique<RestTestServer>(); }
    void cleanup() { s.reset(); }

    void forkJoinRunsThroughRestWorkers()
    {
        registerDefinitions();
        const QString id = start({{QStringLiteral("x"), 7}});
        QVERIFY(!id.isEmpty());
        QVERIFY(!id.startsWith(QLatin1Char('"'))); // text/plain, not JSON

        const QJsonObject a = completeOne(QStringLiteral("t_a"), {{QStringLiteral("done"), true}});
        QCOMPARE(
            a.value(QLatin1String("inputData")).toObject().value(QLatin1String("x")).toInt(), 7);
        QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("IN_PROGRESS"));

        // Both branches at once, in one batch.
        const HttpResult branches
            = s->get(QStringLiteral("/api/tasks/poll/batch/t_b?workerid=w1&count=5&timeout=5000"));
        QCOMPARE(branches.status, 200);
        QJsonArray both = branches.array();
        for (int i = 0; both.size() < 2 && i < 10; ++i)
            both += s->get(QStringLiteral(
                               "/api/tasks/poll/batch/t_b?workerid=w1&count=5&timeout=1000"))
                        .array();
        QCOMPARE(both.size(), 2);
        // One through update-v2 (nothing else of t_b is waiting: 204 without a Content-Type)...
        const HttpResult v2 = s->post(QStringLiteral("/api/tasks/update-v2"),
            taskResult(both.at(0).toObject(), QStringLiteral("COMPLETED")));
        QCOMPARE(v2.status, 204);
        QVERIFY(v2.contentType.isEmpty());
        // ...the other by reference name, with the output as the body.
        const QString ref
            = both.at(1).toObject().value(QLatin1String("referenceTaskName")).toString();
        const HttpResult byRef = s->post(
            QStringLiteral("/api/tasks/%1/%2/COMPLETED?workerid=w9").arg(id, ref), R"({"o":2})");
        QCOMPARE(byRef.status, 200);
        QCOMPARE(byRef.text(), both.at(1).toObject().value(QLatin1String("taskId")).toString());
        QCOMPARE(s->post(QStringLiteral("/api/tasks/%1/%2/COMPLETED").arg(id, ref), "{}").status,
            404); // no longer pending
        QCOMPARE(s->post(QStringLiteral("/api/tasks/%1/c/SKIPPED").arg(id), "{}").status, 400);

        // The task after the JOIN (the long poll waits for the join to be decided).
        const QJsonArray afterJoin
            = s->get(QStringLiteral("/api/tasks/poll/batch/t_c?workerid=w2&timeout=5000")).array();
        QCOMPARE(afterJoin.size(), 1);
        const QJsonObject c = afterJoin.first().toObject();
        CompletionWaiter waiter(s->engine().executor());
        QCOMPARE(s->post(QStringLiteral("/api/tasks"),
                      taskResult(c, QStringLiteral("COMPLETED"), {{QStringLiteral("r"), 1}}))
                     .status,
            200);
        QVERIFY(waiter.waitFor(id, 10'000));
        QCOMPARE(statusOf(id), QStringLiteral("COMPLETED"));

        const HttpResult wf = s->get(QStringLiteral("/api/workflow/%1").arg(id));
        QCOMPARE(wf.status, 200);
        QVERIFY(wf.isJson());
        const QJsonArray tasks = wf.object().value(QLatin1String("tasks")).toArray();
        QCOMPARE(tasks.size(), 6); // a, fork, b1, b2, join, c
        for (const QJsonValue &t : tasks)
            QCOMPARE(t.toObject().value(QLatin1String("status")).toString(),
                QStringLiteral("COMPLETED"));
        QVERIFY(!s->get(QStringLiteral("/api/workflow/%1?includeTasks=false").arg(id))
                     .object()
                     .contains(QLatin1String("tasks")));
        const HttpResult status
            = s->get(QStringLiteral("/api/workflow/%1/status?includeOutput=true").arg(id));
        QCOMPARE(status.object()
                     .value(QLatin1String("output"))
                     .toObject()
                     .value(QLatin1String("r"))
                     .toInt(),
            1);
        const HttpResult page = s->get(
            QStringLiteral("/api/workflow/%1/tasks?start=1&count=2&status=COMPLETED").arg(id));
        QCOMPARE(page.object().value(QLatin1String("totalHits")).toInt(), 6);
        QCOMPARE(page.object().value(QLatin1String("results")).toArray().size(), 2);

        // A task, its logs, a duplicate completion (acknowledged, changes nothing), a contradiction
        // (409).
        const QString taskId = c.value(QLatin1String("taskId")).toString();
        QCOMPARE(s->get(QStringLiteral("/api/tasks/%1").arg(taskId))
                     .object()
                     .value(QLatin1String("referenceTaskName"))
                     .toString(),
            QStringLiteral("c"));
        QCOMPARE(s->get(QStringLiteral("/api/tasks/no-such-task")).status, 404);
        QCOMPARE(
            s->post(QStringLiteral("/api/tasks/%1/log").arg(taskId), "\"first line\"").status, 200);
        const HttpResult logs = s->get(QStringLiteral("/api/tasks/%1/log").arg(taskId));
        QCOMPARE(logs.array().size(), 1);
        QCOMPARE(logs.array().first().toObject().value(QLatin1String("log")).toString(),
            QStringLiteral("first line"));
        QCOMPARE(s->post(QStringLiteral("/api/tasks/no-such-task/log"), "\"x\"").status, 404);
        QCOMPARE(s->post(QStringLiteral("/api/tasks"), taskResult(c, QStringLiteral("COMPLETED")))
                     .status,
            200);
        QCOMPARE(
            s->post(QStringLiteral("/api/tasks"), taskResult(c, QStringLiteral("FAILED"))).status,
            409);
        QCOMPARE(statusOf(id), QStringLiteral("COMPLETED"));
    }

    void taskUpdatesAreValidated()
    {
        registerDefinitions();
        const QString id = start();
        // Queue entries are pushed before a start is answered, so the single poll finds the task.
        const HttpResult polled = s->get(QStringLiteral("/api/tasks/poll/t_a?workerid=single"));
        QCOMPARE(polled.status, 200);
        QVERIFY(polled.isJson());
        const QJsonObject a = polled.object();
        QCOMPARE(a.value(QLatin1String("workerId")).toString(), QStringLiteral("single"));
        QCOMPARE(
            s->post(QStringLiteral("/api/tasks"), taskResult(a, QStringLiteral("SKIPPED"))).status,
            400);
        QCOMPARE(s->post(QStringLiteral("/api/tasks"), R"({"taskId":"x"})").status, 400);
        QCOMPARE(
            s->post(QStringLiteral("/api/tasks"),
                 R"({"workflowInstanceId":"w","taskId":"t","status":"COMPLETED","outputData":[1]})")
                .status,
            400);
        QCOMPARE(s->post(QStringLiteral("/api/tasks"), "not json").status, 400);
        QCOMPARE(s->post(QStringLiteral("/api/tasks"),
                      R"({"workflowInstanceId":"nope","taskId":"t","status":"COMPLETED"})")
                     .status,
            404);
        QCOMPARE(s->post(QStringLiteral("/api/tasks/update-v2"),
                      R"({"workflowInstanceId":"nope","taskId":"t","status":"COMPLETED"})")
                     .status,
            404);
        // None of that touched the task.
        const QJsonArray tasks = s->get(QStringLiteral("/api/workflow/%1").arg(id))
                                     .object()
                                     .value(QLatin1String("tasks"))
                                     .toArray();
        QCOMPARE(tasks.first().toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("IN_PROGRESS"));
    }

    void emptyPolls()
    {
        const HttpResult single = s->get(QStringLiteral("/api/tasks/poll/nothing?workerid=w"));
        QCOMPARE(single.status, 204);
        QVERIFY(single.contentType.isEmpty());
        const HttpResult batch
            = s->get(QStringLiteral("/api/tasks/poll/batch/nothing?workerid=w&count=3&timeout=0"));
        QCOMPARE(batch.status, 200);
        QVERIFY(batch.isJson());
        QCOMPARE(batch.body, QByteArray("[]"));
        QElapsedTimer waited;
        waited.start();
        QCOMPARE(s->get(QStringLiteral("/api/tasks/poll/batch/nothing?timeout=300")).body,
            QByteArray("[]"));
        QVERIFY2(waited.elapsed() >= 280, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(s->get(QStringLiteral("/api/tasks/poll/batch/nothing?count=0")).status, 400);
        QCOMPARE(
            s->get(QStringLiteral("/api/tasks/poll/batch/nothing?timeout=9999999")).status, 400);
        QCOMPARE(s->get(QStringLiteral("/api/tasks/poll/batch/nothing?count=abc")).status, 400);
    }

    void longPollWakesWhenATaskArrives()
    {
        registerDefinitions();
        // Start a workflow while a poll for its first task is already waiting.
        QString id;
        QTimer::singleShot(150, [&] { id = start(); });
        QElapsedTimer waited;
        waited.start();
        const HttpResult r
            = s->get(QStringLiteral("/api/tasks/poll/batch/t_a?workerid=lp&count=2&timeout=10000"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        QVERIFY2(waited.elapsed() < 5'000, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(
            r.array().first().toObject().value(QLatin1String("workflowInstanceId")).toString(), id);
        const HttpResult pollData
            = s->get(QStringLiteral("/api/tasks/queue/polldata?taskType=t_a"));
        QCOMPARE(pollData.array().first().toObject().value(QLatin1String("workerId")).toString(),
            QStringLiteral("lp"));
    }

    void taskSearch()
    {
        registerDefinitions();
        const QString first = start({}, QStringLiteral("corr-1"));
        const QString second = start();
        completeOne(QStringLiteral("t_a"), {{QStringLiteral("needle"), QStringLiteral("haystack")}});
        // first: a COMPLETED, b1/b2 SCHEDULED (the fork ran); second: a SCHEDULED.

        const HttpResult all = s->get(QStringLiteral("/api/tasks/search?query=")
            + percent(QStringLiteral("taskType IN (t_a)")));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.object().value(QLatin1String("totalHits")).toInt(), 2);
        const QJsonObject done
            = s->get(QStringLiteral("/api/tasks/search?query=")
                + percent(QStringLiteral("taskType = t_a AND status = COMPLETED")))
                  .object();
        QCOMPARE(done.value(QLatin1String("totalHits")).toInt(), 1);
        const QJsonObject summary = done.value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(summary.value(QLatin1String("workflowId")).toString(), first);
        QCOMPARE(summary.value(QLatin1String("workflowType")).toString(), QStringLiteral("http_fork"));
        QCOMPARE(summary.value(QLatin1String("correlationId")).toString(), QStringLiteral("corr-1"));
        QVERIFY(summary.value(QLatin1String("output")).toString().contains(QLatin1String("haystack")));
        QVERIFY(summary.value(QLatin1String("endTime")).toString().endsWith(QLatin1Char('Z')));

        // Free text reaches outputs; search-v2 answers whole tasks; paging is stable.
        const QJsonObject text = s->get(QStringLiteral("/api/tasks/search-v2?freeText=haystack")).object();
        QCOMPARE(text.value(QLatin1String("totalHits")).toInt(), 1);
        QCOMPARE(text.value(QLatin1String("results")).toArray().first().toObject()
                     .value(QLatin1String("outputData")).toObject().value(QLatin1String("needle")).toString(),
            QStringLiteral("haystack"));
        QSet<QString> seen;
        for (int page = 0; page < 4; ++page) {
            const QJsonArray rows = s->get(QStringLiteral("/api/tasks/search?size=1&start=%1&sort=scheduledTime:ASC")
                                             .arg(page))
                                        .object().value(QLatin1String("results")).toArray();
            QCOMPARE(rows.size(), 1);
            seen.insert(rows.first().toObject().value(QLatin1String("taskId")).toString());
        }
        QCOMPARE(seen.size(), 4); // a, b1, b2 of the first, a of the second — none twice
        const QJsonObject bySecond = s->get(QStringLiteral("/api/tasks/search?query=workflowId%3D") + second).object();
        QCOMPARE(bySecond.value(QLatin1String("totalHits")).toInt(), 1);

        const HttpResult bad = s->get(QStringLiteral("/api/tasks/search?query=")
            + percent(QStringLiteral("status = RUNNING")));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.object().value(QLatin1String("message")).toString().contains(QLatin1String("task status")));
        QCOMPARE(s->get(QStringLiteral("/api/tasks/search?sort=colour:ASC")).status, 400);
    }

    void taskDomainsRouteWorkerTasks()
    {
        registerDefinitions();
        auto startIn = [this](const QJsonObject &taskToDomain) {
            const HttpResult r = s->post(QStringLiteral("/api/workflow"),
                RestTestServer::json({{QStringLiteral("name"), QStringLiteral("http_fork")},
                    {QStringLiteral("taskToDomain"), taskToDomain}}));
            if (r.status != 200)
                qWarning("start failed: %d %s", r.status, r.body.constData());
            return r.text();
        };
        auto pollOne = [this](const QString &domain) {
            const QString path = QStringLiteral("/api/tasks/poll/t_a?workerid=w")
                + (domain.isEmpty() ? QString() : QStringLiteral("&domain=") + domain);
            return s->get(path);
        };

        // No worker polled "blue": the last (only) domain is used, and only blue workers see it.
        const QString blue = startIn({{QStringLiteral("t_a"), QStringLiteral("blue")}});
        QCOMPARE(pollOne(QString()).status, 204);
        const HttpResult got = pollOne(QStringLiteral("blue"));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(QLatin1String("workflowInstanceId")).toString(), blue);
        QCOMPARE(got.object().value(QLatin1String("domain")).toString(), QStringLiteral("blue"));

        // "*" with NO_DOMAIN as the fallback and no red workers: the plain queue.
        const QString plain = startIn({{QStringLiteral("*"), QStringLiteral("red,NO_DOMAIN")}});
        QCOMPARE(pollOne(QStringLiteral("red")).status, 204); // red is now active...
        const QString red = startIn({{QStringLiteral("*"), QStringLiteral("red,NO_DOMAIN")}});
        const HttpResult plainTask = pollOne(QString());
        QCOMPARE(plainTask.status, 200);
        QCOMPARE(plainTask.object().value(QLatin1String("workflowInstanceId")).toString(), plain);
        QVERIFY(plainTask.object().value(QLatin1String("domain")).isNull());
        // ...so the workflow started after that poll went to red.
        const HttpResult redTask = pollOne(QStringLiteral("red"));
        QCOMPARE(redTask.status, 200);
        QCOMPARE(redTask.object().value(QLatin1String("workflowInstanceId")).toString(), red);

        // The domain is kept in the store (the execution read back carries it) and completes.
        QCOMPARE(s->post(QStringLiteral("/api/tasks"),
                      taskResult(got.object(), QStringLiteral("COMPLETED"))).status, 200);
        const QJsonObject stored = s->get(QStringLiteral("/api/workflow/%1").arg(blue)).object();
        QCOMPARE(stored.value(QLatin1String("tasks")).toArray().first().toObject()
                     .value(QLatin1String("domain")).toString(), QStringLiteral("blue"));
        QCOMPARE(stored.value(QLatin1String("taskToDomain")).toObject()
                     .value(QLatin1String("t_a")).toString(), QStringLiteral("blue"));
        // The fork's b tasks are not routed: t_b has no mapping.
        const HttpResult b = s->get(QStringLiteral("/api/tasks/poll/t_b?workerid=w"));
        QCOMPARE(b.status, 200);
        QCOMPARE(b.object().value(QLatin1String("workflowInstanceId")).toString(), blue);
    }

    void taskDefLimitsCapPolls()
    {
        registerDefinitions();
        // t_b: at most one IN_PROGRESS at a time, and at most two handed out a minute.
        QCOMPARE(s->put(QStringLiteral("/api/metadata/taskdefs"),
                     RestTestServer::json(QJsonObject {{QStringLiteral("name"), QStringLiteral("t_b")},
                         {QStringLiteral("retryCount"), 0}, {QStringLiteral("concurrentExecLimit"), 1},
                         {QStringLiteral("rateLimitPerFrequency"), 2},
                         {QStringLiteral("rateLimitFrequencyInSeconds"), 60}}))
                     .status,
            200);
        start();
        completeOne(QStringLiteral("t_a")); // the fork schedules b1 and b2
        auto pollB = [this] {
            return s->get(QStringLiteral("/api/tasks/poll/batch/t_b?workerid=w&count=5&timeout=0")).array();
        };
        const QJsonArray first = pollB();
        QCOMPARE(first.size(), 1); // two are queued, one may run
        QCOMPARE(pollB().size(), 0);
        QCOMPARE(s->get(QStringLiteral("/api/tasks/queue/sizes?taskType=t_b")).object()
                     .value(QLatin1String("t_b")).toInt(), 1);
        QCOMPARE(s->post(QStringLiteral("/api/tasks"),
                     taskResult(first.first().toObject(), QStringLiteral("COMPLETED"))).status, 200);
        const QJsonArray second = pollB(); // the running one ended: the next may go
        QCOMPARE(second.size(), 1);
        QCOMPARE(s->post(QStringLiteral("/api/tasks"),
                     taskResult(second.first().toObject(), QStringLiteral("COMPLETED"))).status, 200);

        // A second workflow's b tasks: nothing runs now, but two were handed out this minute.
        start();
        completeOne(QStringLiteral("t_a"));
        QTRY_COMPARE(s->get(QStringLiteral("/api/tasks/queue/sizes?taskType=t_b")).object()
                         .value(QLatin1String("t_b")).toInt(), 2);
        QCOMPARE(pollB().size(), 0);
    }

    void queuesAndAdmin()
    {
        registerDefinitions();
        const QString a = start(), b = start();
        // Queue entries are pushed before a start is answered.
        QCOMPARE(s->get(QStringLiteral("/api/tasks/queue/sizes?taskType=t_a&taskType=t_b"))
                     .object()
                     .value(QLatin1String("t_a"))
                     .toInt(),
            2);
        QCOMPARE(s->get(QStringLiteral("/api/tasks/queue/sizes?taskType=t_b"))
                     .object()
                     .value(QLatin1String("t_b"))
                     .toInt(),
            0);
        const HttpResult size = s->get(QStringLiteral("/api/tasks/queue/size?taskType=t_a"));
        QVERIFY(size.isJson());
        QCOMPARE(size.body, QByteArray("2"));
        QCOMPARE(s->get(QStringLiteral("/api/tasks/queue/all"))
                     .object()
                     .value(QLatin1String("t_a"))
                     .toInt(),
            2);
        QCOMPARE(s->get(QStringLiteral("/api/admin/queues"))
                     .object()
                     .value(QLatin1String("t_a"))
                     .toInt(),
            2);
        QCOMPARE(s->get(QStringLiteral("/api/admin/task/t_a")).array().size(), 2);
        QCOMPARE(s->get(QStringLiteral("/api/admin/task/t_a?start=1&count=5")).array().size(), 1);

        QCOMPARE(s->get(QStringLiteral("/api/tasks/poll/batch/t_a?workerid=admin-test&timeout=0"))
                     .array()
                     .size(),
            1);
        const QJsonArray all = s->get(QStringLiteral("/api/tasks/queue/polldata/all")).array();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().toObject().value(QLatin1String("queueName")).toString(),
            QStringLiteral("t_a"));
        QCOMPARE(s->get(QStringLiteral("/api/tasks/queue/polldata")).status, 400);

        const HttpResult requeued = s->post(QStringLiteral("/api/tasks/queue/requeue/t_a"));
        QVERIFY(requeued.isText());
        QCOMPARE(requeued.text(), QStringLiteral("0")); // nothing is missing from its queue
        const HttpResult swept = s->post(QStringLiteral("/api/admin/sweep/requeue/%1").arg(a));
        QCOMPARE(swept.status, 200);
        QCOMPARE(swept.text(), a);
        const HttpResult repaired
            = s->post(QStringLiteral("/api/admin/consistency/verifyAndRepair/%1").arg(b));
        QCOMPARE(repaired.status, 200);
        QCOMPARE(repaired.body, QByteArray("false"));
        QCOMPARE(
            s->post(QStringLiteral("/api/admin/consistency/verifyAndRepair/unknown")).status, 404);
        QCOMPARE(s->post(QStringLiteral("/api/admin/sweep/requeue/unknown")).status, 404);
        QCOMPARE(s->get(QStringLiteral("/api/admin/config"))
                     .object()
                     .value(QLatin1String("version"))
                     .toString(),
            QString::fromLatin1(kVersion));
    }
};

QTEST_MAIN(TestRestTasks)
#include "tst_resttasks.moc"
