#pragma once

#include "execution/workflowexecutor.h"
#include "runtime/enginemetrics.h"
#include "runtime/stall.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

namespace joinery {
class Engine;
class MetricsSampler;
} // namespace joinery

namespace joinery::http {

class EventStream;

// What `joinery serve` pushes to attached windows (GET /api/joinery/events, docs/joinery-api.md)
// and the figures behind GET /api/joinery/metrics and /stalls. It runs on a thread of its own,
// so that serialising executions never delays a request:
//  - workflow changes come from the executor's observer (writer thread), are kept as the newest
//    snapshot per workflow, and go out at most every 33 ms, each workflow once per event;
//  - lock events are read every 100 ms from each subscriber's own cursor;
//  - metrics are sampled every second (also without subscribers: the GET answers the latest);
//  - the stall detector scans every second; its list goes out when it changes and every 5 s;
//  - fault and demo-load settings go out to every subscriber when they change.
// Nothing is collected for streams while nobody listens.
//
// Thread safety: subscribe(), latestMetrics(), latestStalls() and the observer callbacks may be
// called from any thread; start() and stop() from the thread that created the hub.
class EventHub final : public QObject, public ExecutionObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHub)

public:
    enum Topic { Workflows = 0x1, Stalls = 0x2, Locks = 0x4, Metrics = 0x8, All = 0xF };

    explicit EventHub(Engine &engine);
    ~EventHub() override; // stops first if needed

    void start();
    // Closes every stream and joins the hub's thread. Idempotent.
    void stop();

    // Takes over a stream: sends "hello", the current stalls and metrics, then the topics asked
    // for. Lock events start at `lockCursor` (negative: only those from now on).
    void subscribe(std::shared_ptr<EventStream> stream, int topics, qint64 lockCursor);
    int subscriberCount() const { return m_subscriberCount.load(); }

    EngineMetrics latestMetrics() const;
    QList<Stall> latestStalls() const;

    // Topic names of the ?types= parameter; 0 when one is unknown.
    static int topicsFromNames(const QStringList &names);

    void executionChanged(const RunPtr &run, const QStringList &changedTaskIds) override;
    void executionRemoved(const QString &workflowId) override;

private:
    struct Subscriber
    {
        std::shared_ptr<EventStream> stream;
        int topics = All;
        qint64 lockCursor = 0;
    };

    // Hub thread only.
    void setUp();
    void tearDown();
    void flushWorkflows();
    void flushLocks();
    void everySecond();
    void keepAlive();
    void addSubscriber(Subscriber subscriber);
    void publishStalls(const QList<Stall> &stalls);
    QByteArray settingsJson() const;
    void broadcast(int topic, const QByteArray &event, const QByteArray &data);
    void pruneClosed();

    Engine &m_engine;
    QThread m_thread;
    bool m_running = false; // creating thread

    // Hub thread only.
    QTimer *m_workflowTimer = nullptr;
    QTimer *m_lockTimer = nullptr;
    QTimer *m_secondTimer = nullptr;
    QTimer *m_keepAliveTimer = nullptr;
    QList<Subscriber> m_subscribers;
    std::unique_ptr<MetricsSampler> m_sampler;
    int m_seconds = 0;
    QByteArray m_lastSettings; // the settings event last sent

    std::atomic<int> m_subscriberCount {0};

    mutable std::mutex m_mutex; // guards the members below
    QHash<QString, RunPtr> m_pending;
    QSet<QString> m_removed;
    EngineMetrics m_metrics;
    QList<Stall> m_stalls;
};

} // namespace joinery::http
