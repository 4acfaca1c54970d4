#include "source/remotesource.h"

#include "definitions/definitionjson.h"
#include "execution/decidepreview.h"
#include "source/changecoalescer.h"
#include "source/conductorcalls.h"
#include "source/conductorclient.h"
#include "source/conductorpoller.h"
#include "source/runjson.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QUrlQuery>

namespace joinery::ui {

namespace {
constexpr int kMaxRetryDelayMs = 30'000;
constexpr int kPollIntervalMs = 2000;

ExecutionSource::Capabilities capabilitiesOf(const QJsonArray &names)
{
    static const QList<std::pair<QString, ExecutionSource::Capability>> table {
        {QStringLiteral("stalls"), ExecutionSource::Stalls},
        {QStringLiteral("locks"), ExecutionSource::LockEvents},
        {QStringLiteral("metrics"), ExecutionSource::Metrics},
        {QStringLiteral("decidePreview"), ExecutionSource::DecidePreview},
        {QStringLiteral("faults"), ExecutionSource::Faults},
        {QStringLiteral("demoLoad"), ExecutionSource::DemoLoad},
        {QStringLiteral("events"), ExecutionSource::LiveEvents},
        {QStringLiteral("taskLogs"), ExecutionSource::TaskLogs},
    };
    ExecutionSource::Capabilities out;
    for (const QJsonValue &name : names) {
        for (const auto &[key, flag] : table) {
            if (name.toString() == key)
                out |= flag;
        }
    }
    return out;
}
} // namespace

RemoteSource::RemoteSource(const QUrl &url, const QString &token, QObject *parent)
    : ExecutionSource(parent)
{
    m_client = new ConductorClient(url, token, this);
    m_coalescer = new ChangeCoalescer(33, this);
    connect(m_coalescer, &ChangeCoalescer::changed, this, &ExecutionSource::executionsChanged);
    connect(m_coalescer, &ChangeCoalescer::removed, this, &ExecutionSource::executionsRemoved);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteSource::probe);
}

RemoteSource::~RemoteSource()
{
    // Callbacks capture `this`: nothing in flight may answer once destruction has begun.
    m_retry.stop();
    if (m_events) {
        disconnect(m_events, nullptr, this, nullptr);
        m_events->abort();
        delete m_events;
    }
    m_client->shutDown();
}

QUrl RemoteSource::url() const
{
    return m_client->baseUrl();
}

void RemoteSource::connectToServer()
{
    probe();
}

QString RemoteSource::describe() const
{
    const QString where = url().toString();
    switch (m_kind) {
    case ServerKind::Joinery:
        return tr("Server: %1 (Joinery %2)").arg(where, m_version);
    case ServerKind::Conductor:
        return tr("Server: %1 (Conductor)").arg(where);
    case ServerKind::Unknown:
        break;
    }
    return tr("Server: %1").arg(where);
}

void RemoteSource::probe()
{
    m_client->get(QStringLiteral("/api/joinery/info"), {}, [this](const ConductorClient::Response &r) {
        probed(r.status, r.json().object(), r.error);
    });
}

void RemoteSource::probed(int status, const QJsonObject &info, const QString &error)
{
    if (status == 200 && info.value(QLatin1String("server")).toString() == QLatin1String("joinery")) {
        m_kind = ServerKind::Joinery;
        m_version = info.value(QLatin1String("version")).toString();
        m_capabilities = capabilitiesOf(info.value(QLatin1String("capabilities")).toArray());
    } else if (status == 404) {
        // Conductor has no /api/joinery; its standard task-log endpoint is all it adds.
        m_kind = ServerKind::Conductor;
        m_version.clear();
        m_capabilities = Stalls | TaskLogs;
    } else {
        // Ready first, so that a window built on it hears the state that follows.
        announceReady();
        disconnected(error.isEmpty() ? tr("unexpected answer %1 from %2").arg(status).arg(url().toString()) : error);
        return;
    }
    m_retryDelayMs = 1000;
    announceReady();
    setConnected();
    if (m_kind == ServerKind::Joinery)
        refreshJoineryState();
    startLive();
}

void RemoteSource::setState(const QString &state)
{
    m_state = state;
    emit stateChanged(state);
}

void RemoteSource::announceReady()
{
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

void RemoteSource::setConnected()
{
    if (m_connected)
        return;
    m_connected = true;
    setState(QStringLiteral("connected"));
}

void RemoteSource::disconnected(const QString &reason)
{
    const bool wasConnected = std::exchange(m_connected, false);
    if (wasConnected || !m_retry.isActive())
        setState(QStringLiteral("disconnected: ") + reason);
    if (!m_retry.isActive()) {
        m_retry.start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, kMaxRetryDelayMs);
    }
}

