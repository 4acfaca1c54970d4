#include "execution/ownerpass.h"

#include "execution/taskdomains.h"

#include "decider/definitionindex.h"
#include "decider/retrypolicy.h"
#include "definitions/definitionjson.h"
#include "execution/faultinjection.h"
#include "execution/metadataregistry.h"
#include "execution/ownerevent.h"
#include "execution/taskqueues.h"
#include "execution/workflowactions.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace joinery {

OwnerPass::OwnerPass(WorkflowExecutor &executor, const QString &workflowId)
    : m_x(executor), m_workflowId(workflowId), m_now(executor.m_clock.now())
{
}

void OwnerPass::run(std::deque<std::shared_ptr<Event>> events)
{
    m_markerGeneration = m_x.m_writer.markerGeneration(m_workflowId);
    if (m_markerGeneration > 0)
        m_needDecide = true; // a decide is owed: whatever else happens, run one
    {
        // Legacy writes made before this pass are in the snapshot it is about to read.
        std::lock_guard lock(m_x.m_slotMutex);
        m_overlayStart = m_x.m_overlaySequence;
        m_x.m_overlays.remove(m_workflowId);
    }
    load();
    for (auto &event : events)
        apply(*event);
    if (m_exists && !m_removed && m_needDecide)
        decide();
    std::function<void(const QString &)> hook;
    {
        std::lock_guard lock(m_x.m_cacheMutex);
        hook = m_x.m_passHook;
    }
    if (hook)
        hook(m_workflowId);
    if (m_exists && !m_removed)
        writeChanges();
    commit();
}

bool OwnerPass::load()
{
    m_published = m_x.cached(m_workflowId);
    if (m_published) {
        m_run = *m_published;
        m_exists = true;
        return true;
    }
    if (auto stored = m_x.m_reader.loadWorkflow(m_workflowId, true)) {
        m_run = std::move(*stored);
        m_exists = true;
    }
    return m_exists;
}

void OwnerPass::changed(const QString &taskId, store::ChangeSet::TaskScope scope)
{
    auto it = m_scopes.find(taskId);
    if (it == m_scopes.end()) {
        m_changedTasks << taskId;
        m_scopes.insert(taskId, scope);
    } else if (int(scope) < int(it.value())) {
        it.value() = scope; // the wider write wins (Full < StateAndOutput < State)
    }
}

void OwnerPass::replyLater(const WorkflowExecutor::Reply &reply, const ActionResult &result)
{
    if (!reply)
        return;
    m_replies.emplace_back([reply, result](bool ok) {
        reply(ok || !result.ok() ? result
                                 : ActionResult::failure(ErrorKind::Internal, QStringLiteral("the change could not be stored")));
    });
}

void OwnerPass::apply(Event &e)
{
    switch (e.kind) {
    case Event::Create:
        applyCreate(e);
        return;
    case Event::Signal:
        if (m_exists)
            m_needDecide = true;
        return;
    case Event::Update:
        applyUpdate(e);
        return;
    case Event::Poll:
        applyPoll(e);
        return;
    case Event::Action:
        applyAction(e);
        return;
    }
}

void OwnerPass::applyCreate(Event &e)
{
    if (m_exists) {
        replyLater(e.reply, ActionResult::failure(ErrorKind::Conflict,
                                                  QStringLiteral("workflow %1 already exists").arg(m_workflowId)));
        return;
    }
    m_run = e.initial;
    m_exists = true;
    m_isNew = true;
    m_workflowChanged = true;
    m_needDecide = true;
    m_definitionJson = e.definitionJson;
    replyLater(e.reply, ActionResult::success(m_workflowId));
}

