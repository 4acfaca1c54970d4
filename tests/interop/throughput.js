'use strict';
// External workers through the REST API: several worker processes running the official SDK
// (batch poll, update-v2) against `joinery serve`, on a fork/join workflow of SIMPLE tasks.
// Reports worker tasks per second between the first workflow's start and the last one's end, as
// the server timestamped them.
//
// Usage: node throughput.js /path/to/joinery [--workers 4] [--concurrency 16] [--workflows 300] [--branches 8]
//        [--url http://127.0.0.1:PORT]  (use a running server instead of starting one)
//        [--raw]  (lean workers without the SDK, rawworker.js: what the server alone sustains)

const { fork } = require('child_process');
const fs = require('fs');
const path = require('path');
const { OrkesClients } = require('@io-orkes/conductor-javascript');
const { startJoinery } = require('./joineryserver');

for (const name of ['CONDUCTOR_SERVER_URL', 'CONDUCTOR_AUTH_KEY', 'CONDUCTOR_AUTH_SECRET', 'CI'])
  delete process.env[name];

// CPU time a process has used, in milliseconds (Linux /proc; utime + stime in clock ticks).
function cpuMsOf(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main() {
  const joinery = process.argv[2];
  const workers = option('workers', 4);
  const concurrency = option('concurrency', 16);
  const count = option('workflows', 300);
  const branches = option('branches', 8);
  const type = 'bench_work';
  // --url: measure a server that is already running (e.g. under a profiler).
  const urlAt = process.argv.indexOf('--url');
  const server = urlAt > 0 ? { url: process.argv[urlAt + 1], stop: async () => {} } : await startJoinery(joinery);
  const procs = [];
  try {
    const clients = await OrkesClients.from({ serverUrl: server.url });
    await clients.getMetadataClient().registerTask({ name: type, retryCount: 0, responseTimeoutSeconds: 600 });
    // fork of `branches` branches of two tasks each, a join, one task after it.
    const forkTasks = Array.from({ length: branches }, (_, b) => [
      { name: type, taskReferenceName: `w${b}a`, type: 'SIMPLE', inputParameters: { i: b } },
      { name: type, taskReferenceName: `w${b}b`, type: 'SIMPLE', inputParameters: { i: `\${w${b}a.output.i}` } },
    ]);
    await clients.getMetadataClient().registerWorkflowDef({
      name: 'bench_fork', version: 1,
      tasks: [
        { name: 'fork', taskReferenceName: 'fork', type: 'FORK_JOIN', forkTasks },
        { name: 'join', taskReferenceName: 'join', type: 'JOIN', joinOn: forkTasks.map((b) => b[1].taskReferenceName) },
        { name: type, taskReferenceName: 'last', type: 'SIMPLE' },
      ],
    }, true);
    const tasksPerWorkflow = branches * 2 + 1;

    for (let w = 0; w < workers; ++w) {
      const script = process.argv.includes('--raw') ? 'rawworker.js' : 'throughput_worker.js';
      const child = fork(path.join(__dirname, script), [server.url, type, String(concurrency), `bench-${w}`]);
      procs.push({ child, done: new Promise((r) => child.on('message', (m) => { if (m.done !== undefined) r(m); })),
                   ready: new Promise((r) => child.on('message', (m) => { if (m.ready) r(); })) });
    }
    await Promise.all(procs.map((p) => p.ready));

    const workflows = clients.getWorkflowClient();
    const serverCpuBefore = server.pid ? cpuMsOf(server.pid) : NaN;
    const wallStart = Date.now();
    for (let i = 0; i < count; i += 50)
      await Promise.all(workflows.startWorkflows(Array.from({ length: Math.min(50, count - i) }, () => ({ name: 'bench_fork', version: 1 }))));
    for (;;) {
      const done = await workflows.search(0, 1, 'workflowType IN (bench_fork) AND status IN (COMPLETED)', '*');
      if (done.totalHits >= count)
        break;
      if (Date.now() - wallStart > 600000)
        throw new Error(`only ${done.totalHits} of ${count} workflows completed in 10 minutes`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // Server-side timestamps: first start to last end.
    let first = Infinity, last = 0;
    for (let start = 0; start < count; start += 1000) {
      const page = await workflows.search(start, 1000, 'workflowType IN (bench_fork)', '*', 'startTime:ASC');
      for (const s of page.results) {
        first = Math.min(first, Date.parse(s.startTime));
        last = Math.max(last, Date.parse(s.endTime));
      }
    }
    const seconds = (last - first) / 1000;
    const serverCpuMs = server.pid ? cpuMsOf(server.pid) - serverCpuBefore : NaN;
    const tasks = count * tasksPerWorkflow;
    for (const p of procs)
      p.child.kill('SIGTERM');
    const reports = await Promise.all(procs.map((p) => p.done));
    const workerCpuMs = reports.reduce((sum, r) => sum + r.cpuMs, 0);
    console.log(JSON.stringify({
      client: process.argv.includes('--raw') ? 'raw http' : 'official SDK TaskManager', workers, concurrency, workflows: count, tasksPerWorkflow, tasks, perWorker: reports.map((r) => r.done),
      seconds: Number(seconds.toFixed(3)), tasksPerSecond: Math.round(tasks / seconds),
      wallSeconds: Number(((Date.now() - wallStart) / 1000).toFixed(3)),
      // CPU cost per task: the server's (joinery serve) and the SDK worker processes' (whole run).
      serverCpuUsPerTask: Math.round((serverCpuMs * 1000) / tasks),
      workerCpuUsPerTask: Math.round((workerCpuMs * 1000) / tasks),
    }));
  } finally {
    for (const p of procs)
      if (p.child.exitCode === null)
        p.child.kill('SIGKILL');
    await server.stop();
  }
}

main().catch((e) => {
  console.error(`throughput FAILED: ${e.stack ?? e}`);
  process.exit(1);
});
