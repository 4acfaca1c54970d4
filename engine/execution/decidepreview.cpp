#include "execution/decidepreview.h"

#include <QJsonArray>

namespace joinery {

DecidePreview DecidePreview::from(
    const std::optional<DecideOutcome> &outcome, const WorkflowRun *before)
{
    DecidePreview p;
    if (!outcome)
        return p;
    p.running = true;
    for (const QString &id : outcome->createdTaskIds) {
        if (const TaskRun *t = outcome->after.taskById(id))
            p.schedule.append({t->referenceTaskName, t->taskType});
    }
    for (const QString &id : outcome->updatedTaskIds) {
        const TaskRun *t = outcome->after.taskById(id);
        if (!t)
            continue;
        const TaskRun *was = before ? before->taskById(id) : nullptr;
        p.changes.append({t->referenceTaskName, taskStatusName(was ? was->status : t->status),
            taskStatusName(t->status)});
    }
    for (const ChildWorkflowRequest &child : outcome->childWorkflows)
        p.startSubWorkflows << child.name;
    p.terminateSubWorkflows = outcome->childWorkflowsToTerminate;
    if (outcome->workflowChanged && (!before || before->status != outcome->after.status))
        p.workflowStatusAfter = workflowStatusName(outcome->after.status);
    return p;
}

QJsonObject DecidePreview::toJson() const
{
    QJsonArray scheduled, changed;
    for (const Scheduled &s : schedule)
        scheduled.append(QJsonObject {{QStringLiteral("referenceTaskName"), s.referenceTaskName},
            {QStringLiteral("taskType"), s.taskType}});
    for (const Change &c : changes)
        changed.append(QJsonObject {{QStringLiteral("referenceTaskName"), c.referenceTaskName},
            {QStringLiteral("from"), c.from}, {QStringLiteral("to"), c.to}});
    QJsonObject json {
        {QStringLiteral("running"), running},
        {QStringLiteral("schedule"), scheduled},
        {QStringLiteral("changes"), changed},
        {QStringLiteral("startSubWorkflows"), QJsonArray::fromStringList(startSubWorkflows)},
        {QStringLiteral("terminateSubWorkflows"), QJsonArray::fromStringList(terminateSubWorkflows)},
    };
    if (!workflowStatusAfter.isEmpty())
        json.insert(QStringLiteral("workflowStatusAfter"), workflowStatusAfter);
    return json;
}

DecidePreview DecidePreview::fromJson(const QJsonObject &json)
{
    auto strings = [&json](const char *key) {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    DecidePreview p;
    p.running = json.value(QStringLiteral("running")).toBool();
    for (const QJsonValue &v : json.value(QStringLiteral("schedule")).toArray()) {
        const QJsonObject o = v.toObject();
        p.schedule.append({o.value(QStringLiteral("referenceTaskName")).toString(),
            o.value(QStringLiteral("taskType")).toString()});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject o = v.toObject();
        p.changes.append({o.value(QStringLiteral("referenceTaskName")).toString(),
            o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString()});
    }
    p.startSubWorkflows = strings("startSubWorkflows");
    p.terminateSubWorkflows = strings("terminateSubWorkflows");
    p.workflowStatusAfter = json.value(QStringLiteral("workflowStatusAfter")).toString();
    return p;
}

} // namespace joinery
