// Every workflow of Conductor's test corpus (../shared/conductor-fixtures) on a real Engine: each
// file is registered (or refused with a reason), started with a plausible input, and driven by
// a worker that completes whatever it is given — queued tasks, and the WAIT/HUMAN/HTTP tasks
// that only an update ends — until the workflow ends. The table is the compatibility report:
// how each one ends and, where that is not COMPLETED, why.

#include "fixturedriver.h"

#include "execution/taskqueues.h"

#include <QTest>

using namespace joinery;
using namespace joinery::test;

namespace {

struct Row
{
    const char *file;
    const char *input;   // workflow input (single-quoted JSON)
    const char *outputs; // {reference: output} for the worker; others complete with {'op':'done'}
    const char *expected; // COMPLETED / FAILED / TERMINATED, or "refused: <part of the reason>"
    int tasks;            // how many tasks the execution ends with (0 when refused)
    const char *why;      // for anything but COMPLETED
};

// clang-format off
const Row kRows[] = {
    {"blocking_system_task_workflow_integration_test.json", "{}", "{}", "refused: BLOCKING_SYSTEM_TASK", 0, "a test-only system task type"},
    {"concurrency_limited_task_workflow_integration_test.json", "{}", "{}", "COMPLETED", 1, ""},
    {"conditional_switch_task_workflow_integration_test.json", "{'param1':'nested','param2':'one','finalCase':'notify'}", "{}", "COMPLETED", 5, ""},
    {"conditional_system_task_workflow_integration_test.json", "{}", "{}", "refused: USER_TASK", 0, "a test-only system task type"},
    {"conditional_task_workflow_integration_test.json", "{'param1':'nested','param2':'two','finalCase':'notify'}", "{}", "COMPLETED", 5, ""},
    {"decision_and_fork_join_integration_test.json", "{'case':'c'}", "{}", "COMPLETED", 7, ""},
    {"decision_and_terminate_integration_test.json", "{'case':'two'}", "{'t1':{'op':'early'}}", "FAILED", 3, "TERMINATE with terminationStatus FAILED (case two)"},
    {"do_while_as_subtask_integration_test.json", "{'loop':2}", "{}", "COMPLETED", 8, ""},
    // A UI demo no spec runs: its INLINE scripts read $.do_while_loop_ref, which only a loop
    // condition sees ($ is the task's input in Conductor too). keepLastN is not supported.
    {"do_while_cleanup_demo.json", "{'max_iterations':3}", "{}", "FAILED", 2,
     "INLINE reads $.do_while_loop_ref['iteration'], which is not in its input"},
    {"do_while_five_loop_over_integration_test.json", "{'loop':2}", "{}", "COMPLETED", 12, ""},
    {"do_while_high_iteration_test.json", "{'loop':500}", "{}", "COMPLETED", 501, ""},
    {"do_while_integration_test.json", "{'loop':3}", "{}", "COMPLETED", 16, ""},
    {"do_while_iteration_fix_test.json", "{'loop':3}", "{}", "COMPLETED", 4, ""},
    {"do_while_multiple_integration_test.json", "{'loop':2,'loop2':2}", "{}", "COMPLETED", 14, ""},
    {"do_while_set_variable_fix.json", "{}", "{}", "COMPLETED", 2, ""},
    {"do_while_sub_workflow_integration_test.json", "{'loop':2}", "{}", "COMPLETED", 13, ""},
    {"do_while_system_tasks.json", "{'loop':2}", "{}", "COMPLETED", 8, ""},
    {"do_while_timeline_ui_demo.json", "{}", "{}", "FAILED", 3,
     "a UI demo: INLINE reads $.do_while_switch_ref['iteration'], which is not in its input"},
    {"do_while_with_decision_task.json", "{'list':[{'number':1},{'number':2}]}", "{}", "FAILED", 2,
     "its INLINE script calls Java's List.get() on a JSON array (GraalJS host interop)"},
    {"dynamic_fork_join_integration_test.json", "{'param1':'p1','param2':'p2'}",
     "{'dt1':{'dynamicTasks':[{'name':'integration_task_2','taskReferenceName':'xdt1'},"
     "{'name':'integration_task_3','taskReferenceName':'xdt2'}],'dynamicTasksInput':{'xdt1':{'k1':'v1'},'xdt2':{'k2':'v2'}}}}",
     "COMPLETED", 6, ""},
    {"event_workflow_integration_test.json", "{}", "{}", "refused: EVENT", 0, "EVENT tasks (event queues) are not supported"},
    {"exclusive_join_integration_test.json", "{'decision_1':'true','decision_2':'true'}", "{}", "refused: EXCLUSIVE_JOIN", 0,
     "EXCLUSIVE_JOIN is not supported"},
    {"failure_workflow_for_terminate_task_workflow.json", "{'a':1}", "{}", "COMPLETED", 1, ""},
    {"fork_join_integration_test.json", "{'param1':'p1','param2':'p2'}", "{}", "COMPLETED", 6, ""},
    {"fork_join_permissive_integration_test.json", "{'param1':'p1','param2':'p2'}", "{}", "COMPLETED", 5, ""},
    {"fork_join_sub_workflow.json", "{'param1':'p1','param2':'p2'}", "{}", "COMPLETED", 4, ""},
    {"fork_join_sync_mode_integration_test.json", "{'param1':'p1'}", "{}", "COMPLETED", 6, ""},
    {"fork_join_sync_nested_integration_test.json", "{}", "{}", "COMPLETED", 8, ""},
    {"fork_join_sync_optional_fail_integration_test.json", "{}", "{}", "COMPLETED", 5, ""},
    {"fork_join_with_no_permissive_task_retry_integration_test.json", "{}", "{}", "COMPLETED", 6, ""},
    {"fork_join_with_no_task_retry_integration_test.json", "{}", "{}", "COMPLETED", 6, ""},
    {"fork_join_with_optional_sub_workflow_forks_integration_test.json", "{}", "{}", "COMPLETED", 4, ""},
    {"fork_join_with_permissive_sub_workflow_forks_integration_test.json", "{}", "{}", "COMPLETED", 4, ""},
    {"hierarchical_fork_join_swf.json", "{'param1':'p1','param2':'p2','subwf':'hierarchical_fork_join_swf','nextSubwf':'sub_workflow'}",
     "{}", "COMPLETED", 4, ""},
    {"json_jq_transform_result_integration_test.json", "{'requestedAction':'redeliver'}", "{}", "COMPLETED", 4, ""},
    {"nested_fork_join_integration_test.json", "{'case':'a'}", "{}", "COMPLETED", 13, ""},
    {"nested_fork_join_swf.json", "{'subwf':'sub_workflow'}", "{}", "COMPLETED", 7, ""},
    {"nested_fork_join_with_sub_workflow_integration_test.json", "{'case':'a'}", "{}", "COMPLETED", 14, ""},
    {"rate_limited_simple_task_workflow_integration_test.json", "{}", "{}", "COMPLETED", 1, ""},
    {"rate_limited_system_task_workflow_integration_test.json", "{}", "{}", "refused: USER_TASK", 0, "a test-only system task type"},
    {"sequential_json_jq_transform_integration_test.json", "{'body':{'k':'v'}}", "{}", "FAILED", 1,
     "libjq 1.6 wants `{k: (.a // \"x\")}`; jackson-jq accepts `{k: .a // \"x\"}` (jqtransform.h)"},
    {"set_variable_workflow_integration_test.json", "{'var':'x'}", "{}", "COMPLETED", 3, ""},
    {"signal_sub_wf_child_integration_test.json", "{}", "{}", "COMPLETED", 1, ""},
    {"signal_sub_wf_parent_integration_test.json", "{}", "{}", "COMPLETED", 1, ""},
    {"simple_decision_task_integration_test.json", "{'case':'c'}", "{}", "COMPLETED", 4, ""},
    {"simple_json_jq_transform_integration_test.json", "{'in1':{'array':[1]},'in2':{'array':[2]}}", "{}", "COMPLETED", 1, ""},
    {"simple_lambda_workflow_integration_test.json", "{'a':1}", "{}", "COMPLETED", 1, ""},
    {"simple_one_task_sub_workflow_integration_test.json", "{}", "{}", "COMPLETED", 1, ""},
    {"simple_set_variable_workflow_integration_test.json", "{'var':'x'}", "{}", "COMPLETED", 1, ""},
    {"simple_switch_task_integration_test.json", "{'case':'c'}", "{}", "COMPLETED", 4, ""},
    {"simple_wait_task_workflow_integration_test.json", "{}", "{}", "COMPLETED", 2, ""},
    {"simple_workflow_1_input_template_integration_test.json", "{'param1':'p1'}", "{}", "COMPLETED", 1, ""},
    {"simple_workflow_1_integration_test.json", "{'param1':'p1','param2':'p2'}", "{}", "COMPLETED", 2, ""},
    {"simple_workflow_3_integration_test.json", "{'param1':'p1','param2':'p2'}", "{}", "COMPLETED", 3, ""},
    {"simple_workflow_with_async_complete_system_task_integration_test.json", "{}", "{}", "refused: USER_TASK", 0,
     "a test-only system task type"},
    {"simple_workflow_with_optional_task_integration_test.json", "{'param1':'p1'}", "{}", "COMPLETED", 2, ""},
    {"simple_workflow_with_permissive_optional_task_integration_test.json", "{'param1':'p1'}", "{}", "COMPLETED", 2, ""},
    {"simple_workflow_with_permissive_task_integration_test.json", "{'param1':'p1'}", "{}", "COMPLETED", 2, ""},
    {"simple_workflow_with_resp_time_out_integration_test.json", "{'param1':'p1'}", "{}", "COMPLETED", 2, ""},
    {"simple_workflow_with_sub_workflow_inline_def_integration_test.json", "{'param1':'p1'}", "{}", "COMPLETED", 3, ""},
    {"switch_and_fork_join_integration_test.json", "{'case':'c'}", "{}", "COMPLETED", 7, ""},
    {"switch_and_terminate_integration_test.json", "{'case':'one'}", "{}", "COMPLETED", 4, ""},
    {"switch_with_no_default_case_integration_test.json", "{'case':'x'}", "{}", "COMPLETED", 2, ""},
    {"terminate_task_completed_workflow_integration_test.json", "{'a':1}", "{}", "COMPLETED", 2, ""},
    {"terminate_task_failed_workflow_integration.json", "{'a':1}", "{}", "FAILED", 2, "TERMINATE with terminationStatus FAILED"},
    {"terminate_task_parent_workflow.json", "{'lambdaValue':1}", "{}", "COMPLETED", 7, ""},
    {"terminate_task_sub_workflow.json", "{}", "{}", "COMPLETED", 1, ""},
    {"terminate_task_terminated_status_in_do_while_test.json", "{}", "{}", "TERMINATED", 3, "TERMINATE with terminationStatus TERMINATED"},
    {"terminate_task_terminated_status_test.json", "{}", "{}", "TERMINATED", 2, "TERMINATE with terminationStatus TERMINATED"},
    {"test_task_failed_parent_workflow.json", "{'lambdaValue':1}", "{}", "FAILED", 2, "its child ends with TERMINATE FAILED"},
    {"test_task_failed_sub_workflow.json", "{'a':1}", "{}", "FAILED", 2, "TERMINATE with terminationStatus FAILED"},
    {"wait_workflow_integration_test.json", "{}", "{}", "COMPLETED", 2, ""},
    {"workflow_that_starts_another_workflow.json", "{}", "{}", "refused: START_WORKFLOW", 0, "START_WORKFLOW is not supported"},
    {"workflow_with_sub_workflow_1_integration_test.json", "{'param1':'p1','subwf':'sub_workflow'}", "{}", "COMPLETED", 2, ""},
    {"workflow_with_synchronous_system_task.json", "{'param1':'p1'}", "{'t1':{'op':{'TEST_SAMPLE':[1,2,3]}}}", "COMPLETED", 2, ""},
};
// clang-format on

} // namespace