void OwnerPass::applyUpdate(Event &e)
{
    const TaskResult &r = e.result;
    if (!m_exists) {
        replyLater(e.reply, ActionResult::failure(ErrorKind::NotFound, QStringLiteral("workflow %1 not found").arg(m_workflowId)));
        return;
    }
    const int index = m_run.indexOfTask(r.taskId);
    if (index < 0) {
        replyLater(e.reply, ActionResult::failure(ErrorKind::NotFound,
                                                  QStringLiteral("task %1 not found in workflow %2").arg(r.taskId, m_workflowId)));
        return;
    }
    TaskRun &t = m_run.tasks[index];
    if (t.isTerminal()) {
        // Delivered twice (a worker retrying after a lost answer): acknowledge, change nothing.
        if (t.status == r.status)
            replyLater(e.reply, ActionResult::success(t.taskId));
        else
            replyLater(e.reply, ActionResult::failure(ErrorKind::Conflict,
                                                      QStringLiteral("task %1 is already %2; it cannot become %3")
                                                          .arg(t.taskId, taskStatusName(t.status), taskStatusName(r.status))));
        return;
    }
    if (m_run.isTerminal()) {
        replyLater(e.reply, ActionResult::failure(ErrorKind::Conflict,
                                                  QStringLiteral("workflow %1 is already %2").arg(m_workflowId, workflowStatusName(m_run.status))));
        return;
    }
    switch (r.status) {
    case TaskStatus::InProgress:
    case TaskStatus::Completed:
    case TaskStatus::Failed:
    case TaskStatus::FailedWithTerminalError:
    case TaskStatus::Canceled:
        break;
    default:
        replyLater(e.reply, ActionResult::failure(ErrorKind::BadRequest,
                                                  QStringLiteral("a worker cannot set status %1").arg(taskStatusName(r.status))));
        return;
    }

    t.updateTime = m_now;
    if (!r.workerId.isEmpty())
        t.workerId = r.workerId;
    for (const QString &log : r.logs)
        m_changes.addTaskLog(t.taskId, log, m_now);
    if (r.extendLease && r.status == TaskStatus::InProgress) {
        changed(t.taskId, store::ChangeSet::TaskScope::State);
        replyLater(e.reply, ActionResult::success(t.taskId));
        return;
    }
    if (t.startTime == 0)
        t.startTime = m_now;
    if (!r.outputData.isEmpty() || r.status != TaskStatus::InProgress)
        t.outputData = r.outputData;
    if (!r.reasonForIncompletion.isEmpty())
        t.reasonForIncompletion = r.reasonForIncompletion;
    if (r.status == TaskStatus::InProgress) {
        t.status = TaskStatus::InProgress;
        t.callbackAfterSeconds = r.callbackAfterSeconds;
        if (r.callbackAfterSeconds > 0) {
            // "Check back later": the worker polls it again once the callback time has passed.
            t.status = TaskStatus::Scheduled;
        }
    } else {
        t.status = r.status;
        t.endTime = m_now;
        m_needDecide = true;
        m_completedAt.insert(t.taskId, e.receivedAt);
        if (r.status == TaskStatus::Completed) {
            std::lock_guard lock(m_x.m_slotMutex);
            ++m_x.m_stats.tasksCompleted;
        }
    }
    changed(t.taskId, store::ChangeSet::TaskScope::StateAndOutput);
    replyLater(e.reply, ActionResult::success(t.taskId));
}

void OwnerPass::applyPoll(Event &e)
{
    auto none = [&] { e.claimed(std::nullopt); };
    if (!m_exists || m_run.isTerminal()) {
        none();
        return;
    }
    const int index = m_run.indexOfTask(e.taskId);
    if (index < 0 || m_run.tasks.at(index).status != TaskStatus::Scheduled) {
        none();
        return;
    }
    TaskRun &t = m_run.tasks[index];
    t.status = TaskStatus::InProgress;
    if (t.startTime == 0)
        t.startTime = m_now;
    t.updateTime = m_now;
    t.pollCount += 1;
    t.workerId = e.workerId;
    t.callbackAfterSeconds = 0;
    changed(t.taskId, store::ChangeSet::TaskScope::State);
    m_changes.dequeue(t.taskId);
    // The worker gets the task now, before the claim is durable: should the process die first,
    // the task is still SCHEDULED in the store and is handed out again, which is what a crash
    // does to any claim (at-least-once delivery, DESIGN.md invariant 5). Legacy mode answers
    // after the commit, as Conductor's poll does: its updates are written outside the owner and
    // must come after the claim.
    if (m_x.m_faults.legacyDecide.load()) {
        auto claimed = e.claimed;
        m_replies.emplace_back([claimed, copy = t](bool ok) { claimed(ok ? std::optional<TaskRun>(copy) : std::nullopt); });
    } else {
        e.claimed(t);
    }
}

