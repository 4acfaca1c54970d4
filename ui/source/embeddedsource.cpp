#include "source/embeddedsource.h"

#include "execution/faultinjection.h"
#include "execution/lockeventlog.h"
#include "execution/metadataregistry.h"
#include "execution/workflowexecutor.h"
#include "runtime/delayscheduler.h"
#include "runtime/demoload.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"
#include "runtime/stalldetector.h"
#include "runtime/workerhost.h"
#include "source/changecoalescer.h"
#include "runtime/metricssampler.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace joinery::ui {

struct EmbeddedSource::Relay
{
    std::mutex mutex;
    EmbeddedSource *source = nullptr; // guarded by mutex; cleared when the source goes away

    void post(std::function<void()> call)
    {
        std::lock_guard lock(mutex);
        if (source)
            QMetaObject::invokeMethod(source, std::move(call), Qt::QueuedConnection);
    }
};

namespace {

// The store's column for each sort field of ExecutionQuery.
QString storeSortField(const QString &field)
{
    if (field == QLatin1String("updateTime"))
        return QStringLiteral("update_time");
    if (field == QLatin1String("endTime"))
        return QStringLiteral("end_time");
    if (field == QLatin1String("name"))
        return QStringLiteral("name");
    if (field == QLatin1String("status"))
        return QStringLiteral("status");
    if (field == QLatin1String("workflowId"))
        return QStringLiteral("workflow_id");
    return QStringLiteral("create_time");
}

} // namespace

EmbeddedSource::EmbeddedSource(Engine &engine, QObject *parent)
    : ExecutionSource(parent)
    , m_engine(engine)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->source = this;
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("embedded-source"));

    m_coalescer = new ChangeCoalescer(33, this);
    connect(m_coalescer, &ChangeCoalescer::changed, this, &ExecutionSource::executionsChanged);
    connect(m_coalescer, &ChangeCoalescer::removed, this, &ExecutionSource::executionsRemoved);
    m_engine.executor().addObserver(m_coalescer);

    m_metrics = std::make_unique<MetricsSampler>(m_engine);

    std::weak_ptr<Relay> relay = m_relay;
    m_engine.stalls().start(1000, [relay](const QList<Stall> &stalls) {
        if (auto r = relay.lock()) {
            r->post([r, stalls] {
                if (EmbeddedSource *self = r->source) {
                    self->m_stalledCount = int(stalls.size());
                    emit self->stallsChanged(stalls);
                }
            });
        }
    });

    m_lockTimer.setInterval(100);
    connect(&m_lockTimer, &QTimer::timeout, this, &EmbeddedSource::pollLockEvents);
    m_lockTimer.start();
    m_metricsTimer.setInterval(1000);
    connect(&m_metricsTimer, &QTimer::timeout, this, &EmbeddedSource::sampleMetrics);
    m_metricsTimer.start();

    // Whoever connects right after construction hears the state once the event loop runs.
    QMetaObject::invokeMethod(
        this, [this] { emit stateChanged(QStringLiteral("running")); }, Qt::QueuedConnection);
}

EmbeddedSource::~EmbeddedSource()
{
    {
        std::lock_guard lock(m_relay->mutex);
        m_relay->source = nullptr;
    }
    m_lockTimer.stop();
    m_metricsTimer.stop();
    m_engine.stalls().stop();
    m_pool.clear();
    m_pool.waitForDone();
    m_engine.executor().removeObserver(m_coalescer);
    m_metrics.reset();
    // Observer and listener calls run inside the writer's commit callbacks: once the writer has
    // finished what was submitted until now, none of them can still be inside this object.
    m_engine.writer().flush();
}

QString EmbeddedSource::describe() const
{
    return tr("Database: %1").arg(m_engine.databasePath());
}

ExecutionSource::Capabilities EmbeddedSource::capabilities() const
{
    return Stalls | LockEvents | Faults | DecidePreview | DemoLoad | LiveEvents | Metrics
        | TaskLogs;
}

