// The pure decider, one task type at a time: golden scenarios that play workers and the clock
// against Decider::decide and compare the execution with Conductor's behaviour
// (reference/conductor-notes.md §1.3–1.4). Retries, timeouts, optional/permissive tasks and
// determinism are in tst_deciderpolicies.cpp. The harness is deciderscenario.h.

#include "deciderscenario.h"

#include <QTest>

using namespace joinery;
using namespace joinery::test;

namespace {

const char *const kFork3 =
    "[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'a'}],[{'ref':'b'},{'ref':'c'}],[{'ref':'d'}]]},"
    " {'ref':'j','type':'JOIN','joinOn':['a','c','d']}, {'ref':'t'}]";

const char *const kDynamicFork =
    "[{'ref':'t0'},"
    " {'ref':'df','type':'FORK_JOIN_DYNAMIC','dynamicForkTasksParam':'tasks','dynamicForkTasksInputParamName':'inputs',"
    "  'inputParameters':{'tasks':'${t0.output.tasks}','inputs':'${t0.output.inputs}'}},"
    " {'ref':'dj','type':'JOIN'}, {'ref':'after'}]";

const char *const kSwitch =
    "[{'ref':'s','type':'SWITCH','evaluatorType':'value-param','expression':'kind',"
    "  'inputParameters':{'kind':'${workflow.input.kind}'},"
    "  'decisionCases':{'x':[{'ref':'x1'},{'ref':'x2'}],'y':[]},'defaultCase':[{'ref':'d1'}]},"
    " {'ref':'after'}]";

const char *const kLoop =
    "[{'ref':'l','type':'DO_WHILE','loopCondition':'$.l.iteration < 3','loopOver':[{'ref':'w'}]}, {'ref':'after'}]";

} // namespace

class TestDecider : public QObject
{
    Q_OBJECT

private slots:
    void forkAndJoin_data()
    {
        addScenarioColumns();
        addScenario("simple_sequence_input_resolved",
                    "[{'ref':'a','inputParameters':{'p':'${workflow.input.p}'}},"
                    " {'ref':'b','inputParameters':{'v':'${a.output.x}','w':'id ${workflow.workflowId}'}}]",
                    "in a; poll a; complete a {'x':1}; dump; in b; poll b; complete b {'y':2}; wfout",
                    {"a.in={'p':7}",
                     "RUNNING 1:a:SIMPLE:COMPLETED 2:b:SIMPLE:SCHEDULED",
                     "b.in={'v':1,'w':'id wf-1'}",
                     "output={'y':2}",
                     "COMPLETED 1:a:SIMPLE:COMPLETED 2:b:SIMPLE:COMPLETED"},
                    "{'p':7}");
        addScenario("fork3_join_all_completed", kFork3,
                    "dump; complete a {'ra':1}; complete b; dump; complete d; complete c {'rc':3}; out j",
                    {"RUNNING 1:f:FORK:COMPLETED 2:a:SIMPLE:SCHEDULED 3:b:SIMPLE:SCHEDULED 4:d:SIMPLE:SCHEDULED "
                     "5:j:JOIN:IN_PROGRESS",
                     "RUNNING 1:f:FORK:COMPLETED 2:a:SIMPLE:COMPLETED 3:b:SIMPLE:COMPLETED 4:d:SIMPLE:SCHEDULED "
                     "5:j:JOIN:IN_PROGRESS 6:c:SIMPLE:SCHEDULED",
                     "j.out={'a':{'ra':1},'c':{'rc':3},'d':{}}",
                     "RUNNING 1:f:FORK:COMPLETED 2:a:SIMPLE:COMPLETED 3:b:SIMPLE:COMPLETED 4:d:SIMPLE:COMPLETED "
                     "5:j:JOIN:COMPLETED 6:c:SIMPLE:COMPLETED 7:t:SIMPLE:SCHEDULED"});
        addScenario("fork3_branch_failed_cancels_the_rest",
                    "[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'a','retryCount':0}],[{'ref':'b'},{'ref':'c'}],"
                    "[{'ref':'d'}]]}, {'ref':'j','type':'JOIN','joinOn':['a','c','d']}, {'ref':'t'}]",
                    "complete b; fail a; reason",
                    {"reason=FAILED by the test",
                     "FAILED 1:f:FORK:COMPLETED 2:a:SIMPLE:FAILED 3:b:SIMPLE:COMPLETED 4:d:SIMPLE:CANCELED "
                     "5:j:JOIN:CANCELED 6:c:SIMPLE:CANCELED"});
        addScenario("nested_fork_inner_join_first",
                    "[{'ref':'f1','type':'FORK_JOIN','forkTasks':[[{'ref':'a'}],"
                    "  [{'ref':'f2','type':'FORK_JOIN','forkTasks':[[{'ref':'b'}],[{'ref':'c'}]]},"
                    "   {'ref':'j2','type':'JOIN','joinOn':['b','c']}]]},"
                    " {'ref':'j1','type':'JOIN','joinOn':['a','j2']}, {'ref':'t'}]",
                    "dump; complete b; complete c; dump; complete a",
                    {"RUNNING 1:f1:FORK:COMPLETED 2:a:SIMPLE:SCHEDULED 3:f2:FORK:COMPLETED 4:b:SIMPLE:SCHEDULED "
                     "5:c:SIMPLE:SCHEDULED 6:j2:JOIN:IN_PROGRESS 7:j1:JOIN:IN_PROGRESS",
                     "RUNNING 1:f1:FORK:COMPLETED 2:a:SIMPLE:SCHEDULED 3:f2:FORK:COMPLETED 4:b:SIMPLE:COMPLETED "
                     "5:c:SIMPLE:COMPLETED 6:j2:JOIN:COMPLETED 7:j1:JOIN:IN_PROGRESS",
                     "RUNNING 1:f1:FORK:COMPLETED 2:a:SIMPLE:COMPLETED 3:f2:FORK:COMPLETED 4:b:SIMPLE:COMPLETED "
                     "5:c:SIMPLE:COMPLETED 6:j2:JOIN:COMPLETED 7:j1:JOIN:COMPLETED 8:t:SIMPLE:SCHEDULED"});
    }
    void forkAndJoin() { playScenario(); }

