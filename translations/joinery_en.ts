<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BenchCommand</name>
    <message>
        <source>cannot create a temporary folder for the bench database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workflows could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace-out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crazy-nested-fork-join workflows (%2 tasks) in %3 s on a durable SQLite database
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 tasks/s, %2 workflows/s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  JOIN last branch -&gt; next task scheduled: p50 %1 ms, p99 %2 ms (%3 joins)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  peak memory %1 MB; %2 transactions, %3 changes each on average
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench: %1/%2 workflows, %3 tasks/s   </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  joinery [--db PATH] [--attach URL] [--token SECRET] [--demo] [--lang en|ko]
      Open the window on the embedded engine (or on a server with --attach).
  joinery serve [--db PATH] [--port 8080] [--bind 127.0.0.1] [--token SECRET]
                [--demo-workers] [--trace-out FILE]
      Serve the Conductor-compatible REST API.
  joinery run DEF.json [--input JSON] [--db PATH] [--timeout SECONDS]
      Register a workflow definition, run it with demo workers, print the execution.
  joinery bench [--workflows N] [--json] [--trace-out FILE]
      Measure engine throughput on the crazy-nested-fork-join workflow.
  joinery soak [--workflows N] [--lock-fail-rate P] [--decide-delay-ms D]
               [--legacy-decide] [--recover] [--seed S] [--json] [--trace-out FILE]
      Run workflows under injected faults and check that none is stranded.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit status: 0 success, 1 a failed workflow or check, 2 bad usage or bad input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to a Conductor or Joinery server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a stream of demo workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in demo workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write lock events as Chrome trace JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow input as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of an injected lock miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay added inside each decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behave as Conductor before v3.31.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover stalls with a forced decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run expects exactly one workflow definition file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang expects en or ko, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attach and --db exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-fail-rate expects a probability from 0 to 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphPalette</name>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWITCH case taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopFrameItem</name>
    <message>
        <source>iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>%1 polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1 (%2 retries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polled %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 joined branches done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child execution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dynamic tasks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dynamic fork has not forked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show every task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic task of %1 (double-click the fork to collapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to collapse the sub-workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show the sub-workflow in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodePainter</name>
    <message>
        <source>%1 dynamic tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not forked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow %1 did not end within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow %1 ended %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>cannot install the SIGINT/SIGTERM handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (database %2, demo workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (database %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joinery: signal %1, shutting down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoakCommand</name>
    <message>
        <source>could not start workflow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace-out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soak (%1 mode, seed %2): %3 workflows in %4 s, lock-fail-rate %5, decide delay %6 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  completed %1, stalled %2, detected %3, recovered %4 (%5 forced decides), duplicates %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  longest JOIN -&gt; next task: %1 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  locks: %1 acquired, %2 deferred (owner looped again), %3 missed (%4 injected), %5 decides dropped; longest wait %6 ms, longest hold %7 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soak: %1/%2 ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOIN done, next task not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ended, next task not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide owed but not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker polls the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task missing from its queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-workflow ended, parent not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweeper not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requeue the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a worker for the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the sweeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JOIN is done, but the task after it was never scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOIN %1 is done, but the task after it was never scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task ended, but what follows it was never scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 ended, but what follows it was never scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decide is owed but has not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 waits in queue %2, which no worker has polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 waits in queue %2, last polled %3 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is neither queued nor waiting on a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child workflow of %1 ended, but the parent task did not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweeper is paused or has not run recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubWorkflowFrameItem</name>
    <message>
        <source>Sub-workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::AttachDialog</name>
    <message>
        <source>Attach to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a window on a Joinery server (joinery serve) or any Conductor server. The window shows what the server offers; panels that need Joinery&apos;s extensions say when they are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the server&apos;s secret, or keyId:keySecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::ConductorClient</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::DagModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested deeper than %1 sub-workflows: open the child execution to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-workflow has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the sub-workflow…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::DecidePreviewDialog</name>
    <message>
        <source>Re-decide: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decide re-evaluates each workflow from its stored state. This is what it would do now; nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source cannot preview a decide (dry run). The decide will still only schedule what the workflow&apos;s definition says is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to schedule or update: the decide would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-decide all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::DefinitionDiffDialog</name>
    <message>
        <source>Changes to Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>joinery::ui::DefinitionsBrowser</name>
    <message>
        <source>Workflow Definitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::DefinitionsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::EditorGraph</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>joinery::ui::EditorWidget</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as %1 (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 of %2 from the engine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Workflow Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Workflow Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add a fork with %n branch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a branch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a branch of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty workflow definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected version from the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a SIMPLE task before the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a SIMPLE task after the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a FORK_JOIN with its JOIN after the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap in &amp;Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected tasks in a DO_WHILE (Ctrl+click selects several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes against the stored version, then register a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this workflow and show the execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Transform (jq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Task After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 as version %2; compared with the stored version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 as version %2; no version is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems before running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::EmbeddedSource</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::ExecutionFilterBar</name>
    <message>
        <source>Status: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only executions with these statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow definition name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, name, correlation id, reason (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::ExecutionSource</name>
    <message>
        <source>Workflow %1 is not running, so there is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sub-workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate sub-workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow becomes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the workflow is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::ExecutionsModel</name>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Suggested recovery: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::ExecutionsPanel</name>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::FaultsPanel</name>
    <message>
        <source>Fault injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source does not accept fault injection (only the embedded engine and Joinery servers do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock-miss rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of lock acquisitions that fail as if another thread held the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra time each decide holds the workflow&apos;s lock, to widen races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker failure rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of demo-worker tasks that fail (and are retried per their definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the sweeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy decide (Conductor before 3.31.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In legacy mode a lock miss drops the decide, as Conductor did: with lock misses on, JOINs get stranded and the stalls panel lists them. Re-decide recovers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source cannot start demo workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop demo load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start demo load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workflows are being started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::GraphView</name>
    <message>
        <source>Find task by reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a task reference; Enter jumps to the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+− or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a workflow to see its graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The execution %1 carries no definition to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; v%2 · %3 · %4 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand or collapse the sub-workflow (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse sub-workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand sub-workflow in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open child execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the child execution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::JsonEdit</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object ({ … }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::JsonSourceView</name>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1. The graph shows the last valid definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a workflow definition: %1. The graph shows the last valid definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync with the graph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::JsonTreeModel</name>
    <message>
        <source>{%1 keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::LockTimelinePanel</name>
    <message>
        <source>This source does not report lock events, so there is no lock timeline. The embedded engine and Joinery servers do; a plain Conductor server does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane per workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane per thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or resume scrolling with live time (dragging or zooming pauses too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chrome trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown as Chrome trace JSON (chrome://tracing, Perfetto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide dropped (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred to the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acquisitions · %2 misses · %3 dropped · %4 deferred · longest wait %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest %1 events left the buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sweeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system-task worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worker&apos;s update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GUI action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thread %2) found the lock busy and left the work to its owner, which loops once more: deferred, not lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thread %2) gave up on the lock after %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The miss was injected (fault injection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy mode: the decide was dropped; the workflow may be stranded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thread %2) waited %3 ms for the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thread %2) held the lock for %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1 (thread %2) for %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::MainWindow</name>
    <message>
        <source>Joinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Joinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Joinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Joinery %1&lt;/h3&gt;&lt;p&gt;A durable, Conductor-compatible workflow engine and the window to watch and recover it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stalled workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock misses %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide delay %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker failures %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweeper paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom Graph to Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Stalled Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults and Demo Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Joinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow in the editor has changes that are not saved. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::MetricsPanel</name>
    <message>
        <source>This source does not sample engine metrics; a plain Conductor server has no such figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest sample in view (dragging or zooming turns this off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue depth per task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last JOIN branch done → next task scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repairs (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running · %2 stalled · %3 tasks/s · %4 decides/s · JOIN p99 %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::PropertiesPanel</name>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic tasks parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic tasks input parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jq query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (at character %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::RemoteSource</name>
    <message>
        <source>Server: %1 (Joinery %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 (Conductor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry-run decide is not available on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection is not available on this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::RunInputDialog</name>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow input (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::StallsModel</name>
    <message>
        <source>Preview and run a decide of this workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::StallsPanel</name>
    <message>
        <source>This source has no stall detector, so stalled workflows cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-decide selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, then run a decide of the selected workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-decide all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, then run a decide of every stalled workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stalled workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-deciding… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows re-decided: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows re-decided: %1; failed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Conductor server has no stall detector: the list is derived from execution JSON, so it shows stuck JOINs and ended tasks whose successors were never scheduled, not queue or sweeper problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::StartWorkflowDialog</name>
    <message>
        <source>Start Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correlation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::TaskActions</name>
    <message>
        <source>Rerun from Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the workflow again from this task; later tasks are discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this task SKIPPED and let the workflow continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Completed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this task as COMPLETED with the output you give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this task as FAILED with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun workflow %1 from task %2? The tasks after it are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip task %1 and let the workflow continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::TaskDetailPanel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not provide task logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task in the table to see its input, output, timings and attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log lines for this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::TaskStatusDialog</name>
    <message>
        <source>Set Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::TasksModel</name>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::TasksPanel</name>
    <message>
        <source>&lt;b&gt;Tasks&lt;/b&gt; — select a workflow in the executions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tasks of %1 v%2&lt;/b&gt; · %3 · &lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt; · %6 tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>joinery::ui::WorkflowActions</name>
    <message>
        <source>&amp;Start Workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a workflow from a registered definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected workflows: nothing new is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected paused workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate the selected workflows, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected ended workflows again from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the selected failed workflows from the failed task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected workflows again with their original input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the selected workflows now: schedules whatever is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate %1. Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated from Joinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 from the beginning? Their tasks so far are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the latest version of the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun %1 from the first task with the original input?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: apply to %2 workflows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 workflows done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 workflows were not changed:

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found (DISPLAY is not set); run it in a desktop session, under xvfb-run, or use &apos;joinery serve&apos; for a headless engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attach needs an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
