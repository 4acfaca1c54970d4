#pragma once

#include "decider/decider.h"
#include "definitions/taskdef.h"
#include "definitions/workflowdef.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QReadWriteLock>
#include <QString>

#include <optional>

namespace joinery {

// The registered workflow and task definitions, in memory (the store holds the durable copy;
// the executor writes both in one transaction). Definitions are immutable values shared as
// WorkflowDefPtr; re-registering a version replaces the pointer, so running executions keep the
// definition they started with.
//
// Thread safety: all functions may be called from any thread (a read-write lock).
class MetadataRegistry final : public TaskDefLookup
{
public:
    void putWorkflowDef(WorkflowDefPtr def, const QByteArray &json);
    bool removeWorkflowDef(const QString &name, int version);
    // version 0: the latest.
    WorkflowDefPtr workflowDef(const QString &name, int version = 0) const;
    QByteArray workflowDefJson(const QString &name, int version) const;
    QList<WorkflowDefPtr> workflowDefs() const; // every version, by name then version
    QList<int> versions(const QString &name) const;

    void putTaskDef(const TaskDef &def);
    bool removeTaskDef(const QString &name);
    std::optional<TaskDef> findTaskDef(const QString &name) const override;
    QList<TaskDef> taskDefs() const;

    // The compact JSON the store keeps for an execution's definition, cached per definition.
    QByteArray definitionJson(const WorkflowDefPtr &def) const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, QMap<int, QPair<WorkflowDefPtr, QByteArray>>> m_workflows;
    QHash<QString, TaskDef> m_tasks;
    mutable QHash<const WorkflowDef *, QPair<std::weak_ptr<const WorkflowDef>, QByteArray>> m_jsonCache;
};

} // namespace joinery
