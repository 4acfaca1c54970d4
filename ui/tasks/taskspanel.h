#pragma once

#include "source/executionsource.h"

#include <QWidget>

class QLabel;
class QSettings;
class QSplitter;
class QTableView;

namespace joinery::ui {

class Selection;
class TaskActions;
class TaskDetailPanel;
class TasksModel;

// The selected workflow's tasks: a heading naming the workflow, the live tasks table and, below
// it, the detail of the selected task. It fetches the execution when the selection changes
// (version-stamped: a slow answer for a workflow no longer selected is dropped) and then follows
// the source's live batches. Choosing a row selects the task for every panel. GUI thread only.
class TasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPanel)

public:
    TasksPanel(ExecutionSource *source, Selection *selection, QWidget *parent = nullptr);
    ~TasksPanel() override;

    TasksModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TaskDetailPanel *detail() const { return m_detail; }
    TaskActions *actions() const { return m_actions; }

    void refresh();
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void workflowSelected(const QString &workflowId);
    void taskSelected(const QString &taskId);
    void applySnapshot(const RunSnapshot &run);
    void onChanges(const QList<RunSnapshot> &changed);
    void onCurrentRowChanged();
    void updateHeading();
    void retranslate();

    ExecutionSource *m_source;
    Selection *m_selection;
    TasksModel *m_model;
    TaskActions *m_actions;
    QLabel *m_heading;
    QTableView *m_view;
    TaskDetailPanel *m_detail;
    QSplitter *m_splitter;
    quint64 m_fetchGeneration = 0;
};

} // namespace joinery::ui
