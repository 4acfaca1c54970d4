// Joinery's extensions under /api/joinery (docs/joinery-api.md) over a real loopback server:
// info, stalls, lock events with a cursor, metrics, dry-run decide, fault settings, demo load,
// and the Server-Sent Events stream read from a raw socket, as a client sees it.

#include "restscenario.h"

#include "execution/faultinjection.h"
#include "http/restserver.h"
#include "runtime/stalldetector.h"

#include <QTest>

using namespace joinery;
using namespace joinery::http;
using namespace joinery::http::test;

namespace {

// A raw event-stream reader: sends the GET and collects everything the server writes.
class SseClient
{
public:
    SseClient(quint16 port, const QString &pathAndQuery, const QByteArray &extraHeaders = {})
    {
        QObject::connect(&m_socket, &QIODevice::readyRead, [this] { m_data += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5'000);
        m_socket.write("GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n"
            + extraHeaders + "Accept: text/event-stream\r\n\r\n");
    }
    const QByteArray &data() const { return m_data; }
    QByteArray head() const { return m_data.left(std::max<qsizetype>(0, m_data.indexOf("\r\n\r\n"))); }
    // The data lines of every event called `name`, parsed.
    QList<QJsonDocument> events(const QByteArray &name) const
    {
        QList<QJsonDocument> out;
        const QByteArray body = m_data.mid(m_data.indexOf("\r\n\r\n") + 4);
        const QList<QByteArray> events = body.split('\n');
        for (qsizetype i = 0; i + 1 < events.size(); ++i) {
            if (events.at(i) == "event: " + name && events.at(i + 1).startsWith("data: "))
                out << QJsonDocument::fromJson(events.at(i + 1).mid(6));
        }
        return out;
    }
    bool mentions(const QString &text) const { return m_data.contains(text.toUtf8()); }
    QAbstractSocket::SocketState state() const { return m_socket.state(); }
    void close() { m_socket.abort(); }

private:
    QTcpSocket m_socket;
    QByteArray m_data;
};

QByteArray body(const QJsonObject &o)
{
    return RestTestServer::json(o);
}

} // namespace

class TestRestJoinery : public QObject, public RestScenario
{
    Q_OBJECT

private slots:
    void init() { s = std::make_unique<RestTestServer>(); }
    void cleanup() { s.reset(); }

