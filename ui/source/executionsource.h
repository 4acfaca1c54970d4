#pragma once

#include "execution/decidepreview.h"
#include "execution/executiontypes.h"
#include "execution/lockevent.h"
#include "model/workflowrun.h"
#include "runtime/enginemetrics.h"
#include "runtime/stall.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace joinery::ui {

using joinery::EngineMetrics;

using RunSnapshot = std::shared_ptr<const WorkflowRun>;

// One row of the executions table: a workflow without its task details.
struct ExecutionSummary
{
    QString workflowId;
    QString name;
    int version = 1;
    WorkflowStatus status = WorkflowStatus::Running;
    QString correlationId;
    Millis startTime = 0;
    Millis updateTime = 0;
    Millis endTime = 0;
    QStringList runningTasks; // references of the tasks running now
    QString reasonForIncompletion;
};

struct ExecutionQuery
{
    QStringList statuses; // empty: any
    QString name;         // empty: any
    QString correlationId;
    QString freeText;
    Millis startedAfter = 0, startedBefore = 0;
    QString sortField = QStringLiteral("startTime"); // startTime, updateTime, name, status
    bool ascending = false;
    int offset = 0;
    int limit = 200;
};

struct ExecutionPage
{
    qint64 total = 0;
    QList<ExecutionSummary> rows;
};


// What the window shows and does, from either the embedded engine or a remote Conductor /
// Joinery server (DESIGN.md: the UI reads the engine only through this interface). Every call
// returns at once; results come back on the GUI thread, through the callback or a signal. Live
// changes arrive coalesced (at most ~30 batches a second), so the GUI thread is never flooded and
// never waits on SQLite or the network.
//
// Thread safety: GUI thread only (callbacks and signals are delivered there).
class ExecutionSource : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ActionResult &)>;

    enum Capability {
        Stalls = 0x1,        // the stall detector's list (a plain Conductor server: derived from JSON only)
        LockEvents = 0x2,    // lock acquisitions and contention
        Faults = 0x4,        // fault injection and legacy mode
        DecidePreview = 0x8, // dry-run decide
        DemoLoad = 0x10,     // start/stop a stream of demo workflows
        LiveEvents = 0x20,   // pushed changes (otherwise polled)
        Metrics = 0x40,
        TaskLogs = 0x80,     // the log lines workers attached to a task
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;
    ~ExecutionSource() override = default;

    // How every source words a dry-run decide for previewDecide(): one line per thing it would
    // do, or `error` filled when the workflow is not running.
    static void describePreview(const QString &workflowId, const joinery::DecidePreview &preview,
        QStringList *lines, QString *error);

    virtual QString describe() const = 0;  // "Database: /path" or "Server: http://…"
    virtual Capabilities capabilities() const = 0;

    virtual void queryExecutions(const ExecutionQuery &query, std::function<void(ExecutionPage)> done) = 0;
    virtual void fetchExecution(const QString &workflowId, std::function<void(RunSnapshot)> done) = 0;
    virtual void fetchDefinitions(std::function<void(QList<WorkflowDefPtr>)> done) = 0;
    virtual void fetchStalls(std::function<void(QList<Stall>)> done) = 0;
    virtual void previewDecide(const QString &workflowId, std::function<void(QStringList lines, QString error)> done) = 0;
    // A task's log lines, oldest first. Sources without TaskLogs answer with an empty list.
    virtual void fetchTaskLogs(const QString &taskId, std::function<void(QStringList lines)> done)
    {
        Q_UNUSED(taskId);
        done({});
    }

    // Registers a workflow definition (validated by the engine or server; Conflict when that
    // version exists and !overwrite). ActionResult::id carries the name on success.
    virtual void registerDefinition(const QJsonObject &definition, bool overwrite, Done done) = 0;
    virtual void removeDefinition(const QString &name, int version, Done done) = 0;

    virtual void startWorkflow(const StartRequest &request, Done done) = 0;
    virtual void act(const QString &workflowId, const WorkflowAction &action, Done done) = 0;
    virtual void updateTask(const TaskResult &result, Done done) = 0;

    virtual QJsonObject faults() const = 0;
    virtual void setFaults(const QJsonObject &settings, Done done) = 0;
    virtual bool demoLoadRunning() const = 0;
    virtual void setDemoLoad(bool on, int workflowsPerSecond) = 0;

signals:
    // Executions that changed since the last batch (summaries and full snapshots).
    void executionsChanged(const QList<RunSnapshot> &changed);
    void executionsRemoved(const QStringList &workflowIds);
    void stallsChanged(const QList<Stall> &stalls);
    void lockEventsArrived(const QList<LockEvent> &events);
    void metricsSampled(const EngineMetrics &metrics);
    void stateChanged(const QString &state); // "running", "connected", "disconnected: …"
};

ExecutionSummary summarize(const WorkflowRun &run);

} // namespace joinery::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(joinery::ui::ExecutionSource::Capabilities)
