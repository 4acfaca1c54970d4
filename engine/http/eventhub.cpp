#include "http/eventhub.h"

#include "common/version.h"
#include "execution/lockeventlog.h"
#include "http/eventstream.h"
#include "model/executionjson.h"
#include "execution/faultinjection.h"
#include "runtime/demoload.h"
#include "runtime/engine.h"
#include "runtime/metricssampler.h"
#include "runtime/stalldetector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace joinery::http {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray stallsJson(const QList<Stall> &stalls)
{
    QJsonArray list;
    for (const Stall &s : stalls)
        list.append(stallToJson(s));
    return compact(list);
}

constexpr int kMaxLockEventsPerEvent = 2'000;

} // namespace

EventHub::EventHub(Engine &engine)
    : m_engine(engine)
{
    m_thread.setObjectName(QStringLiteral("rest-events"));
}

EventHub::~EventHub()
{
    stop();
}

int EventHub::topicsFromNames(const QStringList &names)
{
    int topics = 0;
    for (const QString &n : names) {
        if (n == QLatin1String("workflows"))
            topics |= Workflows;
        else if (n == QLatin1String("stalls"))
            topics |= Stalls;
        else if (n == QLatin1String("locks"))
            topics |= Locks;
        else if (n == QLatin1String("metrics"))
            topics |= Metrics;
        else
            return 0;
    }
    return topics;
}

void EventHub::start()
{
    if (m_running)
        return;
    m_running = true;
    m_thread.start();
    moveToThread(&m_thread);
    QMetaObject::invokeMethod(this, &EventHub::setUp, Qt::BlockingQueuedConnection);
    m_engine.executor().addObserver(this);
}