void OwnerPass::applyAction(Event &e)
{
    if (!m_exists) {
        replyLater(e.reply, ActionResult::failure(ErrorKind::NotFound, QStringLiteral("workflow %1 not found").arg(m_workflowId)));
        return;
    }
    if (e.action.kind == WorkflowAction::Remove) {
        for (const TaskRun &t : std::as_const(m_run.tasks)) {
            if (!t.isTerminal() && t.type == TaskType::SubWorkflow && !t.subWorkflowId.isEmpty())
                m_childrenToTerminate << t.subWorkflowId;
        }
        m_removed = true;
        m_changes.removeWorkflow(m_workflowId);
        replyLater(e.reply, ActionResult::success(m_workflowId));
        return;
    }
    if (e.action.kind == WorkflowAction::Requeue) {
        // Repair: every SCHEDULED worker task goes (back) into its queue, durably.
        int count = 0;
        for (const TaskRun &t : std::as_const(m_run.tasks)) {
            if (t.type == TaskType::Simple && t.status == TaskStatus::Scheduled && !m_x.m_queues.contains(t.taskId)) {
                m_requeue.insert(t.taskId);
                changed(t.taskId, store::ChangeSet::TaskScope::State);
                ++count;
            }
        }
        m_needDecide = true;
        replyLater(e.reply, ActionResult::success(QString::number(count)));
        return;
    }
    ActionEffect effect = WorkflowActions::apply(m_run, e.action, m_now, m_x.m_metadata);
    if (!effect.result.ok()) {
        replyLater(e.reply, effect.result);
        return;
    }
    for (const QString &id : std::as_const(effect.changedTaskIds))
        changed(id, store::ChangeSet::TaskScope::Full);
    for (const QString &id : std::as_const(effect.removedTaskIds)) {
        m_removedTasks << id;
        m_changedTasks.removeAll(id);
        m_scopes.remove(id);
    }
    m_childrenToTerminate << effect.childrenToTerminate;
    if (effect.workflowChanged)
        m_workflowChanged = true;
    if (effect.decideAfter || e.action.kind == WorkflowAction::Decide)
        m_needDecide = true;
    if (e.action.kind == WorkflowAction::Decide)
        m_forced = true;
    // A retried or rerun SUB_WORKFLOW attempt needs a new child.
    for (TaskRun &t : m_run.tasks) {
        if (t.type == TaskType::SubWorkflow && !t.isTerminal() && t.subWorkflowId.isEmpty()
            && effect.changedTaskIds.contains(t.taskId)) {
            ChildWorkflowRequest request;
            request.parentTaskId = t.taskId;
            request.childWorkflowId = Decider::childWorkflowIdFor(t.taskId, t.retryCount);
            request.name = t.inputData.value(QLatin1String("subWorkflowName")).toString();
            request.version = t.inputData.value(QLatin1String("subWorkflowVersion")).toInt();
            request.input = t.inputData.value(QLatin1String("workflowInput")).toObject();
            request.correlationId = m_run.correlationId;
            request.priority = m_run.priority;
            t.status = TaskStatus::InProgress;
            t.subWorkflowId = request.childWorkflowId;
            t.outputData = QJsonObject{{QStringLiteral("subWorkflowId"), request.childWorkflowId}};
            createChild(request);
        }
    }
    replyLater(e.reply, effect.result.id.isEmpty() ? ActionResult::success(m_workflowId) : effect.result);
}

