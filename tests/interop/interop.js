'use strict';
// The official Conductor JavaScript SDK (@io-orkes/conductor-javascript 4.0.0) against
// `joinery serve`: definitions through MetadataClient, fork/join workflows run by TaskManager
// workers, and pause/resume/terminate/restart/retry/rerun/skip/search/remove through
// WorkflowExecutor, with the results checked. Exit status 0 when everything holds.
//
// Usage: node interop.js /path/to/joinery

const assert = require('assert/strict');
const sdk = require('@io-orkes/conductor-javascript');
const { startJoinery } = require('./joineryserver');

const { OrkesClients, TaskManager, TaskRunner, taskDefinition, simpleTask, workflow } = sdk;

for (const name of ['CONDUCTOR_SERVER_URL', 'CONDUCTOR_AUTH_KEY', 'CONDUCTOR_AUTH_SECRET', 'CI'])
  delete process.env[name];

const FORKS = 12;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// a -> fork(b1 | b2 -> b3 | c1) -> join -> final
const forkJoin = {
  name: 'interop_fork',
  version: 1,
  tasks: [
    { name: 'i_prepare', taskReferenceName: 'prepare', type: 'SIMPLE', inputParameters: { n: '${workflow.input.n}' } },
    {
      name: 'fork', taskReferenceName: 'fork', type: 'FORK_JOIN',
      forkTasks: [
        [{ name: 'i_branch', taskReferenceName: 'b1', type: 'SIMPLE', inputParameters: { v: '${prepare.output.n}' } }],
        [{ name: 'i_branch', taskReferenceName: 'b2', type: 'SIMPLE', inputParameters: { v: 10 } },
         { name: 'i_branch', taskReferenceName: 'b3', type: 'SIMPLE', inputParameters: { v: '${b2.output.v}' } }],
        [{ name: 'i_branch', taskReferenceName: 'c1', type: 'SIMPLE', inputParameters: { v: 100 } }],
      ],
    },
    { name: 'join', taskReferenceName: 'join', type: 'JOIN', joinOn: ['b1', 'b3', 'c1'] },
    {
      name: 'i_final', taskReferenceName: 'final', type: 'SIMPLE',
      inputParameters: { parts: ['${b1.output.v}', '${b3.output.v}', '${c1.output.v}'] },
    },
  ],
  outputParameters: { sum: '${final.output.sum}' },
  inputParameters: ['n'],
  timeoutSeconds: 0,
};

const manual = {
  name: 'interop_manual', version: 1, ownerEmail: '', restartable: true,
  tasks: [
    { name: 'i_manual', taskReferenceName: 'm1', type: 'SIMPLE' },
    { name: 'i_manual', taskReferenceName: 'm2', type: 'SIMPLE' },
  ],
};

const flaky = {
  name: 'interop_flaky', version: 1,
  tasks: [{ name: 'i_flaky', taskReferenceName: 'flaky', type: 'SIMPLE' }],
};

async function waitFor(what, check, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value)
      return value;
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function statusIs(workflows, id, status, timeoutMs) {
  let last;
  await waitFor(`${id} to be ${status}`, async () => {
    last = (await workflows.getWorkflowStatus(id, true, false)).status;
    return last === status;
  }, timeoutMs).catch((e) => { throw new Error(`${e.message} (last seen ${last})`); });
}

async function expectError(promise, what) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error(`${what} should have failed`);
}