void EmbeddedSource::post(std::function<void()> call) const
{
    m_relay->post(std::move(call));
}

template<typename Result>
void EmbeddedSource::runInPool(std::function<Result()> work, std::function<void(Result)> done)
{
    std::weak_ptr<Relay> relay = m_relay;
    (void)QtConcurrent::run(
        &m_pool, [relay, work = std::move(work), done = std::move(done)]() mutable {
            Result result = work();
            if (auto r = relay.lock())
                r->post([done = std::move(done), result = std::move(result)] { done(result); });
        });
}

ExecutionSource::Done EmbeddedSource::replyOnGui(Done done) const
{
    std::weak_ptr<Relay> relay = m_relay;
    return [relay, done = std::move(done)](const ActionResult &result) {
        if (!done)
            return;
        if (auto r = relay.lock())
            r->post([done, result] { done(result); });
    };
}

void EmbeddedSource::queryExecutions(
    const ExecutionQuery &query, std::function<void(ExecutionPage)> done)
{
    store::StoreReader::SearchQuery q;
    if (!query.name.isEmpty())
        q.names << query.name;
    q.statuses = query.statuses;
    q.correlationId = query.correlationId;
    q.freeText = query.freeText;
    q.startedAfter = query.startedAfter;
    q.startedBefore = query.startedBefore;
    q.sortField = storeSortField(query.sortField);
    q.ascending = query.ascending;
    q.offset = query.offset;
    q.limit = query.limit;
    Engine *engine = &m_engine;
    runInPool<ExecutionPage>(
        [engine, q] {
            const store::StoreReader::SearchResult found = engine->reader().search(q);
            ExecutionPage page;
            page.total = found.totalHits;
            page.rows.reserve(found.results.size());
            for (const WorkflowRun &run : found.results) {
                // Stored rows carry no tasks; a live execution knows which of its tasks run now.
                if (const RunPtr live = engine->executor().snapshot(run.workflowId))
                    page.rows.append(summarize(*live));
                else
                    page.rows.append(summarize(run));
            }
            return page;
        },
        std::move(done));
}

void EmbeddedSource::fetchExecution(
    const QString &workflowId, std::function<void(RunSnapshot)> done)
{
    Engine *engine = &m_engine;
    runInPool<RunSnapshot>(
        [engine, workflowId]() -> RunSnapshot {
            if (RunPtr live = engine->executor().snapshot(workflowId))
                return live;
            if (std::optional<WorkflowRun> stored = engine->executor().find(workflowId, true))
                return std::make_shared<const WorkflowRun>(std::move(*stored));
            return nullptr;
        },
        std::move(done));
}

void EmbeddedSource::fetchDefinitions(std::function<void(QList<WorkflowDefPtr>)> done)
{
    Engine *engine = &m_engine;
    runInPool<QList<WorkflowDefPtr>>(
        [engine] { return engine->metadata().workflowDefs(); }, std::move(done));
}

void EmbeddedSource::fetchStalls(std::function<void(QList<Stall>)> done)
{
    Engine *engine = &m_engine;
    runInPool<QList<Stall>>([engine] { return engine->stalls().scan(); }, std::move(done));
}

void EmbeddedSource::previewDecide(
    const QString &workflowId, std::function<void(QStringList, QString)> done)
{
    Engine *engine = &m_engine;
    runInPool<joinery::DecidePreview>(
        [engine, workflowId] {
            const RunPtr before = engine->executor().snapshot(workflowId);
            return joinery::DecidePreview::from(engine->executor().preview(workflowId), before.get());
        },
        [workflowId, done = std::move(done)](const joinery::DecidePreview &preview) {
            QStringList lines;
            QString error;
            describePreview(workflowId, preview, &lines, &error);
            done(lines, error);
        });
}

void EmbeddedSource::fetchTaskLogs(const QString &taskId, std::function<void(QStringList)> done)
{
    Engine *engine = &m_engine;
    runInPool<QStringList>(
        [engine, taskId] {
            QStringList lines;
            for (const store::StoreReader::TaskLog &log : engine->reader().taskLogs(taskId))
                lines << log.log;
            return lines;
        },
        std::move(done));
}