// A SUB_WORKFLOW task follows its child: when the child has ended (it signalled us, or the
// sweeper found it), the task takes the child's outcome before the decide.
void OwnerPass::reconcileChildren()
{
    for (int i = 0; i < m_run.tasks.size(); ++i) {
        TaskRun &t = m_run.tasks[i];
        if (t.type != TaskType::SubWorkflow || t.isTerminal() || t.subWorkflowId.isEmpty())
            continue;
        std::optional<WorkflowRun> child;
        if (RunPtr live = m_x.cached(t.subWorkflowId))
            child = *live;
        else
            child = m_x.m_reader.loadWorkflow(t.subWorkflowId, false);
        if (!child || !child->isTerminal())
            continue;
        switch (child->status) {
        case WorkflowStatus::Completed:
            t.status = TaskStatus::Completed;
            break;
        case WorkflowStatus::Terminated:
            t.status = TaskStatus::Canceled;
            break;
        case WorkflowStatus::TimedOut:
            t.status = TaskStatus::TimedOut;
            break;
        default:
            t.status = TaskStatus::Failed;
            break;
        }
        QJsonObject output = child->output;
        output.insert(QStringLiteral("subWorkflowId"), t.subWorkflowId);
        t.outputData = output;
        if (!child->reasonForIncompletion.isEmpty())
            t.reasonForIncompletion = child->reasonForIncompletion;
        t.endTime = m_now;
        t.updateTime = m_now;
        changed(t.taskId, store::ChangeSet::TaskScope::StateAndOutput);
    }
}

void OwnerPass::decide()
{
    m_decided = true;
    if (m_run.isTerminal() || m_run.status == WorkflowStatus::Paused)
        return;
    reconcileChildren();
    if (const int delay = m_x.m_faults.decideDelayMs.load(); delay > 0)
        QThread::msleep(delay); // fault injection: widen the window other threads race into

    DecideOptions options;
    {
        std::lock_guard lock(m_x.m_cacheMutex);
        options = m_x.m_options;
    }
    if (m_x.m_faults.legacyDecide.load() && !m_forced)
        options.evaluateJoinInline = false; // the JOIN is left to the legacy system-task worker
    DecideOutcome outcome = Decider::decide(m_run, m_now, m_x.m_metadata, options);
    {
        std::lock_guard lock(m_x.m_slotMutex);
        ++m_x.m_stats.decides;
    }
    if (!outcome.changedAnything())
        return;
    const WorkflowStatus before = m_run.status;
    m_run = std::move(outcome.after);
    for (const QString &id : std::as_const(outcome.createdTaskIds))
        changed(id, store::ChangeSet::TaskScope::Full);
    for (const QString &id : std::as_const(outcome.updatedTaskIds))
        changed(id, store::ChangeSet::TaskScope::StateAndOutput);
    if (outcome.workflowChanged || m_run.status != before)
        m_workflowChanged = true;
    for (const ChildWorkflowRequest &request : std::as_const(outcome.childWorkflows))
        createChild(request);
    m_childrenToTerminate << outcome.childWorkflowsToTerminate;
    for (const FailureWorkflowRequest &f : std::as_const(outcome.failureWorkflows)) {
        StartRequest start;
        start.name = f.name;
        start.input = f.input;
        start.correlationId = m_run.correlationId;
        startWorkflowInSameCommit(start, QStringLiteral("failure workflow of %1").arg(m_workflowId));
    }
    // JOIN-to-successor latency: for each JOIN this decide ended whose last branch ended in
    // this pass, measured from when that completion reached the engine to the commit.
    for (const QString &id : std::as_const(outcome.updatedTaskIds) + outcome.createdTaskIds) {
        const TaskRun *t = m_run.taskById(id);
        if (!t || t->type != TaskType::Join || !t->isTerminal())
            continue;
        Millis last = 0;
        for (const QJsonValue &ref : t->inputData.value(QLatin1String("joinOn")).toArray()) {
            if (const TaskRun *joined = m_run.latestByReference(ref.toString()))
                last = std::max(last, m_completedAt.value(joined->taskId, 0));
        }
        if (last > 0)
            m_joinStarts << last;
    }
    if (m_run.status == WorkflowStatus::Completed && before != WorkflowStatus::Completed) {
        std::lock_guard lock(m_x.m_slotMutex);
        ++m_x.m_stats.workflowsCompleted;
    }
}

