#include "store/storewriter.h"

#include "store/database.h"
#include "store/sqlite.h"

#include <sqlite3.h>

namespace joinery::store {

struct StoreWriter::Statements
{
    explicit Statements(Connection &c)
        : workflow(c.prepare(
            "INSERT INTO workflows (workflow_id, name, version, status, correlation_id, priority, parent_workflow_id, "
            "parent_task_id, create_time, start_time, end_time, update_time, last_retried_time, reason, input, output, "
            "variables, extra, definition, due_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20) "
            "ON CONFLICT (workflow_id) DO UPDATE SET name=excluded.name, version=excluded.version, status=excluded.status, "
            "correlation_id=excluded.correlation_id, priority=excluded.priority, parent_workflow_id=excluded.parent_workflow_id, "
            "parent_task_id=excluded.parent_task_id, start_time=excluded.start_time, end_time=excluded.end_time, "
            "update_time=excluded.update_time, last_retried_time=excluded.last_retried_time, reason=excluded.reason, "
            "input=excluded.input, output=excluded.output, variables=excluded.variables, extra=excluded.extra, "
            "definition=COALESCE(excluded.definition, workflows.definition), due_at=excluded.due_at"))
        , task(c.prepare(
              "INSERT OR REPLACE INTO tasks (task_id, workflow_id, seq, ref, type, task_type, task_def_name, status, "
              "retry_count, poll_count, scheduled_time, start_time, end_time, update_time, worker_id, reason, "
              "callback_after, start_delay, response_timeout, retried, executed, retried_task_id, iteration, "
              "sub_workflow_id, wait_until, input, output, dynamic_task, due_at, domain) VALUES "
              "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,"
              "?30)"))
        , taskState(c.prepare(
              "UPDATE tasks SET status=?2, retry_count=?3, poll_count=?4, start_time=?5, end_time=?6, update_time=?7, "
              "worker_id=?8, reason=?9, callback_after=?10, retried=?11, executed=?12, sub_workflow_id=?13, "
              "wait_until=?14, due_at=?15, iteration=?17 WHERE task_id=?1"))
        , taskStateOutput(c.prepare(
              "UPDATE tasks SET status=?2, retry_count=?3, poll_count=?4, start_time=?5, end_time=?6, update_time=?7, "
              "worker_id=?8, reason=?9, callback_after=?10, retried=?11, executed=?12, sub_workflow_id=?13, "
              "wait_until=?14, due_at=?15, output=?16, iteration=?17 WHERE task_id=?1"))
        , enqueue(c.prepare("INSERT OR REPLACE INTO task_queue (task_id, queue, workflow_id, priority, visible_at, "
                            "enqueued_at) VALUES (?1,?2,?3,?4,?5,?6)"))
        , dequeue(c.prepare("DELETE FROM task_queue WHERE task_id = ?1"))
        , touchMarker(c.prepare(
              "INSERT INTO decide_markers (workflow_id, generation, due_at, reason, created_at) VALUES (?1, 1, ?2, ?3, ?4) "
              "ON CONFLICT (workflow_id) DO UPDATE SET generation = generation + 1, "
              "due_at = MIN(due_at, excluded.due_at), reason = excluded.reason RETURNING generation"))
        , clearMarker(c.prepare("DELETE FROM decide_markers WHERE workflow_id = ?1 AND generation = ?2"))
        , removeTasks(c.prepare("DELETE FROM tasks WHERE workflow_id = ?1"))
        , removeQueue(c.prepare("DELETE FROM task_queue WHERE workflow_id = ?1"))
        , removeMarker(c.prepare("DELETE FROM decide_markers WHERE workflow_id = ?1"))
        , removeWorkflow(c.prepare("DELETE FROM workflows WHERE workflow_id = ?1"))
        , removeTask(c.prepare("DELETE FROM tasks WHERE task_id = ?1"))
        , putWorkflowDef(c.prepare("INSERT INTO workflow_defs (name, version, json, create_time, update_time) "
                                   "VALUES (?1,?2,?3,?4,?4) ON CONFLICT (name, version) DO UPDATE SET "
                                   "json=excluded.json, update_time=excluded.update_time"))
        , removeWorkflowDef(c.prepare("DELETE FROM workflow_defs WHERE name = ?1 AND version = ?2"))
        , putTaskDef(c.prepare("INSERT INTO task_defs (name, json, create_time, update_time) VALUES (?1,?2,?3,?3) "
                               "ON CONFLICT (name) DO UPDATE SET json=excluded.json, update_time=excluded.update_time"))
        , removeTaskDef(c.prepare("DELETE FROM task_defs WHERE name = ?1"))
        , pollData(c.prepare("INSERT INTO poll_data (queue, domain, worker_id, last_poll_time) VALUES (?1,?2,?3,?4) "
                             "ON CONFLICT (queue, domain) DO UPDATE SET worker_id=excluded.worker_id, "
                             "last_poll_time=excluded.last_poll_time"))
        , taskLog(c.prepare("INSERT INTO task_logs (task_id, log, created_time) VALUES (?1,?2,?3)"))
    {
    }

