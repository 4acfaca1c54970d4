#pragma once

#include "source/executionsource.h"

#include <QObject>

#include <array>

class QAction;
class QWidget;

namespace joinery::ui {

// Recovery commands for one task of the selected workflow, as QActions for the detail panel's
// buttons and the tasks table's context menu: rerun the workflow from this task, skip it, or end
// it by hand as COMPLETED or FAILED with output JSON (Conductor's "update task status"). Each
// asks before it acts; the result is reported as a message. GUI thread only.
class TaskActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskActions)

public:
    enum Kind { RerunFromHere, Skip, SetCompleted, SetFailed, NUM_KINDS };

    TaskActions(ExecutionSource *source, QWidget *dialogParent);
    ~TaskActions() override;

    QAction *action(Kind kind) const { return m_actions.at(kind); }
    // The task the actions apply to (null run or empty id: none).
    void setTask(const RunSnapshot &run, const QString &taskId);
    void retranslate();

    // What each action sends, without dialogs (the dialogs fill these in).
    static WorkflowAction rerunFrom(const TaskRun &task);
    static WorkflowAction skip(const TaskRun &task);
    static TaskResult result(
        const TaskRun &task, TaskStatus status, const QJsonObject &output, const QString &reason);

signals:
    void message(const QString &text);

private:
    void trigger(Kind kind);
    void report(const QString &what, const ActionResult &result);
    const TaskRun *task() const;

    ExecutionSource *m_source;
    QWidget *m_dialogParent;
    RunSnapshot m_run;
    QString m_taskId;
    std::array<QAction *, NUM_KINDS> m_actions {};
};

} // namespace joinery::ui
