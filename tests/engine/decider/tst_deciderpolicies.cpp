// The pure decider's policies: retries and their delays, the four timeouts with a moved clock,
// optional and permissive tasks (also behind a JOIN), and determinism. Golden scenarios as in
// tst_decider.cpp (reference/conductor-notes.md §1.6); the harness is deciderscenario.h.

#include "deciderscenario.h"

#include <QTest>

using namespace joinery;
using namespace joinery::test;

namespace {

const char *const kOne = "[{'ref':'w'}, {'ref':'after'}]";

QString outcomeText(const DecideOutcome &o)
{
    QStringList ids;
    for (const TaskRun &t : o.after.tasks)
        ids << t.taskId + QLatin1Char('/') + QString::number(t.updateTime);
    QStringList children;
    for (const ChildWorkflowRequest &c : o.childWorkflows)
        children << c.childWorkflowId + QLatin1Char('<') + c.parentTaskId;
    return QStringList{dumpRun(o.after), ids.join(QLatin1Char(' ')), o.createdTaskIds.join(QLatin1Char(' ')),
                       o.updatedTaskIds.join(QLatin1Char(' ')), children.join(QLatin1Char(' ')),
                       o.notes.join(QLatin1Char('|')), compact(o.after.output), compact(o.after.variables)}
        .join(QLatin1Char('\n'));
}

} // namespace

class TestDeciderPolicies : public QObject
{
    Q_OBJECT

private slots:
    void retries_data()
    {
        addScenarioColumns();
        addScenario("retry_fixed_delay", kOne,
                    "poll w; fail w; dump; advance 10; poll w; fail w; dump; advance 10; poll w; fail w; reason",
                    {"RUNNING 1:w:SIMPLE:FAILED 2:w:SIMPLE:SCHEDULED:1@10s",
                     "RUNNING 1:w:SIMPLE:FAILED 2:w:SIMPLE:FAILED:1 3:w:SIMPLE:SCHEDULED:2@10s",
                     "reason=FAILED by the test",
                     "FAILED 1:w:SIMPLE:FAILED 2:w:SIMPLE:FAILED:1 3:w:SIMPLE:FAILED:2"},
                    "{}", "[{'name':'w','retryCount':2,'retryDelaySeconds':10,'retryLogic':'FIXED'}]");
        addScenario("retry_linear_backoff", kOne, "fail w; fail w; fail w",
                    {"RUNNING 1:w:SIMPLE:FAILED 2:w:SIMPLE:FAILED:1@10s 3:w:SIMPLE:FAILED:2@20s 4:w:SIMPLE:SCHEDULED:3@30s"},
                    "{}",
                    "[{'name':'w','retryCount':3,'retryDelaySeconds':5,'backoffScaleFactor':2,'retryLogic':'LINEAR_BACKOFF'}]");
        addScenario("retry_exponential_backoff", kOne, "fail w; fail w; fail w",
                    {"RUNNING 1:w:SIMPLE:FAILED 2:w:SIMPLE:FAILED:1@4s 3:w:SIMPLE:FAILED:2@8s 4:w:SIMPLE:SCHEDULED:3@16s"},
                    "{}", "[{'name':'w','retryCount':3,'retryDelaySeconds':4,'retryLogic':'EXPONENTIAL_BACKOFF'}]");
        addScenario("retry_delay_capped", kOne, "fail w; fail w; fail w",
                    {"RUNNING 1:w:SIMPLE:FAILED 2:w:SIMPLE:FAILED:1@4s 3:w:SIMPLE:FAILED:2@8s 4:w:SIMPLE:SCHEDULED:3@10s"},
                    "{}",
                    "[{'name':'w','retryCount':3,'retryDelaySeconds':4,'retryLogic':'EXPONENTIAL_BACKOFF','maxRetryDelaySeconds':10}]");
        addScenario("retries_exhausted_workflow_failed", kOne, "fail w; fail w",
                    {"FAILED 1:w:SIMPLE:FAILED 2:w:SIMPLE:FAILED:1"}, "{}",
                    "[{'name':'w','retryCount':1,'retryDelaySeconds':0}]");
        addScenario("workflow_task_retry_count_overrides_task_def", "[{'ref':'w','retryCount':0}, {'ref':'after'}]",
                    "fail w", {"FAILED 1:w:SIMPLE:FAILED"}, "{}", "[{'name':'w','retryCount':3}]");
        addScenario("default_task_def_retries_three_times", kOne, "fail w; fail w; fail w; fail w",
                    {"FAILED 1:w:SIMPLE:FAILED 2:w:SIMPLE:FAILED:1@60s 3:w:SIMPLE:FAILED:2@60s 4:w:SIMPLE:FAILED:3@60s"});
        addScenario("terminal_error_not_retried", kOne, "terminal w",
                    {"FAILED 1:w:SIMPLE:FAILED_WITH_TERMINAL_ERROR"}, "{}", "[{'name':'w','retryCount':3}]");
        addScenario("canceled_by_worker_terminates_workflow", kOne, "cancel w", {"TERMINATED 1:w:SIMPLE:CANCELED"},
                    "{}", "[{'name':'w','retryCount':3}]");
        addScenario("retry_completes_and_successor_runs_once", kOne, "fail w; complete w",
                    {"RUNNING 1:w:SIMPLE:FAILED 2:w:SIMPLE:COMPLETED:1 3:after:SIMPLE:SCHEDULED"}, "{}",
                    "[{'name':'w','retryCount':1,'retryDelaySeconds':0}]");
    }
    void retries() { playScenario(); }

