// Conductor's fork/join acceptance cases (conductor-fixtures/README.md, 1–8, 10, 11; case 9, the
// lock-contention spec, is tested elsewhere) on a real Engine: SQLite file, owners, queues, child
// workflows. Workers are played by hand through the executor. Conductor evaluates some JOINs
// lazily and its specs assert the RUNNING states that leaves; Joinery evaluates them inside the
// decide, so these tests assert final states, task multiplicities and outputs, and only the
// intermediate states that do not depend on laziness.

#include "fixturedriver.h"

#include <QTest>

using namespace joinery;
using namespace joinery::test;

namespace {

const TaskRun *byRef(const WorkflowRun &run, const QString &ref)
{
    return run.latestByReference(ref);
}

} // namespace

class TestConductorFixtures : public QObject
{
    Q_OBJECT

private slots:
    // 1. fork [[t1, t3], [t2]] -> JOIN [t3, t2] -> t4, every task completed.
    void forkJoinSuccess()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString name = f.registerFixture(QStringLiteral("fork_join_integration_test.json"));
        const QString id = f.start(name, object("{'param1':'p1 value','param2':'p2 value'}"));
        QVERIFY2(!id.isEmpty(), qPrintable(f.error));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:SCHEDULED "
                                                     "3:t2:SIMPLE:SCHEDULED 4:fanouttask_join:JOIN:IN_PROGRESS"));
        const QString joinId = byRef(f.run(id), QStringLiteral("fanouttask_join"))->taskId;

        const std::optional<TaskRun> t1 = f.pollAndComplete(QStringLiteral("integration_task_1"));
        QVERIFY(t1);
        // A v1-style path in a v2 definition is a literal string (reference/conductor-notes.md §6.4).
        QCOMPARE(t1->inputData.value(QLatin1String("p1")).toString(), QStringLiteral("workflow.input.param1"));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                                     "3:t2:SIMPLE:SCHEDULED 4:fanouttask_join:JOIN:IN_PROGRESS "
                                                     "5:t3:SIMPLE:SCHEDULED"));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_3"), object("{'r3':3}")));
        QCOMPARE(byRef(f.run(id), QStringLiteral("fanouttask_join"))->status, TaskStatus::InProgress); // t2 runs
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_2"), object("{'r2':2}")));
        WorkflowRun run = f.run(id);
        QCOMPARE(run.tasks.size(), 6);
        QCOMPARE(byRef(run, QStringLiteral("fanouttask_join"))->taskId, joinId);
        QCOMPARE(byRef(run, QStringLiteral("fanouttask_join"))->status, TaskStatus::Completed);
        QCOMPARE(compact(byRef(run, QStringLiteral("fanouttask_join"))->outputData),
                 QStringLiteral("{'t2':{'r2':2},'t3':{'r3':3}}"));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_4")));
        run = f.run(id);
        QCOMPARE(dumpRun(run), QStringLiteral("COMPLETED 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                              "3:t2:SIMPLE:COMPLETED 4:fanouttask_join:JOIN:COMPLETED "
                                              "5:t3:SIMPLE:COMPLETED 6:t4:SIMPLE:COMPLETED"));
    }

    // 1, failure flow: integration_task_2 with retryCount 0 fails.
    void forkJoinFailure()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        f.taskDef(QStringLiteral("integration_task_2"), 0, 0, 120);
        const QString id = f.start(f.registerFixture(QStringLiteral("fork_join_integration_test.json")), {});
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_1")));
        QVERIFY(f.pollAndFail(QStringLiteral("integration_task_2")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("FAILED 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                                     "3:t2:SIMPLE:FAILED 4:fanouttask_join:JOIN:CANCELED "
                                                     "5:t3:SIMPLE:CANCELED"));
        QVERIFY(!f.poll(QStringLiteral("integration_task_3"))); // the canceled task left its queue
    }

    // 2. Retrying the failed workflow: the same JOIN back to IN_PROGRESS, new copies of the
    // failed and the canceled task.
    void forkJoinRetry()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.start(f.registerFixture(QStringLiteral("fork_join_with_no_task_retry_integration_test.json")), {});
        const QString joinId = byRef(f.run(id), QStringLiteral("fanouttask_join"))->taskId;
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_0_RT_1")));
        QVERIFY(f.pollAndFail(QStringLiteral("integration_task_0_RT_2")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("FAILED 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                                     "3:t2:SIMPLE:FAILED 4:fanouttask_join:JOIN:CANCELED "
                                                     "5:t3:SIMPLE:CANCELED"));

        const ActionResult retried = f.act(id, WorkflowAction::Retry);
        QVERIFY2(retried.ok(), qPrintable(retried.message));
        WorkflowRun run = f.run(id);
        QCOMPARE(dumpRun(run), QStringLiteral("RUNNING 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                              "3:t2:SIMPLE:FAILED 4:fanouttask_join:JOIN:IN_PROGRESS "
                                              "5:t3:SIMPLE:CANCELED 6:t2:SIMPLE:SCHEDULED:1 7:t3:SIMPLE:SCHEDULED:1"));
        QCOMPARE(byRef(run, QStringLiteral("fanouttask_join"))->taskId, joinId);

        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_0_RT_3")));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_0_RT_2")));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_0_RT_4")));
        run = f.run(id);
        QCOMPARE(dumpRun(run), QStringLiteral("COMPLETED 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                              "3:t2:SIMPLE:FAILED 4:fanouttask_join:JOIN:COMPLETED "
                                              "5:t3:SIMPLE:CANCELED 6:t2:SIMPLE:COMPLETED:1 7:t3:SIMPLE:COMPLETED:1 "
                                              "8:t4:SIMPLE:COMPLETED"));
    }

    // 3. A permissive branch fails: the workflow runs on until every branch has ended, then the
    // JOIN and the workflow fail.
    void forkJoinPermissive()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        f.taskDef(QStringLiteral("integration_task_1"), 0, 0, 120);
        const QString id = f.start(f.registerFixture(QStringLiteral("fork_join_permissive_integration_test.json")), {});
        QVERIFY(f.pollAndFail(QStringLiteral("integration_task_1")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:FAILED "
                                                     "3:t2:SIMPLE:SCHEDULED 4:fanouttask_join:JOIN:IN_PROGRESS"));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_2")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("FAILED 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:FAILED "
                                                     "3:t2:SIMPLE:COMPLETED 4:fanouttask_join:JOIN:FAILED"));
    }

    // 3, companion: both permissive branches fail, then a retry completes the workflow.
    void forkJoinPermissiveRetry()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.start(
            f.registerFixture(QStringLiteral("fork_join_with_no_permissive_task_retry_integration_test.json")), {});
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_p_task_0_RT_1")));
        QVERIFY(f.pollAndFail(QStringLiteral("integration_p_task_0_RT_2")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                                     "3:t2:SIMPLE:FAILED 4:fanouttask_join:JOIN:IN_PROGRESS "
                                                     "5:t3:SIMPLE:SCHEDULED"));
        QVERIFY(f.pollAndFail(QStringLiteral("integration_p_task_0_RT_3")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("FAILED 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                                     "3:t2:SIMPLE:FAILED 4:fanouttask_join:JOIN:FAILED "
                                                     "5:t3:SIMPLE:FAILED"));
        QVERIFY(f.act(id, WorkflowAction::Retry).ok());
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:fanouttask:FORK:COMPLETED 2:t1:SIMPLE:COMPLETED "
                                                     "3:t2:SIMPLE:FAILED 4:fanouttask_join:JOIN:IN_PROGRESS "
                                                     "5:t3:SIMPLE:FAILED 6:t2:SIMPLE:SCHEDULED:1 7:t3:SIMPLE:SCHEDULED:1"));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_p_task_0_RT_3")));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_p_task_0_RT_2")));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_p_task_0_RT_4")));
        const WorkflowRun run = f.run(id);
        QCOMPARE(run.status, WorkflowStatus::Completed);
        QCOMPARE(run.tasks.size(), 8);
    }

    // 4. Nested forks with a DECISION inside; the inner JOIN comes before the outer one.
    void nestedForkJoin()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.start(f.registerFixture(QStringLiteral("nested_fork_join_integration_test.json")),
                                   object("{'case':'a'}"));
        WorkflowRun run = f.run(id);
        QCOMPARE(dumpRun(run), QStringLiteral("RUNNING 1:fork1:FORK:COMPLETED 2:t11:SIMPLE:SCHEDULED "
                                              "3:fork2:FORK:COMPLETED 4:t12:SIMPLE:SCHEDULED 5:t13:SIMPLE:SCHEDULED "
                                              "6:join2:JOIN:IN_PROGRESS 7:join1:JOIN:IN_PROGRESS"));
        QCOMPARE(compact(run.tasks.at(5).inputData), QStringLiteral("{'joinOn':['t14','t20']}"));
        QCOMPARE(compact(run.tasks.at(6).inputData), QStringLiteral("{'joinOn':['t11','join2']}"));
        for (const char *q : {"integration_task_11", "integration_task_12", "integration_task_13"})
            QVERIFY2(f.pollAndComplete(QLatin1String(q)), q);
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:fork1:FORK:COMPLETED 2:t11:SIMPLE:COMPLETED "
                                                     "3:fork2:FORK:COMPLETED 4:t12:SIMPLE:COMPLETED "
                                                     "5:t13:SIMPLE:COMPLETED 6:join2:JOIN:IN_PROGRESS "
                                                     "7:join1:JOIN:IN_PROGRESS 8:t14:SIMPLE:SCHEDULED "
                                                     "9:d1:DECISION:COMPLETED 10:t16:SIMPLE:SCHEDULED"));
        for (const char *q : {"integration_task_16", "integration_task_14", "integration_task_19", "integration_task_20"})
            QVERIFY2(f.pollAndComplete(QLatin1String(q)), q);
        run = f.run(id);
        QCOMPARE(run.tasks.size(), 13);
        QCOMPARE(byRef(run, QStringLiteral("join2"))->status, TaskStatus::Completed);
        QCOMPARE(byRef(run, QStringLiteral("join1"))->status, TaskStatus::Completed);
        QCOMPARE(byRef(run, QStringLiteral("t15"))->status, TaskStatus::Scheduled);
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_15")));
        QVERIFY(!f.poll(QStringLiteral("integration_task_15")));
        run = f.run(id);
        QCOMPARE(run.status, WorkflowStatus::Completed);
        QCOMPARE(run.tasks.size(), 13);
        QCOMPARE(countOf(run, QStringLiteral("integration_task_15")), 1);
    }

    // 5. As 4, with a SUB_WORKFLOW branch the outer JOIN waits for.
    void nestedForkJoinWithSubWorkflow()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        f.registerFixture(QStringLiteral("simple_workflow_1_integration_test.json"));
        const QString id = f.start(
            f.registerFixture(QStringLiteral("nested_fork_join_with_sub_workflow_integration_test.json")),
            object("{'case':'a','param1':'p1','param2':'p2'}"));
        QVERIFY2(!id.isEmpty(), qPrintable(f.error));
        WorkflowRun run = f.run(id);
        QCOMPARE(dumpRun(run), QStringLiteral("RUNNING 1:fork1:FORK:COMPLETED 2:t11:SIMPLE:SCHEDULED "
                                              "3:fork2:FORK:COMPLETED 4:t12:SIMPLE:SCHEDULED 5:t13:SIMPLE:SCHEDULED "
                                              "6:join2:JOIN:IN_PROGRESS 7:sw1:SUB_WORKFLOW:IN_PROGRESS "
                                              "8:join1:JOIN:IN_PROGRESS"));
        QCOMPARE(compact(run.tasks.at(7).inputData), QStringLiteral("{'joinOn':['t11','join2','sw1']}"));
        const QString childId = byRef(run, QStringLiteral("sw1"))->subWorkflowId;
        QCOMPARE(dumpRun(f.run(childId)), QStringLiteral("RUNNING 1:t1:SIMPLE:SCHEDULED"));

        for (const char *q : {"integration_task_11", "integration_task_12", "integration_task_13",
                              "integration_task_16", "integration_task_14", "integration_task_19", "integration_task_20"})
            QVERIFY2(f.pollAndComplete(QLatin1String(q)), q);
        run = f.run(id);
        QCOMPARE(byRef(run, QStringLiteral("join2"))->status, TaskStatus::Completed);
        QCOMPARE(byRef(run, QStringLiteral("join1"))->status, TaskStatus::InProgress); // waits for the child
        QVERIFY(!byRef(run, QStringLiteral("t15")));

        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_1"), object("{'op':'child op'}")));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_2"), object("{'uuid':'u-1'}")));
        const WorkflowRun child = f.run(childId);
        QCOMPARE(dumpRun(child), QStringLiteral("COMPLETED 1:t1:SIMPLE:COMPLETED 2:t2:SIMPLE:COMPLETED"));
        run = f.run(id);
        QCOMPARE(byRef(run, QStringLiteral("sw1"))->status, TaskStatus::Completed);
        QCOMPARE(byRef(run, QStringLiteral("sw1"))->outputData.value(QLatin1String("o3")).toString(), QStringLiteral("child op"));
        QCOMPARE(byRef(run, QStringLiteral("join1"))->status, TaskStatus::Completed);
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_15")));
        run = f.run(id);
        QCOMPARE(run.status, WorkflowStatus::Completed);
        QCOMPARE(run.tasks.size(), 14);
    }

    // 6. Two optional SUB_WORKFLOW branches whose children fail: the parent completes.
    void optionalSubWorkflowForks()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        f.registerFixture(QStringLiteral("simple_one_task_sub_workflow_integration_test.json"));
        const QString id = f.start(
            f.registerFixture(QStringLiteral("fork_join_with_optional_sub_workflow_forks_integration_test.json")),
            object("{'param1':'p1 value','param2':'p2 value'}"));
        WorkflowRun run = f.run(id);
        QCOMPARE(dumpRun(run), QStringLiteral("RUNNING 1:fanouttask:FORK:COMPLETED 2:st1:SUB_WORKFLOW:IN_PROGRESS "
                                              "3:st2:SUB_WORKFLOW:IN_PROGRESS 4:fanouttask_join:JOIN:IN_PROGRESS"));
        const QString child1 = byRef(run, QStringLiteral("st1"))->subWorkflowId;
        QCOMPARE(dumpRun(f.run(child1)), QStringLiteral("RUNNING 1:t1:SIMPLE:SCHEDULED"));
        QVERIFY(f.pollAndFail(QStringLiteral("simple_task_in_sub_wf")));
        QVERIFY(f.pollAndFail(QStringLiteral("simple_task_in_sub_wf")));
        QCOMPARE(dumpRun(f.run(child1)), QStringLiteral("FAILED 1:t1:SIMPLE:FAILED"));
        const QString expected = QStringLiteral(
            "COMPLETED 1:fanouttask:FORK:COMPLETED 2:st1:SUB_WORKFLOW:COMPLETED_WITH_ERRORS "
            "3:st2:SUB_WORKFLOW:COMPLETED_WITH_ERRORS 4:fanouttask_join:JOIN:COMPLETED_WITH_ERRORS");
        QCOMPARE(dumpRun(f.run(id)), expected);

        // Rerunning a child restarts it and leaves the parent as it is.
        QVERIFY(f.act(child1, WorkflowAction::Rerun).ok());
        QCOMPARE(dumpRun(f.run(child1)), QStringLiteral("RUNNING 1:t1:SIMPLE:SCHEDULED"));
        QVERIFY(f.pollAndComplete(QStringLiteral("simple_task_in_sub_wf")));
        QCOMPARE(f.run(child1).status, WorkflowStatus::Completed);
        QCOMPARE(dumpRun(f.run(id)), expected);
    }

    // 7. Two permissive SUB_WORKFLOW branches whose children are terminated by the user: the
    // parent is TERMINATED, not FAILED.
    void permissiveSubWorkflowForksTerminated()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        f.registerFixture(QStringLiteral("simple_one_task_sub_workflow_integration_test.json"));
        const QString id = f.start(
            f.registerFixture(QStringLiteral("fork_join_with_permissive_sub_workflow_forks_integration_test.json")), {});
        WorkflowRun run = f.run(id);
        const QString child1 = byRef(run, QStringLiteral("st1"))->subWorkflowId;
        const QString child2 = byRef(run, QStringLiteral("st2"))->subWorkflowId;
        QVERIFY(f.act(child1, WorkflowAction::Terminate).ok());
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:fanouttask:FORK:COMPLETED 2:st1:SUB_WORKFLOW:CANCELED "
                                                     "3:st2:SUB_WORKFLOW:IN_PROGRESS 4:fanouttask_join:JOIN:IN_PROGRESS"));
        QVERIFY(f.act(child2, WorkflowAction::Terminate).ok());
        QCOMPARE(f.run(child2).status, WorkflowStatus::Terminated);
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("TERMINATED 1:fanouttask:FORK:COMPLETED 2:st1:SUB_WORKFLOW:CANCELED "
                                                     "3:st2:SUB_WORKFLOW:CANCELED 4:fanouttask_join:JOIN:CANCELED"));
    }

    // 8. Dynamic fork: the forked tasks get their inputs, the JOIN collects their outputs.
    void dynamicForkJoin()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.start(f.registerFixture(QStringLiteral("dynamic_fork_join_integration_test.json")),
                                   object("{'param1':'p1 value','param2':'p2 value'}"));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_1"),
                                  object("{'dynamicTasks':[{'name':'integration_task_2','taskReferenceName':'xdt1'},"
                                         "{'name':'integration_task_3','taskReferenceName':'xdt2'}],"
                                         "'dynamicTasksInput':{'xdt1':{'k1':'v1'},'xdt2':{'k2':'v2'}}}")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:dt1:SIMPLE:COMPLETED 2:dynamicfanouttask:FORK:COMPLETED "
                                                     "3:xdt1:SIMPLE:SCHEDULED 4:xdt2:SIMPLE:SCHEDULED "
                                                     "5:dynamicfanouttask_join:JOIN:IN_PROGRESS"));
        const std::optional<TaskRun> x1 = f.pollAndComplete(QStringLiteral("integration_task_2"), object("{'ok1':'ov1'}"));
        const std::optional<TaskRun> x2 = f.pollAndComplete(QStringLiteral("integration_task_3"), object("{'ok1':'ov1'}"));
        QVERIFY(x1 && x2);
        QCOMPARE(compact(x1->inputData), QStringLiteral("{'k1':'v1'}"));
        QCOMPARE(compact(x2->inputData), QStringLiteral("{'k2':'v2'}"));
        WorkflowRun run = f.run(id);
        const TaskRun *join = byRef(run, QStringLiteral("dynamicfanouttask_join"));
        QCOMPARE(join->status, TaskStatus::Completed);
        QCOMPARE(compact(join->inputData.value(QLatin1String("joinOn"))), QStringLiteral("['xdt1','xdt2']"));
        QCOMPARE(compact(join->outputData), QStringLiteral("{'xdt1':{'ok1':'ov1'},'xdt2':{'ok1':'ov1'}}"));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_4")));
        run = f.run(id);
        QCOMPARE(run.status, WorkflowStatus::Completed);
        QCOMPARE(run.tasks.size(), 6);
    }

    // 8, invalid input: dynamicTasksInput (or one of its values) is not a map.
    void dynamicForkJoinInvalidInput_data()
    {
        QTest::addColumn<QString>("inputs");
        QTest::newRow("inputs_not_a_map") << QStringLiteral("['xdt1','xdt2']");
        QTest::newRow("task_input_not_a_map") << QStringLiteral("{'xdt1':'v1','xdt2':{'k2':'v2'}}");
    }
    void dynamicForkJoinInvalidInput()
    {
        QFETCH(QString, inputs);
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.start(f.registerFixture(QStringLiteral("dynamic_fork_join_integration_test.json")), {});
        const QByteArray output = "{'dynamicTasks':[{'name':'integration_task_2','taskReferenceName':'xdt1'},"
                                  "{'name':'integration_task_3','taskReferenceName':'xdt2'}],'dynamicTasksInput':"
            + inputs.toUtf8() + "}";
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_1"), object(output.constData())));
        const WorkflowRun run = f.run(id);
        QCOMPARE(dumpRun(run), QStringLiteral("FAILED 1:dt1:SIMPLE:COMPLETED"));
        QVERIFY2(run.reasonForIncompletion.contains(QLatin1String("not a map")), qPrintable(run.reasonForIncompletion));
    }

    // 10. A DECISION / SWITCH inside a fork branch takes case c (t1 then t2), then t20.
    void conditionalInFork_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("decision") << QStringLiteral("decision_and_fork_join_integration_test.json") << QStringLiteral("DECISION");
        QTest::newRow("switch") << QStringLiteral("switch_and_fork_join_integration_test.json") << QStringLiteral("SWITCH");
    }
    void conditionalInFork()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.start(f.registerFixture(file), object("{'case':'c'}"));
        const QString ref = type == QLatin1String("SWITCH") ? QStringLiteral("switchTask") : QStringLiteral("decisionTask");
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:forkTask:FORK:COMPLETED 2:%1:%2:COMPLETED "
                                                     "3:t1:SIMPLE:SCHEDULED 4:t10:SIMPLE:SCHEDULED "
                                                     "5:joinTask:JOIN:IN_PROGRESS").arg(ref, type));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_1")));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_10")));
        QCOMPARE(byRef(f.run(id), QStringLiteral("t2"))->status, TaskStatus::Scheduled);
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_2")));
        QCOMPARE(f.run(id).tasks.size(), 7);
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_20")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("COMPLETED 1:forkTask:FORK:COMPLETED 2:%1:%2:COMPLETED "
                                                     "3:t1:SIMPLE:COMPLETED 4:t10:SIMPLE:COMPLETED "
                                                     "5:joinTask:JOIN:COMPLETED 6:t2:SIMPLE:COMPLETED "
                                                     "7:t20:SIMPLE:COMPLETED").arg(ref, type));
        QVERIFY(!f.poll(QStringLiteral("integration_task_5"))); // the default case never ran
    }

    // 11. A DO_WHILE inside a fork branch: its first task comes after the JOIN (created by the
    // loop's own evaluation), the loop ends after one iteration, the JOIN completes.
    void doWhileInFork()
    {
        FixtureEngine f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.start(f.registerFixture(QStringLiteral("do_while_as_subtask_integration_test.json")),
                                   object("{'loop':1}"));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("RUNNING 1:fork:FORK:COMPLETED 2:loopTask:DO_WHILE:IN_PROGRESS "
                                                     "3:integration_task_2:SIMPLE:SCHEDULED 4:join:JOIN:IN_PROGRESS "
                                                     "5:integration_task_0__1:SIMPLE:SCHEDULED"));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_0")));
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_1")));
        WorkflowRun run = f.run(id);
        const TaskRun *loop = byRef(run, QStringLiteral("loopTask"));
        QCOMPARE(loop->status, TaskStatus::Completed);
        QCOMPARE(loop->outputData.value(QLatin1String("iteration")).toInt(), 1);
        QCOMPARE(byRef(run, QStringLiteral("join"))->status, TaskStatus::InProgress);
        QVERIFY(f.pollAndComplete(QStringLiteral("integration_task_2")));
        QCOMPARE(dumpRun(f.run(id)), QStringLiteral("COMPLETED 1:fork:FORK:COMPLETED 2:loopTask:DO_WHILE:COMPLETED "
                                                     "3:integration_task_2:SIMPLE:COMPLETED 4:join:JOIN:COMPLETED "
                                                     "5:integration_task_0__1:SIMPLE:COMPLETED "
                                                     "6:integration_task_1__1:SIMPLE:COMPLETED"));
    }
};

QTEST_GUILESS_MAIN(TestConductorFixtures)
#include "tst_conductorfixtures.moc"
