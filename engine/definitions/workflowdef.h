#pragma once

#include "definitions/workflowtask.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace joinery {

// A Conductor WorkflowDef (reference/conductor-notes.md §6.1). Identified by (name, version).
// Immutable once registered: the engine shares them as std::shared_ptr<const WorkflowDef>.
struct WorkflowDef
{
    QString name;
    QString description;
    int version = 1;
    TaskList tasks;
    QStringList inputParameters;
    QJsonObject outputParameters;
    bool hasOutputParameters = false; // absent: output is the last task's output
    QString failureWorkflow;
    int schemaVersion = 2;
    bool restartable = true;
    QString ownerEmail;
    TimeoutPolicy timeoutPolicy = TimeoutPolicy::AlertOnly; // TIME_OUT_WF or ALERT_ONLY
    qint64 timeoutSeconds = 0;
    QJsonObject variables;
    QJsonObject inputTemplate;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    QJsonObject extra; // unknown and unmodelled fields, written back as read

    // Depth-first, definition order: every task of the workflow including nested ones.
    QList<const WorkflowTask *> allTasks() const;
    const WorkflowTask *taskByRef(const QString &ref) const;
};

using WorkflowDefPtr = std::shared_ptr<const WorkflowDef>;

} // namespace joinery
