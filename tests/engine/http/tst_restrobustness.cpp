// Garbage at the socket: random bytes, truncated and oversized requests, invalid JSON, wrong
// methods, stalled clients and too many connections. Afterwards the server still answers, the
// engine still runs workflows, and the database passes SQLite's integrity check and reopens
// with everything it held.

#include "resttestserver.h"

#include "runtime/completionwaiter.h"
#include "store/sqlite.h"
#include "store/storewriter.h"

#include <QRandomGenerator>

using namespace joinery;
using namespace joinery::http;
using namespace joinery::http::test;

namespace {

const QByteArray kDefinition = QByteArrayLiteral(R"({"name":"robust","version":1,"tasks":[
    {"name":"r_a","taskReferenceName":"a"},
    {"name":"f","taskReferenceName":"f","type":"FORK_JOIN","forkTasks":[[{"name":"r_b","taskReferenceName":"b1"}],[{"name":"r_b","taskReferenceName":"b2"}]]},
    {"name":"j","taskReferenceName":"j","type":"JOIN","joinOn":["b1","b2"]}]})");

// Every endpoint that takes a body, with the method it takes.
const QList<QPair<QByteArray, QString>> kBodyEndpoints = {
    {"POST", QStringLiteral("/api/metadata/workflow")},
    {"PUT", QStringLiteral("/api/metadata/workflow")},
    {"POST", QStringLiteral("/api/metadata/workflow/validate")},
    {"POST", QStringLiteral("/api/metadata/taskdefs")},
    {"PUT", QStringLiteral("/api/metadata/taskdefs")},
    {"POST", QStringLiteral("/api/workflow")},
    {"POST", QStringLiteral("/api/workflow/robust")},
    {"POST", QStringLiteral("/api/workflow/robust/correlated")},
    {"POST", QStringLiteral("/api/workflow/some-id/rerun")},
    {"PUT", QStringLiteral("/api/workflow/some-id/skiptask/a")},
    {"PUT", QStringLiteral("/api/workflow/bulk/pause")},
    {"POST", QStringLiteral("/api/workflow/bulk/terminate")},
    {"POST", QStringLiteral("/api/tasks")},
    {"POST", QStringLiteral("/api/tasks/update-v2")},
    {"POST", QStringLiteral("/api/tasks/some-id/a/COMPLETED")},
    {"POST", QStringLiteral("/api/token")},
};

} // namespace

class TestRestRobustness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // outlives the servers: the last test reopens the database
    std::unique_ptr<RestTestServer> s;
    QString m_runningId;

    void checkStillServing()
    {
        QCOMPARE(s->get(QStringLiteral("/health")).status, 200);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/workflow/robust")).status, 200);
        const HttpResult wf = s->get(QStringLiteral("/api/workflow/%1").arg(m_runningId));
        QCOMPARE(wf.status, 200);
        QCOMPARE(wf.object().value(QLatin1String("status")).toString(), QStringLiteral("RUNNING"));
    }