void RemoteSource::startLive()
{
    if (m_capabilities & LiveEvents) {
        openEvents();
        return;
    }
    if (m_liveStarted)
        return;
    m_liveStarted = true;
    m_poller = new ConductorPoller(m_client, this);
    connect(m_poller, &ConductorPoller::changed, this, &ExecutionSource::executionsChanged);
    connect(m_poller, &ConductorPoller::removed, this, &ExecutionSource::executionsRemoved);
    // Stalls derived from JSON only where the server has no detector of its own; a Joinery
    // server without the event stream is asked for its verdict after each round instead.
    if (m_kind == ServerKind::Conductor)
        connect(m_poller, &ConductorPoller::stallsChanged, this, &ExecutionSource::stallsChanged);
    connect(m_poller, &ConductorPoller::reachable, this, [this](bool ok, const QString &reason) {
        if (ok && m_kind == ServerKind::Joinery && (m_capabilities & Stalls))
            fetchStalls([this](const QList<Stall> &stalls) { emit stallsChanged(stalls); });
        if (ok)
            setConnected();
        else if (std::exchange(m_connected, false))
            setState(QStringLiteral("disconnected: ") + reason);
    });
    m_poller->start(kPollIntervalMs);
}

void RemoteSource::openEvents()
{
    if (m_events)
        return;
    QUrlQuery query;
    if (m_lockCursor > 0)
        query.addQueryItem(QStringLiteral("lockCursor"), QString::number(m_lockCursor));
    m_eventReader.reset();
    m_client->openStream(QStringLiteral("/api/joinery/events"), query, [this](QNetworkReply *reply) {
        reply->setParent(this);
        m_events = reply;
        connect(reply, &QIODevice::readyRead, this, &RemoteSource::readEvents);
        connect(reply, &QNetworkReply::finished, this, &RemoteSource::eventStreamEnded);
    });
}

void RemoteSource::readEvents()
{
    if (!m_events)
        return;
    const QList<EventStreamReader::Event> events = m_eventReader.feed(m_events->readAll());
    for (const EventStreamReader::Event &event : events)
        handleEvent(event);
}

void RemoteSource::eventStreamEnded()
{
    QNetworkReply *reply = m_events;
    m_events = nullptr;
    if (!reply)
        return;
    const QString reason = reply->error() != QNetworkReply::NoError
        ? reply->errorString()
        : tr("the server closed the event stream");
    reply->deleteLater();
    // The contract: re-read state with the plain endpoints after reconnecting (probe does).
    disconnected(reason);
}

void RemoteSource::handleEvent(const EventStreamReader::Event &event)
{
    const QJsonDocument doc = QJsonDocument::fromJson(event.data);
    if (event.name == QLatin1String("hello")) {
        setConnected();
        // Whatever changed while the stream was down was never pushed: read it back once.
        if (std::exchange(m_streamedBefore, true))
            resync();
        const qint64 cursor = qint64(doc.object().value(QLatin1String("lockCursor")).toDouble());
        if (cursor > 0)
            m_lockCursor = cursor;
    } else if (event.name == QLatin1String("workflows")) {
        for (const QJsonValue &v : doc.array())
            m_coalescer->executionChanged(
                std::make_shared<const WorkflowRun>(workflowRunFromJson(v.toObject())), {});
    } else if (event.name == QLatin1String("removed")) {
        for (const QJsonValue &v : doc.array())
            m_coalescer->executionRemoved(v.toString());
    } else if (event.name == QLatin1String("stalls")) {
        QList<Stall> stalls;
        for (const QJsonValue &v : doc.array())
            stalls << stallFromJson(v.toObject());
        emit stallsChanged(stalls);
    } else if (event.name == QLatin1String("locks")) {
        const QJsonObject page = doc.object();
        m_lockCursor = qint64(page.value(QLatin1String("nextCursor")).toDouble());
        QList<LockEvent> events;
        for (const QJsonValue &v : page.value(QLatin1String("events")).toArray())
            events << lockEventFromJson(v.toObject());
        if (!events.isEmpty())
            emit lockEventsArrived(events);
    } else if (event.name == QLatin1String("metrics")) {
        emit metricsSampled(engineMetricsFromJson(doc.object()));
    } else if (event.name == QLatin1String("settings")) {
        // Faults and demo load as the server runs them, whoever changed them (another window,
        // a script): the status bar and the faults panel read them from here.
        const QJsonObject settings = doc.object();
        m_faults = settings.value(QLatin1String("faults")).toObject();
        m_demoRunning = settings.value(QLatin1String("demoLoad")).toObject()
                            .value(QLatin1String("running")).toBool();
    }
}