class TestConductorCorpus : public QObject
{
    Q_OBJECT

private:
    // Plays the worker until the workflow ends. Returns its final status, or STUCK.
    QString drive(const QString &id, const QJsonObject &outputs)
    {
        FixtureEngine &f = *m_engine;
        int idleRounds = 0;
        for (int round = 0; round < 20'000; ++round) {
            const WorkflowRun run = f.run(id);
            if (run.isTerminal())
                return workflowStatusName(run.status);
            bool progress = false;
            for (const QString &queue : f.engine().queues().queueNames()) {
                while (const std::optional<TaskRun> t = f.poll(queue)) {
                    const QJsonValue given = outputs.value(t->baseReference());
                    f.finish(*t, TaskStatus::Completed, given.isObject() ? given.toObject() : object("{'op':'done'}"));
                    progress = true;
                }
            }
            // What only an update ends: a WAIT without a time, HUMAN, and HTTP (no network here).
            for (const RunPtr &live : f.executor().liveRuns()) {
                for (const TaskRun &t : live->tasks) {
                    const bool external = (t.type == TaskType::Wait && t.waitUntil == 0) || t.type == TaskType::Human
                        || (t.type == TaskType::Http && t.status == TaskStatus::Scheduled);
                    if (!t.isTerminal() && external) {
                        f.finish(t, TaskStatus::Completed, object("{'response':{'statusCode':200}}"));
                        progress = true;
                    }
                }
            }
            if (progress) {
                idleRounds = 0;
                continue;
            }
            // Nothing to do now: move the clock past the next delayed entry (a retry back-off)
            // or by a minute, and decide every live workflow, as a sweeper would.
            if (++idleRounds > 20)
                return QStringLiteral("STUCK: ") + dumpRun(run);
            const Millis next = f.engine().queues().nextVisibleAt();
            f.clock.set(std::max(f.clock.now() + 60'000, next));
            for (const RunPtr &live : f.executor().liveRuns())
                f.act(live->workflowId, WorkflowAction::Decide);
        }
        return QStringLiteral("STUCK (too many rounds)");
    }

    std::unique_ptr<FixtureEngine> m_engine;
    QHash<QString, QString> m_refused; // file -> why registration refused it

private slots:
    // One engine for the corpus: every file is registered up front (sub-workflows are found by
    // name); each row then starts its own file's definition inline, so that the few files that
    // share a name do not replace each other.
    void initTestCase()
    {
        m_engine = std::make_unique<FixtureEngine>();
        QVERIFY2(m_engine->ok(), qPrintable(m_engine->error));
        const QStringList files = QDir(fixturesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 70);
        for (const QString &file : files) {
            m_engine->error.clear();
            if (m_engine->registerFixture(file).isEmpty())
                m_refused.insert(file, m_engine->error);
        }
        m_engine->error.clear();
    }

    void cleanupTestCase() { m_engine.reset(); }

    // Every file in the folder has a row.
    void everyFixtureHasARow()
    {
        QStringList known;
        for (const Row &r : kRows)
            known << QString::fromUtf8(r.file);
        const QStringList files = QDir(fixturesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(known, files);
    }

    void fixtureRuns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("outputs");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QString>("why");
        for (const Row &r : kRows) {
            QTest::newRow(r.file) << QString::fromUtf8(r.file) << QString::fromUtf8(r.input)
                                  << QString::fromUtf8(r.outputs) << QString::fromUtf8(r.expected) << r.tasks
                                  << QString::fromUtf8(r.why);
        }
    }

    void fixtureRuns()
    {
        QFETCH(QString, file);
        QFETCH(QString, input);
        QFETCH(QString, outputs);
        QFETCH(QString, expected);
        QFETCH(int, tasks);
        QFETCH(QString, why);
        FixtureEngine &f = *m_engine;

        if (m_refused.contains(file)) {
            const QString reason = m_refused.value(file);
            QVERIFY2(expected.startsWith(QLatin1String("refused: ")), qPrintable(reason));
            QVERIFY2(reason.contains(expected.mid(9)), qPrintable(reason));
            return;
        }
        QString error;
        StartRequest request;
        request.workflowDef = FixtureEngine::readFixture(file, &error);
        request.input = object(input.toUtf8().constData());
        const ActionResult started = f.executor().start(request);
        QVERIFY2(started.ok(), qPrintable(started.message));
        const QString outcome = drive(started.id, object(outputs.toUtf8().constData()));
        // Every task has ended, whatever the outcome.
        const WorkflowRun run = f.run(started.id); // an ended execution is read back from SQLite
        for (const TaskRun &t : run.tasks) {
            QVERIFY2(t.isTerminal(), qPrintable(dumpRun(run)));
            if (t.type == TaskType::DoWhile) // the loop's counter is stored with its output
                QCOMPARE(t.iteration, t.outputData.value(QLatin1String("iteration")).toInt());
        }
        QVERIFY2(outcome == expected, qPrintable(QStringLiteral("%1, expected %2 %3 (%4)\n%5")
                                                     .arg(outcome, expected, why, run.reasonForIncompletion, dumpRun(run))));
        QCOMPARE(run.tasks.size(), tasks);
    }

    // Nothing is left running once the whole corpus has been driven: the children of failed or
    // terminated parents were terminated, and the failure workflows ran to their end.
    void nothingLeftRunning()
    {
        FixtureEngine &f = *m_engine;
        f.executor().waitIdle();
        QStringList left;
        for (const RunPtr &live : f.executor().liveRuns())
            left << live->workflowName + QLatin1Char(' ') + dumpRun(*live);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestConductorCorpus)
#include "tst_conductorcorpus.moc"