void OwnerPass::createChild(const ChildWorkflowRequest &request)
{
    StartRequest start;
    start.workflowId = request.childWorkflowId;
    start.name = request.name;
    start.version = request.version;
    start.workflowDef = request.inlineDefinition;
    start.input = request.input;
    start.correlationId = request.correlationId;
    start.priority = request.priority;
    start.parentWorkflowId = m_workflowId;
    start.parentWorkflowTaskId = request.parentTaskId;
    start.taskToDomain = m_run.taskToDomain; // a child's workers live where its parent's do
    startWorkflowInSameCommit(start, QStringLiteral("started by %1").arg(m_workflowId));
}

// Creates another execution in this pass's transaction, with a decide marker so that its first
// decide is owed durably; it is signalled once the transaction commits. Used for sub-workflows
// and failure workflows. When the definition is missing, a SUB_WORKFLOW task fails instead.
void OwnerPass::startWorkflowInSameCommit(const StartRequest &request, const QString &reason)
{
    WorkflowDefPtr def;
    if (!request.workflowDef.isEmpty()) {
        auto parsed = std::make_shared<WorkflowDef>();
        DefinitionError error;
        if (workflowDefFromJson(request.workflowDef, parsed.get(), &error))
            def = parsed;
    } else {
        def = m_x.m_metadata.workflowDef(request.name, request.version);
    }
    const int parentTask = request.parentWorkflowTaskId.isEmpty() ? -1 : m_run.indexOfTask(request.parentWorkflowTaskId);
    if (!def) {
        if (parentTask >= 0) {
            TaskRun &t = m_run.tasks[parentTask];
            t.status = TaskStatus::Failed;
            t.reasonForIncompletion = QStringLiteral("sub-workflow definition %1%2 not found")
                                          .arg(request.name, request.version > 0 ? QStringLiteral(" v%1").arg(request.version) : QString());
            t.endTime = m_now;
            changed(t.taskId, store::ChangeSet::TaskScope::StateAndOutput);
            // Decide once more after this commit so the failure is handled.
            m_afterCommit.emplace_back([this, id = m_workflowId, x = &m_x] { x->signal(id, LockRole::Engine); });
        } else {
            qWarning("joinery: %s: workflow definition %s not found", qPrintable(reason), qPrintable(request.name));
        }
        return;
    }
    WorkflowRun child;
    child.workflowId = request.workflowId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.workflowId;
    child.workflowName = def->name;
    child.workflowVersion = def->version;
    child.status = WorkflowStatus::Running;
    child.input = request.input;
    for (auto it = def->inputTemplate.constBegin(); it != def->inputTemplate.constEnd(); ++it) {
        if (!child.input.contains(it.key()))
            child.input.insert(it.key(), it.value());
    }
    child.variables = def->variables;
    child.correlationId = request.correlationId;
    child.priority = request.priority;
    child.createTime = child.startTime = child.updateTime = m_now;
    child.parentWorkflowId = request.parentWorkflowId;
    child.parentWorkflowTaskId = request.parentWorkflowTaskId;
    child.definition = def;
    if (m_x.cached(child.workflowId))
        return; // already started (the same request applied twice)
    m_changes.putWorkflow(child, def->timeoutSeconds > 0 ? m_now + def->timeoutSeconds * 1000 : 0,
                          m_x.m_metadata.definitionJson(def));
    m_changes.touchMarker(child.workflowId, m_now, reason, m_now);
    auto ptr = std::make_shared<const WorkflowRun>(std::move(child));
    m_x.publish(ptr);
    m_childrenCreated << ptr;
}

std::optional<TaskDef> OwnerPass::taskDefOf(const TaskRun &task) const
{
    if (auto def = m_x.m_metadata.findTaskDef(task.taskDefName))
        return def;
    if (m_run.definition) {
        if (const WorkflowTask *wt = DefinitionIndex::of(m_run.definition)->find(task.baseReference()); wt && wt->taskDefinition)
            return wt->taskDefinition;
    }
    if (task.type == TaskType::Simple)
        return TaskDef::defaultsFor(task.taskDefName);
    return std::nullopt;
}

