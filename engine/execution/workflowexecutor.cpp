#include "execution/workflowexecutor.h"

#include "definitions/definitionjson.h"
#include "definitions/definitionvalidator.h"
#include "execution/faultinjection.h"
#include "execution/lockeventlog.h"
#include "execution/metadataregistry.h"
#include "execution/ownerevent.h"
#include "execution/ownerpass.h"
#include "execution/taskqueues.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QThread>
#include <QUuid>

#include <future>

namespace joinery {
namespace {

} // namespace

QString WorkflowExecutor::threadName()
{
    const QString name = QThread::currentThread()->objectName();
    return name.isEmpty() ? QStringLiteral("thread-%1").arg(quintptr(QThread::currentThreadId()) % 100000) : name;
}

namespace {

template<typename F>
ActionResult waitFor(F &&submit)
{
    auto promise = std::make_shared<std::promise<ActionResult>>();
    auto future = promise->get_future();
    submit([promise](const ActionResult &r) { promise->set_value(r); });
    return future.get();
}

} // namespace

WorkflowExecutor::WorkflowExecutor(const Clock &clock, store::StoreWriter &writer, store::StoreReader &reader,
                                   MetadataRegistry &metadata, TaskQueues &queues, LockEventLog &locks,
                                   FaultInjection &faults)
    : m_clock(clock), m_writer(writer), m_reader(reader), m_metadata(metadata), m_queues(queues), m_locks(locks),
      m_faults(faults)
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("joinery-owners"));
}

WorkflowExecutor::~WorkflowExecutor()
{
    waitIdle();
    m_pool.waitForDone();
}

void WorkflowExecutor::adopt(const QList<WorkflowRun> &runs)
{
    std::lock_guard lock(m_cacheMutex);
    for (const WorkflowRun &run : runs)
        m_live.insert(run.workflowId, std::make_shared<const WorkflowRun>(run));
}

// ---- ownership -------------------------------------------------------------------------------

void WorkflowExecutor::enqueue(const QString &workflowId, std::shared_ptr<Event> event)
{
    event->receivedAt = m_clock.now();
    bool start = false;
    {
        std::lock_guard lock(m_slotMutex);
        Slot &slot = m_slots[workflowId];
        slot.events.push_back(event);
        if (slot.running) {
            // Busy: the owner will loop once more. The signal is kept, never dropped.
            slot.dirty = true;
            ++m_stats.deferrals;
        } else {
            slot.running = true;
            ++m_runningOwners;
            start = true;
        }
    }
    if (start) {
        // An injected decide delay sleeps while holding a workflow: give the other workflows
        // threads to run on meanwhile (sleeping threads cost no CPU).
        if (m_faults.decideDelayMs.load() > 0 && m_pool.maxThreadCount() < 32)
            m_pool.setMaxThreadCount(32);
        m_pool.start([this, workflowId] { ownerLoop(workflowId); });
    } else {
        LockEvent e;
        e.workflowId = workflowId;
        e.role = event->role;
        e.thread = threadName();
        e.requestedAt = event->receivedAt;
        e.deferred = true;
        m_locks.append(e);
    }
}

