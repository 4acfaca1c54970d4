// DESIGN.md's engine invariants, one test each (the lock-contention and crash tests cover
// invariants 3 and 5; the decider's determinism is in tests/engine/decider).

#include "enginefixture.h"

#include "execution/metadataregistry.h"
#include "execution/taskqueues.h"
#include "runtime/sweeper.h"
#include "store/changeset.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QJsonDocument>

using namespace joinery;
using namespace joinery::testing;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

qint64 markerGeneration(Engine &engine, const QString &workflowId)
{
    for (const auto &m : engine.reader().loadMarkers()) {
        if (m.workflowId == workflowId)
            return m.generation;
    }
    return 0;
}

void registerParentAndChild(EngineFixture &f)
{
    f.registerTaskDef(QStringLiteral("child_task"));
    f.registerTaskDef(QStringLiteral("after_child"));
    QVERIFY(f.engine->registerWorkflowDef(json(R"({"name":"child","version":1,"tasks":[
        {"name":"child_task","taskReferenceName":"c1","type":"SIMPLE"}]})"), true).ok());
    QVERIFY(f.engine->registerWorkflowDef(json(R"({"name":"parent","version":1,"tasks":[
        {"name":"sub","taskReferenceName":"sub","type":"SUB_WORKFLOW","subWorkflowParam":{"name":"child","version":1}},
        {"name":"after_child","taskReferenceName":"after","type":"SIMPLE"}]})"), true).ok());
}

} // namespace

class TestInvariants : public QObject
{
    Q_OBJECT

private slots:
    // 1. Owed work is durable: the change that can let a workflow progress (here a child
    //    workflow ending) writes the parent's decide marker in the same transaction.
    void childEndingOwesTheParentADecideDurably()
    {
        EngineFixture f;
        registerParentAndChild(f);
        const QString parent = f.start(QStringLiteral("parent"));
        f.executor().waitIdle(); // the child has started and scheduled its task
        {
            auto hold = f.executor().hold(parent, LockRole::Test); // the parent cannot decide yet
            const QList<TaskRun> claimed = f.executor().poll(QStringLiteral("child_task"), QStringLiteral("w"), 1, 0);
            QCOMPARE(claimed.size(), 1);
            TaskResult done;
            done.workflowId = claimed.first().workflowId;
            done.taskId = claimed.first().taskId;
            QVERIFY(f.executor().updateTask(done, LockRole::Test).ok()); // answered once durable
            f.engine->writer().flush();
            QVERIFY2(markerGeneration(*f.engine, parent) > 0, "the child's end must owe the parent a decide, durably");
        }
        const WorkflowRun run = f.run(parent);
        QVERIFY(f.task(run, QStringLiteral("after")));
        QCOMPARE(markerGeneration(*f.engine, parent), 0);
    }

    // 1+5. An owed decide survives the process: a committed change with its marker, whose signal
    //      died with the process, is decided after a restart from the marker alone (no sweeper).
    void owedDecideSurvivesARestart()
    {
        EngineFixture f;
        f.registerTaskDef(QStringLiteral("a"));
        f.registerTaskDef(QStringLiteral("b"));
        QVERIFY(f.engine->registerWorkflowDef(json(R"({"name":"two","version":1,"tasks":[
            {"name":"a","taskReferenceName":"a","type":"SIMPLE"},
            {"name":"b","taskReferenceName":"b","type":"SIMPLE"}]})"), true).ok());
        const QString id = f.start(QStringLiteral("two"));
        const QList<TaskRun> claimed = f.executor().poll(QStringLiteral("a"), QStringLiteral("w"), 1, 0);
        QCOMPARE(claimed.size(), 1);
        f.executor().waitIdle();
        // "a" ends and the change is committed with its marker; the process dies before the
        // owner hears of it (the signal is simply never sent).
        QVERIFY(f.executor().legacyWrite(id, [&](WorkflowRun &run, QStringList *changed) {
            TaskRun &t = run.tasks[run.indexOfTask(claimed.first().taskId)];
            t.status = TaskStatus::Completed;
            t.endTime = t.updateTime = f.clock.now();
            changed->append(t.taskId);
            return true;
        }));
        store::ChangeSet owe;
        owe.touchMarker(id, f.clock.now(), QStringLiteral("task a ended"), f.clock.now());
        QVERIFY(f.engine->writer().submitAndWait(std::move(owe)));
        f.executor().waitIdle();
        QVERIFY(!f.task(f.run(id), QStringLiteral("b")));
        f.close();
        f.open();
        const WorkflowRun run = f.run(id);
        QVERIFY2(f.task(run, QStringLiteral("b")), "after a restart the marker alone must bring the decide");
        QCOMPARE(markerGeneration(*f.engine, id), 0);
    }

    // 2. Only a committed decide clears a marker, and only the generation it read: a marker
    //    touched while the decide ran survives it.
    void markerTouchedDuringADecideSurvivesIt()
    {
        EngineFixture f;
        registerParentAndChild(f);
        const QString parent = f.start(QStringLiteral("parent"));
        store::ChangeSet owe;
        owe.touchMarker(parent, f.clock.now(), QStringLiteral("test"), f.clock.now());
        QVERIFY(f.engine->writer().submitAndWait(std::move(owe)));
        const qint64 before = markerGeneration(*f.engine, parent);
        QCOMPARE(before, 1);

        bool touched = false;
        f.executor().setPassHook([&](const QString &id) {
            if (id != parent || touched)
                return;
            touched = true; // something else owes a decide while this one is running
            store::ChangeSet again;
            again.touchMarker(parent, f.clock.now(), QStringLiteral("concurrent change"), f.clock.now());
            f.engine->writer().submitAndWait(std::move(again));
        });
        f.executor().signal(parent, LockRole::Test);
        f.executor().waitIdle();
        QVERIFY(touched);
        QVERIFY2(markerGeneration(*f.engine, parent) == 2, "the decide read generation 1 and must not clear generation 2");

        f.executor().setPassHook({});
        f.executor().signal(parent, LockRole::Test);
        f.executor().waitIdle();
        QCOMPARE(markerGeneration(*f.engine, parent), 0);
    }