    void dynamicFork_data()
    {
        addScenarioColumns();
        addScenario("dynamic_fork_tasks_and_inputs", kDynamicFork,
                    "complete t0 {'tasks':[{'name':'w','taskReferenceName':'x1'},"
                    "{'name':'w','taskReferenceName':'x2','inputParameters':{'fixed':true}}],"
                    "'inputs':{'x1':{'k':1},'x2':{'k':2}}}; dump; in x1; in x2; in dj; "
                    "complete x1 {'r':1}; dump; complete x2 {'r':2}; out dj",
                    {"RUNNING 1:t0:SIMPLE:COMPLETED 2:df:FORK:COMPLETED 3:x1:SIMPLE:SCHEDULED 4:x2:SIMPLE:SCHEDULED "
                     "5:dj:JOIN:IN_PROGRESS",
                     "x1.in={'k':1}",
                     "x2.in={'fixed':true,'k':2}",
                     "dj.in={'joinOn':['x1','x2']}",
                     "RUNNING 1:t0:SIMPLE:COMPLETED 2:df:FORK:COMPLETED 3:x1:SIMPLE:COMPLETED 4:x2:SIMPLE:SCHEDULED "
                     "5:dj:JOIN:IN_PROGRESS",
                     "dj.out={'x1':{'r':1},'x2':{'r':2}}",
                     "RUNNING 1:t0:SIMPLE:COMPLETED 2:df:FORK:COMPLETED 3:x1:SIMPLE:COMPLETED 4:x2:SIMPLE:COMPLETED "
                     "5:dj:JOIN:COMPLETED 6:after:SIMPLE:SCHEDULED"});
        // Conductor fails the workflow in the mapper: no FORK task is left behind (1 task).
        addScenario("dynamic_fork_input_not_a_map", kDynamicFork,
                    "complete t0 {'tasks':[{'name':'w','taskReferenceName':'x1'}],'inputs':['x1']}; reason",
                    {"reason=Input to the dynamically forked tasks is not a map -> expecting a map of K,V  but found ['x1']",
                     "FAILED 1:t0:SIMPLE:COMPLETED"});
        addScenario("dynamic_fork_task_input_not_a_map", kDynamicFork,
                    "complete t0 {'tasks':[{'name':'w','taskReferenceName':'x1'}],'inputs':{'x1':'v1'}}",
                    {"FAILED 1:t0:SIMPLE:COMPLETED"});
        // A workflow that starts with a bad dynamic fork fails with no task at all (§7.2 case 8).
        addScenario("dynamic_fork_first_bad_input_no_tasks",
                    "[{'ref':'df','type':'FORK_JOIN_DYNAMIC','dynamicForkTasksParam':'tasks',"
                    "  'dynamicForkTasksInputParamName':'inputs',"
                    "  'inputParameters':{'tasks':'${workflow.input.tasks}','inputs':'${workflow.input.inputs}'}},"
                    " {'ref':'dj','type':'JOIN'}]",
                    "reason",
                    {"reason=Input to the dynamically forked tasks is not a map -> expecting a map of K,V  but found 'nope'",
                     "FAILED"},
                    "{'tasks':[{'name':'w','taskReferenceName':'x1'}],'inputs':'nope'}");
        addScenario("dynamic_fork_tasks_not_a_list", kDynamicFork, "complete t0 {'tasks':'nope'}; reason",
                    {"reason=dynamic fork df: input 'tasks' is not a list of tasks", "FAILED 1:t0:SIMPLE:COMPLETED"});
        addScenario("dynamic_fork_simple_form",
                    "[{'ref':'df','type':'FORK_JOIN_DYNAMIC',"
                    "  'inputParameters':{'forkTaskName':'w','forkTaskInputs':'${workflow.input.items}'}},"
                    " {'ref':'dj','type':'JOIN'}]",
                    "in _w_1; complete _w_0; complete _w_1 {'n':2}; wfout",
                    {"_w_1.in={'n':2}",
                     "output={'_w_0':{},'_w_1':{'n':2}}",
                     "COMPLETED 1:df:FORK:COMPLETED 2:_w_0:SIMPLE:COMPLETED 3:_w_1:SIMPLE:COMPLETED 4:dj:JOIN:COMPLETED"},
                    "{'items':[{'n':1},{'n':2}]}");
    }
    void dynamicFork() { playScenario(); }

