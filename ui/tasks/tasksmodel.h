#pragma once

#include "source/executionsource.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace joinery::ui {

// The tasks of one execution, in seq order, as the tasks table shows them. Fed whole snapshots
// (setSnapshot); a newer snapshot of the same execution patches changed rows and appends new
// tasks, so selection and scroll position survive live updates. A snapshot whose task list is
// not an extension of the current one (a rerun or restart removed tasks) resets the model.
// Durations and queue waits of unfinished tasks tick once a second. GUI thread only.
class TasksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksModel)

public:
    enum Columns {
        Seq,
        Reference,
        Type,
        Status,
        Attempts,
        PollCount,
        Worker,
        Scheduled,
        Started,
        Ended,
        QueueWait,
        Duration,
        NUM_COLUMNS
    };
    enum Roles { TaskIdRole = Qt::UserRole, StatusRole, ReferenceRole };

    explicit TasksModel(QObject *parent = nullptr);
    ~TasksModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshot(const RunSnapshot &run);
    RunSnapshot snapshot() const { return m_run; }
    int rowOf(const QString &taskId) const;
    const TaskRun *taskAt(int row) const;
    void retranslate();

    // Milliseconds a task waited in its queue: scheduled to started, or to now while waiting.
    static Millis queueWait(const TaskRun &task, Millis now);

private:
    void tick();

    RunSnapshot m_run;
    QTimer m_ticker;
};

} // namespace joinery::ui
