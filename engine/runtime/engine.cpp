#include "runtime/engine.h"

#include "runtime/demoworkers.h"

#include "definitions/definitionjson.h"
#include "definitions/definitionvalidator.h"
#include "execution/faultinjection.h"
#include "execution/lockeventlog.h"
#include "execution/metadataregistry.h"
#include "execution/taskqueues.h"
#include "execution/ownerpass.h"
#include "execution/workflowexecutor.h"
#include "runtime/delayscheduler.h"
#include "runtime/demoload.h"
#include "runtime/httptaskrunner.h"
#include "runtime/legacyjoinworker.h"
#include "runtime/stalldetector.h"
#include "runtime/workerhost.h"
#include "store/database.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace joinery {

std::unique_ptr<Engine> Engine::open(const EngineOptions &options, QString *error)
{
    std::unique_ptr<Engine> e(new Engine);
    if (options.clock) {
        e->m_clock = options.clock;
    } else {
        e->m_ownClock = std::make_unique<SystemClock>();
        e->m_clock = e->m_ownClock.get();
    }
    try {
        e->m_db = store::Database::open(options.databasePath);
        e->m_writer = std::make_unique<store::StoreWriter>(*e->m_db);
        e->m_reader = std::make_unique<store::StoreReader>(*e->m_db);
    } catch (const store::StoreError &failure) {
        if (error)
            *error = failure.message();
        return nullptr;
    }
    e->m_metadata = std::make_unique<MetadataRegistry>();
    e->m_queues = std::make_unique<TaskQueues>(*e->m_clock);
    e->m_locks = std::make_unique<LockEventLog>();
    e->m_faults = std::make_unique<FaultInjection>();
    e->m_faults->legacyDecide = options.legacyDecide;
    e->m_executor = std::make_unique<WorkflowExecutor>(*e->m_clock, *e->m_writer, *e->m_reader, *e->m_metadata,
                                                       *e->m_queues, *e->m_locks, *e->m_faults);
    e->m_delays = std::make_unique<DelayScheduler>();
    // Worker ids carry this process's instance, so that after a crash the next process knows
    // which claimed tasks died with their worker.
    const QString instance = QUuid::createUuid().toString(QUuid::Id128).left(8);
    e->m_workers = std::make_unique<WorkerHost>(*e->m_executor, *e->m_queues,
                                                QStringLiteral("joinery-inproc-%1").arg(instance));
    e->m_sweeper = std::make_unique<Sweeper>(*e->m_clock, *e->m_reader, *e->m_executor, *e->m_queues, *e->m_faults,
                                             options.sweeper);
    e->m_stalls = std::make_unique<StallDetector>(*e->m_clock, *e->m_executor, *e->m_queues, *e->m_reader, *e->m_sweeper);
    e->m_demoLoad = std::make_unique<DemoLoad>(*e);
    e->m_legacyJoins = std::make_unique<LegacyJoinWorker>(*e->m_clock, *e->m_executor, *e->m_faults);
    try {
        e->recover();
    } catch (const store::StoreError &failure) {
        if (error)
            *error = failure.message();
        return nullptr;
    }
    if (options.startSweeper)
        e->m_sweeper->start();
    if (options.startLegacyJoinWorker)
        e->m_legacyJoins->start();
    // After recovery, so that its start-up scan finds the SCHEDULED HTTP tasks of adopted runs.
    e->m_httpTasks = std::make_unique<HttpTaskRunner>(*e->m_executor, *e->m_clock);
    if (options.startHttpRunner)
        e->m_httpTasks->start();
    return e;
}

Engine::~Engine()
{
    if (m_demoLoad)
        m_demoLoad->stop();
    if (m_stalls)
        m_stalls->stop();
    if (m_legacyJoins)
        m_legacyJoins->stop();
    if (m_httpTasks)
        m_httpTasks->stop();
    if (m_workers)
        m_workers->stop();
    if (m_sweeper)
        m_sweeper->stop();
    if (m_delays)
        m_delays->stop();
    if (m_executor)
        m_executor->waitIdle();
    m_executor.reset();
    if (m_writer)
        m_writer->flush();
}

void Engine::setLegacyDecide(bool on)
{
    m_faults->legacyDecide = on;
}

void Engine::ensureDemoWorkers(const DemoWorkerConfig &config)
{
    std::call_once(m_demoWorkers, [this, &config] {
        DemoWorkers::install(*m_workers, *m_faults, m_delays.get(), config);
        m_workers->start();
    });
}

const QString &Engine::databasePath() const
{
    return m_db->path();
}