    void switchAndDecision_data()
    {
        addScenarioColumns();
        addScenario("switch_value_param_case", kSwitch, "dump; out s; complete x1; complete x2",
                    {"RUNNING 1:s:SWITCH:COMPLETED 2:x1:SIMPLE:SCHEDULED",
                     "s.out={'evaluationResult':['x'],'selectedCase':'x'}",
                     "RUNNING 1:s:SWITCH:COMPLETED 2:x1:SIMPLE:COMPLETED 3:x2:SIMPLE:COMPLETED 4:after:SIMPLE:SCHEDULED"},
                    "{'kind':'x'}");
        addScenario("switch_value_param_default", kSwitch, "dump; complete d1",
                    {"RUNNING 1:s:SWITCH:COMPLETED 2:d1:SIMPLE:SCHEDULED",
                     "RUNNING 1:s:SWITCH:COMPLETED 2:d1:SIMPLE:COMPLETED 3:after:SIMPLE:SCHEDULED"},
                    "{'kind':'zzz'}");
        addScenario("switch_explicit_empty_case_goes_on", kSwitch, "",
                    {"RUNNING 1:s:SWITCH:COMPLETED 2:after:SIMPLE:SCHEDULED"}, "{'kind':'y'}");
        addScenario("switch_javascript",
                    "[{'ref':'s','type':'SWITCH','evaluatorType':'javascript','expression':'$.n > 5',"
                    "  'inputParameters':{'n':'${workflow.input.n}'},"
                    "  'decisionCases':{'true':[{'ref':'big'}],'false':[{'ref':'small'}]}}]",
                    "out s; complete big",
                    {"s.out={'evaluationResult':['true'],'selectedCase':'true'}",
                     "COMPLETED 1:s:SWITCH:COMPLETED 2:big:SIMPLE:COMPLETED"},
                    "{'n':9}");
        addScenario("switch_javascript_error_fails_workflow",
                    "[{'ref':'s','type':'SWITCH','evaluatorType':'javascript','expression':'$.nothing.deeper',"
                    "  'decisionCases':{'true':[{'ref':'big'}]}}]",
                    "", {"FAILED 1:s:SWITCH:FAILED"});
        addScenario("decision_case_value_param",
                    "[{'ref':'d','type':'DECISION','caseValueParam':'c','inputParameters':{'c':'${workflow.input.c}'},"
                    "  'decisionCases':{'a':[{'ref':'ta'}],'b':[{'ref':'tb'}]}}, {'ref':'after'}]",
                    "complete tb",
                    {"RUNNING 1:d:DECISION:COMPLETED 2:tb:SIMPLE:COMPLETED 3:after:SIMPLE:SCHEDULED"}, "{'c':'b'}");
        addScenario("decision_case_expression",
                    "[{'ref':'d','type':'DECISION','caseExpression':'$.n > 5 ? 1 : 2','inputParameters':{'n':'${workflow.input.n}'},"
                    "  'decisionCases':{'1':[{'ref':'one'}],'2':[{'ref':'two'}]}}]",
                    "", {"RUNNING 1:d:DECISION:COMPLETED 2:two:SIMPLE:SCHEDULED"}, "{'n':1}");
    }
    void switchAndDecision() { playScenario(); }