async function main() {
  const joinery = process.argv[2];
  assert.ok(joinery, 'usage: node interop.js /path/to/joinery');
  const server = await startJoinery(joinery);
  const problems = [];
  let manager;
  try {
    const health = await fetch(`${server.url}/health`);
    assert.equal(health.status, 200);

    const clients = await OrkesClients.from({ serverUrl: server.url });
    const metadata = clients.getMetadataClient();
    const workflows = clients.getWorkflowClient();
    const tasks = clients.getTaskClient();

    // Definitions: the builder's TaskDefs (ownerEmail ""), then an update, then workflows.
    await metadata.registerTasks(['i_prepare', 'i_branch', 'i_final', 'i_manual', 'i_flaky'].map((name) =>
      taskDefinition({ name, retryCount: 0, timeoutSeconds: 0, responseTimeoutSeconds: 600 })));
    await metadata.updateTask(taskDefinition({ name: 'i_branch', retryCount: 1, retryDelaySeconds: 0, timeoutSeconds: 0 }));
    assert.equal((await metadata.getTask('i_branch')).retryCount, 1);
    await metadata.registerWorkflowDef(forkJoin);
    const conflict = await expectError(metadata.registerWorkflowDef(forkJoin, false), 'registering twice');
    assert.match(String(conflict.message), /already exists/);
    await metadata.registerWorkflowDef({ ...forkJoin, description: 'overwritten' }, true);
    assert.equal((await metadata.getWorkflowDef('interop_fork')).description, 'overwritten');
    await metadata.registerWorkflowDef(manual, true);
    await metadata.registerWorkflowDef(flaky, true);
    // The SDK's own builder: no ownerEmail, no schemaVersion.
    await workflows.registerWorkflow(true, workflow('interop_built', [simpleTask('only', 'i_prepare', { n: 1 })]));
    assert.equal((await metadata.getWorkflowDef('interop_built', 1)).tasks.length, 1);

    // Workers.
    const failedOnce = new Set();
    const workers = [
      { taskDefName: 'i_prepare', execute: async (t) => ({ status: 'COMPLETED', outputData: { n: t.inputData.n ?? 0 } }) },
      { taskDefName: 'i_branch', concurrency: 4, execute: async (t) => ({ status: 'COMPLETED', outputData: { v: Number(t.inputData.v) + 1 } }) },
      {
        taskDefName: 'i_final',
        execute: async (t) => ({ status: 'COMPLETED', outputData: { sum: t.inputData.parts.reduce((a, b) => a + b, 0) } }),
      },
      {
        taskDefName: 'i_flaky',
        execute: async (t) => {
          if (!failedOnce.has(t.workflowInstanceId)) {
            failedOnce.add(t.workflowInstanceId);
            throw new Error('flaky worker fails its first attempt');
          }
          return { status: 'COMPLETED', outputData: { attempt: 2 } };
        },
      },
    ];
    const logger = {
      info: () => {}, debug: () => {}, warn: () => {},
      error: (...args) => {
        const text = args.map(String).join(' ');
        if (!text.includes('flaky worker fails its first attempt'))
          problems.push(text);
      },
    };
    const events = {
      onPollFailure: (e) => problems.push(`poll failure ${e.taskType}: ${e.cause?.message ?? e.cause}`),
      onTaskUpdateFailure: (e) => problems.push(`update failure ${e.taskId}: ${e.cause?.message ?? e.cause}`),
    };
    manager = new TaskManager(clients.getClient(), workers, {
      logger, eventListeners: [events], options: { pollInterval: 20, concurrency: 2, workerID: 'interop-worker' },
    });
    manager.startPolling();

    // Fork/join: a batch of executions, all completing with the right output.
    const started = await Promise.all(workflows.startWorkflows(Array.from({ length: FORKS }, (_, i) => ({
      name: 'interop_fork', version: 1, input: { n: i }, correlationId: `fork-${i % 3}`,
    }))));
    assert.equal(new Set(started).size, FORKS);
    for (const id of started)
      assert.match(id, /^[0-9a-f-]{36}$/);
    const byName = await workflows.startWorkflowByName('interop_fork', { n: 1000 }, 1, 'by-name');
    for (const [i, id] of [...started.entries(), [1000, byName]]) {
      await statusIs(workflows, id, 'COMPLETED');
      const wf = await workflows.getWorkflow(id, true);
      assert.equal(wf.output.sum, (i + 1) + 12 + 101, `sum of ${id}`);
      assert.equal(wf.tasks.length, 8);
      for (const t of wf.tasks)
        assert.equal(t.status, 'COMPLETED', `${t.referenceTaskName} of ${id}`);
      assert.ok(wf.tasks.filter((t) => t.taskType === 'i_branch').every((t) => t.workerId === 'interop-worker'));
    }
    assert.equal(TaskRunner.updateV2Available, true, 'the workers should report through /api/tasks/update-v2');
    const built = await workflows.startWorkflow({ name: 'interop_built', version: 1 });
    await statusIs(workflows, built, 'COMPLETED');

    // Search (the SDK's query syntax), by status and correlation id.
    const search = await workflows.search(0, 100, 'workflowType IN (interop_fork) AND status IN (COMPLETED)', '*');
    assert.equal(search.totalHits, FORKS + 1);
    assert.equal(search.results.length, FORKS + 1);
    const correlated = await workflows.search(0, 100, 'correlationId = fork-1', '*', 'startTime:ASC');
    assert.equal(correlated.totalHits, 4);
    const page = await workflows.search(2, 3, 'workflowType IN (interop_fork)', '*', 'startTime:DESC');
    assert.equal(page.results.length, 3);

    // Pause, resume, terminate, restart on a workflow whose tasks no worker serves.
    const m = await workflows.startWorkflow({ name: 'interop_manual', version: 1, input: { k: 'v' } });
    await workflows.pause(m);
    await statusIs(workflows, m, 'PAUSED');
    await expectError(workflows.pause('no-such-workflow'), 'pausing an unknown workflow');
    await workflows.resume(m);
    await statusIs(workflows, m, 'RUNNING');
    const illegal = await expectError(workflows.resume(m), 'resuming a running workflow');
    assert.match(String(illegal.message), /not PAUSED/);
    await workflows.terminate(m, 'interop says stop');
    await statusIs(workflows, m, 'TERMINATED');
    assert.equal((await workflows.getWorkflow(m, false)).reasonForIncompletion, 'interop says stop');
    await workflows.restart(m, false);
    await statusIs(workflows, m, 'RUNNING');

    // Skip the first task, finish the second by reference name.
    await workflows.skipTasksFromWorkflow(m, 'm1', { taskOutput: { skipped: true } });
    await waitFor('m2 to be scheduled', async () => (await workflows.getWorkflow(m, true)).tasks.some((t) => t.referenceTaskName === 'm2'));
    const pending = await tasks.getQueueSizeForTask(['i_manual']);
    assert.equal(pending.i_manual, 1);
    const m2 = (await workflows.getWorkflow(m, true)).tasks.find((t) => t.referenceTaskName === 'm2');
    await tasks.addTaskLog(m2.taskId, 'finished by the interop test');
    assert.equal((await tasks.getTaskLogs(m2.taskId))[0].log, 'finished by the interop test');
    const updatedId = await workflows.updateTaskByRefName('m2', m, 'COMPLETED', { done: 1 });
    assert.equal(updatedId, m2.taskId);
    await statusIs(workflows, m, 'COMPLETED');
    const mTasks = (await workflows.getWorkflow(m, true)).tasks;
    assert.equal(mTasks.find((t) => t.referenceTaskName === 'm1').status, 'SKIPPED');
    assert.equal((await workflows.getTask(m2.taskId)).outputData.done, 1);

    // Retry: the flaky worker fails the first attempt (retryCount 0), a retry completes it.
    const f = await workflows.startWorkflow({ name: 'interop_flaky', version: 1 });
    await statusIs(workflows, f, 'FAILED');
    await workflows.retry(f, false);
    await statusIs(workflows, f, 'COMPLETED');
    assert.equal((await workflows.getWorkflow(f, false)).output.attempt, 2);

    // Rerun a completed fork/join with new input.
    const rerunId = await workflows.reRun(started[0], { workflowInput: { n: 500 } });
    assert.equal(rerunId, started[0]);
    await statusIs(workflows, started[0], 'COMPLETED');
    assert.equal((await workflows.getWorkflow(started[0], false)).output.sum, 501 + 12 + 101);

    // Poll data and remove.
    const pollData = await tasks.getTaskPollData('i_branch');
    assert.ok(pollData.some((p) => p.workerId === 'interop-worker'));
    await workflows.deleteWorkflow(built);
    await expectError(workflows.getWorkflow(built, false), 'reading a removed workflow');

    assert.deepEqual(problems, []);
    console.log(`interop: ${FORKS + 5} workflows through the official SDK against ${server.url}: all checks passed`);
  } finally {
    if (manager)
      await manager.stopPolling();
    const stopped = await server.stop();
    if (stopped.code !== 0)
      problems.push(`joinery serve exited with ${JSON.stringify(stopped)}: ${server.stderr()}`);
  }
  if (problems.length)
    throw new Error(`problems: ${problems.join('\n')}`);
}

main().then(() => process.exit(0), (e) => {
  console.error(`interop FAILED: ${e.stack ?? e}`);
  process.exit(1);
});
