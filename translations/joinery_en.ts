<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found (DISPLAY is not set); run it in a desktop session, under xvfb-run, or use &apos;joinery serve&apos; for a headless engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
