#include "store/storereader.h"

#include "definitions/definitionjson.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace joinery::store {
namespace {

constexpr const char *kWorkflowColumns =
    "workflow_id, name, version, status, correlation_id, priority, parent_workflow_id, parent_task_id, "
    "create_time, start_time, end_time, update_time, last_retried_time, reason, input, output, variables, extra, "
    "definition";
constexpr const char *kTaskColumns =
    "task_id, workflow_id, seq, ref, type, task_type, task_def_name, status, retry_count, poll_count, "
    "scheduled_time, start_time, end_time, update_time, worker_id, reason, callback_after, start_delay, "
    "response_timeout, retried, executed, retried_task_id, iteration, sub_workflow_id, wait_until, input, output, "
    "dynamic_task, domain";

QJsonObject object(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json).object();
}

QByteArray sql(const char *a, const char *b, const char *c = "")
{
    return QByteArray(a) + b + c;
}

} // namespace

WorkflowRun workflowFromRow(Statement &r, bool withDefinition)
{
    WorkflowRun w;
    w.workflowId = r.text(0);
    w.workflowName = r.text(1);
    w.workflowVersion = int(r.int64(2));
    workflowStatusFromName(r.text(3), &w.status);
    w.correlationId = r.text(4);
    w.priority = int(r.int64(5));
    w.parentWorkflowId = r.text(6);
    w.parentWorkflowTaskId = r.text(7);
    w.createTime = r.int64(8);
    w.startTime = r.int64(9);
    w.endTime = r.int64(10);
    w.updateTime = r.int64(11);
    w.lastRetriedTime = r.int64(12);
    w.reasonForIncompletion = r.text(13);
    w.input = object(r.bytes(14));
    w.output = object(r.bytes(15));
    w.variables = object(r.bytes(16));
    const QJsonObject extra = object(r.bytes(17));
    for (const QJsonValue &v : extra.value(QLatin1String("failedReferenceTaskNames")).toArray())
        w.failedReferenceTaskNames << v.toString();
    w.reRunFromWorkflowId = extra.value(QLatin1String("reRunFromWorkflowId")).toString();
    w.createdBy = extra.value(QLatin1String("createdBy")).toString();
    w.taskToDomain = extra.value(QLatin1String("taskToDomain")).toObject();
    if (withDefinition)
        w.definition = StoreReader::definitionFromJson(r.bytes(18));
    return w;
}

TaskRun taskFromRow(Statement &r)
{
    TaskRun t;
    t.taskId = r.text(0);
    t.workflowId = r.text(1);
    t.seq = int(r.int64(2));
    t.referenceTaskName = r.text(3);
    t.type = taskTypeFromName(r.text(4));
    t.taskType = r.text(5);
    t.taskDefName = r.text(6);
    taskStatusFromName(r.text(7), &t.status);
    t.retryCount = int(r.int64(8));
    t.pollCount = int(r.int64(9));
    t.scheduledTime = r.int64(10);
    t.startTime = r.int64(11);
    t.endTime = r.int64(12);
    t.updateTime = r.int64(13);
    t.workerId = r.text(14);
    t.reasonForIncompletion = r.text(15);
    t.callbackAfterSeconds = r.int64(16);
    t.startDelayInSeconds = int(r.int64(17));
    t.responseTimeoutSeconds = r.int64(18);
    t.retried = r.int64(19) != 0;
    t.executed = r.int64(20) != 0;
    t.retriedTaskId = r.text(21);
    t.iteration = int(r.int64(22));
    t.subWorkflowId = r.text(23);
    t.waitUntil = r.int64(24);
    t.inputData = object(r.bytes(25));
    t.outputData = object(r.bytes(26));
    t.dynamicWorkflowTask = object(r.bytes(27));
    t.domain = r.text(28);
    return t;
}

StoreReader::StoreReader(const Database &db) : m_connection(db.connect()) { }

StoreReader::~StoreReader() = default;

WorkflowDefPtr StoreReader::definitionFromJson(const QByteArray &json)
{
    static QMutex mutex;
    static QHash<QByteArray, std::weak_ptr<const WorkflowDef>> cache;
    const QByteArray key = QCryptographicHash::hash(json, QCryptographicHash::Sha1);
    QMutexLocker lock(&mutex);
    if (auto def = cache.value(key).lock())
        return def;
    auto def = std::make_shared<WorkflowDef>();
    DefinitionError error;
    QJsonObject o;
    if (!parseJsonObject(json, &o, &error) || !workflowDefFromJson(o, def.get(), &error))
        qWarning("joinery: stored workflow definition does not parse: %s", qPrintable(error.toString()));
    cache.insert(key, def);
    return def;
}

