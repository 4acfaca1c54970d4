#include "actions/taskactions.h"

#include "actions/taskstatusdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>

namespace joinery::ui {

TaskActions::TaskActions(ExecutionSource *source, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_source(source)
    , m_dialogParent(dialogParent)
{
    static const char *const names[NUM_KINDS]
        = {"rerunFromTaskAction", "skipTaskAction", "completeTaskAction", "failTaskAction"};
    for (int k = 0; k < NUM_KINDS; ++k) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(names[k]));
        connect(a, &QAction::triggered, this, [this, k] { trigger(Kind(k)); });
        m_actions[k] = a;
    }
    retranslate();
    setTask(nullptr, QString());
}

TaskActions::~TaskActions() = default;

void TaskActions::setTask(const RunSnapshot &run, const QString &taskId)
{
    m_run = run;
    m_taskId = taskId;
    const TaskRun *t = task();
    const bool live = m_run && !m_run->isTerminal();
    m_actions[RerunFromHere]->setEnabled(t != nullptr);
    m_actions[Skip]->setEnabled(t && live && !t->isTerminal());
    m_actions[SetCompleted]->setEnabled(t && !t->isTerminal());
    m_actions[SetFailed]->setEnabled(t && !t->isTerminal());
}

const TaskRun *TaskActions::task() const
{
    return m_run && !m_taskId.isEmpty() ? m_run->taskById(m_taskId) : nullptr;
}

void TaskActions::retranslate()
{
    m_actions[RerunFromHere]->setText(tr("Rerun from Here…"));
    m_actions[RerunFromHere]->setToolTip(
        tr("Run the workflow again from this task; later tasks are discarded"));
    m_actions[Skip]->setText(tr("Skip…"));
    m_actions[Skip]->setToolTip(tr("Mark this task SKIPPED and let the workflow continue"));
    m_actions[SetCompleted]->setText(tr("Set Completed…"));
    m_actions[SetCompleted]->setToolTip(tr("End this task as COMPLETED with the output you give"));
    m_actions[SetFailed]->setText(tr("Set Failed…"));
    m_actions[SetFailed]->setToolTip(tr("End this task as FAILED with a reason"));
}

WorkflowAction TaskActions::rerunFrom(const TaskRun &task)
{
    WorkflowAction a;
    a.kind = WorkflowAction::Rerun;
    a.taskId = task.taskId;
    return a;
}

WorkflowAction TaskActions::skip(const TaskRun &task)
{
    WorkflowAction a;
    a.kind = WorkflowAction::SkipTask;
    a.taskReference = task.referenceTaskName;
    return a;
}

TaskResult TaskActions::result(
    const TaskRun &task, TaskStatus status, const QJsonObject &output, const QString &reason)
{
    TaskResult r;
    r.workflowId = task.workflowId;
    r.taskId = task.taskId;
    r.status = status;
    r.outputData = output;
    r.reasonForIncompletion = reason;
    r.workerId = QStringLiteral("joinery-ui");
    return r;
}

void TaskActions::report(const QString &what, const ActionResult &result)
{
    if (result.ok()) {
        emit message(tr("%1: done").arg(what));
        return;
    }
    emit message(tr("%1: failed").arg(what));
    QMessageBox::warning(m_dialogParent, what, result.message);
}

void TaskActions::trigger(Kind kind)
{
    const TaskRun *t = task();
    if (!t || !m_source)
        return;
    const TaskRun target = *t;
    QPointer<TaskActions> self(this);
    auto reply = [self](const QString &what) {
        return [self, what](const ActionResult &r) {
            if (self)
                self->report(what, r);
        };
    };
    switch (kind) {
    case RerunFromHere: {
        const QString what = tr("Rerun from %1").arg(target.referenceTaskName);
        if (QMessageBox::question(m_dialogParent, what,
                tr("Rerun workflow %1 from task %2? The tasks after it are discarded.")
                    .arg(target.workflowId, target.referenceTaskName))
            != QMessageBox::Yes)
            return;
        m_source->act(target.workflowId, rerunFrom(target), reply(what));
        return;
    }
    case Skip: {
        const QString what = tr("Skip %1").arg(target.referenceTaskName);
        if (QMessageBox::question(m_dialogParent, what,
                tr("Skip task %1 and let the workflow continue?").arg(target.referenceTaskName))
            != QMessageBox::Yes)
            return;
        m_source->act(target.workflowId, skip(target), reply(what));
        return;
    }
    case SetCompleted:
    case SetFailed: {
        TaskStatusDialog dialog(target.referenceTaskName,
            kind == SetCompleted ? TaskStatus::Completed : TaskStatus::Failed, target.outputData,
            m_dialogParent);
        if (dialog.exec() != QDialog::Accepted || !self)
            return;
        const QString what
            = tr("Set %1 to %2").arg(target.referenceTaskName, taskStatusName(dialog.status()));
        m_source->updateTask(
            result(target, dialog.status(), dialog.output(), dialog.reason()), reply(what));
        return;
    }
    case NUM_KINDS:
        return;
    }
}

} // namespace joinery::ui