Millis OwnerPass::taskDue(const TaskRun &t) const
{
    if (t.isTerminal())
        return 0;
    if (t.type == TaskType::Wait)
        return t.waitUntil;
    if (t.type != TaskType::Simple)
        return 0;
    const std::optional<TaskDef> def = taskDefOf(t);
    if (!def)
        return 0;
    RetryPolicy::Deadlines d = RetryPolicy::deadlines(t, *def);
    if (def->timeoutPolicy == TimeoutPolicy::AlertOnly)
        d.poll = d.task = 0; // nothing would happen when they pass
    return d.earliest();
}

Millis OwnerPass::workflowDue() const
{
    if (m_run.isTerminal() || !m_run.definition || m_run.definition->timeoutSeconds <= 0
        || m_run.definition->timeoutPolicy != TimeoutPolicy::TimeOutWorkflow)
        return 0;
    const Millis since = m_run.lastRetriedTime > 0 ? m_run.lastRetriedTime : m_run.createTime;
    return since + m_run.definition->timeoutSeconds * 1000;
}

QString OwnerPass::queueOf(const TaskRun &task)
{
    return TaskQueues::queueName(task.taskType, task.domain);
}

void OwnerPass::writeChanges()
{
    for (const QString &id : std::as_const(m_removedTasks))
        m_changes.removeTask(id);

    QHash<QString, const TaskRun *> before;
    if (m_published) {
        for (const TaskRun &t : m_published->tasks)
            before.insert(t.taskId, &t);
    }
    struct Push
    {
        QString queue;
        TaskQueues::Entry entry;
    };
    QList<Push> pushes;
    QStringList httpTasks;
    if (!m_run.taskToDomain.isEmpty()) {
        // Routed once, when first scheduled: a retry is a new task and is routed again.
        for (TaskRun &t : m_run.tasks) {
            if (t.type == TaskType::Simple && t.status == TaskStatus::Scheduled && t.domain.isEmpty()
                && !before.contains(t.taskId) && m_changedTasks.contains(t.taskId))
                t.domain = TaskDomains::resolve(m_run.taskToDomain, t.taskType,
                    [x = &m_x](const QString &queue) { return x->lastPollTime(queue); }, m_now);
        }
    }
    for (const QString &id : std::as_const(m_changedTasks)) {
        const TaskRun *t = m_run.taskById(id);
        if (!t)
            continue;
        m_changes.putTask(*t, taskDue(*t), m_scopes.value(id));
        const TaskRun *old = before.value(id, nullptr);
        const bool wasQueued = old && old->status == TaskStatus::Scheduled;
        if (t->type == TaskType::Simple) {
            const bool queued = t->status == TaskStatus::Scheduled;
            const bool requeue = queued
                && (!wasQueued || old->callbackAfterSeconds != t->callbackAfterSeconds
                    || old->updateTime != t->updateTime || m_requeue.contains(t->taskId));
            if (requeue) {
                const Millis visibleAt = m_now + (t->callbackAfterSeconds + 0) * 1000;
                m_changes.enqueue(t->taskId, queueOf(*t), m_workflowId, m_run.priority, visibleAt, m_now);
                pushes.append({queueOf(*t), {t->taskId, m_workflowId, m_run.priority, visibleAt}});
            } else if (wasQueued && !queued) {
                m_changes.dequeue(t->taskId);
                const QString taskId = t->taskId;
                m_afterCommit.emplace_back([q = &m_x.m_queues, taskId] { q->remove(taskId); });
            }
        } else if (t->type == TaskType::Http && t->status == TaskStatus::Scheduled && !wasQueued) {
            httpTasks << t->taskId;
        }
    }
    if (m_workflowChanged || m_isNew || m_changedTasks.size() > 0)
        m_run.updateTime = m_now;
    if (m_workflowChanged || m_isNew)
        m_changes.putWorkflow(m_run, workflowDue(), m_definitionJson);

    if (m_decided && m_markerGeneration > 0)
        m_changes.clearMarker(m_workflowId, m_markerGeneration);

    const bool ended = m_run.isTerminal() && (!m_published || !m_published->isTerminal());
    if (ended && !m_run.parentWorkflowId.isEmpty()) {
        // The parent's SUB_WORKFLOW task follows this child: owe the parent a decide, durably.
        m_changes.touchMarker(m_run.parentWorkflowId, m_now, QStringLiteral("child %1 ended").arg(m_workflowId), m_now);
        m_afterCommit.emplace_back([x = &m_x, parent = m_run.parentWorkflowId] { x->signal(parent, LockRole::Engine); });
    }

    if (!pushes.isEmpty()) {
        m_afterCommit.emplace_back([q = &m_x.m_queues, pushes] {
            for (const Push &p : pushes)
                q->push(p.queue, p.entry);
        });
    }
    if (!httpTasks.isEmpty()) {
        m_afterCommit.emplace_back([x = &m_x, httpTasks, id = m_workflowId] {
            for (const QString &taskId : httpTasks)
                x->notifyHttpTask(id, taskId);
        });
    }
}