    Statement workflow, task, taskState, taskStateOutput, enqueue, dequeue, touchMarker, clearMarker, removeTasks, removeQueue, removeMarker,
        removeWorkflow, removeTask, putWorkflowDef, removeWorkflowDef, putTaskDef, removeTaskDef, pollData, taskLog;
};

namespace {

void bindDue(Statement &s, int index, Millis due)
{
    if (due > 0)
        s.bind(index, due);
    else
        s.bindNull(index);
}

} // namespace

StoreWriter::StoreWriter(const Database &db)
    : m_db(db), m_connection(db.connect()), m_statements(std::make_unique<Statements>(*m_connection))
{
    m_thread = std::thread([this] { run(); });
}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_statements.reset();
    m_connection.reset();
}

void StoreWriter::submit(ChangeSet &&changes, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_failed && !m_stopping) {
            m_queue.push_back(Pending{std::move(changes), std::move(done)});
            ++m_submitted;
            done = nullptr;
        }
    }
    if (done) {
        // Nothing more can become durable; tell the caller at once.
        done(false);
        return;
    }
    m_wake.notify_one();
}

bool StoreWriter::submitAndWait(ChangeSet &&changes)
{
    std::mutex doneMutex;
    std::condition_variable doneCv;
    bool finished = false;
    bool result = false;
    submit(std::move(changes), [&](bool ok) {
        std::lock_guard lock(doneMutex);
        result = ok;
        finished = true;
        doneCv.notify_all();
    });
    std::unique_lock lock(doneMutex);
    doneCv.wait(lock, [&] { return finished; });
    return result;
}

void StoreWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const qint64 target = m_submitted;
    m_committed.wait(lock, [&] { return m_done >= target || m_failed; });
}

qint64 StoreWriter::markerGeneration(const QString &workflowId) const
{
    std::lock_guard lock(m_mutex);
    return m_generations.value(workflowId, 0);
}

void StoreWriter::loadMarkerGenerations(QHash<QString, qint64> generations)
{
    std::lock_guard lock(m_mutex);
    m_generations = std::move(generations);
}

bool StoreWriter::hasFailed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

QString StoreWriter::failureMessage() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

StoreWriter::Stats StoreWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void StoreWriter::run()
{
    constexpr size_t kMaxBatch = 4096;
    std::vector<Pending> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty() && m_stopping)
                return;
            batch.clear();
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }

        QHash<QString, qint64> markerChanges; // workflow -> new generation (0: deleted)
        bool ok = true;
        QString failure;
        qint64 operations = 0;
        try {
            m_connection->exec("BEGIN IMMEDIATE");
            for (const Pending &p : batch) {
                apply(p.changes, markerChanges);
                operations += qint64(p.changes.size());
            }
            m_connection->exec("COMMIT");
        } catch (const StoreError &e) {
            ok = false;
            failure = e.message();
            try {
                m_connection->exec("ROLLBACK");
            } catch (const StoreError &) {
            }
        }

        {
            std::lock_guard lock(m_mutex);
            if (ok) {
                for (auto it = markerChanges.constBegin(); it != markerChanges.constEnd(); ++it) {
                    if (it.value() == 0)
                        m_generations.remove(it.key());
                    else
                        m_generations.insert(it.key(), it.value());
                }
                ++m_stats.transactions;
                m_stats.changeSets += qint64(batch.size());
                m_stats.operations += operations;
                m_stats.largestBatch = std::max<qint64>(m_stats.largestBatch, qint64(batch.size()));
            } else {
                m_failed = true;
                m_failure = failure;
                qCritical("joinery: store write failed, engine stops writing: %s", qPrintable(failure));
            }
        }
        for (Pending &p : batch) {
            if (p.done)
                p.done(ok);
        }
        std::deque<Pending> abandoned;
        {
            std::lock_guard lock(m_mutex);
            m_done += qint64(batch.size());
            if (!ok) {
                // Whatever was queued behind the failure can no longer be applied in order.
                abandoned.swap(m_queue);
                m_done += qint64(abandoned.size());
            }
        }
        for (Pending &p : abandoned) {
            if (p.done)
                p.done(false);
        }
        m_committed.notify_all();
    }
}