QList<WorkflowRun> StoreReader::loadActiveWorkflows()
{
    QMutexLocker lock(&m_mutex);
    QList<WorkflowRun> runs;
    QHash<QString, int> byId;
    Statement w = m_connection->prepare(
        sql("SELECT ", kWorkflowColumns, " FROM workflows WHERE status IN ('RUNNING','PAUSED') ORDER BY create_time")
            .constData());
    while (w.step()) {
        byId.insert(w.text(0), runs.size());
        runs.append(workflowFromRow(w, true));
    }
    Statement t = m_connection->prepare(
        sql("SELECT ", kTaskColumns,
            " FROM tasks WHERE workflow_id IN (SELECT workflow_id FROM workflows WHERE status IN ('RUNNING','PAUSED')) "
            "ORDER BY workflow_id, seq")
            .constData());
    while (t.step()) {
        auto it = byId.constFind(t.text(1));
        if (it != byId.constEnd())
            runs[it.value()].tasks.append(taskFromRow(t));
    }
    return runs;
}

std::optional<WorkflowRun> StoreReader::loadWorkflow(const QString &workflowId, bool withTasks)
{
    QMutexLocker lock(&m_mutex);
    Statement w = m_connection->prepare(sql("SELECT ", kWorkflowColumns, " FROM workflows WHERE workflow_id = ?1").constData());
    w.bind(1, workflowId);
    if (!w.step())
        return std::nullopt;
    WorkflowRun run = workflowFromRow(w, true);
    if (withTasks) {
        Statement t = m_connection->prepare(sql("SELECT ", kTaskColumns, " FROM tasks WHERE workflow_id = ?1 ORDER BY seq").constData());
        t.bind(1, workflowId);
        while (t.step())
            run.tasks.append(taskFromRow(t));
    }
    return run;
}

std::optional<TaskRun> StoreReader::loadTask(const QString &taskId)
{
    QMutexLocker lock(&m_mutex);
    Statement t = m_connection->prepare(sql("SELECT ", kTaskColumns, " FROM tasks WHERE task_id = ?1").constData());
    t.bind(1, taskId);
    if (!t.step())
        return std::nullopt;
    return taskFromRow(t);
}

QList<StoreReader::QueueEntry> StoreReader::loadQueue()
{
    QMutexLocker lock(&m_mutex);
    QList<QueueEntry> list;
    Statement q = m_connection->prepare("SELECT task_id, queue, workflow_id, priority, visible_at FROM task_queue");
    while (q.step())
        list.append({q.text(0), q.text(1), q.text(2), int(q.int64(3)), q.int64(4)});
    return list;
}

QList<StoreReader::Marker> StoreReader::loadMarkers()
{
    QMutexLocker lock(&m_mutex);
    QList<Marker> list;
    Statement q = m_connection->prepare("SELECT workflow_id, reason, generation, due_at FROM decide_markers");
    while (q.step())
        list.append({q.text(0), q.text(1), q.int64(2), q.int64(3)});
    return list;
}

QList<QPair<QString, StoreReader::StoredWorkflowDef>> StoreReader::loadWorkflowDefs()
{
    QMutexLocker lock(&m_mutex);
    QList<QPair<QString, StoredWorkflowDef>> list;
    Statement q = m_connection->prepare("SELECT name, version, json, create_time, update_time FROM workflow_defs ORDER BY name, version");
    while (q.step())
        list.append({q.text(0) + QLatin1Char('\n') + QString::number(q.int64(1)), {q.bytes(2), q.int64(3), q.int64(4)}});
    return list;
}

QList<QByteArray> StoreReader::loadTaskDefs()
{
    QMutexLocker lock(&m_mutex);
    QList<QByteArray> list;
    Statement q = m_connection->prepare("SELECT json FROM task_defs ORDER BY name");
    while (q.step())
        list.append(q.bytes(0));
    return list;
}