    void doWhile_data()
    {
        addScenarioColumns();
        addScenario("do_while_three_iterations", kLoop,
                    "dump; complete w__1 {'i':1}; dump; complete w__2 {'i':2}; complete w__3 {'i':3}; out l",
                    {"RUNNING 1:l:DO_WHILE:IN_PROGRESS 2:w__1:SIMPLE:SCHEDULED",
                     "RUNNING 1:l:DO_WHILE:IN_PROGRESS 2:w__1:SIMPLE:COMPLETED 3:w__2:SIMPLE:SCHEDULED",
                     "l.out={'1':{'w':{'i':1}},'2':{'w':{'i':2}},'3':{'w':{'i':3}},'iteration':3}",
                     "RUNNING 1:l:DO_WHILE:COMPLETED 2:w__1:SIMPLE:COMPLETED 3:w__2:SIMPLE:COMPLETED "
                     "4:w__3:SIMPLE:COMPLETED 5:after:SIMPLE:SCHEDULED"});
        // A failing loop task ends the workflow itself (Conductor's retry() throws); the loop is canceled.
        addScenario("do_while_loop_task_fails",
                    "[{'ref':'l','type':'DO_WHILE','loopCondition':'true','loopOver':[{'ref':'w','retryCount':0}]}]",
                    "fail w__1", {"FAILED 1:l:DO_WHILE:CANCELED 2:w__1:SIMPLE:FAILED"});
        addScenario("do_while_permissive_loop_task_fails_the_loop",
                    "[{'ref':'l','type':'DO_WHILE','loopCondition':'true',"
                    "  'loopOver':[{'ref':'w','retryCount':0,'permissive':true}]}]",
                    "fail w__1", {"FAILED 1:l:DO_WHILE:FAILED 2:w__1:SIMPLE:FAILED"});
        addScenario("do_while_system_tasks_in_one_decide",
                    "[{'ref':'l','type':'DO_WHILE','loopCondition':'$.l.iteration < 3','loopOver':[{'ref':'i','type':'INLINE',"
                    "  'inputParameters':{'evaluatorType':'javascript','expression':'$.x * 2','x':'${l.output.iteration}'}}]},"
                    " {'ref':'after'}]",
                    "out i__2; out l",
                    {"i__2.out={'result':4}",
                     "l.out={'1':{'i':{'result':2}},'2':{'i':{'result':4}},'3':{'i':{'result':6}},'iteration':3}",
                     "RUNNING 1:l:DO_WHILE:COMPLETED 2:i__1:INLINE:COMPLETED 3:i__2:INLINE:COMPLETED "
                     "4:i__3:INLINE:COMPLETED 5:after:SIMPLE:SCHEDULED"});
        // Conductor's order: the loop's first task is created by the DO_WHILE's own execution,
        // after the JOIN (§7.2, do_while_as_subtask).
        addScenario("do_while_in_fork_first_loop_task_after_join",
                    "[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'l','type':'DO_WHILE','loopCondition':'false',"
                    "  'loopOver':[{'ref':'w'}]}],[{'ref':'b'}]]}, {'ref':'j','type':'JOIN','joinOn':['l','b']}]",
                    "dump; complete w__1; complete b",
                    {"RUNNING 1:f:FORK:COMPLETED 2:l:DO_WHILE:IN_PROGRESS 3:b:SIMPLE:SCHEDULED 4:j:JOIN:IN_PROGRESS "
                     "5:w__1:SIMPLE:SCHEDULED",
                     "COMPLETED 1:f:FORK:COMPLETED 2:l:DO_WHILE:COMPLETED 3:b:SIMPLE:COMPLETED 4:j:JOIN:COMPLETED "
                     "5:w__1:SIMPLE:COMPLETED"});
        addScenario("do_while_condition_error",
                    "[{'ref':'l','type':'DO_WHILE','loopCondition':'$.nope.deeper','loopOver':[{'ref':'w'}]}]",
                    "complete w__1", {"FAILED 1:l:DO_WHILE:FAILED_WITH_TERMINAL_ERROR 2:w__1:SIMPLE:COMPLETED"});
    }
    void doWhile() { playScenario(); }