void OwnerPass::commit()
{
    RunPtr next;
    if (m_exists && !m_removed) {
        // Legacy mode: tasks written outside the lock while this pass ran keep their new
        // version, as in Conductor, where a decide writes only what it changed. (This is how a
        // decide on a stale snapshot leaves a completed JOIN behind with nothing after it.)
        // Published at once, ended or not: the owner's next pass (which may start before this
        // commit lands) and every reader must see this version. An ended execution leaves the
        // live set once its final state is durable. Merge and publish happen under the slot
        // lock, so no legacy write can slip in between.
        std::lock_guard lock(m_x.m_slotMutex);
        const auto overlay = m_x.m_overlays.value(m_workflowId);
        for (auto it = overlay.constBegin(); it != overlay.constEnd(); ++it) {
            if (it->sequence <= m_overlayStart || m_scopes.contains(it.key()))
                continue;
            const int i = m_run.indexOfTask(it.key());
            if (i >= 0)
                m_run.tasks[i] = it->task;
        }
        next = std::make_shared<const WorkflowRun>(std::move(m_run));
        m_x.publish(next);
    }
    struct Done
    {
        WorkflowExecutor *x;
        RunPtr next;
        QStringList changedTasks, terminate;
        QList<RunPtr> children;
        bool removed;
        QString id;
        std::vector<std::function<void()>> after;
        std::vector<std::function<void(bool)>> replies;
        QList<Millis> joinStarts;
        bool anything;

        void operator()(bool ok)
        {
            if (ok) {
                if (removed) {
                    x->forget(id, nullptr);
                    x->notifyRemoved(id);
                } else if (next && next->isTerminal()) {
                    x->forget(id, next);
                }
                if (next && anything)
                    x->notifyChanged(next, changedTasks);
                for (const auto &f : after)
                    f();
                if (!joinStarts.isEmpty())
                    x->reportJoinLatencies(joinStarts);
                for (const RunPtr &child : children) {
                    x->notifyChanged(child, {});
                    x->signal(child->workflowId, LockRole::Engine);
                }
                for (const QString &childId : terminate) {
                    WorkflowAction action;
                    action.kind = WorkflowAction::Terminate;
                    action.reason = QStringLiteral("parent workflow %1 ended").arg(id);
                    x->actAsync(childId, action, LockRole::Engine, {});
                }
            }
            for (const auto &reply : replies)
                reply(ok);
        }
    };
    auto done = std::make_shared<Done>(Done{&m_x, next, m_changedTasks, m_childrenToTerminate, m_childrenCreated,
                                            m_removed, m_workflowId, std::move(m_afterCommit), std::move(m_replies),
                                            m_joinStarts, !m_changes.isEmpty()});
    if (m_changes.isEmpty()) {
        (*done)(true);
        return;
    }
    m_x.m_writer.submit(std::move(m_changes), [done](bool ok) { (*done)(ok); });
}

} // namespace joinery