QList<StoreReader::PollData> StoreReader::loadPollData()
{
    QMutexLocker lock(&m_mutex);
    QList<PollData> list;
    Statement q = m_connection->prepare("SELECT queue, domain, worker_id, last_poll_time FROM poll_data");
    while (q.step())
        list.append({q.text(0), q.text(1), q.text(2), q.int64(3)});
    return list;
}

QList<StoreReader::TaskLog> StoreReader::taskLogs(const QString &taskId)
{
    QMutexLocker lock(&m_mutex);
    QList<TaskLog> list;
    Statement q = m_connection->prepare("SELECT task_id, log, created_time FROM task_logs WHERE task_id = ?1 ORDER BY id");
    q.bind(1, taskId);
    while (q.step())
        list.append({q.text(0), q.text(1), q.int64(2)});
    return list;
}

StoreReader::SearchResult StoreReader::search(const SearchQuery &query)
{
    QMutexLocker lock(&m_mutex);
    QByteArray where = " WHERE 1=1";
    QList<QString> binds;
    auto inList = [&](const char *column, const QStringList &values) {
        if (values.isEmpty())
            return;
        where += QByteArray(" AND ") + column + " IN (";
        for (int i = 0; i < values.size(); ++i) {
            where += (i ? ",?" : "?") + QByteArray::number(binds.size() + 1);
            binds << values.at(i);
        }
        where += ")";
    };
    inList("name", query.names);
    inList("status", query.statuses);
    if (!query.correlationId.isEmpty()) {
        binds << query.correlationId;
        where += " AND correlation_id = ?" + QByteArray::number(binds.size());
    }
    if (!query.freeText.isEmpty() && query.freeText != QLatin1String("*")) {
        binds << QLatin1Char('%') + query.freeText + QLatin1Char('%');
        const QByteArray n = QByteArray::number(binds.size());
        where += " AND (workflow_id LIKE ?" + n + " OR name LIKE ?" + n + " OR correlation_id LIKE ?" + n
            + " OR reason LIKE ?" + n + ")";
    }
    if (query.startedAfter > 0)
        where += " AND create_time >= " + QByteArray::number(query.startedAfter);
    if (query.startedBefore > 0)
        where += " AND create_time <= " + QByteArray::number(query.startedBefore);

    static const QStringList sortable{QStringLiteral("create_time"), QStringLiteral("update_time"),
                                      QStringLiteral("end_time"), QStringLiteral("name"), QStringLiteral("status"),
                                      QStringLiteral("workflow_id")};
    const QByteArray order = (sortable.contains(query.sortField) ? query.sortField : QStringLiteral("create_time")).toLatin1();

    SearchResult result;
    const QByteArray countSql = "SELECT COUNT(*) FROM workflows" + where;
    Statement count = m_connection->prepare(countSql.constData());
    for (int i = 0; i < binds.size(); ++i)
        count.bind(i + 1, binds.at(i));
    if (count.step())
        result.totalHits = count.int64(0);

    const QByteArray rowsSql = sql("SELECT ", kWorkflowColumns, " FROM workflows") + where + " ORDER BY " + order
        + (query.ascending ? " ASC" : " DESC") + " LIMIT " + QByteArray::number(std::max(0, query.limit)) + " OFFSET "
        + QByteArray::number(std::max(0, query.offset));
    Statement rows = m_connection->prepare(rowsSql.constData());
    for (int i = 0; i < binds.size(); ++i)
        rows.bind(i + 1, binds.at(i));
    while (rows.step())
        result.results.append(workflowFromRow(rows, false));
    return result;
}