void RemoteSource::resync()
{
    if (!m_resync) {
        // Only its change batches are wanted: stalls come from the server's own detector.
        m_resync = new ConductorPoller(m_client, this);
        connect(m_resync, &ConductorPoller::changed, this, &ExecutionSource::executionsChanged);
        connect(m_resync, &ConductorPoller::removed, this, &ExecutionSource::executionsRemoved);
    }
    m_resync->pollNow();
    fetchStalls([this](const QList<Stall> &stalls) { emit stallsChanged(stalls); });
    refreshJoineryState();
}

void RemoteSource::refreshJoineryState()
{
    if (m_capabilities & Faults) {
        m_client->get(QStringLiteral("/api/joinery/faults"), {}, [this](const ConductorClient::Response &r) {
            if (r.ok())
                m_faults = r.json().object();
        });
    }
    if (m_capabilities & DemoLoad) {
        m_client->get(QStringLiteral("/api/joinery/demo-load"), {}, [this](const ConductorClient::Response &r) {
            if (r.ok())
                m_demoRunning = r.json().object().value(QLatin1String("running")).toBool();
        });
    }
}

void RemoteSource::finish(Done done, const ActionResult &result)
{
    if (done)
        done(result);
}

void RemoteSource::queryExecutions(const ExecutionQuery &query, std::function<void(ExecutionPage)> done)
{
    m_client->get(QStringLiteral("/api/workflow/search"), ConductorCalls::search(query),
        [done = std::move(done)](const ConductorClient::Response &r) {
            ExecutionPage page;
            if (r.ok()) {
                const QJsonObject result = r.json().object();
                page.total = qint64(result.value(QLatin1String("totalHits")).toDouble());
                for (const QJsonValue &v : result.value(QLatin1String("results")).toArray())
                    page.rows << executionSummaryFromJson(v.toObject());
            }
            done(page);
        });
}

void RemoteSource::fetchExecution(const QString &workflowId, std::function<void(RunSnapshot)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("includeTasks"), QStringLiteral("true"));
    m_client->get(ConductorCalls::workflowPath(workflowId), query, [done = std::move(done)](const ConductorClient::Response &r) {
        if (!r.ok())
            return done(nullptr);
        done(std::make_shared<const WorkflowRun>(workflowRunFromJson(r.json().object())));
    });
}

void RemoteSource::fetchDefinitions(std::function<void(QList<WorkflowDefPtr>)> done)
{
    m_client->get(QStringLiteral("/api/metadata/workflow"), {},
        [done = std::move(done)](const ConductorClient::Response &r) {
            QList<WorkflowDefPtr> defs;
            for (const QJsonValue &v : r.json().array()) {
                auto def = std::make_shared<WorkflowDef>();
                DefinitionError error;
                if (workflowDefFromJson(v.toObject(), def.get(), &error))
                    defs << def;
            }
            done(defs);
        });
}

