// The stall detector's reasons, each produced on purpose, and the states that are not stalls.
// analyze() is pure, so every case is an execution value and a context.

#include "runtime/stalldetector.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(joinery::WorkflowRun)
Q_DECLARE_METATYPE(joinery::StallDetector::Context)

using namespace joinery;

namespace {

constexpr Millis kNow = 1'700'000'100'000;
constexpr Millis kOld = kNow - 60'000; // a minute without progress

TaskRun task(const QString &ref, TaskType type, TaskStatus status, int seq)
{
    TaskRun t;
    t.taskId = ref + QStringLiteral("-id");
    t.referenceTaskName = ref;
    t.type = type;
    t.taskType = type == TaskType::Simple ? ref + QStringLiteral("_type") : taskTypeName(type);
    t.status = status;
    t.seq = seq;
    t.scheduledTime = t.updateTime = kOld;
    t.executed = isTerminal(status);
    return t;
}

WorkflowRun workflow(QList<TaskRun> tasks, WorkflowStatus status = WorkflowStatus::Running)
{
    WorkflowRun r;
    r.workflowId = QStringLiteral("wf");
    r.workflowName = QStringLiteral("demo");
    r.status = status;
    r.startTime = r.updateTime = kOld;
    r.tasks = std::move(tasks);
    return r;
}

StallDetector::Context context()
{
    StallDetector::Context c;
    c.now = kNow;
    c.threshold = 5000;
    c.isQueued = [](const QString &) { return true; };
    c.lastPollTime = [](const QString &) { return kNow - 100; };
    c.childStatus = [](const QString &) { return std::optional<WorkflowStatus>(WorkflowStatus::Running); };
    return c;
}

TaskRun joinOver(const QStringList &refs, TaskStatus status, int seq)
{
    TaskRun j = task(QStringLiteral("join"), TaskType::Join, status, seq);
    j.inputData = QJsonObject{{QStringLiteral("joinOn"), QJsonArray::fromStringList(refs)}};
    return j;
}

} // namespace

class TestStallDetector : public QObject
{
    Q_OBJECT

private slots:
    void reasons_data()
    {
        QTest::addColumn<WorkflowRun>("run");
        QTest::addColumn<StallDetector::Context>("context");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("recovery");
        QTest::addColumn<QString>("task");

        TaskRun doneJoin = joinOver({QStringLiteral("a")}, TaskStatus::Completed, 2);
        doneJoin.executed = false;
        QTest::newRow("join_completed_successor_missing")
            << workflow({task(QStringLiteral("a"), TaskType::Simple, TaskStatus::Completed, 1), doneJoin}) << context()
            << u"JOIN_DONE_SUCCESSOR_MISSING"_qs << u"FORCE_DECIDE"_qs << u"join"_qs;
        QTest::newRow("join_branches_done_join_never_evaluated")
            << workflow({task(QStringLiteral("a"), TaskType::Simple, TaskStatus::Completed, 1),
                         joinOver({QStringLiteral("a")}, TaskStatus::InProgress, 2)})
            << context() << u"JOIN_DONE_SUCCESSOR_MISSING"_qs << u"FORCE_DECIDE"_qs << u"join"_qs;

        TaskRun ended = task(QStringLiteral("a"), TaskType::Simple, TaskStatus::Completed, 1);
        ended.executed = false;
        QTest::newRow("ended_task_not_advanced") << workflow({ended}) << context() << u"ENDED_TASK_NOT_ADVANCED"_qs
                                                 << u"FORCE_DECIDE"_qs << u"a"_qs;

        StallDetector::Context owed = context();
        owed.markerDueAt = kNow - 30'000;
        QTest::newRow("decide_owed_not_run")
            << workflow({task(QStringLiteral("a"), TaskType::Simple, TaskStatus::InProgress, 1)}) << owed
            << u"DECIDE_OWED_NOT_RUN"_qs << u"FORCE_DECIDE"_qs << QString();

        StallDetector::Context noSweeper = owed;
        noSweeper.sweeperRunning = false;
        QTest::newRow("sweeper_not_running")
            << workflow({task(QStringLiteral("a"), TaskType::Simple, TaskStatus::InProgress, 1)}) << noSweeper
            << u"SWEEPER_NOT_RUNNING"_qs << u"RESUME_SWEEPER"_qs << QString();

        StallDetector::Context neverPolled = context();
        neverPolled.lastPollTime = [](const QString &) { return Millis(0); };
        QTest::newRow("task_never_polled")
            << workflow({task(QStringLiteral("a"), TaskType::Simple, TaskStatus::Scheduled, 1)}) << neverPolled
            << u"TASK_NEVER_POLLED"_qs << u"START_WORKER"_qs << u"a"_qs;

        StallDetector::Context unqueued = context();
        unqueued.isQueued = [](const QString &) { return false; };
        QTest::newRow("task_not_queued")
            << workflow({task(QStringLiteral("a"), TaskType::Simple, TaskStatus::Scheduled, 1)}) << unqueued
            << u"TASK_NOT_QUEUED"_qs << u"REQUEUE"_qs << u"a"_qs;

        TaskRun sub = task(QStringLiteral("sub"), TaskType::SubWorkflow, TaskStatus::InProgress, 1);
        sub.subWorkflowId = QStringLiteral("child");
        StallDetector::Context childDone = context();
        childDone.childStatus = [](const QString &) { return std::optional<WorkflowStatus>(WorkflowStatus::Completed); };
        QTest::newRow("child_ended_parent_not_updated") << workflow({sub}) << childDone
                                                        << u"CHILD_ENDED_PARENT_NOT_UPDATED"_qs << u"FORCE_DECIDE"_qs
                                                        << u"sub"_qs;
    }

