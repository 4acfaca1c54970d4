#pragma once

#include "definitions/taskdef.h"
#include "definitions/workflowdef.h"
#include "model/workflowrun.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace joinery::store {

class Connection;
class Database;

// Read access to an engine database on its own connection (WAL lets it read while the writer
// writes). Used to load the live state at start-up and to answer queries about executions that
// are no longer in memory (history, search).
//
// Thread safety: every function may be called from any thread; calls are serialised on one
// connection.
class StoreReader
{
public:
    explicit StoreReader(const Database &db);
    ~StoreReader();

    struct QueueEntry
    {
        QString taskId, queue, workflowId;
        int priority = 0;
        Millis visibleAt = 0;
    };
    struct Marker
    {
        QString workflowId, reason;
        qint64 generation = 0;
        Millis dueAt = 0;
    };
    struct StoredWorkflowDef
    {
        QByteArray json;
        Millis createTime = 0, updateTime = 0;
    };
    struct PollData
    {
        QString queue, domain, workerId;
        Millis lastPollTime = 0;
    };
    struct TaskLog
    {
        QString taskId, log;
        Millis createdTime = 0;
    };
    struct SearchQuery
    {
        QStringList names;    // empty: any
        QStringList statuses; // empty: any
        QString correlationId;
        QString freeText;     // matched against id, name, correlation id, reason
        Millis startedAfter = 0, startedBefore = 0;
        QString sortField = QStringLiteral("create_time");
        bool ascending = false;
        int offset = 0, limit = 100;
    };
    struct SearchResult
    {
        qint64 totalHits = 0;
        QList<WorkflowRun> results; // without tasks
    };

    struct TaskSearchQuery
    {
        QStringList taskTypes, taskDefNames, taskIds, references, workflowIds, workflowNames;
        QStringList statuses; // task statuses; empty: any
        QString freeText;     // matched against task id, reference, worker, reason, input, output
        Millis scheduledAfter = 0, scheduledBefore = 0;
        QString sortField = QStringLiteral("scheduled_time");
        bool ascending = false;
        int offset = 0, limit = 100;
    };
    struct TaskHit
    {
        TaskRun task;
        QString workflowName;
        QString correlationId;
        int workflowPriority = 0;
    };
    struct TaskSearchResult
    {
        qint64 totalHits = 0;
        QList<TaskHit> results;
    };

    // Every RUNNING or PAUSED execution with its tasks.
    QList<WorkflowRun> loadActiveWorkflows();
    std::optional<WorkflowRun> loadWorkflow(const QString &workflowId, bool withTasks = true);
    std::optional<TaskRun> loadTask(const QString &taskId);
    QList<QueueEntry> loadQueue();
    QList<Marker> loadMarkers();
    QList<QPair<QString, StoredWorkflowDef>> loadWorkflowDefs(); // key: "name\nversion"
    QList<QByteArray> loadTaskDefs();
    QList<PollData> loadPollData();
    QList<TaskLog> taskLogs(const QString &taskId);
    SearchResult search(const SearchQuery &query);
    TaskSearchResult searchTasks(const TaskSearchQuery &query);
    // Workflow ids with a task or workflow timer due at or before `now`.
    QStringList dueTimers(Millis now, int limit);
    QStringList workflowIdsWithStatus(const QString &status, int limit);

    // Parses stored definition JSON, sharing one WorkflowDef per distinct JSON text.
    static WorkflowDefPtr definitionFromJson(const QByteArray &json);

private:
    std::unique_ptr<Connection> m_connection;
    QMutex m_mutex;
};

WorkflowRun workflowFromRow(class Statement &row, bool withDefinition);
TaskRun taskFromRow(class Statement &row);

} // namespace joinery::store