void StoreWriter::apply(const ChangeSet &changes, QHash<QString, qint64> &markerChanges)
{
    Statements &s = *m_statements;
    for (const ChangeSet::Op &op : changes.ops()) {
        if (const auto *w = std::get_if<ChangeSet::WorkflowRow>(&op)) {
            s.workflow.bind(1, w->workflowId).bind(2, w->name).bind(3, w->version).bind(4, w->status)
                .bind(5, w->correlationId).bind(6, w->priority).bind(7, w->parentWorkflowId).bind(8, w->parentTaskId)
                .bind(9, w->createTime).bind(10, w->startTime).bind(11, w->endTime).bind(12, w->updateTime)
                .bind(13, w->lastRetriedTime).bind(14, w->reason).bind(15, w->input).bind(16, w->output)
                .bind(17, w->variables).bind(18, w->extra).bind(19, w->definition);
            bindDue(s.workflow, 20, w->dueAt);
            s.workflow.run();
        } else if (const auto *t = std::get_if<ChangeSet::TaskRow>(&op); t && t->scope != ChangeSet::TaskScope::Full) {
            Statement &u = t->scope == ChangeSet::TaskScope::State ? s.taskState : s.taskStateOutput;
            u.bind(1, t->taskId).bind(2, t->status).bind(3, t->retryCount).bind(4, t->pollCount).bind(5, t->startTime)
                .bind(6, t->endTime).bind(7, t->updateTime).bind(8, t->workerId).bind(9, t->reason)
                .bind(10, t->callbackAfter).bind(11, t->retried).bind(12, t->executed).bind(13, t->subWorkflowId)
                .bind(14, t->waitUntil);
            bindDue(u, 15, t->dueAt);
            if (t->scope == ChangeSet::TaskScope::StateAndOutput)
                u.bind(16, t->output);
            u.bind(17, t->iteration); // a DO_WHILE moves to its next iteration in place
            u.run();
        } else if (const auto *t = std::get_if<ChangeSet::TaskRow>(&op)) {
            s.task.bind(1, t->taskId).bind(2, t->workflowId).bind(3, t->seq).bind(4, t->ref).bind(5, t->type)
                .bind(6, t->taskType).bind(7, t->taskDefName).bind(8, t->status).bind(9, t->retryCount)
                .bind(10, t->pollCount).bind(11, t->scheduledTime).bind(12, t->startTime).bind(13, t->endTime)
                .bind(14, t->updateTime).bind(15, t->workerId).bind(16, t->reason).bind(17, t->callbackAfter)
                .bind(18, t->startDelay).bind(19, t->responseTimeout).bind(20, t->retried).bind(21, t->executed)
                .bind(22, t->retriedTaskId).bind(23, t->iteration).bind(24, t->subWorkflowId).bind(25, t->waitUntil)
                .bind(26, t->input).bind(27, t->output).bind(28, t->dynamicTask);
            bindDue(s.task, 29, t->dueAt);
            s.task.bind(30, t->domain.isEmpty() ? QString() : t->domain);
            s.task.run();
        } else if (const auto *e = std::get_if<ChangeSet::Enqueue>(&op)) {
            s.enqueue.bind(1, e->taskId).bind(2, e->queue).bind(3, e->workflowId).bind(4, e->priority)
                .bind(5, e->visibleAt).bind(6, e->enqueuedAt).run();
        } else if (const auto *d = std::get_if<ChangeSet::Dequeue>(&op)) {
            s.dequeue.bind(1, d->taskId).run();
        } else if (const auto *m = std::get_if<ChangeSet::TouchMarker>(&op)) {
            s.touchMarker.bind(1, m->workflowId).bind(2, m->dueAt).bind(3, m->reason).bind(4, m->now);
            qint64 generation = 0;
            if (s.touchMarker.step())
                generation = s.touchMarker.int64(0);
            s.touchMarker.reset();
            markerChanges.insert(m->workflowId, generation);
        } else if (const auto *c = std::get_if<ChangeSet::ClearMarker>(&op)) {
            s.clearMarker.bind(1, c->workflowId).bind(2, c->generation).run();
            if (sqlite3_changes(m_connection->handle()) > 0)
                markerChanges.insert(c->workflowId, 0);
        } else if (const auto *r = std::get_if<ChangeSet::RemoveWorkflow>(&op)) {
            for (Statement *st : {&s.removeTasks, &s.removeQueue, &s.removeMarker, &s.removeWorkflow})
                st->bind(1, r->workflowId).run();
            markerChanges.insert(r->workflowId, 0);
        } else if (const auto *rt = std::get_if<ChangeSet::RemoveTask>(&op)) {
            s.removeTask.bind(1, rt->taskId).run();
            s.dequeue.bind(1, rt->taskId).run();
        } else if (const auto *wd = std::get_if<ChangeSet::PutWorkflowDef>(&op)) {
            s.putWorkflowDef.bind(1, wd->name).bind(2, wd->version).bind(3, wd->json).bind(4, wd->now).run();
        } else if (const auto *rwd = std::get_if<ChangeSet::RemoveWorkflowDef>(&op)) {
            s.removeWorkflowDef.bind(1, rwd->name).bind(2, rwd->version).run();
        } else if (const auto *td = std::get_if<ChangeSet::PutTaskDef>(&op)) {
            s.putTaskDef.bind(1, td->name).bind(2, td->json).bind(3, td->now).run();
        } else if (const auto *rtd = std::get_if<ChangeSet::RemoveTaskDef>(&op)) {
            s.removeTaskDef.bind(1, rtd->name).run();
        } else if (const auto *p = std::get_if<ChangeSet::PollRecord>(&op)) {
            s.pollData.bind(1, p->queue).bind(2, p->domain.isNull() ? QStringLiteral("") : p->domain)
                .bind(3, p->workerId).bind(4, p->time).run();
        } else if (const auto *l = std::get_if<ChangeSet::TaskLog>(&op)) {
            s.taskLog.bind(1, l->taskId).bind(2, l->log).bind(3, l->time).run();
        }
    }
}

} // namespace joinery::store