    void reasons()
    {
        QFETCH(WorkflowRun, run);
        QFETCH(StallDetector::Context, context);
        QFETCH(QString, reason);
        QFETCH(QString, recovery);
        QFETCH(QString, task);
        const std::optional<Stall> stall = StallDetector::analyze(run, context);
        QVERIFY(stall);
        QCOMPARE(stallReasonName(stall->reason), reason);
        QCOMPARE(recoveryName(stall->recommended), recovery);
        QCOMPARE(stall->taskReference, task);
        QVERIFY(!stall->detail.isEmpty());
    }

    void notStalls_data()
    {
        QTest::addColumn<WorkflowRun>("run");
        QTest::addColumn<StallDetector::Context>("context");

        TaskRun waiting = task(QStringLiteral("w"), TaskType::Wait, TaskStatus::InProgress, 1);
        QTest::newRow("waiting_on_wait") << workflow({waiting}) << context();
        QTest::newRow("waiting_on_human")
            << workflow({task(QStringLiteral("h"), TaskType::Human, TaskStatus::InProgress, 1)}) << context();
        TaskRun ended = task(QStringLiteral("a"), TaskType::Simple, TaskStatus::Completed, 1);
        ended.executed = false;
        QTest::newRow("paused") << workflow({ended}, WorkflowStatus::Paused) << context();
        QTest::newRow("worker_busy_in_progress")
            << workflow({task(QStringLiteral("a"), TaskType::Simple, TaskStatus::InProgress, 1)}) << context();
        QTest::newRow("scheduled_and_polled_recently")
            << workflow({task(QStringLiteral("a"), TaskType::Simple, TaskStatus::Scheduled, 1)}) << context();
        QTest::newRow("completed_workflow") << workflow({ended}, WorkflowStatus::Completed) << context();
        // Progress within the threshold is never a stall, whatever the state.
        WorkflowRun recent = workflow({ended});
        recent.updateTime = kNow - 1000;
        QTest::newRow("recent_progress") << recent << context();
    }

    void notStalls()
    {
        QFETCH(WorkflowRun, run);
        QFETCH(StallDetector::Context, context);
        const std::optional<Stall> stall = StallDetector::analyze(run, context);
        QVERIFY2(!stall, stall ? qPrintable(stall->detail) : "");
    }
};

QTEST_GUILESS_MAIN(TestStallDetector)
#include "tst_stalldetector.moc"