void EmbeddedSource::registerDefinition(const QJsonObject &definition, bool overwrite, Done done)
{
    // Registering waits for the commit, so it runs in the pool like any other store work.
    Engine *engine = &m_engine;
    runInPool<ActionResult>(
        [engine, definition, overwrite] {
            return engine->registerWorkflowDef(definition, overwrite);
        },
        [done = std::move(done)](const ActionResult &result) {
            if (done)
                done(result);
        });
}

void EmbeddedSource::removeDefinition(const QString &name, int version, Done done)
{
    Engine *engine = &m_engine;
    runInPool<ActionResult>([engine, name, version] { return engine->removeWorkflowDef(name, version); },
        [done = std::move(done)](const ActionResult &result) {
            if (done)
                done(result);
        });
}

void EmbeddedSource::startWorkflow(const StartRequest &request, Done done)
{
    StartRequest r = request;
    if (r.createdBy.isEmpty())
        r.createdBy = QStringLiteral("joinery-ui");
    m_engine.executor().startAsync(r, LockRole::GuiAction, replyOnGui(std::move(done)));
}

void EmbeddedSource::act(const QString &workflowId, const WorkflowAction &action, Done done)
{
    m_engine.executor().actAsync(
        workflowId, action, LockRole::GuiAction, replyOnGui(std::move(done)));
}

void EmbeddedSource::updateTask(const TaskResult &result, Done done)
{
    TaskResult r = result;
    if (r.workerId.isEmpty())
        r.workerId = QStringLiteral("joinery-ui");
    m_engine.executor().updateTaskAsync(r, LockRole::GuiAction, replyOnGui(std::move(done)));
}

QJsonObject EmbeddedSource::faults() const
{
    return m_engine.faults().toJson();
}

void EmbeddedSource::setFaults(const QJsonObject &settings, Done done)
{
    // All or nothing, legacyDecide included (it is one of the fault settings).
    ActionResult result;
    QString error;
    if (!m_engine.faults().apply(settings, &error))
        result = ActionResult::failure(ErrorKind::BadRequest, error);
    if (done)
        post([done, result] { done(result); });
}

bool EmbeddedSource::demoLoadRunning() const
{
    return m_engine.demoLoad().isRunning();
}

void EmbeddedSource::setDemoLoad(bool on, int workflowsPerSecond)
{
    if (!on) {
        m_engine.demoLoad().stop();
        return;
    }
    // Workers that take 50–400 ms, so that forks visibly run in parallel in the graph.
    m_engine.ensureDemoWorkers(DemoWorkerConfig {64, 50, 400});
    m_engine.demoLoad().start(std::max(1, workflowsPerSecond));
}

qint64 EmbeddedSource::changeBatches() const
{
    return m_coalescer->batchCount();
}

qint64 EmbeddedSource::changeNotifications() const
{
    return m_coalescer->notificationCount();
}

void EmbeddedSource::pollLockEvents()
{
    if (m_lockPollBusy)
        return;
    m_lockPollBusy = true;
    Engine *engine = &m_engine;
    const qint64 cursor = m_lockCursor;
    runInPool<LockEventLog::Page>([engine, cursor] { return engine->locks().read(cursor); },
        [this](const LockEventLog::Page &page) {
            m_lockPollBusy = false;
            m_lockCursor = page.nextCursor;
            if (!page.events.isEmpty())
                emit lockEventsArrived(page.events);
        });
}

void EmbeddedSource::sampleMetrics()
{
    if (m_metricsBusy)
        return;
    m_metricsBusy = true;
    MetricsSampler *sampler = m_metrics.get();
    const int stalled = m_stalledCount;
    runInPool<EngineMetrics>([sampler, stalled] { return sampler->sample(stalled); },
        [this](const EngineMetrics &metrics) {
            m_metricsBusy = false;
            emit metricsSampled(metrics);
        });
}

} // namespace joinery::ui