    // 4. The sweeper is level-triggered: it finds state that no event will ever wake (an ended
    //    task whose successor was never scheduled; a scheduled task missing from its queue) and
    //    repairs it.
    void sweeperHealsStateNoEventWillWake()
    {
        EngineFixture f;
        f.registerTaskDef(QStringLiteral("a"));
        f.registerTaskDef(QStringLiteral("b"));
        QVERIFY(f.engine->registerWorkflowDef(json(R"({"name":"two","version":1,"tasks":[
            {"name":"a","taskReferenceName":"a","type":"SIMPLE"},
            {"name":"b","taskReferenceName":"b","type":"SIMPLE"}]})"), true).ok());
        const QString id = f.start(QStringLiteral("two"));
        // Break the state behind the engine's back: "a" ends with no decide after it.
        const QList<TaskRun> claimed = f.executor().poll(QStringLiteral("a"), QStringLiteral("w"), 1, 0);
        QCOMPARE(claimed.size(), 1);
        f.executor().waitIdle();
        QVERIFY(f.executor().legacyWrite(id, [&](WorkflowRun &run, QStringList *changed) {
            TaskRun &t = run.tasks[run.indexOfTask(claimed.first().taskId)];
            t.status = TaskStatus::Completed;
            t.endTime = t.updateTime = f.clock.now();
            changed->append(t.taskId);
            return true;
        }));
        f.executor().waitIdle();
        QVERIFY(!f.task(f.run(id), QStringLiteral("b")));

        f.clock.advance(5000);
        f.engine->sweeper().runOnce(/*checkState=*/true);
        const WorkflowRun healed = f.run(id);
        QVERIFY2(f.task(healed, QStringLiteral("b")), "the sweeper must find the ended task and decide");
        QVERIFY(f.engine->sweeper().stats().repairs >= 1);

        // Now lose "b"'s queue entry (in memory only; the row stays): the sweeper re-queues it.
        const QString b = f.task(healed, QStringLiteral("b"))->taskId;
        QVERIFY(f.engine->queues().remove(b));
        f.clock.advance(5000);
        f.engine->sweeper().runOnce(true);
        f.executor().waitIdle();
        QVERIFY2(f.engine->queues().contains(b), "a SCHEDULED task with no queue entry must be re-queued");
        f.completeOne(QStringLiteral("b"));
        QCOMPARE(workflowStatusName(f.run(id).status), QStringLiteral("COMPLETED"));
    }

    // 7. Timeouts and delays are timers in the store, written with the state they belong to:
    //    a WAIT's end and a response timeout survive a restart and fire from the store.
    void timersLiveInTheStore()
    {
        EngineFixture f;
        TaskDef slow = TaskDef::defaultsFor(QStringLiteral("slow"));
        slow.responseTimeoutSeconds = 30;
        slow.timeoutSeconds = 0;
        slow.retryCount = 0;
        f.engine->registerTaskDef(taskDefToJson(slow));
        QVERIFY(f.engine->registerWorkflowDef(json(R"({"name":"timers","version":1,"tasks":[
            {"name":"pause","taskReferenceName":"pause","type":"WAIT","inputParameters":{"duration":"10s"}},
            {"name":"slow","taskReferenceName":"slow","type":"SIMPLE"}]})"), true).ok());
        const QString id = f.start(QStringLiteral("timers"));
        const Millis started = f.clock.now();
        f.close(); // restart: only the store knows when the WAIT ends
        f.open();
        f.clock.advance(9000);
        f.engine->sweeper().runOnce(false);
        QVERIFY(!f.task(f.run(id), QStringLiteral("slow")));
        f.clock.advance(1500);
        QVERIFY(f.engine->reader().dueTimers(f.clock.now(), 10).contains(id));
        f.engine->sweeper().runOnce(false);
        WorkflowRun run = f.run(id);
        QCOMPARE(taskStatusName(f.task(run, QStringLiteral("pause"))->status), QStringLiteral("COMPLETED"));
        QVERIFY(f.task(run, QStringLiteral("slow")));
        Q_UNUSED(started);

        // The worker claims "slow" and goes silent; after a restart the response timeout fires.
        QCOMPARE(f.executor().poll(QStringLiteral("slow"), QStringLiteral("external-worker"), 1, 0).size(), 1);
        f.executor().waitIdle();
        f.close();
        f.open();
        f.clock.advance(31'000);
        f.engine->sweeper().runOnce(false);
        run = f.run(id);
        QCOMPARE(taskStatusName(f.task(run, QStringLiteral("slow"))->status), QStringLiteral("TIMED_OUT"));
        QCOMPARE(workflowStatusName(run.status), QStringLiteral("TIMED_OUT"));
    }
};

QTEST_GUILESS_MAIN(TestInvariants)
#include "tst_invariants.moc"