void RemoteSource::fetchStalls(std::function<void(QList<Stall>)> done)
{
    if (m_kind == ServerKind::Joinery && (m_capabilities & Stalls)) {
        m_client->get(QStringLiteral("/api/joinery/stalls"), {},
            [done = std::move(done)](const ConductorClient::Response &r) {
                QList<Stall> stalls;
                for (const QJsonValue &v : r.json().array())
                    stalls << stallFromJson(v.toObject());
                done(stalls);
            });
        return;
    }
    if (m_poller) {
        ConductorPoller *poller = m_poller;
        m_poller->pollNow([poller, done = std::move(done)] { done(poller->stalls()); });
        return;
    }
    QMetaObject::invokeMethod(this, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
}

void RemoteSource::previewDecide(const QString &workflowId, std::function<void(QStringList, QString)> done)
{
    if (!(m_capabilities & DecidePreview)) {
        const QString error = tr("A dry-run decide is not available on this server.");
        QMetaObject::invokeMethod(this, [done = std::move(done), error] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    m_client->get(QStringLiteral("/api/joinery/workflow/") + ConductorCalls::segment(workflowId) + QStringLiteral("/decide-preview"),
        {}, [workflowId, done = std::move(done)](const ConductorClient::Response &r) {
            if (!r.ok())
                return done({}, r.error);
            QStringList lines;
            QString error;
            describePreview(workflowId, joinery::DecidePreview::fromJson(r.json().object()), &lines, &error);
            done(lines, error);
        });
}

void RemoteSource::fetchTaskLogs(const QString &taskId, std::function<void(QStringList)> done)
{
    m_client->get(QStringLiteral("/api/tasks/") + ConductorCalls::segment(taskId) + QStringLiteral("/log"), {},
        [done = std::move(done)](const ConductorClient::Response &r) {
            QStringList lines;
            for (const QJsonValue &v : r.json().array())
                lines << v.toObject().value(QLatin1String("log")).toString();
            done(lines);
        });
}

void RemoteSource::registerDefinition(const QJsonObject &definition, bool overwrite, Done done)
{
    const QString name = definition.value(QLatin1String("name")).toString();
    // Conductor: POST registers one new definition (409 when it exists), PUT upserts a list.
    const QByteArray body = overwrite
        ? QJsonDocument(QJsonArray {definition}).toJson(QJsonDocument::Compact)
        : ConductorClient::json(definition);
    m_client->send(overwrite ? QByteArrayLiteral("PUT") : QByteArrayLiteral("POST"),
        QStringLiteral("/api/metadata/workflow"), {}, body,
        [name, done = std::move(done)](const ConductorClient::Response &r) {
            if (done)
                done(r.ok() ? ActionResult::success(name) : r.toResult());
        });
}

void RemoteSource::removeDefinition(const QString &name, int version, Done done)
{
    m_client->send(QByteArrayLiteral("DELETE"),
        QStringLiteral("/api/metadata/workflow/%1/%2").arg(ConductorCalls::segment(name)).arg(version), {}, {},
        [done = std::move(done)](const ConductorClient::Response &r) {
            if (done)
                done(r.ok() ? ActionResult::success() : r.toResult());
        });
}

void RemoteSource::startWorkflow(const StartRequest &request, Done done)
{
    const ConductorCall call = ConductorCalls::start(request);
    m_client->send(call.method, call.path, call.query, call.body,
        [done = std::move(done)](const ConductorClient::Response &r) {
            if (done)
                done(r.toResult());
        });
}

void RemoteSource::act(const QString &workflowId, const WorkflowAction &action, Done done)
{
    const ConductorCall call = ConductorCalls::action(workflowId, action);
    const bool answersId = action.kind == WorkflowAction::Rerun;
    m_client->send(call.method, call.path, call.query, call.body,
        [answersId, workflowId, done = std::move(done)](const ConductorClient::Response &r) {
            if (!done)
                return;
            ActionResult result = r.toResult();
            // Only a rerun answers an id of its own; the others report the workflow acted on.
            if (result.ok() && !answersId)
                result.id = workflowId;
            done(result);
        });
}

void RemoteSource::updateTask(const TaskResult &result, Done done)
{
    const ConductorCall call = ConductorCalls::taskUpdate(result);
    m_client->send(call.method, call.path, call.query, call.body,
        [done = std::move(done)](const ConductorClient::Response &r) {
            if (done)
                done(r.toResult());
        });
}

void RemoteSource::setFaults(const QJsonObject &settings, Done done)
{
    if (!(m_capabilities & Faults)) {
        const ActionResult result = ActionResult::failure(
            ErrorKind::Unavailable, tr("Fault injection is not available on this server."));
        QMetaObject::invokeMethod(this, [this, done = std::move(done), result] { finish(done, result); },
            Qt::QueuedConnection);
        return;
    }
    m_client->send(QByteArrayLiteral("PUT"), QStringLiteral("/api/joinery/faults"), {},
        ConductorClient::json(settings), [this, done = std::move(done)](const ConductorClient::Response &r) {
            if (r.ok())
                m_faults = r.json().object();
            finish(done, r.ok() ? ActionResult::success() : r.toResult());
        });
}

void RemoteSource::setDemoLoad(bool on, int workflowsPerSecond)
{
    if (!(m_capabilities & DemoLoad))
        return;
    m_demoRunning = on; // what the user asked for, until the server says otherwise
    m_client->send(QByteArrayLiteral("PUT"), QStringLiteral("/api/joinery/demo-load"), {},
        ConductorClient::json(QJsonObject {{QStringLiteral("running"), on},
            {QStringLiteral("workflowsPerSecond"), std::max(1, workflowsPerSecond)}}),
        [this](const ConductorClient::Response &r) {
            if (r.ok())
                m_demoRunning = r.json().object().value(QLatin1String("running")).toBool();
        });
}

} // namespace joinery::ui
