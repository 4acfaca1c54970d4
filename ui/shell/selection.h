#pragma once

#include <QObject>
#include <QString>

namespace joinery::ui {

// What the user is looking at: the selected workflow and task, shared by every panel (the
// executions table selects a workflow, the graph and the tasks table select a task, the stalls
// panel selects both). Setting the same value again emits nothing. GUI thread only.
class Selection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Selection)

public:
    explicit Selection(QObject *parent = nullptr) : QObject(parent) { }

    QString workflowId() const { return m_workflowId; }
    QString taskId() const { return m_taskId; }

    void selectWorkflow(const QString &workflowId)
    {
        if (workflowId == m_workflowId)
            return;
        m_workflowId = workflowId;
        m_taskId.clear();
        emit workflowSelected(workflowId);
        emit taskSelected(QString());
    }

    void selectTask(const QString &workflowId, const QString &taskId)
    {
        selectWorkflow(workflowId);
        if (taskId == m_taskId)
            return;
        m_taskId = taskId;
        emit taskSelected(taskId);
    }

signals:
    void workflowSelected(const QString &workflowId);
    void taskSelected(const QString &taskId);

private:
    QString m_workflowId;
    QString m_taskId;
};

} // namespace joinery::ui
