// Conductor's DynamicForkJoinLockContentionSpec (conductor-fixtures README, case 9): the JOIN's
// last branch completes while another thread holds the workflow's execution lock.
//
// Joinery: the completion waits for the holder and is applied the moment it lets go; the task
// after the JOIN is scheduled with no sweeper tick and no timeout.
// Legacy mode (Conductor before v3.31.2): the JOIN completes outside the lock, its decide is
// dropped on the miss, the workflow stalls; the stall detector names it; a forced decide
// recovers it.

#include "enginefixture.h"

#include "execution/lockeventlog.h"
#include "runtime/legacyjoinworker.h"
#include "runtime/stalldetector.h"
#include "runtime/sweeper.h"

using namespace joinery;
using namespace joinery::testing;

namespace {

QJsonObject dynamicTasksOutput()
{
    return QJsonObject{
        {QStringLiteral("dynamicTasks"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("integration_task_2")},
                                {QStringLiteral("taskReferenceName"), QStringLiteral("xdt1")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("integration_task_3")},
                                {QStringLiteral("taskReferenceName"), QStringLiteral("xdt2")}}}},
        {QStringLiteral("dynamicTasksInput"),
         QJsonObject{{QStringLiteral("xdt1"), QJsonObject{{QStringLiteral("k1"), QStringLiteral("v1")}}},
                     {QStringLiteral("xdt2"), QJsonObject{{QStringLiteral("k2"), QStringLiteral("v2")}}}}},
    };
}

// Drives case 8 up to the JOIN boundary: dt1 done, xdt1 done, xdt2 still running.
QString driveToJoinBoundary(EngineFixture &f)
{
    for (const char *name : {"integration_task_1", "integration_task_2", "integration_task_3", "integration_task_4"})
        f.registerTaskDef(QString::fromLatin1(name));
    if (!f.registerFixture(QStringLiteral("dynamic_fork_join_integration_test.json")))
        return QString();
    const QString id = f.start(QStringLiteral("DynamicFanInOutTest"));
    f.completeOne(QStringLiteral("integration_task_1"), dynamicTasksOutput());
    f.completeOne(QStringLiteral("integration_task_2"), QJsonObject{{QStringLiteral("ok1"), QStringLiteral("ov1")}});
    return id;
}

} // namespace

class TestLockContention : public QObject
{
    Q_OBJECT

private slots:
    void controlCaseSchedulesInTheSameDecide()
    {
        EngineFixture f;
        const QString id = driveToJoinBoundary(f);
        QVERIFY(!id.isEmpty());
        f.completeOne(QStringLiteral("integration_task_3"), QJsonObject{{QStringLiteral("ok2"), QStringLiteral("ov2")}});
        const WorkflowRun run = f.run(id);
        QCOMPARE(taskStatusName(f.task(run, QStringLiteral("dynamicfanouttask_join"))->status), QStringLiteral("COMPLETED"));
        QVERIFY(f.task(run, QStringLiteral("task4")));
        QCOMPARE(taskStatusName(f.task(run, QStringLiteral("task4"))->status), QStringLiteral("SCHEDULED"));
    }

    void joinCompletesWhileAnotherThreadHoldsTheLock()
    {
        EngineFixture f;
        const QString id = driveToJoinBoundary(f);
        QVERIFY(!id.isEmpty());
        const QList<TaskRun> claimed = f.executor().poll(QStringLiteral("integration_task_3"), QStringLiteral("w"), 1, 0);
        QCOMPARE(claimed.size(), 1);

        std::atomic<bool> answered{false};
        {
            auto hold = f.executor().hold(id, LockRole::Test); // another thread owns the workflow
            TaskResult r;
            r.workflowId = id;
            r.taskId = claimed.first().taskId;
            r.status = TaskStatus::Completed;
            f.executor().updateTaskAsync(r, LockRole::WorkerCallback, [&](const ActionResult &) { answered = true; });
            // Not applied while held, and not dropped either: it waits as a deferred signal.
            QVERIFY(!answered.load());
            QVERIFY(!f.task(*f.executor().snapshot(id), QStringLiteral("task4")));
            QVERIFY(f.engine->locks().stats().deferrals >= 1);
        } // released here: the owner runs at once
        const WorkflowRun run = f.run(id); // waits for the owner; no sweeper, no clock movement
        QVERIFY(answered.load());
        QCOMPARE(taskStatusName(f.task(run, QStringLiteral("dynamicfanouttask_join"))->status), QStringLiteral("COMPLETED"));
        const TaskRun *next = f.task(run, QStringLiteral("task4"));
        QVERIFY2(next, "the task after the JOIN must be scheduled as soon as the lock is released");
        QCOMPARE(taskStatusName(next->status), QStringLiteral("SCHEDULED"));

        f.completeOne(QStringLiteral("integration_task_4"));
        QCOMPARE(workflowStatusName(f.run(id).status), QStringLiteral("COMPLETED"));
    }

    void legacyModeStallsIsDetectedAndForcedDecideRecovers()
    {
        EngineFixture f(/*legacy=*/true);
        const QString id = driveToJoinBoundary(f);
        QVERIFY(!id.isEmpty());
        f.completeOne(QStringLiteral("integration_task_3"), QJsonObject{{QStringLiteral("ok2"), QStringLiteral("ov2")}});
        QVERIFY(!f.task(f.run(id), QStringLiteral("task4")));

        {
            auto hold = f.executor().hold(id, LockRole::Test);
            // The JOIN system-task worker: evaluates without the lock, writes the JOIN, then its
            // try-lock decide misses and is dropped.
            QCOMPARE(f.engine->legacyJoins().runOnce(), 1);
        }
        WorkflowRun run = f.run(id);
        QCOMPARE(taskStatusName(f.task(run, QStringLiteral("dynamicfanouttask_join"))->status), QStringLiteral("COMPLETED"));
        QVERIFY(!f.task(run, QStringLiteral("task4")));
        QCOMPARE(workflowStatusName(run.status), QStringLiteral("RUNNING"));
        QVERIFY(f.engine->locks().stats().dropped >= 1);

        // Nothing brings it back: the legacy sweeper's decider entry is an hour away.
        f.clock.advance(60'000);
        f.engine->sweeper().runOnce(true);
        f.engine->legacyJoins().runOnce();
        QVERIFY(!f.task(f.run(id), QStringLiteral("task4")));

        const QList<Stall> stalls = f.engine->stalls().scan();
        QCOMPARE(stalls.size(), 1);
        QCOMPARE(stalls.first().workflowId, id);
        QCOMPARE(stallReasonName(stalls.first().reason), QStringLiteral("JOIN_DONE_SUCCESSOR_MISSING"));
        QCOMPARE(stalls.first().taskReference, QStringLiteral("dynamicfanouttask_join"));
        QCOMPARE(recoveryName(stalls.first().recommended), QStringLiteral("FORCE_DECIDE"));

        WorkflowAction decide;
        decide.kind = WorkflowAction::Decide;
        QVERIFY(f.executor().act(id, decide, LockRole::GuiAction).ok());
        run = f.run(id);
        QVERIFY(f.task(run, QStringLiteral("task4")));
        QVERIFY(f.engine->stalls().scan().isEmpty());
        f.completeOne(QStringLiteral("integration_task_4"));
        QCOMPARE(workflowStatusName(f.run(id).status), QStringLiteral("COMPLETED"));
    }
};

QTEST_GUILESS_MAIN(TestLockContention)
#include "tst_lockcontention.moc"