    void timeouts_data()
    {
        addScenarioColumns();
        const char *response = "[{'name':'w','retryCount':1,'retryDelaySeconds':0,'responseTimeoutSeconds':10}]";
        addScenario("response_timeout_then_retry", kOne,
                    "poll w; advance 9; decide; dump; advance 1; decide; dump; poll w; advance 10; decide; reason",
                    {"RUNNING 1:w:SIMPLE:IN_PROGRESS",
                     "RUNNING 1:w:SIMPLE:TIMED_OUT 2:w:SIMPLE:SCHEDULED:1",
                     "reason=responseTimeoutSeconds: 10 exceeded",
                     "TIMED_OUT 1:w:SIMPLE:TIMED_OUT 2:w:SIMPLE:TIMED_OUT:1"},
                    "{}", response);
        addScenario("response_timeout_counts_from_last_update", kOne,
                    "poll w; advance 8; progress w; advance 8; decide; dump; advance 2; decide",
                    {"RUNNING 1:w:SIMPLE:IN_PROGRESS", "RUNNING 1:w:SIMPLE:TIMED_OUT 2:w:SIMPLE:SCHEDULED:1"}, "{}",
                    response);
        const char *task = "[{'name':'w','retryCount':1,'retryDelaySeconds':0,'timeoutSeconds':30,"
                           "'responseTimeoutSeconds':20,'timeoutPolicy':'%1'}]";
        const QByteArray retry = QByteArray(task).replace("%1", "RETRY");
        const QByteArray timeOutWf = QByteArray(task).replace("%1", "TIME_OUT_WF");
        const QByteArray alertOnly = QByteArray(task).replace("%1", "ALERT_ONLY");
        addScenario("task_timeout_retry", kOne, "poll w; advance 15; progress w; advance 14; decide; dump; advance 1; decide",
                    {"RUNNING 1:w:SIMPLE:IN_PROGRESS", "RUNNING 1:w:SIMPLE:TIMED_OUT 2:w:SIMPLE:SCHEDULED:1"}, "{}",
                    retry.constData());
        addScenario("task_timeout_time_out_wf", kOne, "poll w; advance 15; progress w; advance 15; decide; reason",
                    {"reason=task w timed out after 30 s", "TIMED_OUT 1:w:SIMPLE:TIMED_OUT"}, "{}", timeOutWf.constData());
        // ALERT_ONLY only logs; the response timeout still applies, whatever the policy.
        addScenario("task_timeout_alert_only", kOne,
                    "poll w; advance 15; progress w; advance 15; decide; dump; advance 5; decide",
                    {"RUNNING 1:w:SIMPLE:IN_PROGRESS", "RUNNING 1:w:SIMPLE:TIMED_OUT 2:w:SIMPLE:SCHEDULED:1"}, "{}",
                    alertOnly.constData());
        // Conductor checks timeoutSeconds before responseTimeoutSeconds (the `short_time_out` TaskDef).
        addScenario("task_timeout_checked_before_response_timeout", kOne, "poll w; advance 5; decide",
                    {"TIMED_OUT 1:w:SIMPLE:TIMED_OUT"}, "{}",
                    "[{'name':'w','retryCount':1,'timeoutSeconds':5,'responseTimeoutSeconds':5}]");
        addScenario("poll_timeout_retry", kOne, "advance 9; decide; dump; advance 1; decide; dump; advance 10; decide",
                    {"RUNNING 1:w:SIMPLE:SCHEDULED", "RUNNING 1:w:SIMPLE:TIMED_OUT 2:w:SIMPLE:SCHEDULED:1",
                     "TIMED_OUT 1:w:SIMPLE:TIMED_OUT 2:w:SIMPLE:TIMED_OUT:1"},
                    "{}", "[{'name':'w','retryCount':1,'retryDelaySeconds':0,'pollTimeoutSeconds':10,'timeoutPolicy':'RETRY'}]");
        addScenario("poll_timeout_time_out_wf", kOne, "advance 10; decide", {"TIMED_OUT 1:w:SIMPLE:TIMED_OUT"}, "{}",
                    "[{'name':'w','retryCount':1,'pollTimeoutSeconds':10,'timeoutPolicy':'TIME_OUT_WF'}]");
        addScenario("poll_timeout_ignored_once_polled", kOne, "poll w; advance 30; decide",
                    {"RUNNING 1:w:SIMPLE:IN_PROGRESS"}, "{}",
                    "[{'name':'w','retryCount':1,'pollTimeoutSeconds':10,'timeoutPolicy':'TIME_OUT_WF'}]");
        addScenario("workflow_timeout_time_out_wf",
                    "{'timeoutSeconds':60,'timeoutPolicy':'TIME_OUT_WF','tasks':[{'ref':'w'}]}",
                    "advance 59; decide; dump; advance 1; decide; reason",
                    {"RUNNING 1:w:SIMPLE:SCHEDULED", "reason=workflow timed out after 60 s", "TIMED_OUT 1:w:SIMPLE:CANCELED"});
        addScenario("workflow_timeout_alert_only",
                    "{'timeoutSeconds':60,'timeoutPolicy':'ALERT_ONLY','tasks':[{'ref':'w'}]}",
                    "advance 120; decide", {"RUNNING 1:w:SIMPLE:SCHEDULED"});
    }
    void timeouts() { playScenario(); }

