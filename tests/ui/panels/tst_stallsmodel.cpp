// StallsModel: the shape every item model has (QAbstractItemModelTester), the diffing
// setSnapshot, and reasons built from the fields (translated), not from the English detail.

#include "common/statusstyle.h"
#include "panels/stallsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;

namespace {

constexpr Millis kNow = 1'700'000'600'000;

Stall stall(const QString &wf, StallReason reason, const QString &task = QString(), Millis since = kNow - 90'000)
{
    Stall s;
    s.workflowId = wf;
    s.workflowName = QStringLiteral("order-flow");
    s.reason = reason;
    s.taskReference = task;
    s.since = since;
    s.detail = QStringLiteral("ENGLISH DETAIL");
    return s;
}

QString cell(const StallsModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

} // namespace

class TestStallsModel : public QObject
{
    Q_OBJECT

private slots:
    void shapeUnderTheTester()
    {
        StallsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setSnapshot({stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("j")),
                           stall(QStringLiteral("wf-2"), StallReason::TaskNeverPolled, QStringLiteral("t"))});
        model.setSnapshot({stall(QStringLiteral("wf-2"), StallReason::TaskNeverPolled, QStringLiteral("t")),
                           stall(QStringLiteral("wf-3"), StallReason::SweeperNotRunning)});
        model.setNow(kNow + 1000);
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(StallsModel::NUM_COLUMNS));
    }

    void diffKeepsRowsThatStay()
    {
        StallsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setSnapshot({stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("j")),
                           stall(QStringLiteral("wf-2"), StallReason::TaskNotQueued, QStringLiteral("t")),
                           stall(QStringLiteral("wf-3"), StallReason::DecideOwedNotRun)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Stall later = stall(QStringLiteral("wf-3"), StallReason::DecideOwedNotRun, QString(), kNow - 5000);
        model.setSnapshot({stall(QStringLiteral("wf-4"), StallReason::TaskNeverPolled, QStringLiteral("x")), later,
                           stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("j"))});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1); // wf-2
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(inserted.count(), 1); // wf-4, appended
        QCOMPARE(changed.count(), 1);  // wf-3's since moved
        QCOMPARE(cell(model, 0, StallsModel::WorkflowColumn), QStringLiteral("wf-1"));
        QCOMPARE(cell(model, 1, StallsModel::WorkflowColumn), QStringLiteral("wf-3"));
        QCOMPARE(cell(model, 2, StallsModel::WorkflowColumn), QStringLiteral("wf-4"));
        QCOMPARE(model.data(model.index(1, 0), StallsModel::SinceRole).toLongLong(), kNow - 5000);

        // The same snapshot again changes nothing.
        changed.clear();
        model.setSnapshot(model.stalls());
        QCOMPARE(changed.count(), 0);
    }

    void repeatedVerdictsMakeOneRow()
    {
        StallsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Stall s = stall(QStringLiteral("wf-1"), StallReason::TaskNotQueued, QStringLiteral("t"));
        model.setSnapshot({s, s});
        QCOMPARE(model.rowCount(), 1);
    }

    void reasonsComeFromTheFields_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("expected");
        QTest::newRow("join_done_successor_missing") << int(StallReason::JoinDoneSuccessorMissing) << QStringLiteral("pack_join")
                                                     << QStringLiteral("JOIN pack_join is done, but the task after it was never scheduled");
        QTest::newRow("ended_task_not_advanced") << int(StallReason::EndedTaskNotAdvanced) << QStringLiteral("ship")
                                                 << QStringLiteral("Task ship ended, but what follows it was never scheduled");
        QTest::newRow("not_queued") << int(StallReason::TaskNotQueued) << QStringLiteral("ship")
                                    << QStringLiteral("Task ship is neither queued nor waiting on a timer");
        QTest::newRow("sweeper") << int(StallReason::SweeperNotRunning) << QString()
                                 << QStringLiteral("The sweeper is paused or has not run recently");
    }

    void reasonsComeFromTheFields()
    {
        QFETCH(int, reason);
        QFETCH(QString, task);
        QFETCH(QString, expected);
        StallsModel model;
        model.setNow(kNow);
        model.setSnapshot({stall(QStringLiteral("wf-1"), StallReason(reason), task)});
        QCOMPARE(cell(model, 0, StallsModel::ReasonColumn), expected);
        QVERIFY(!cell(model, 0, StallsModel::ReasonColumn).contains(QStringLiteral("ENGLISH DETAIL")));
    }

    void neverPolledNamesQueueAndLastPoll()
    {
        Stall s = stall(QStringLiteral("wf-1"), StallReason::TaskNeverPolled, QStringLiteral("charge"));
        s.queue = QStringLiteral("charge_card");
        QCOMPARE(StallsModel::reasonText(s, kNow),
                 QStringLiteral("Task charge waits in queue charge_card, which no worker has polled"));
        s.lastPollTime = kNow - 3 * 60'000;
        QCOMPARE(StallsModel::reasonText(s, kNow), QStringLiteral("Task charge waits in queue charge_card, last polled 3 min ago"));
    }

    void sinceIsRelativeToNow()
    {
        StallsModel model;
        model.setNow(kNow);
        model.setSnapshot({stall(QStringLiteral("wf-1"), StallReason::DecideOwedNotRun, QString(), kNow - 90'000)});
        QCOMPARE(cell(model, 0, StallsModel::SinceColumn), QStringLiteral("1 min ago"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow + 2 * 3600'000);
        QCOMPARE(cell(model, 0, StallsModel::SinceColumn), QStringLiteral("2 h 1 min ago"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(StallsModel::SinceColumn));
        QCOMPARE(StatusStyle::ago(12'000), QStringLiteral("12 s"));
        QCOMPARE(StatusStyle::ago(3 * 86400'000LL), QStringLiteral("3 d"));
    }

    void rolesAndRecovery()
    {
        StallsModel model;
        Stall s = stall(QStringLiteral("wf-9"), StallReason::TaskNeverPolled, QStringLiteral("t"));
        s.recommended = Recovery::StartWorker;
        model.setSnapshot({s});
        const QModelIndex i = model.index(0, StallsModel::NameColumn);
        QCOMPARE(i.data(StallsModel::WorkflowIdRole).toString(), QStringLiteral("wf-9"));
        QCOMPARE(i.data(StallsModel::TaskReferenceRole).toString(), QStringLiteral("t"));
        QCOMPARE(i.data(StallsModel::ReasonRole).toInt(), int(StallReason::TaskNeverPolled));
        QCOMPARE(i.data(StallsModel::RecoveryRole).toInt(), int(Recovery::StartWorker));
        QCOMPARE(cell(model, 0, StallsModel::RecoveryColumn), QStringLiteral("Start a worker for the queue"));
        QCOMPARE(cell(model, 0, StallsModel::NameColumn), QStringLiteral("order-flow"));
        QCOMPARE(model.headerData(StallsModel::ReasonColumn, Qt::Horizontal).toString(), QStringLiteral("Reason"));
        QCOMPARE(model.workflowIds(), QStringList{QStringLiteral("wf-9")});
    }
};

QTEST_GUILESS_MAIN(TestStallsModel)
#include "tst_stallsmodel.moc"
