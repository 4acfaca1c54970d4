#include "tasks/tasksmodel.h"

#include "common/statusstyle.h"
#include "common/timeformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;

namespace {

TaskRun task(int seq, const QString &ref, TaskStatus status)
{
    TaskRun t;
    t.seq = seq;
    t.taskId = QStringLiteral("task-%1").arg(seq);
    t.workflowId = QStringLiteral("wf-1");
    t.referenceTaskName = ref;
    t.taskType = QStringLiteral("SIMPLE");
    t.status = status;
    t.scheduledTime = 1'700'000'000'000 + seq * 1000;
    t.updateTime = t.scheduledTime;
    if (status != TaskStatus::Scheduled) {
        t.startTime = t.scheduledTime + 250;
        t.pollCount = 1;
        t.workerId = QStringLiteral("worker-a");
    }
    if (isTerminal(status))
        t.endTime = t.startTime + 1500;
    return t;
}

std::shared_ptr<WorkflowRun> workflow(
    const QList<TaskRun> &tasks, const QString &id = QStringLiteral("wf-1"))
{
    auto r = std::make_shared<WorkflowRun>();
    r->workflowId = id;
    r->workflowName = QStringLiteral("order-flow");
    r->tasks = tasks;
    for (TaskRun &t : r->tasks)
        t.workflowId = id;
    return r;
}

} // namespace

class TestTasksModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTasksInSeqOrder()
    {
        TasksModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TaskRun failed = task(2, QStringLiteral("charge"), TaskStatus::Failed);
        failed.retryCount = 2;
        failed.reasonForIncompletion = QStringLiteral("card declined");
        model.setSnapshot(workflow({task(1, QStringLiteral("reserve"), TaskStatus::Completed),
            failed, task(3, QStringLiteral("notify"), TaskStatus::Scheduled)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(TasksModel::NUM_COLUMNS));
        QCOMPARE(model.index(1, TasksModel::Seq).data().toInt(), 2);
        QCOMPARE(model.index(1, TasksModel::Reference).data().toString(), QStringLiteral("charge"));
        QCOMPARE(model.index(1, TasksModel::Status).data().toString(),
            StatusStyle::text(TaskStatus::Failed));
        QCOMPARE(model.index(1, TasksModel::Status).data(Qt::ToolTipRole).toString(),
            QStringLiteral("card declined"));
        QCOMPARE(model.index(1, TasksModel::Attempts).data().toInt(), 3);
        QCOMPARE(model.index(1, TasksModel::Worker).data().toString(), QStringLiteral("worker-a"));
        QCOMPARE(
            model.index(1, TasksModel::QueueWait).data().toString(), TimeFormat::duration(250));
        QCOMPARE(
            model.index(1, TasksModel::Duration).data().toString(), TimeFormat::duration(1500));
        QCOMPARE(
            model.index(1, 0).data(TasksModel::TaskIdRole).toString(), QStringLiteral("task-2"));
        QCOMPARE(model.index(1, 0).data(TasksModel::StatusRole).toInt(), int(TaskStatus::Failed));
        QCOMPARE(model.rowOf(QStringLiteral("task-3")), 2);
        // A task still waiting in its queue: no start time, no duration, but a growing wait.
        QVERIFY(model.index(2, TasksModel::Started).data().toString().isEmpty());
        QVERIFY(model.index(2, TasksModel::Duration).data().toString().isEmpty());
        QVERIFY(!model.index(2, TasksModel::QueueWait).data().toString().isEmpty());
    }

    void patchesAndAppendsWithoutReset()
    {
        TasksModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TaskRun> first {task(1, QStringLiteral("a"), TaskStatus::Completed),
            task(2, QStringLiteral("b"), TaskStatus::InProgress),
            task(3, QStringLiteral("c"), TaskStatus::InProgress)};
        model.setSnapshot(workflow(first));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QList<TaskRun> next = first;
        next[1] = task(2, QStringLiteral("b"), TaskStatus::Completed);
        next << task(4, QStringLiteral("d"), TaskStatus::Scheduled);
        model.setSnapshot(workflow(next));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, TasksModel::NUM_COLUMNS - 1));
        QCOMPARE(model.index(1, TasksModel::Status).data().toString(),
            StatusStyle::text(TaskStatus::Completed));
        QCOMPARE(model.rowCount(), 4);

        // The same snapshot again changes nothing.
        changed.clear();
        model.setSnapshot(workflow(next));
        QCOMPARE(changed.size(), 0);
    }

    void resetsForAnotherWorkflowOrARerun()
    {
        TasksModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TaskRun> tasks {task(1, QStringLiteral("a"), TaskStatus::Completed),
            task(2, QStringLiteral("b"), TaskStatus::Completed)};
        model.setSnapshot(workflow(tasks));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(workflow(tasks, QStringLiteral("wf-2")));
        QCOMPARE(reset.size(), 1);
        // A rerun from the first task drops the later ones.
        model.setSnapshot(workflow(
            {task(1, QStringLiteral("a"), TaskStatus::Scheduled)}, QStringLiteral("wf-2")));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void queueWait()
    {
        TaskRun t = task(1, QStringLiteral("a"), TaskStatus::Scheduled);
        QCOMPARE(TasksModel::queueWait(t, t.scheduledTime + 700), Millis(700));
        t.startTime = t.scheduledTime + 40;
        QCOMPARE(TasksModel::queueWait(t, t.scheduledTime + 5000), Millis(40));
        TaskRun skipped = task(2, QStringLiteral("b"), TaskStatus::Skipped);
        skipped.startTime = 0;
        QCOMPARE(TasksModel::queueWait(skipped, skipped.scheduledTime + 5000), Millis(0));
    }
};

QTEST_MAIN(TestTasksModel)
#include "tst_tasksmodel.moc"