    void optionalAndPermissive_data()
    {
        addScenarioColumns();
        const char *noRetry = "[{'name':'t1','retryCount':0}]";
        addScenario("optional_task_failed_continues", "[{'ref':'t1','optional':true}, {'ref':'t2'}]",
                    "fail t1; dump; complete t2",
                    {"RUNNING 1:t1:SIMPLE:COMPLETED_WITH_ERRORS 2:t2:SIMPLE:SCHEDULED",
                     "COMPLETED 1:t1:SIMPLE:COMPLETED_WITH_ERRORS 2:t2:SIMPLE:COMPLETED"},
                    "{}", noRetry);
        addScenario("optional_task_retried_first", "[{'ref':'t1','optional':true}, {'ref':'t2'}]", "fail t1; fail t1",
                    {"RUNNING 1:t1:SIMPLE:FAILED 2:t1:SIMPLE:COMPLETED_WITH_ERRORS:1 3:t2:SIMPLE:SCHEDULED"}, "{}",
                    "[{'name':'t1','retryCount':1,'retryDelaySeconds':0}]");
        addScenario("permissive_task_failed_workflow_fails_at_end", "[{'ref':'t1','permissive':true}, {'ref':'t2'}]",
                    "fail t1; dump; complete t2; reason",
                    {"RUNNING 1:t1:SIMPLE:FAILED 2:t2:SIMPLE:SCHEDULED", "reason=permissive task t1 failed",
                     "FAILED 1:t1:SIMPLE:FAILED 2:t2:SIMPLE:COMPLETED"},
                    "{}", noRetry);
        addScenario("permissive_optional_is_optional",
                    "[{'ref':'t1','permissive':true,'optional':true}, {'ref':'t2'}]", "fail t1; complete t2",
                    {"COMPLETED 1:t1:SIMPLE:COMPLETED_WITH_ERRORS 2:t2:SIMPLE:COMPLETED"}, "{}", noRetry);
        addScenario("fork3_join_optional_failed",
                    "[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'a'}],[{'ref':'b'},{'ref':'c','optional':true,"
                    "'retryCount':0}],[{'ref':'d'}]]}, {'ref':'j','type':'JOIN','joinOn':['a','c','d']}, {'ref':'t'}]",
                    "complete a; complete d; complete b; fail c; out j; complete t",
                    {"j.out={'a':{},'c':{},'d':{}}",
                     "COMPLETED 1:f:FORK:COMPLETED 2:a:SIMPLE:COMPLETED 3:b:SIMPLE:COMPLETED 4:d:SIMPLE:COMPLETED "
                     "5:j:JOIN:COMPLETED_WITH_ERRORS 6:c:SIMPLE:COMPLETED_WITH_ERRORS 7:t:SIMPLE:COMPLETED"});
        const char *permissiveFork =
            "[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'a','permissive':true,'retryCount':0}],"
            "[{'ref':'b','permissive':true,'retryCount':0}]]}, {'ref':'j','type':'JOIN','joinOn':['a','b']}, {'ref':'t'}]";
        addScenario("fork_join_permissive_failed_at_end", permissiveFork, "fail a; dump; complete b",
                    {"RUNNING 1:f:FORK:COMPLETED 2:a:SIMPLE:FAILED 3:b:SIMPLE:SCHEDULED 4:j:JOIN:IN_PROGRESS",
                     "FAILED 1:f:FORK:COMPLETED 2:a:SIMPLE:FAILED 3:b:SIMPLE:COMPLETED 4:j:JOIN:FAILED"});
        addScenario("fork_join_permissive_all_canceled", permissiveFork, "cancel a; cancel b",
                    {"TERMINATED 1:f:FORK:COMPLETED 2:a:SIMPLE:CANCELED 3:b:SIMPLE:CANCELED 4:j:JOIN:CANCELED"});
        // CANCELED only when every failure is a cancellation (Conductor's Join, cb6e3cbb3).
        addScenario("fork_join_permissive_canceled_and_failed", permissiveFork, "cancel a; fail b",
                    {"FAILED 1:f:FORK:COMPLETED 2:a:SIMPLE:CANCELED 3:b:SIMPLE:FAILED 4:j:JOIN:FAILED"});
        addScenario("fork_join_optional_sub_workflows_failed",
                    "[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'s1','type':'SUB_WORKFLOW','optional':true,"
                    "'subWorkflowParam':{'name':'c'}}],[{'ref':'s2','type':'SUB_WORKFLOW','optional':true,"
                    "'subWorkflowParam':{'name':'c'}}]]}, {'ref':'j','type':'JOIN','joinOn':['s1','s2']}]",
                    "fail s1; fail s2",
                    {"COMPLETED 1:f:FORK:COMPLETED 2:s1:SUB_WORKFLOW:COMPLETED_WITH_ERRORS "
                     "3:s2:SUB_WORKFLOW:COMPLETED_WITH_ERRORS 4:j:JOIN:COMPLETED_WITH_ERRORS"});
    }
    void optionalAndPermissive() { playScenario(); }