    void subWorkflowWaitHuman_data()
    {
        addScenarioColumns();
        const char *sub = "[{'ref':'s','type':'SUB_WORKFLOW','subWorkflowParam':{'name':'child','version':2},"
                          "  'inputParameters':{'p':'${workflow.input.p}'}}, {'ref':'after'}]";
        addScenario("sub_workflow_requests_child", sub, "children; dump; complete s {'r':1}; out s",
                    {"children: start child for s with {'p':1} as derived id",
                     "RUNNING 1:s:SUB_WORKFLOW:IN_PROGRESS",
                     "s.out={'r':1}",
                     "RUNNING 1:s:SUB_WORKFLOW:COMPLETED 2:after:SIMPLE:SCHEDULED"},
                    "{'p':1}");
        addScenario("sub_workflow_child_failed", sub, "fail s", {"FAILED 1:s:SUB_WORKFLOW:FAILED"}, "{'p':1}");
        addScenario("sub_workflow_child_terminated_on_failure",
                    "[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'s','type':'SUB_WORKFLOW',"
                    "  'subWorkflowParam':{'name':'child'}}],[{'ref':'b','retryCount':0}]]},"
                    " {'ref':'j','type':'JOIN','joinOn':['s','b']}]",
                    "fail b; children",
                    {"children: terminate the child of s",
                     "FAILED 1:f:FORK:COMPLETED 2:s:SUB_WORKFLOW:CANCELED 3:b:SIMPLE:FAILED 4:j:JOIN:CANCELED"});
        const char *wait = "[{'ref':'w','type':'WAIT','inputParameters':{'duration':'${workflow.input.d}'}}, {'ref':'after'}]";
        addScenario("wait_duration_not_reached", wait, "advance 29; decide",
                    {"RUNNING 1:w:WAIT:IN_PROGRESS"}, "{'d':'30s'}");
        addScenario("wait_duration_reached", wait, "advance 29; decide; advance 1; decide",
                    {"RUNNING 1:w:WAIT:COMPLETED 2:after:SIMPLE:SCHEDULED"}, "{'d':'30s'}");
        addScenario("wait_bad_duration", wait, "", {"FAILED 1:w:WAIT:FAILED_WITH_TERMINAL_ERROR"}, "{'d':'soon'}");
        addScenario("wait_without_duration_needs_an_update", "[{'ref':'w','type':'WAIT'}, {'ref':'after'}]",
                    "advance 86400; decide; dump; complete w",
                    {"RUNNING 1:w:WAIT:IN_PROGRESS", "RUNNING 1:w:WAIT:COMPLETED 2:after:SIMPLE:SCHEDULED"});
        addScenario("human_waits_for_an_update", "[{'ref':'h','type':'HUMAN'}, {'ref':'after'}]",
                    "advance 3600; decide; dump; complete h {'ok':true}",
                    {"RUNNING 1:h:HUMAN:IN_PROGRESS", "RUNNING 1:h:HUMAN:COMPLETED 2:after:SIMPLE:SCHEDULED"});
    }
    void subWorkflowWaitHuman() { playScenario(); }

    void terminateAndVariables_data()
    {
        addScenarioColumns();
        addScenario("terminate_completed",
                    "[{'ref':'a'}, {'ref':'term','type':'TERMINATE','inputParameters':{'terminationStatus':'COMPLETED',"
                    "  'workflowOutput':{'r':'${a.output.x}'}}}, {'ref':'b'}]",
                    "complete a {'x':5}; wfout",
                    {"output={'r':5}", "COMPLETED 1:a:SIMPLE:COMPLETED 2:term:TERMINATE:COMPLETED"});
        addScenario("terminate_failed_in_fork",
                    "{'failureWorkflow':'onfail','tasks':[{'ref':'f','type':'FORK_JOIN','forkTasks':[[{'ref':'a'},"
                    "  {'ref':'term','type':'TERMINATE','inputParameters':{'terminationStatus':'FAILED',"
                    "  'terminationReason':'stop here'}}],[{'ref':'b'}]]}, {'ref':'j','type':'JOIN','joinOn':['term','b']}]}",
                    "complete a; reason; failureworkflows",
                    {"reason=stop here", "failure workflows: onfail(FAILED)",
                     "FAILED 1:f:FORK:COMPLETED 2:a:SIMPLE:COMPLETED 3:b:SIMPLE:CANCELED 4:j:JOIN:CANCELED "
                     "5:term:TERMINATE:COMPLETED"});
        addScenario("terminate_terminated",
                    "[{'ref':'term','type':'TERMINATE','inputParameters':{'terminationStatus':'TERMINATED'}}, {'ref':'b'}]",
                    "", {"TERMINATED 1:term:TERMINATE:COMPLETED"});
        // Conductor reads "$workflow.input.NAME" in failureWorkflow from the workflow's input.
        addScenario("failure_workflow_named_by_input",
                    "{'failureWorkflow':'$workflow.input.onFail','tasks':[{'ref':'a','retryCount':0}]}",
                    "fail a; failureworkflows", {"failure workflows: cleanup(FAILED)", "FAILED 1:a:SIMPLE:FAILED"},
                    "{'onFail':'cleanup'}");
        addScenario("set_variable_then_read",
                    "{'variables':{'keep':1},'tasks':[{'ref':'sv','type':'SET_VARIABLE',"
                    "  'inputParameters':{'count':'${workflow.input.n}','name':'x'}},"
                    " {'ref':'use','inputParameters':{'c':'${workflow.variables.count}'}}]}",
                    "vars; in use",
                    {"variables={'count':3,'keep':1,'name':'x'}", "use.in={'c':3}",
                     "RUNNING 1:sv:SET_VARIABLE:COMPLETED 2:use:SIMPLE:SCHEDULED"},
                    "{'n':3}");
    }
    void terminateAndVariables() { playScenario(); }