void WorkflowExecutor::ownerLoop(const QString &workflowId, bool acquired)
{
    LockEvent lockEvent;
    lockEvent.workflowId = workflowId;
    lockEvent.thread = threadName();
    lockEvent.requestedAt = m_clock.now();
    {
        std::lock_guard lock(m_slotMutex);
        const Slot &slot = m_slots[workflowId];
        lockEvent.role = slot.events.empty() ? LockRole::Engine : slot.events.front()->role;
    }

    if (!acquired && !m_faults.legacyDecide.load() && m_faults.roll(m_faults.lockMissRate.load())) {
        // Injected lock miss: the events stay queued and the owner tries again shortly; the
        // miss delays the work and loses none of it.
        lockEvent.gaveUpAt = m_clock.now();
        lockEvent.injected = true;
        m_locks.append(lockEvent);
        {
            std::lock_guard lock(m_slotMutex);
            ++m_stats.injectedMisses;
        }
        QThread::usleep(200);
        m_pool.start([this, workflowId] { ownerLoop(workflowId); });
        return;
    }
    lockEvent.acquiredAt = m_clock.now();

    for (;;) {
        std::deque<std::shared_ptr<Event>> events;
        {
            std::lock_guard lock(m_slotMutex);
            Slot &slot = m_slots[workflowId];
            events.swap(slot.events);
            slot.dirty = false;
            ++m_stats.ownerLoops;
        }
        OwnerPass(*this, workflowId).run(std::move(events));
        std::lock_guard lock(m_slotMutex);
        Slot &slot = m_slots[workflowId];
        if (slot.events.empty() && !slot.dirty) {
            slot.running = false;
            --m_runningOwners;
            m_slots.remove(workflowId);
            break;
        }
    }
    lockEvent.releasedAt = m_clock.now();
    m_locks.append(lockEvent);
    m_slotReleased.notify_all();
}

void WorkflowExecutor::release(const QString &workflowId)
{
    bool again = false;
    {
        std::lock_guard lock(m_slotMutex);
        Slot &slot = m_slots[workflowId];
        if (!slot.events.empty() || slot.dirty) {
            again = true; // what arrived while it was held runs now
        } else {
            slot.running = false;
            --m_runningOwners;
            m_slots.remove(workflowId);
        }
    }
    if (again)
        m_pool.start([this, workflowId] { ownerLoop(workflowId); });
    m_slotReleased.notify_all();
}

WorkflowExecutor::LockHold::LockHold(WorkflowExecutor *executor, QString workflowId, LockEvent event)
    : m_executor(executor), m_workflowId(std::move(workflowId)), m_event(std::move(event))
{
}

WorkflowExecutor::LockHold::~LockHold()
{
    m_event.releasedAt = m_executor->m_clock.now();
    m_executor->m_locks.append(m_event);
    m_executor->release(m_workflowId);
}

std::unique_ptr<WorkflowExecutor::LockHold> WorkflowExecutor::hold(const QString &workflowId, LockRole role)
{
    LockEvent e;
    e.workflowId = workflowId;
    e.role = role;
    e.thread = threadName();
    e.requestedAt = m_clock.now();
    std::unique_lock lock(m_slotMutex);
    m_slotReleased.wait(lock, [&] { return !m_slots.value(workflowId).running; });
    Slot &slot = m_slots[workflowId];
    slot.running = true;
    ++m_runningOwners;
    e.acquiredAt = m_clock.now();
    return std::unique_ptr<LockHold>(new LockHold(this, workflowId, e));
}

void WorkflowExecutor::waitIdle()
{
    for (;;) {
        {
            std::unique_lock lock(m_slotMutex);
            m_slotReleased.wait(lock, [&] { return m_runningOwners == 0; });
        }
        m_writer.flush();
        std::lock_guard lock(m_slotMutex);
        if (m_runningOwners == 0)
            return;
    }
}

// ---- requests --------------------------------------------------------------------------------