private slots:
    void initTestCase()
    {
        RestServerOptions options;
        options.maxRequestBytes = 64 * 1024;
        options.requestTimeoutMs = 400;
        options.maxConnections = 16;
        s = std::make_unique<RestTestServer>(
            options, m_dir.filePath(QStringLiteral("robust.sqlite")));
        QCOMPARE(
            s->post(QStringLiteral("/api/metadata/taskdefs"), R"([{"name":"r_a"},{"name":"r_b"}])")
                .status,
            200);
        QCOMPARE(s->post(QStringLiteral("/api/metadata/workflow"), kDefinition).status, 200);
        m_runningId = s->post(QStringLiteral("/api/workflow/robust"), R"({"n":1})").text();
        QVERIFY(!m_runningId.isEmpty());
    }

    void randomBytes()
    {
        QRandomGenerator random(20'260'821);
        for (int i = 0; i < 40; ++i) {
            QByteArray junk(int(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(random.bounded(256));
            if (i % 4 == 1)
                junk.prepend("POST /api/workflow HTTP/1.1\r\n"); // garbage after a plausible start
            bool closed = false;
            const QByteArray answer = s->raw(junk, 600, &closed);
            const int status = rawStatus(answer);
            QVERIFY2(
                answer.isEmpty() || (status >= 400 && status < 500), answer.left(200).constData());
        }
        checkStillServing();
    }

    void truncatedRequests()
    {
        // Headers cut short, then the client goes away.
        QCOMPARE(s->raw("GET /api/workflow/search HTTP/1.1\r\nHost: x\r\nAcc", 200), QByteArray());
        // A body shorter than its Content-Length: the slow-client timeout answers 408.
        const QByteArray shortBody
            = s->raw("POST /api/workflow HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100\r\n\r\n{\"name\":",
                3'000);
        QCOMPARE(rawStatus(shortBody), 408);
        // A chunked body that never ends.
        const QByteArray openChunk
            = s->raw("POST /api/tasks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "5\r\n{\"a\":",
                3'000);
        QCOMPARE(rawStatus(openChunk), 408);
        checkStillServing();
    }

    void oversizedRequests()
    {
        // Declared too large: refused before the body is read.
        const QByteArray declared = s->raw(
            "POST /api/metadata/taskdefs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 104857600\r\n\r\n[{\"name\":\"x\"");
        QCOMPARE(rawStatus(declared), 413);
        QVERIFY(rawBody(declared).contains("\"status\":413"));
        // Chunked and too large: refused as it arrives.
        const QByteArray big = "[{\"name\":\"" + QByteArray(200 * 1024, 'y') + "\"}]";
        QCOMPARE(rawStatus(s->raw(RestTestServer::chunked(
                     "POST", QStringLiteral("/api/metadata/taskdefs"), big, 8192))),
            413);
        // Headers beyond Qt's parser limit: the connection is dropped, not answered.
        const QByteArray hugeHeader = "GET /health HTTP/1.1\r\nHost: x\r\nX-Junk: "
            + QByteArray(120 * 1024, 'h') + "\r\n\r\n";
        const int status = rawStatus(s->raw(hugeHeader));
        QVERIFY(status == 0 || status == 413 || status == 400);
        QCOMPARE(s->get(QStringLiteral("/api/metadata/taskdefs/y")).status, 404);
        checkStillServing();
    }

    void invalidJsonEverywhere_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        for (const auto &[method, path] : kBodyEndpoints)
            QTest::newRow(qPrintable(QString::fromLatin1(method) + QLatin1Char(' ') + path))
                << method << path;
    }
    void invalidJsonEverywhere()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        for (const QByteArray &body :
            {QByteArray("{\"name\": "), QByteArray("nul"), QByteArray("{\"a\":1}}"),
                QByteArray("\xff\xfe\x00garbage", 10), QByteArray("[1,2,,3]")}) {
            const HttpResult r = s->call(method, path, body);
            QVERIFY2(r.status == 400 || r.status == 404,
                qPrintable(QStringLiteral("%1 %2 -> %3 %4")
                               .arg(QString::fromLatin1(method), path)
                               .arg(r.status)
                               .arg(QString::fromUtf8(r.body))));
            QVERIFY(r.isJson());
        }
    }

    void wrongMethods()
    {
        const QList<QPair<QByteArray, QString>> wrong = {
            {"DELETE", QStringLiteral("/api/metadata/taskdefs")},
            {"GET", QStringLiteral("/api/tasks/update-v2/x")},
            {"PUT", QStringLiteral("/api/workflow/bulk/retry")},
            {"POST", QStringLiteral("/api/workflow/search")},
            {"PATCH", QStringLiteral("/api/workflow/x/pause")},
            {"GET", QStringLiteral("/api/workflow/x/pause")},
            {"OPTIONS", QStringLiteral("/api/tasks")},
            {"PUT", QStringLiteral("/health")},
        };
        for (const auto &[method, path] : wrong) {
            const HttpResult r = s->call(method, path);
            QVERIFY2(r.status == 405 || r.status == 404,
                qPrintable(QStringLiteral("%1 %2 -> %3")
                               .arg(QString::fromLatin1(method), path)
                               .arg(r.status)));
        }
        QCOMPARE(
            rawStatus(s->raw("BREW /api/tasks HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                    == 405
                || s->raw("BREW /api/tasks HTTP/1.1\r\nHost: x\r\n\r\n", 300).isEmpty(),
            true);
        checkStillServing();
    }

    void tooManyConnections()
    {
        // Idle connections up to the limit; the next one is refused with 503, the rest keep
        // working.
        QList<QTcpSocket *> held;
        for (int i = 0; i < 16; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, s->server().port());
            QVERIFY(socket->waitForConnected(5'000));
            held << socket;
        }
        const qint64 refusedBefore = s->server().stats().refused;
        // Accepted in order: by the time this one is, every slot is taken.
        QCOMPARE(rawStatus(s->raw("GET /health HTTP/1.1\r\nHost: x\r\n\r\n")), 503);
        QCOMPARE(s->server().stats().connections, 16);
        QVERIFY(s->server().stats().refused > refusedBefore);
        qDeleteAll(held);
        checkStillServing();
    }

    void pipelinedAfterGarbageAndKeepAlive()
    {
        // A valid request, then garbage on the same connection: the first is answered.
        const QByteArray answer
            = s->raw("GET /api/version HTTP/1.1\r\nHost: x\r\n\r\n\x01\x02NOT HTTP\r\n\r\n", 600);
        QCOMPARE(rawStatus(answer), 200);
        // Many requests over one keep-alive connection.
        for (int i = 0; i < 50; ++i)
            QCOMPARE(s->get(QStringLiteral("/api/tasks/queue/size?taskType=r_a")).status, 200);
        checkStillServing();
    }

    void databaseIntactAfterAll()
    {
        // The workflow still runs through REST workers to the end.
        {
            CompletionWaiter waiter(s->engine().executor());
            for (const QString &type :
                {QStringLiteral("r_a"), QStringLiteral("r_b"), QStringLiteral("r_b")}) {
                const QJsonArray tasks
                    = s->get(QStringLiteral("/api/tasks/poll/batch/%1?timeout=5000").arg(type))
                          .array();
                QCOMPARE(tasks.size(), 1);
                const QJsonObject t = tasks.first().toObject();
                QCOMPARE(s->post(QStringLiteral("/api/tasks"),
                              RestTestServer::json(
                                  QJsonObject {{QStringLiteral("workflowInstanceId"),
                                                   t.value(QLatin1String("workflowInstanceId"))},
                                      {QStringLiteral("taskId"), t.value(QLatin1String("taskId"))},
                                      {QStringLiteral("status"), QStringLiteral("COMPLETED")}}))
                             .status,
                    200);
            }
            QVERIFY(waiter.waitFor(m_runningId, 10'000));
        }
        const QString path = s->databasePath();
        s->engine().writer().flush();
        {
            store::Connection check(path, true);
            store::Statement integrity = check.prepare("PRAGMA integrity_check");
            QVERIFY(integrity.step());
            QCOMPARE(integrity.text(0), QStringLiteral("ok"));
        }
        // Reopen the same file: the definitions and the execution are all there.
        s.reset();
        RestTestServer reopened({}, path);
        QCOMPARE(reopened.get(QStringLiteral("/api/metadata/taskdefs")).array().size(), 2);
        QCOMPARE(reopened.get(QStringLiteral("/api/workflow/%1").arg(m_runningId))
                     .object()
                     .value(QLatin1String("status"))
                     .toString(),
            QStringLiteral("COMPLETED"));
    }
};

QTEST_MAIN(TestRestRobustness)
#include "tst_restrobustness.moc"