    void scripts_data()
    {
        addScenarioColumns();
        addScenario("inline_javascript",
                    "[{'ref':'i','type':'INLINE','inputParameters':{'evaluatorType':'javascript','expression':'$.a + $.b',"
                    "  'a':2,'b':3}}]",
                    "out i", {"i.out={'result':5}", "COMPLETED 1:i:INLINE:COMPLETED"});
        addScenario("inline_value_param",
                    "[{'ref':'i','type':'INLINE','inputParameters':{'evaluatorType':'value-param','expression':'v',"
                    "  'v':{'k':1}}}]",
                    "out i", {"i.out={'result':{'k':1}}", "COMPLETED 1:i:INLINE:COMPLETED"});
        addScenario("inline_endless_loop",
                    "[{'ref':'i','type':'INLINE','inputParameters':{'evaluatorType':'javascript','expression':'while (true) {}'}},"
                    " {'ref':'after'}]",
                    "", {"FAILED 1:i:INLINE:FAILED_WITH_TERMINAL_ERROR"});
        addScenario("inline_script_error",
                    "[{'ref':'i','type':'INLINE','inputParameters':{'evaluatorType':'javascript','expression':'nothing.here'}}]",
                    "", {"FAILED 1:i:INLINE:FAILED_WITH_TERMINAL_ERROR"});
        addScenario("lambda_returns_result",
                    "[{'ref':'lm','type':'LAMBDA','inputParameters':{'a':2,'scriptExpression':'return {v: $.a * 2};'}}]",
                    "out lm", {"lm.out={'result':{'v':4}}", "COMPLETED 1:lm:LAMBDA:COMPLETED"});
        addScenario("lambda_error_fails",
                    "[{'ref':'lm','type':'LAMBDA','inputParameters':{'scriptExpression':'throw new Error(1);'}}]",
                    "", {"FAILED 1:lm:LAMBDA:FAILED"});
        addScenario("json_jq_transform",
                    "[{'ref':'jq','type':'JSON_JQ_TRANSFORM','inputParameters':{'a':1,'b':2,'queryExpression':'{ s: (.a + .b) }'}}]",
                    "out jq", {"jq.out={'result':{'s':3},'resultList':[{'s':3}]}", "COMPLETED 1:jq:JSON_JQ_TRANSFORM:COMPLETED"});
        addScenario("json_jq_error_fails",
                    "[{'ref':'jq','type':'JSON_JQ_TRANSFORM','inputParameters':{'queryExpression':'{ s: '}}]",
                    "", {"FAILED 1:jq:JSON_JQ_TRANSFORM:FAILED"});
        addScenario("http_scheduled",
                    "[{'ref':'h','type':'HTTP','inputParameters':{'http_request':"
                    "  {'uri':'http://example.test/items/${workflow.input.id}','method':'GET'}}}]",
                    "in h", {"h.in={'http_request':{'method':'GET','uri':'http://example.test/items/42'}}",
                             "RUNNING 1:h:HTTP:SCHEDULED"},
                    "{'id':42}");
    }
    void scripts() { playScenario(); }
};

QTEST_GUILESS_MAIN(TestDecider)
#include "tst_decider.moc"