void WorkflowExecutor::startAsync(const StartRequest &request, LockRole role, Reply reply)
{
    WorkflowDefPtr def;
    QByteArray defJson;
    if (!request.workflowDef.isEmpty()) {
        auto parsed = std::make_shared<WorkflowDef>();
        DefinitionError error;
        if (!workflowDefFromJson(request.workflowDef, parsed.get(), &error)) {
            reply(ActionResult::failure(ErrorKind::BadRequest, QStringLiteral("workflowDef: %1").arg(error.toString())));
            return;
        }
        const QList<DefinitionError> problems = DefinitionValidator::validate(*parsed);
        if (!problems.isEmpty()) {
            reply(ActionResult::failure(ErrorKind::BadRequest, problems.first().toString()));
            return;
        }
        def = parsed;
    } else {
        if (request.name.isEmpty()) {
            reply(ActionResult::failure(ErrorKind::BadRequest, QStringLiteral("name: a workflow name is required")));
            return;
        }
        def = m_metadata.workflowDef(request.name, request.version);
        if (!def) {
            reply(ActionResult::failure(ErrorKind::NotFound,
                                        request.version > 0
                                            ? QStringLiteral("no workflow definition %1 version %2").arg(request.name).arg(request.version)
                                            : QStringLiteral("no workflow definition named %1").arg(request.name)));
            return;
        }
    }
    if (request.priority < 0 || request.priority > 99) {
        reply(ActionResult::failure(ErrorKind::BadRequest, QStringLiteral("priority must be from 0 to 99")));
        return;
    }
    defJson = m_metadata.definitionJson(def);

    const Millis now = m_clock.now();
    WorkflowRun run;
    run.workflowId = request.workflowId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.workflowId;
    run.workflowName = def->name;
    run.workflowVersion = def->version;
    run.status = WorkflowStatus::Running;
    run.input = request.input;
    for (auto it = def->inputTemplate.constBegin(); it != def->inputTemplate.constEnd(); ++it) {
        if (!run.input.contains(it.key()))
            run.input.insert(it.key(), it.value());
    }
    run.variables = def->variables;
    run.correlationId = request.correlationId;
    run.priority = request.priority;
    run.createTime = run.startTime = run.updateTime = now;
    run.parentWorkflowId = request.parentWorkflowId;
    run.parentWorkflowTaskId = request.parentWorkflowTaskId;
    run.createdBy = request.createdBy;
    run.taskToDomain = request.taskToDomain;
    run.definition = def;

    auto event = std::make_shared<Event>();
    event->kind = Event::Create;
    event->role = role;
    event->initial = std::move(run);
    event->definitionJson = defJson;
    event->reply = std::move(reply);
    enqueue(event->initial.workflowId, event);
}

ActionResult WorkflowExecutor::start(const StartRequest &request, LockRole role)
{
    return waitFor([&](Reply r) { startAsync(request, role, std::move(r)); });
}

void WorkflowExecutor::updateTaskAsync(const TaskResult &result, LockRole role, Reply reply)
{
    if (result.taskId.isEmpty() || result.workflowId.isEmpty()) {
        reply(ActionResult::failure(ErrorKind::BadRequest, QStringLiteral("taskId and workflowInstanceId are required")));
        return;
    }
    if (m_faults.legacyDecide.load()) {
        legacyUpdateTask(result, role, std::move(reply));
        return;
    }
    auto event = std::make_shared<Event>();
    event->kind = Event::Update;
    event->role = role;
    event->result = result;
    event->reply = std::move(reply);
    enqueue(result.workflowId, event);
}

ActionResult WorkflowExecutor::updateTask(const TaskResult &result, LockRole role)
{
    return waitFor([&](Reply r) { updateTaskAsync(result, role, std::move(r)); });
}

