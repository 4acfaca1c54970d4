#pragma once

#include "common/clock.h"
#include "execution/executiontypes.h"
#include "runtime/sweeper.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <mutex>

namespace joinery {

namespace store {
class Database;
class StoreReader;
class StoreWriter;
} // namespace store
class DelayScheduler;
class DemoLoad;
class HttpTaskRunner;
class LegacyJoinWorker;
class StallDetector;
class FaultInjection;
class LockEventLog;
class MetadataRegistry;
class TaskQueues;
class WorkerHost;
class WorkflowExecutor;
struct DemoWorkerConfig;

struct EngineOptions
{
    QString databasePath;
    const Clock *clock = nullptr; // nullptr: the system clock
    bool startSweeper = true;
    SweeperOptions sweeper;
    bool legacyDecide = false;
    bool startLegacyJoinWorker = true; // tests drive it by hand with runOnce()
    bool startHttpRunner = true; // performs HTTP tasks; off: they stay SCHEDULED until it starts
};

// The embedded engine: one database, its writer and reader, the registered definitions, the
// queues, the executor, the sweeper and the in-process workers, wired together. Opening it
// recovers: it loads every RUNNING and PAUSED execution and the queues from the store, hands
// tasks claimed by the previous process's in-process workers to the new ones, and signals every
// workflow owed a decide, so that work continues from SQLite alone (DESIGN.md invariant 5).
//
// Thread safety: the accessors may be used from any thread; open/close from one.
class Engine
{
public:
    // Throws nothing; returns nullptr and fills `error` when the database cannot be opened
    // (missing folder rights, another process holds it, a newer schema…).
    static std::unique_ptr<Engine> open(const EngineOptions &options, QString *error);
    ~Engine(); // stops workers and sweeper, lets running owners finish, flushes the store

    const Clock &clock() const { return *m_clock; }
    const QString &databasePath() const;
    WorkflowExecutor &executor() { return *m_executor; }
    MetadataRegistry &metadata() { return *m_metadata; }
    TaskQueues &queues() { return *m_queues; }
    LockEventLog &locks() { return *m_locks; }
    FaultInjection &faults() { return *m_faults; }
    Sweeper &sweeper() { return *m_sweeper; }
    WorkerHost &workers() { return *m_workers; }
    DelayScheduler &delays() { return *m_delays; }
    StallDetector &stalls() { return *m_stalls; }
    DemoLoad &demoLoad() { return *m_demoLoad; }
    LegacyJoinWorker &legacyJoins() { return *m_legacyJoins; }
    HttpTaskRunner &httpTasks() { return *m_httpTasks; }
    // Switches Conductor-before-v3.31.2 behaviour on or off (DESIGN.md "legacy fault mode").
    void setLegacyDecide(bool on);
    // Installs the in-process demo workers and starts them, the first time only: whoever asks
    // first (`serve --demo-workers`, the window's demo load, PUT /api/joinery/demo-load) picks
    // their pace; later calls find them running.
    void ensureDemoWorkers(const DemoWorkerConfig &config);
    store::StoreReader &reader() { return *m_reader; }
    store::StoreWriter &writer() { return *m_writer; }

    // Definitions: validated, written durably, then visible. A workflow version that exists is
    // refused (Conflict) unless `overwrite`.
    ActionResult registerWorkflowDef(const QJsonObject &json, bool overwrite);
    ActionResult registerTaskDef(const QJsonObject &json);
    ActionResult removeWorkflowDef(const QString &name, int version);
    ActionResult removeTaskDef(const QString &name);
    // Registers Conductor's default TaskDef for every SIMPLE task of a workflow that has none.
    void registerMissingTaskDefs(const QString &workflowName, int version = 0);

    // Recovery figures from open().
    struct Recovery
    {
        int workflows = 0;
        int queued = 0;
        int redelivered = 0;
        int owedDecides = 0;
    };
    Recovery recovery() const { return m_recovery; }

private:
    Engine() = default;
    void recover();

    std::unique_ptr<SystemClock> m_ownClock;
    const Clock *m_clock = nullptr;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<store::StoreReader> m_reader;
    std::unique_ptr<MetadataRegistry> m_metadata;
    std::unique_ptr<TaskQueues> m_queues;
    std::unique_ptr<LockEventLog> m_locks;
    std::unique_ptr<FaultInjection> m_faults;
    std::unique_ptr<WorkflowExecutor> m_executor;
    std::unique_ptr<Sweeper> m_sweeper;
    std::unique_ptr<DelayScheduler> m_delays;
    std::unique_ptr<WorkerHost> m_workers;
    std::unique_ptr<StallDetector> m_stalls;
    std::unique_ptr<DemoLoad> m_demoLoad;
    std::unique_ptr<LegacyJoinWorker> m_legacyJoins;
    std::unique_ptr<HttpTaskRunner> m_httpTasks;
    Recovery m_recovery;
    std::once_flag m_demoWorkers;
};

} // namespace joinery