    void infoNamesTheServerAndItsCapabilities()
    {
        const HttpResult r = s->get(QStringLiteral("/api/joinery/info"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.isJson());
        QCOMPARE(r.object().value(QLatin1String("server")).toString(), QStringLiteral("joinery"));
        QCOMPARE(r.object().value(QLatin1String("database")).toString(), s->databasePath());
        const QJsonArray caps = r.object().value(QLatin1String("capabilities")).toArray();
        for (const char *c : {"stalls", "locks", "metrics", "decidePreview", "faults", "events"})
            QVERIFY2(caps.contains(QLatin1String(c)), c);
        QCOMPARE(s->get(QStringLiteral("/api/joinery/nothing-here")).status, 404);
    }

    void lockEventsAreReadFromACursor()
    {
        registerDefinitions();
        const QString id = start();
        QVERIFY(!id.isEmpty());
        HttpResult first;
        QTRY_VERIFY((first = s->get(QStringLiteral("/api/joinery/locks?cursor=0"))).object()
                        .value(QLatin1String("events")).toArray().size() > 0);
        const QJsonObject page = first.object();
        const QJsonObject event = page.value(QLatin1String("events")).toArray().first().toObject();
        QCOMPARE(event.value(QLatin1String("workflowId")).toString(), id);
        QVERIFY(event.value(QLatin1String("acquiredAt")).toDouble() > 0);
        QVERIFY(event.contains(QLatin1String("role")));
        const qint64 next = qint64(page.value(QLatin1String("nextCursor")).toDouble());
        QCOMPARE(next, qint64(page.value(QLatin1String("events")).toArray().size()));

        // From the cursor on, only what came later; a limit cuts the page.
        const QJsonObject rest
            = s->get(QStringLiteral("/api/joinery/locks?cursor=%1").arg(next)).object();
        for (const QJsonValue &e : rest.value(QLatin1String("events")).toArray())
            QVERIFY(e.toObject().value(QLatin1String("sequence")).toDouble() >= double(next));
        const QJsonObject one = s->get(QStringLiteral("/api/joinery/locks?cursor=0&limit=1")).object();
        QCOMPARE(one.value(QLatin1String("events")).toArray().size(), 1);
        QCOMPARE(one.value(QLatin1String("nextCursor")).toDouble(), 1.0);

        QCOMPARE(s->get(QStringLiteral("/api/joinery/locks?cursor=-4")).status, 400);
        QCOMPARE(s->get(QStringLiteral("/api/joinery/locks?limit=zero")).status, 400);
    }

    void metricsHaveTheirShape()
    {
        registerDefinitions();
        start();
        completeOne(QStringLiteral("t_a"));
        HttpResult r;
        QTRY_VERIFY((r = s->get(QStringLiteral("/api/joinery/metrics"))).object()
                        .value(QLatin1String("at")).toDouble() > 0);
        const QJsonObject m = r.object();
        for (const char *key : {"tasksCompletedPerSecond", "decidesPerSecond", "queueDepth",
                 "joinLatencyP50Ms", "joinLatencyP99Ms", "sweeperCycleMs", "repairs", "running",
                 "stalled"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        // Two b tasks wait in their queue once the fork has run; the sampler sees them.
        QTRY_COMPARE(s->get(QStringLiteral("/api/joinery/metrics")).object()
                         .value(QLatin1String("queueDepth")).toObject()
                         .value(QLatin1String("t_b")).toInt(), 2);
        QTRY_COMPARE(s->get(QStringLiteral("/api/joinery/metrics")).object()
                         .value(QLatin1String("running")).toInt(), 1);
    }

    void decidePreviewSaysWhatADecideWouldDo()
    {
        registerDefinitions();
        const QString id = start();
        const QJsonObject preview
            = s->get(QStringLiteral("/api/joinery/workflow/%1/decide-preview").arg(id)).object();
        QCOMPARE(preview.value(QLatin1String("running")).toBool(), true);
        QVERIFY(preview.value(QLatin1String("schedule")).isArray());
        QVERIFY(!preview.contains(QLatin1String("workflowStatusAfter")));

        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1?reason=test").arg(id)).status, 200);
        QTRY_COMPARE(statusOf(id), QStringLiteral("TERMINATED"));
        const HttpResult ended
            = s->get(QStringLiteral("/api/joinery/workflow/%1/decide-preview").arg(id));
        QCOMPARE(ended.status, 200);
        QCOMPARE(ended.object().value(QLatin1String("running")).toBool(), false);

        const HttpResult unknown
            = s->get(QStringLiteral("/api/joinery/workflow/no-such-id/decide-preview"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.object().value(QLatin1String("message")).toString().contains(
            QLatin1String("no-such-id")));
    }

    void faultSettingsChangeOnlyWhenAllAreValid()
    {
        const QJsonObject before = s->get(QStringLiteral("/api/joinery/faults")).object();
        QCOMPARE(before.value(QLatin1String("lockMissRate")).toDouble(), 0.0);
        QCOMPARE(before.value(QLatin1String("legacyDecide")).toBool(), false);

        for (const QJsonObject &bad : {QJsonObject {{QStringLiteral("lockMissRate"), 0.5},
                                           {QStringLiteral("workerFailureRate"), 7}},
                 QJsonObject {{QStringLiteral("lockMissRate"), 0.5},
                     {QStringLiteral("legacyDecide"), QStringLiteral("yes")}},
                 QJsonObject {{QStringLiteral("noSuchFault"), true}}}) {
            const HttpResult r = s->put(QStringLiteral("/api/joinery/faults"), body(bad));
            QCOMPARE(r.status, 400);
            QVERIFY(!r.object().value(QLatin1String("message")).toString().isEmpty());
        }
        QCOMPARE(s->put(QStringLiteral("/api/joinery/faults"), "{not json").status, 400);
        QCOMPARE(s->get(QStringLiteral("/api/joinery/faults")).object(), before);

        const HttpResult ok = s->put(QStringLiteral("/api/joinery/faults"),
            body({{QStringLiteral("lockMissRate"), 0.25}, {QStringLiteral("legacyDecide"), true}}));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(QLatin1String("lockMissRate")).toDouble(), 0.25);
        QCOMPARE(ok.object().value(QLatin1String("legacyDecide")).toBool(), true);
        QCOMPARE(s->engine().faults().lockMissRate.load(), 0.25);
        QVERIFY(s->engine().faults().legacyDecide.load());
    }

    void demoLoadStartsAndStops()
    {
        QCOMPARE(s->put(QStringLiteral("/api/joinery/demo-load"),
                      body({{QStringLiteral("running"), QStringLiteral("on")}})).status, 400);
        QCOMPARE(s->put(QStringLiteral("/api/joinery/demo-load"),
                      body({{QStringLiteral("running"), true},
                          {QStringLiteral("workflowsPerSecond"), -1}})).status, 400);
        QCOMPARE(s->get(QStringLiteral("/api/joinery/demo-load")).object()
                     .value(QLatin1String("running")).toBool(), false);

        const HttpResult on = s->put(QStringLiteral("/api/joinery/demo-load"),
            body({{QStringLiteral("running"), true}, {QStringLiteral("workflowsPerSecond"), 20}}));
        QCOMPARE(on.status, 200);
        QCOMPARE(on.object().value(QLatin1String("running")).toBool(), true);
        QTRY_VERIFY(s->get(QStringLiteral("/api/joinery/demo-load")).object()
                        .value(QLatin1String("started")).toDouble() >= 2);
        const HttpResult off = s->put(
            QStringLiteral("/api/joinery/demo-load"), body({{QStringLiteral("running"), false}}));
        QCOMPARE(off.object().value(QLatin1String("running")).toBool(), false);
    }

    void stallsComeFromTheDetector()
    {
        // No worker polls t_a: with a zero threshold the detector reports it at its next scan.
        s->engine().stalls().setThreshold(0);
        registerDefinitions();
        const QString id = start();
        QJsonArray stalls;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(stalls = s->get(QStringLiteral("/api/joinery/stalls")).array()).isEmpty(), 10'000);
        const QJsonObject stall = stalls.first().toObject();
        QCOMPARE(stall.value(QLatin1String("workflowId")).toString(), id);
        QCOMPARE(stall.value(QLatin1String("reason")).toString(),
            QStringLiteral("TASK_NEVER_POLLED"));
        QCOMPARE(stall.value(QLatin1String("taskReferenceName")).toString(), QStringLiteral("a"));
        QCOMPARE(stall.value(QLatin1String("recommended")).toString(),
            QStringLiteral("START_WORKER"));
        QVERIFY(!stall.value(QLatin1String("detail")).toString().isEmpty());
    }

    void eventStreamCarriesChanges()
    {
        registerDefinitions();
        SseClient client(s->server().port(), QStringLiteral("/api/joinery/events"));
        QTRY_VERIFY(!client.events("hello").isEmpty());
        QVERIFY(client.head().startsWith("HTTP/1.1 200"));
        QVERIFY(client.head().contains("Content-Type: text/event-stream"));
        QVERIFY(!client.head().toLower().contains("content-length"));
        QTRY_COMPARE(s->server().stats().eventStreams, 1);

        const QString id = start();
        QTRY_VERIFY(client.mentions(id));
        bool sawWorkflow = false;
        for (const QJsonDocument &batch : client.events("workflows")) {
            for (const QJsonValue &run : batch.array()) {
                if (run.toObject().value(QLatin1String("workflowId")).toString() == id) {
                    sawWorkflow = true;
                    QVERIFY(run.toObject().value(QLatin1String("tasks")).isArray());
                }
            }
        }
        QVERIFY(sawWorkflow);
        // Lock events and metrics follow on their own timers.
        QTRY_VERIFY(!client.events("locks").isEmpty());
        QTRY_VERIFY(!client.events("metrics").isEmpty());
        const QJsonObject locks = client.events("locks").first().object();
        QVERIFY(locks.value(QLatin1String("nextCursor")).toDouble() > 0);

        // Removing the workflow is pushed too.
        QCOMPARE(s->del(QStringLiteral("/api/workflow/%1/remove").arg(id)).status, 200);
        QTRY_VERIFY(!client.events("removed").isEmpty());
        QVERIFY(client.events("removed").last().array().contains(id));

        // Settings changed by anyone reach every listener.
        QCOMPARE(client.events("settings").size(), 1); // after hello
        QCOMPARE(s->put(QStringLiteral("/api/joinery/faults"),
                     body({{QStringLiteral("workerFailureRate"), 0.5}})).status, 200);
        QTRY_COMPARE(client.events("settings").size(), 2);
        QCOMPARE(client.events("settings").last().object().value(QLatin1String("faults")).toObject()
                     .value(QLatin1String("workerFailureRate")).toDouble(), 0.5);

        // The server notices a client that left, and keeps answering.
        client.close();
        QTRY_COMPARE(s->server().stats().eventStreams, 0);
        QCOMPARE(s->get(QStringLiteral("/api/joinery/info")).status, 200);
    }

    void eventStreamTopicsAreChosen()
    {
        registerDefinitions();
        SseClient metricsOnly(s->server().port(), QStringLiteral("/api/joinery/events?types=metrics"));
        QTRY_VERIFY(metricsOnly.events("metrics").size() >= 2);
        const QString id = start();
        completeOne(QStringLiteral("t_a"));
        QTRY_VERIFY(metricsOnly.events("metrics").size() >= 3);
        QVERIFY(!metricsOnly.mentions(id));
        QVERIFY(metricsOnly.events("stalls").isEmpty());
        QVERIFY(metricsOnly.events("locks").isEmpty());

        const HttpResult bad = s->get(QStringLiteral("/api/joinery/events?types=gossip"));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.isJson());
    }

    void eventStreamNeedsTheToken()
    {
        RestServerOptions options;
        options.token = QStringLiteral("s3cret");
        s = std::make_unique<RestTestServer>(options);
        QCOMPARE(s->get(QStringLiteral("/api/joinery/info")).status, 401);
        SseClient refused(s->server().port(), QStringLiteral("/api/joinery/events"));
        QTRY_VERIFY(refused.data().contains("\r\n\r\n"));
        QVERIFY(refused.data().startsWith("HTTP/1.1 401"));

        const QString token = s->post(QStringLiteral("/api/token"),
                                   body({{QStringLiteral("keyId"), QStringLiteral("any")},
                                       {QStringLiteral("keySecret"), QStringLiteral("s3cret")}}))
                                  .object()
                                  .value(QLatin1String("token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        SseClient byHeader(s->server().port(), QStringLiteral("/api/joinery/events"),
            "X-Authorization: " + token.toUtf8() + "\r\n");
        QTRY_VERIFY(!byHeader.events("hello").isEmpty());
        SseClient byQuery(s->server().port(), QStringLiteral("/api/joinery/events?token=") + token);
        QTRY_VERIFY(!byQuery.events("hello").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestJoinery)
#include "tst_restjoinery.moc"