void WorkflowExecutor::pollAsync(const QString &queue, const QString &workerId, int count, PollReply reply)
{
    const Millis now = m_clock.now();
    bool persist = false;
    {
        std::lock_guard lock(m_cacheMutex);
        m_pollData.insert(queue, PollRecord{workerId, now});
        Millis &written = m_pollDataWritten[queue];
        if (now - written >= 1000) {
            written = now;
            persist = true;
        }
    }
    if (persist) {
        store::ChangeSet changes;
        changes.recordPoll(queue, QString(), workerId, now);
        m_writer.submit(std::move(changes));
    }
    // TaskDef limits (concurrentExecLimit, rateLimitPerFrequency) cap what this poll may take.
    int wanted = std::max(1, count);
    const QString defName = queue.mid(queue.indexOf(QLatin1Char(':')) + 1); // "<domain>:<type>"
    const std::optional<TaskDef> def = m_metadata.findTaskDef(defName);
    const bool limited = def && PollLimiter::limits(*def);
    if (limited) {
        int inProgress = 0;
        if (def->concurrentExecLimit > 0) {
            for (const RunPtr &run : liveRuns()) {
                for (const TaskRun &t : run->tasks) {
                    const QString &name = t.taskDefName.isEmpty() ? t.taskType : t.taskDefName;
                    inProgress += t.status == TaskStatus::InProgress && name == def->name ? 1 : 0;
                }
            }
        }
        wanted = m_limiter.reserve(*def, wanted, inProgress, now);
        if (wanted == 0) {
            reply({});
            return;
        }
    }
    const QList<TaskQueues::Entry> entries = m_queues.pop(queue, wanted, 0);
    if (limited) {
        for (qsizetype unused = entries.size(); unused < wanted; ++unused)
            m_limiter.released(def->name, false);
    }
    if (entries.isEmpty()) {
        reply({});
        return;
    }
    struct Gather
    {
        std::mutex mutex;
        QList<TaskRun> tasks;
        int pending = 0;
        PollReply reply;
    };
    auto gather = std::make_shared<Gather>();
    gather->pending = entries.size();
    gather->reply = std::move(reply);
    for (const TaskQueues::Entry &entry : entries) {
        auto event = std::make_shared<Event>();
        event->kind = Event::Poll;
        event->role = LockRole::WorkerCallback;
        event->taskId = entry.taskId;
        event->workerId = workerId;
        event->claimed = [gather, limiter = limited ? &m_limiter : nullptr,
                             name = limited ? def->name : QString()](std::optional<TaskRun> task) {
            if (limiter)
                limiter->released(name, task.has_value());
            PollReply done;
            QList<TaskRun> tasks;
            {
                std::lock_guard lock(gather->mutex);
                if (task)
                    gather->tasks.append(std::move(*task));
                if (--gather->pending > 0)
                    return;
                done = std::move(gather->reply);
                tasks = std::move(gather->tasks);
            }
            done(std::move(tasks));
        };
        enqueue(entry.workflowId, event);
    }
}

QList<TaskRun> WorkflowExecutor::poll(const QString &queue, const QString &workerId, int count, int waitMs)
{
    if (waitMs > 0 && m_queues.size(queue) == 0) {
        // Long poll: wait for something to become visible, then claim it.
        const QList<TaskQueues::Entry> first = m_queues.pop(queue, std::max(1, count), waitMs);
        for (const TaskQueues::Entry &e : first)
            m_queues.push(queue, e); // put back; pollAsync claims through the owners
        if (first.isEmpty())
            return {};
    }
    auto promise = std::make_shared<std::promise<QList<TaskRun>>>();
    auto future = promise->get_future();
    pollAsync(queue, workerId, count, [promise](QList<TaskRun> tasks) { promise->set_value(std::move(tasks)); });
    return future.get();
}

void WorkflowExecutor::actAsync(const QString &workflowId, const WorkflowAction &action, LockRole role, Reply reply)
{
    auto event = std::make_shared<Event>();
    event->kind = Event::Action;
    event->role = role;
    event->action = action;
    event->reply = std::move(reply);
    enqueue(workflowId, event);
}

ActionResult WorkflowExecutor::act(const QString &workflowId, const WorkflowAction &action, LockRole role)
{
    return waitFor([&](Reply r) { actAsync(workflowId, action, role, std::move(r)); });
}

void WorkflowExecutor::signal(const QString &workflowId, LockRole role)
{
    auto event = std::make_shared<Event>();
    event->kind = Event::Signal;
    event->role = role;
    enqueue(workflowId, event);
}

// ---- snapshots -------------------------------------------------------------------------------

RunPtr WorkflowExecutor::cached(const QString &workflowId) const
{
    std::lock_guard lock(m_cacheMutex);
    return m_live.value(workflowId);
}

void WorkflowExecutor::publish(const RunPtr &run)
{
    std::lock_guard lock(m_cacheMutex);
    m_live.insert(run->workflowId, run);
}

void WorkflowExecutor::forget(const QString &workflowId, const RunPtr &ifStill)
{
    std::lock_guard lock(m_cacheMutex);
    auto it = m_live.find(workflowId);
    if (it == m_live.end())
        return;
    if (!ifStill || it.value() == ifStill)
        m_live.erase(it);
}

RunPtr WorkflowExecutor::snapshot(const QString &workflowId) const
{
    return cached(workflowId);
}