StoreReader::TaskSearchResult StoreReader::searchTasks(const TaskSearchQuery &query)
{
    QMutexLocker lock(&m_mutex);
    QByteArray where = " WHERE 1=1";
    QList<QString> binds;
    auto placeholders = [&](const QStringList &values) {
        QByteArray list;
        for (int i = 0; i < values.size(); ++i) {
            list += (i ? ",?" : "?") + QByteArray::number(binds.size() + 1);
            binds << values.at(i);
        }
        return list;
    };
    auto inList = [&](const char *column, const QStringList &values) {
        if (!values.isEmpty())
            where += QByteArray(" AND ") + column + " IN (" + placeholders(values) + ")";
    };
    inList("task_type", query.taskTypes);
    inList("task_def_name", query.taskDefNames);
    inList("task_id", query.taskIds);
    inList("ref", query.references);
    inList("workflow_id", query.workflowIds);
    inList("status", query.statuses);
    if (!query.workflowNames.isEmpty())
        where += " AND workflow_id IN (SELECT workflow_id FROM workflows WHERE name IN ("
            + placeholders(query.workflowNames) + "))";
    if (!query.freeText.isEmpty() && query.freeText != QLatin1String("*")) {
        binds << QLatin1Char('%') + query.freeText + QLatin1Char('%');
        const QByteArray n = QByteArray::number(binds.size());
        where += " AND (task_id LIKE ?" + n + " OR ref LIKE ?" + n + " OR worker_id LIKE ?" + n
            + " OR reason LIKE ?" + n + " OR input LIKE ?" + n + " OR output LIKE ?" + n + ")";
    }
    if (query.scheduledAfter > 0)
        where += " AND scheduled_time >= " + QByteArray::number(query.scheduledAfter);
    if (query.scheduledBefore > 0)
        where += " AND scheduled_time <= " + QByteArray::number(query.scheduledBefore);

    static const QStringList sortable {QStringLiteral("scheduled_time"), QStringLiteral("start_time"),
        QStringLiteral("update_time"), QStringLiteral("end_time"), QStringLiteral("task_type"),
        QStringLiteral("status"), QStringLiteral("task_id")};
    const QByteArray order
        = (sortable.contains(query.sortField) ? query.sortField : QStringLiteral("scheduled_time"))
              .toLatin1();

    TaskSearchResult result;
    const QByteArray countSql = "SELECT COUNT(*) FROM tasks" + where;
    Statement count = m_connection->prepare(countSql.constData());
    for (int i = 0; i < binds.size(); ++i)
        count.bind(i + 1, binds.at(i));
    if (count.step())
        result.totalHits = count.int64(0);

    // task_id breaks ties, so that paging never shows a task twice or skips one.
    const QByteArray direction = query.ascending ? " ASC" : " DESC";
    const QByteArray rowsSql = sql("SELECT ", kTaskColumns, " FROM tasks") + where + " ORDER BY "
        + order + direction + ", task_id" + direction + " LIMIT "
        + QByteArray::number(std::max(0, query.limit)) + " OFFSET "
        + QByteArray::number(std::max(0, query.offset));
    Statement rows = m_connection->prepare(rowsSql.constData());
    for (int i = 0; i < binds.size(); ++i)
        rows.bind(i + 1, binds.at(i));
    QHash<QString, QList<qsizetype>> byWorkflow;
    while (rows.step()) {
        TaskHit hit;
        hit.task = taskFromRow(rows);
        byWorkflow[hit.task.workflowId].append(result.results.size());
        result.results.append(std::move(hit));
    }
    Statement owner = m_connection->prepare(
        "SELECT name, correlation_id, priority FROM workflows WHERE workflow_id = ?1");
    for (auto it = byWorkflow.cbegin(); it != byWorkflow.cend(); ++it) {
        owner.reset();
        owner.bind(1, it.key());
        if (!owner.step())
            continue;
        for (qsizetype i : it.value()) {
            result.results[i].workflowName = owner.text(0);
            result.results[i].correlationId = owner.text(1);
            result.results[i].workflowPriority = int(owner.int64(2));
        }
    }
    return result;
}

QStringList StoreReader::dueTimers(Millis now, int limit)
{
    QMutexLocker lock(&m_mutex);
    QStringList ids;
    Statement q = m_connection->prepare(
        "SELECT DISTINCT workflow_id FROM (SELECT workflow_id FROM tasks WHERE due_at IS NOT NULL AND due_at <= ?1 "
        "UNION SELECT workflow_id FROM workflows WHERE due_at IS NOT NULL AND due_at <= ?1) LIMIT ?2");
    q.bind(1, now).bind(2, limit);
    while (q.step())
        ids << q.text(0);
    return ids;
}

QStringList StoreReader::workflowIdsWithStatus(const QString &status, int limit)
{
    QMutexLocker lock(&m_mutex);
    QStringList ids;
    Statement q = m_connection->prepare("SELECT workflow_id FROM workflows WHERE status = ?1 LIMIT ?2");
    q.bind(1, status).bind(2, limit);
    while (q.step())
        ids << q.text(0);
    return ids;
}

} // namespace joinery::store