void EventHub::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_engine.executor().removeObserver(this);
    QMetaObject::invokeMethod(this, &EventHub::tearDown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EventHub::setUp()
{
    m_sampler = std::make_unique<MetricsSampler>(m_engine);
    m_workflowTimer = new QTimer(this);
    m_workflowTimer->setInterval(33);
    connect(m_workflowTimer, &QTimer::timeout, this, &EventHub::flushWorkflows);
    m_lockTimer = new QTimer(this);
    m_lockTimer->setInterval(100);
    connect(m_lockTimer, &QTimer::timeout, this, &EventHub::flushLocks);
    m_secondTimer = new QTimer(this);
    m_secondTimer->setInterval(1000);
    connect(m_secondTimer, &QTimer::timeout, this, &EventHub::everySecond);
    m_keepAliveTimer = new QTimer(this);
    m_keepAliveTimer->setInterval(15'000);
    connect(m_keepAliveTimer, &QTimer::timeout, this, &EventHub::keepAlive);
    m_workflowTimer->start();
    m_lockTimer->start();
    m_secondTimer->start();
    m_keepAliveTimer->start();

    // The detector calls back on its own thread; the list is published from the hub's.
    m_engine.stalls().start(1000, [this](const QList<Stall> &stalls) {
        QMetaObject::invokeMethod(this, [this, stalls] { publishStalls(stalls); });
    });
    everySecond(); // a first metrics sample, so that GET /metrics never answers zeros
}

void EventHub::tearDown()
{
    m_engine.stalls().stop();
    delete m_workflowTimer;
    delete m_lockTimer;
    delete m_secondTimer;
    delete m_keepAliveTimer;
    m_workflowTimer = m_lockTimer = m_secondTimer = m_keepAliveTimer = nullptr;
    for (const Subscriber &s : std::as_const(m_subscribers))
        s.stream->close();
    m_subscribers.clear();
    m_subscriberCount = 0;
    m_sampler.reset();
    // Back to the creating thread, so that the hub can be deleted (or started again) there.
    moveToThread(m_thread.thread() ? m_thread.thread() : nullptr);
}

void EventHub::subscribe(std::shared_ptr<EventStream> stream, int topics, qint64 lockCursor)
{
    Subscriber s {std::move(stream), topics, lockCursor};
    QMetaObject::invokeMethod(this, [this, s] { addSubscriber(s); });
}

void EventHub::addSubscriber(Subscriber s)
{
    const qint64 head = m_engine.locks().head();
    if (s.lockCursor < 0 || s.lockCursor > head)
        s.lockCursor = head;
    s.stream->send("hello",
        compact(QJsonObject {{QStringLiteral("server"), QStringLiteral("joinery")},
            {QStringLiteral("version"), QString::fromLatin1(kVersion)},
            {QStringLiteral("lockCursor"), double(s.lockCursor)}}));
    s.stream->send("settings", settingsJson());
    if (s.topics & Stalls)
        s.stream->send("stalls", stallsJson(latestStalls()));
    if (s.topics & Metrics)
        s.stream->send("metrics", compact(engineMetricsToJson(latestMetrics())));
    m_subscribers.append(std::move(s));
    m_subscriberCount = int(m_subscribers.size());
}

void EventHub::executionChanged(const RunPtr &run, const QStringList &)
{
    if (m_subscriberCount.load() == 0)
        return;
    std::lock_guard lock(m_mutex);
    m_pending.insert(run->workflowId, run);
    m_removed.remove(run->workflowId);
}

void EventHub::executionRemoved(const QString &workflowId)
{
    if (m_subscriberCount.load() == 0)
        return;
    std::lock_guard lock(m_mutex);
    m_pending.remove(workflowId);
    m_removed.insert(workflowId);
}

void EventHub::flushWorkflows()
{
    QHash<QString, RunPtr> pending;
    QSet<QString> removed;
    {
        std::lock_guard lock(m_mutex);
        pending.swap(m_pending);
        removed.swap(m_removed);
    }
    if (!pending.isEmpty()) {
        QJsonArray runs;
        for (const RunPtr &run : std::as_const(pending))
            runs.append(workflowToJson(*run, true));
        broadcast(Workflows, "workflows", compact(runs));
    }
    if (!removed.isEmpty()) {
        QJsonArray ids;
        for (const QString &id : std::as_const(removed))
            ids.append(id);
        broadcast(Workflows, "removed", compact(ids));
    }
}

void EventHub::flushLocks()
{
    pruneClosed();
    for (Subscriber &s : m_subscribers) {
        if (!(s.topics & Locks))
            continue;
        const LockEventLog::Page page = m_engine.locks().read(s.lockCursor, kMaxLockEventsPerEvent);
        if (page.nextCursor == s.lockCursor)
            continue;
        s.lockCursor = page.nextCursor;
        QJsonArray events;
        for (const LockEvent &e : page.events)
            events.append(lockEventToJson(e));
        s.stream->send("locks",
            compact(QJsonObject {{QStringLiteral("nextCursor"), double(page.nextCursor)},
                {QStringLiteral("missed"), double(page.missed)},
                {QStringLiteral("events"), events}}));
    }
}

void EventHub::everySecond()
{
    const EngineMetrics metrics = m_sampler->sample(int(latestStalls().size()));
    {
        std::lock_guard lock(m_mutex);
        m_metrics = metrics;
    }
    broadcast(Metrics, "metrics", compact(engineMetricsToJson(metrics)));
    if (QByteArray settings = settingsJson(); settings != m_lastSettings) {
        m_lastSettings = settings;
        broadcast(All, "settings", settings);
    }
    if (++m_seconds % 5 == 0)
        broadcast(Stalls, "stalls", stallsJson(latestStalls()));
}

void EventHub::publishStalls(const QList<Stall> &stalls)
{
    {
        std::lock_guard lock(m_mutex);
        m_stalls = stalls;
    }
    broadcast(Stalls, "stalls", stallsJson(stalls));
}

QByteArray EventHub::settingsJson() const
{
    DemoLoad &demo = m_engine.demoLoad();
    return compact(QJsonObject {{QStringLiteral("faults"), m_engine.faults().toJson()},
        {QStringLiteral("demoLoad"),
            QJsonObject {{QStringLiteral("running"), demo.isRunning()},
                {QStringLiteral("workflowsPerSecond"), demo.isRunning() ? demo.rate() : 0.0}}}});
}

void EventHub::keepAlive()
{
    for (const Subscriber &s : std::as_const(m_subscribers))
        s.stream->sendComment("keep-alive");
}

void EventHub::broadcast(int topic, const QByteArray &event, const QByteArray &data)
{
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (s.topics & topic)
            s.stream->send(event, data);
    }
}

void EventHub::pruneClosed()
{
    m_subscribers.removeIf([](const Subscriber &s) { return !s.stream->isOpen(); });
    m_subscriberCount = int(m_subscribers.size());
}

EngineMetrics EventHub::latestMetrics() const
{
    std::lock_guard lock(m_mutex);
    return m_metrics;
}

QList<Stall> EventHub::latestStalls() const
{
    std::lock_guard lock(m_mutex);
    return m_stalls;
}

} // namespace joinery::http