std::optional<WorkflowRun> WorkflowExecutor::find(const QString &workflowId, bool withTasks) const
{
    if (RunPtr live = cached(workflowId))
        return *live;
    return m_reader.loadWorkflow(workflowId, withTasks);
}

QList<RunPtr> WorkflowExecutor::liveRuns() const
{
    std::lock_guard lock(m_cacheMutex);
    return m_live.values();
}

std::optional<DecideOutcome> WorkflowExecutor::preview(const QString &workflowId) const
{
    std::optional<WorkflowRun> run = find(workflowId, true);
    if (!run || run->isTerminal())
        return std::nullopt; // an ended workflow is never decided again
    DecideOptions options;
    {
        std::lock_guard lock(m_cacheMutex);
        options = m_options;
    }
    options.evaluateJoinInline = true; // a preview shows what a forced decide would do
    return Decider::decide(*run, m_clock.now(), m_metadata, options);
}

// ---- observers -------------------------------------------------------------------------------

void WorkflowExecutor::addObserver(ExecutionObserver *observer)
{
    std::lock_guard lock(m_cacheMutex);
    m_observers.append(observer);
}

void WorkflowExecutor::removeObserver(ExecutionObserver *observer)
{
    std::lock_guard lock(m_cacheMutex);
    m_observers.removeAll(observer);
}

void WorkflowExecutor::notifyChanged(const RunPtr &run, const QStringList &changedTaskIds)
{
    QList<ExecutionObserver *> observers;
    {
        std::lock_guard lock(m_cacheMutex);
        observers = m_observers;
    }
    for (ExecutionObserver *o : std::as_const(observers))
        o->executionChanged(run, changedTaskIds);
}

void WorkflowExecutor::notifyRemoved(const QString &workflowId)
{
    QList<ExecutionObserver *> observers;
    {
        std::lock_guard lock(m_cacheMutex);
        observers = m_observers;
    }
    for (ExecutionObserver *o : std::as_const(observers))
        o->executionRemoved(workflowId);
}

void WorkflowExecutor::notifyHttpTask(const QString &workflowId, const QString &taskId)
{
    std::function<void(const QString &, const QString &)> listener;
    {
        std::lock_guard lock(m_cacheMutex);
        listener = m_httpListener;
    }
    if (listener)
        listener(workflowId, taskId);
}

void WorkflowExecutor::reportJoinLatencies(const QList<Millis> &lastBranchEndedAt)
{
    std::function<void(Millis)> listener;
    {
        std::lock_guard lock(m_cacheMutex);
        listener = m_joinLatency;
    }
    if (!listener)
        return;
    const Millis now = m_clock.now();
    for (Millis at : lastBranchEndedAt)
        listener(now - at);
}

void WorkflowExecutor::setDecideOptions(const DecideOptions &options)
{
    std::lock_guard lock(m_cacheMutex);
    m_options = options;
}

void WorkflowExecutor::setJoinLatencyListener(std::function<void(Millis)> listener)
{
    std::lock_guard lock(m_cacheMutex);
    m_joinLatency = std::move(listener);
}

void WorkflowExecutor::setPassHook(std::function<void(const QString &)> hook)
{
    std::lock_guard lock(m_cacheMutex);
    m_passHook = std::move(hook);
}

void WorkflowExecutor::setHttpTaskListener(std::function<void(const QString &, const QString &)> listener)
{
    std::lock_guard lock(m_cacheMutex);
    m_httpListener = std::move(listener);
}

QHash<QString, WorkflowExecutor::PollRecord> WorkflowExecutor::pollData() const
{
    std::lock_guard lock(m_cacheMutex);
    return m_pollData;
}

Millis WorkflowExecutor::lastPollTime(const QString &queue) const
{
    std::lock_guard lock(m_cacheMutex);
    return m_pollData.value(queue).lastPollTime;
}

WorkflowExecutor::Stats WorkflowExecutor::stats() const
{
    std::lock_guard lock(m_slotMutex);
    return m_stats;
}

} // namespace joinery