    // Same snapshot, same now, same definitions: the same outcome, task ids included, and the
    // input value is left alone. A different workflow gets different ids.
    void deterministic()
    {
        QString error;
        const WorkflowDefPtr def = definitionFrom(
            "[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'a'},{'ref':'s','type':'SUB_WORKFLOW',"
            "'subWorkflowParam':{'name':'c'}}],[{'ref':'l','type':'DO_WHILE','loopCondition':'$.l.iteration < 2',"
            "'loopOver':[{'ref':'i','type':'INLINE','inputParameters':{'expression':'$.n + 1','n':'${workflow.input.n}'}}]}]]},"
            " {'ref':'j','type':'JOIN','joinOn':['s','l']}, {'ref':'v','type':'SET_VARIABLE','inputParameters':{'x':1}}]",
            &error);
        QVERIFY2(def, qPrintable(error));
        TaskDefTable defs;
        QVERIFY(defs.load("[{'name':'a','retryCount':1,'retryDelaySeconds':3}]", &error));

        const QString script = QStringLiteral("fail a; advance 3; poll a; complete a {'x':1}; ids");
        Scenario first(def, QJsonObject{{QStringLiteral("n"), 4}}, defs);
        Scenario second(def, QJsonObject{{QStringLiteral("n"), 4}}, defs);
        const QString trace = first.play(script);
        QCOMPARE(second.play(script), trace);
        QVERIFY2(trace.contains(QLatin1String("COMPLETED:1")), qPrintable(trace));

        // One decide, twice, on the same value.
        TaskRun *child = first.latest(QStringLiteral("s"));
        QVERIFY(child);
        child->status = TaskStatus::Completed;
        child->endTime = first.now;
        const WorkflowRun input = first.run;
        const DecideOutcome one = Decider::decide(input, first.now + 5, defs);
        const DecideOutcome two = Decider::decide(input, first.now + 5, defs);
        QCOMPARE(outcomeText(two), outcomeText(one));
        QCOMPARE(dumpRun(input), dumpRun(first.run)); // the snapshot itself is not changed
        QCOMPARE(one.after.status, WorkflowStatus::Completed);
        QCOMPARE(compact(one.after.variables), QStringLiteral("{\"x\":1}"));

        Scenario other(def, QJsonObject{{QStringLiteral("n"), 4}}, defs, QStringLiteral("wf-2"));
        other.play(script);
        QCOMPARE(dumpRun(other.run), dumpRun(second.run));
        QVERIFY(other.run.tasks.first().taskId != second.run.tasks.first().taskId);
    }
};

QTEST_GUILESS_MAIN(TestDeciderPolicies)
#include "tst_deciderpolicies.moc"