void Engine::recover()
{
    for (const auto &[key, stored] : m_reader->loadWorkflowDefs()) {
        auto def = std::make_shared<WorkflowDef>();
        QJsonObject o;
        DefinitionError error;
        if (parseJsonObject(stored.json, &o, &error) && workflowDefFromJson(o, def.get(), &error))
            m_metadata->putWorkflowDef(def, stored.json);
        else
            qWarning("joinery: skipping stored workflow definition %s: %s", qPrintable(key), qPrintable(error.toString()));
    }
    for (const QByteArray &json : m_reader->loadTaskDefs()) {
        TaskDef def;
        QJsonObject o;
        DefinitionError error;
        if (parseJsonObject(json, &o, &error) && taskDefFromJson(o, &def, &error))
            m_metadata->putTaskDef(def);
    }

    QList<WorkflowRun> runs = m_reader->loadActiveWorkflows();
    m_recovery.workflows = runs.size();

    // Tasks that in-process workers of an earlier process had claimed died with that process:
    // hand them out again (same task, same attempt) instead of waiting for a response timeout.
    store::ChangeSet redeliver;
    const Millis now = m_clock->now();
    QSet<QString> redelivered;
    for (WorkflowRun &run : runs) {
        for (TaskRun &t : run.tasks) {
            if (t.type == TaskType::Simple && t.status == TaskStatus::InProgress
                && t.workerId.startsWith(QLatin1String("joinery-inproc-"))
                && !t.workerId.startsWith(m_workers->workerIdPrefix())) {
                t.status = TaskStatus::Scheduled;
                t.workerId.clear();
                t.updateTime = now;
                redeliver.putTask(t, 0);
                redeliver.enqueue(t.taskId, OwnerPass::queueOf(t), run.workflowId, run.priority, now, now);
                redelivered.insert(t.taskId);
            }
        }
    }
    m_recovery.redelivered = redelivered.size();
    if (!redeliver.isEmpty() && !m_writer->submitAndWait(std::move(redeliver)))
        throw store::StoreError(m_writer->failureMessage());

    m_executor->adopt(runs);
    QHash<QString, qint64> generations;
    const auto markers = m_reader->loadMarkers();
    for (const auto &m : markers)
        generations.insert(m.workflowId, m.generation);
    m_writer->loadMarkerGenerations(generations);
    m_recovery.owedDecides = markers.size();

    for (const auto &entry : m_reader->loadQueue()) {
        m_queues->push(entry.queue, {entry.taskId, entry.workflowId, entry.priority, entry.visibleAt});
        ++m_recovery.queued;
    }
    for (const auto &m : markers)
        m_executor->signal(m.workflowId, LockRole::Engine);
}

ActionResult Engine::registerWorkflowDef(const QJsonObject &json, bool overwrite)
{
    auto def = std::make_shared<WorkflowDef>();
    DefinitionError error;
    if (!workflowDefFromJson(json, def.get(), &error))
        return ActionResult::failure(ErrorKind::BadRequest, error.toString());
    const QList<DefinitionError> problems = DefinitionValidator::validate(*def);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const DefinitionError &p : problems)
            lines << p.toString();
        return ActionResult::failure(ErrorKind::BadRequest, lines.join(QLatin1String("; ")));
    }
    if (!overwrite && m_metadata->workflowDef(def->name, def->version))
        return ActionResult::failure(ErrorKind::Conflict, QStringLiteral("workflow %1 version %2 already exists")
                                                              .arg(def->name).arg(def->version));
    const Millis now = m_clock->now();
    if (def->createTime == 0)
        def->createTime = now;
    def->updateTime = now;
    const QByteArray bytes = QJsonDocument(workflowDefToJson(*def)).toJson(QJsonDocument::Compact);
    store::ChangeSet changes;
    changes.putWorkflowDef(def->name, def->version, bytes, now);
    if (!m_writer->submitAndWait(std::move(changes)))
        return ActionResult::failure(ErrorKind::Internal, QStringLiteral("could not store the definition"));
    m_metadata->putWorkflowDef(def, bytes);
    return ActionResult::success(def->name);
}

ActionResult Engine::registerTaskDef(const QJsonObject &json)
{
    TaskDef def;
    DefinitionError error;
    if (!taskDefFromJson(json, &def, &error))
        return ActionResult::failure(ErrorKind::BadRequest, error.toString());
    const QList<DefinitionError> problems = DefinitionValidator::validate(def);
    if (!problems.isEmpty())
        return ActionResult::failure(ErrorKind::BadRequest, problems.first().toString());
    const Millis now = m_clock->now();
    if (auto existing = m_metadata->findTaskDef(def.name))
        def.createTime = existing->createTime;
    if (def.createTime == 0)
        def.createTime = now;
    def.updateTime = now;
    store::ChangeSet changes;
    changes.putTaskDef(def.name, QJsonDocument(taskDefToJson(def)).toJson(QJsonDocument::Compact), now);
    if (!m_writer->submitAndWait(std::move(changes)))
        return ActionResult::failure(ErrorKind::Internal, QStringLiteral("could not store the task definition"));
    m_metadata->putTaskDef(def);
    return ActionResult::success(def.name);
}

ActionResult Engine::removeWorkflowDef(const QString &name, int version)
{
    if (!m_metadata->workflowDef(name, version))
        return ActionResult::failure(ErrorKind::NotFound, QStringLiteral("no workflow definition %1 version %2").arg(name).arg(version));
    store::ChangeSet changes;
    changes.removeWorkflowDef(name, version);
    if (!m_writer->submitAndWait(std::move(changes)))
        return ActionResult::failure(ErrorKind::Internal, QStringLiteral("could not remove the definition"));
    m_metadata->removeWorkflowDef(name, version);
    return ActionResult::success(name);
}

ActionResult Engine::removeTaskDef(const QString &name)
{
    if (!m_metadata->findTaskDef(name))
        return ActionResult::failure(ErrorKind::NotFound, QStringLiteral("no task definition named %1").arg(name));
    store::ChangeSet changes;
    changes.removeTaskDef(name);
    if (!m_writer->submitAndWait(std::move(changes)))
        return ActionResult::failure(ErrorKind::Internal, QStringLiteral("could not remove the task definition"));
    m_metadata->removeTaskDef(name);
    return ActionResult::success(name);
}

void Engine::registerMissingTaskDefs(const QString &workflowName, int version)
{
    WorkflowDefPtr def = m_metadata->workflowDef(workflowName, version);
    if (!def)
        return;
    for (const WorkflowTask *t : def->allTasks()) {
        if (t->type != TaskType::Simple || t->taskDefinition || m_metadata->findTaskDef(t->name))
            continue;
        registerTaskDef(taskDefToJson(TaskDef::defaultsFor(t->name)));
    }
}

} // namespace joinery
