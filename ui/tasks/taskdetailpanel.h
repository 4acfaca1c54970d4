#pragma once

#include "source/executionsource.h"

#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace joinery::ui {

class JsonTreeModel;
class TaskActions;

// Everything about one task: status, worker, attempts and poll count, the times (scheduled,
// started, ended, queue wait, duration, ticking while it runs), the reason it did not complete,
// its input and output as collapsible JSON trees, the attempts made (choosing one shows it) and
// the worker's log lines; plus the task recovery buttons. GUI thread only.
class TaskDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailPanel)

public:
    TaskDetailPanel(ExecutionSource *source, TaskActions *actions, QWidget *parent = nullptr);
    ~TaskDetailPanel() override;

    // Shows `taskId` of `run` (no task: the hint to pick one). A newer snapshot of the same task
    // updates in place; the JSON trees keep what is expanded when the data did not change.
    void setTask(const RunSnapshot &run, const QString &taskId);
    QString taskId() const { return m_taskId; }
    JsonTreeModel *inputModel() const { return m_inputModel; }
    JsonTreeModel *outputModel() const { return m_outputModel; }

signals:
    void attemptChosen(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFields();
    void updateAttempts();
    void fetchLogs();
    void retranslate();

    ExecutionSource *m_source;
    RunSnapshot m_run;
    QString m_taskId;
    quint64 m_logsGeneration = 0;
    QString m_logsFor; // task id and status the logs were fetched for

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_reason;
    QGridLayout *m_form;
    QList<QLabel *> m_fieldLabels;
    QList<QLabel *> m_fieldValues;
    QTabWidget *m_tabs;
    JsonTreeModel *m_inputModel;
    JsonTreeModel *m_outputModel;
    QTreeView *m_inputView;
    QTreeView *m_outputView;
    QTreeWidget *m_attempts;
    QPlainTextEdit *m_logs;
    QTimer m_ticker;
};

} // namespace joinery::ui
